"""Any diagram, however tangled, gets every step numbered once and only valid references."""

from __future__ import annotations

import contextlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from procdesk.export.sop.content import build_content
from procdesk.model.commands import CommandError
from procdesk.model.elements import StepKind
from tests.export.sop_builders import add, new_process

KINDS = [
    StepKind.START_EVENT,
    StepKind.TASK,
    StepKind.TASK,
    StepKind.EXCLUSIVE_GATEWAY,
    StepKind.PARALLEL_GATEWAY,
    StepKind.INCLUSIVE_GATEWAY,
    StepKind.END_EVENT,
]


@settings(max_examples=40, deadline=None)
@given(
    kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=12),
    edges=st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11), st.booleans()), max_size=25),
)
def test_every_step_is_numbered_once_and_references_stay_in_range(
    kinds: list[StepKind], edges: list[tuple[int, int, bool]]
) -> None:
    # given a random diagram: steps of random kinds joined by random flows (loops included)
    built = new_process("Random", ["A", "B"])
    steps = [add(built, f"s{i}", kind, f"Step {i}", "AB"[i % 2], i) for i, kind in enumerate(kinds)]
    for a, b, conditioned in edges:
        if a < len(steps) and b < len(steps):
            # the rules refuse some joins (e.g. a step to itself): those are simply not drawn
            with contextlib.suppress(CommandError):
                built.editor.connect(steps[a], steps[b], condition="x" if conditioned else "")
    # when the procedure is built
    content = build_content(built.workspace, built.process, built.diagram)
    # then each step has exactly one number, 1..n, and every reference names one of them
    assert sorted(s.number for s in content.steps) == list(range(1, len(steps) + 1))
    assert {s.id for s in content.steps} == set(steps)
    for step in content.steps:
        for sentence in step.sentences:
            for number in re.findall(r"steps? (\d+)", sentence):
                assert 1 <= int(number) <= len(steps), sentence
