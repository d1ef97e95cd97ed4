"""Connection rules: what may be joined, and the reason shown when not."""

from __future__ import annotations

import pytest

from procdesk.model.commands import CommandError
from procdesk.model.elements import Annotation, FlowKind, StepKind
from procdesk.model.geometry import Rect
from procdesk.model.rules import can_connect
from tests.builders import draw_simple


def test_tasks_in_one_pool_join_by_sequence_flow() -> None:
    d = draw_simple()
    verdict = can_connect(d.workspace, d.steps["check"], d.steps["ship"])
    assert verdict.allowed and verdict.kind == FlowKind.SEQUENCE


@pytest.mark.parametrize(
    ("source", "target", "reason"),
    [
        ("check", "check", "itself"),
        ("end", "check", "end event has no outgoing"),
        ("check", "start", "start event has no incoming"),
    ],
)
def test_refusals_say_why(source: str, target: str, reason: str) -> None:
    d = draw_simple()
    verdict = can_connect(d.workspace, d.steps[source], d.steps[target])
    assert not verdict.allowed and reason in verdict.reason
    with pytest.raises(CommandError, match=reason):
        d.editor.connect(d.steps[source], d.steps[target])


def test_across_pools_only_message_flows() -> None:
    d = draw_simple()
    other = d.editor.add_pool(d.diagram, "Customer", lanes=["Buyer"])
    lane = d.workspace.lanes_of(other)[0]
    buyer = d.editor.add_step(
        d.diagram, StepKind.SEND_TASK, "Place order", lane.bounds.center, lane.id
    )
    assert can_connect(d.workspace, buyer, d.steps["check"]).kind == FlowKind.MESSAGE
    refused = can_connect(d.workspace, buyer, d.steps["check"], FlowKind.SEQUENCE)
    assert not refused and "cannot cross a pool" in refused.reason
    inside = can_connect(d.workspace, d.steps["check"], d.steps["ship"], FlowKind.MESSAGE)
    assert not inside and "between pools" in inside.reason
    gateway = can_connect(d.workspace, buyer, d.steps["ok"], FlowKind.MESSAGE)
    assert not gateway and "gateway" in gateway.reason


def test_annotation_joins_by_association() -> None:
    d = draw_simple()
    note = d.editor.add(
        Annotation(id="Note_1", diagram_id=d.diagram, name="Why?", bounds=Rect(0, 0, 100, 30))
    )
    verdict = can_connect(d.workspace, note, d.steps["check"])
    assert verdict.kind == FlowKind.ASSOCIATION
    assert d.editor.connect(note, d.steps["check"])
