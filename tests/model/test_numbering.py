"""Release numbers: major for a changed procedure, minor for the rest; what is refused."""

from __future__ import annotations

import pytest

from procdesk.model.commands import CommandError
from procdesk.model.elements import ProcessStatus, StepKind
from procdesk.model.geometry import Point
from procdesk.model.numbering import ChangeSize, change_size, propose, refusal
from procdesk.model.releases import Release
from procdesk.model.snapshots import decode, members
from tests.model.release_builders import Released, released_process


def _since_release(built: Released) -> ChangeSize:
    release = built.workspace.in_scope(built.process, Release)[-1]
    return change_size(decode(release), members(built.workspace, built.process))


@pytest.fixture
def built() -> Released:
    built = released_process()
    built.releases.release(built.process, "1.0", "First issue")
    return built


def test_nothing_changed_proposes_the_next_minor(built: Released) -> None:
    proposal = propose(built.workspace, built.process)
    assert (proposal.version, proposal.major, proposal.previous) == ("1.1", False, "1.0")
    assert proposal.size is not None and proposal.size.unchanged


def test_a_renamed_step_is_a_minor_change(built: Released) -> None:
    # when a step is renamed
    built.editor.rename(built.drawn.steps["check"], "Check order in ERP")
    # then one other change, minor: 1.1
    assert _since_release(built) == ChangeSize(other=1)
    assert propose(built.workspace, built.process).version == "1.1"


def test_a_moved_step_is_a_minor_change(built: Released) -> None:
    built.editor.move([built.drawn.steps["ship"]], 40, 0)
    size = _since_release(built)
    assert not size.major and size.other >= 1


def test_a_new_step_is_a_major_change(built: Released) -> None:
    # when an (unconnected) step is added
    y = built.workspace.get(built.drawn.lanes[0]).bounds.center.y  # type: ignore[attr-defined]
    built.editor.add_step(built.drawn.diagram, StepKind.TASK, "Call customer", Point(900, y))
    # then one step added: 2.0
    assert _since_release(built) == ChangeSize(steps_added=1)
    assert propose(built.workspace, built.process).version == "2.0"


def test_a_removed_step_and_its_flow_are_a_major_change(built: Released) -> None:
    # when the end event "Declined" is deleted (with the flow "No" that leads to it)
    built.editor.delete([built.drawn.steps["stop"]])
    assert _since_release(built) == ChangeSize(steps_removed=1, flows_removed=1)
    assert propose(built.workspace, built.process).major


def test_a_rewired_flow_is_a_major_change(built: Released) -> None:
    # when the flow "No" is made to end at "Shipped" instead of "Declined"
    flow = built.drawn.flows[-1]
    built.editor.update([flow], target_id=built.drawn.steps["end"])
    assert _since_release(built) == ChangeSize(flows_rewired=1)
    assert propose(built.workspace, built.process).version == "2.0"


@pytest.mark.parametrize(
    ("typed", "status", "expected", "major"),
    [
        ("0.1", ProcessStatus.DRAFT, "1.0", True),
        ("1.2", ProcessStatus.REVIEW, "1.2", False),
        ("1.2", ProcessStatus.APPROVED, "1.3", False),
        ("3.0", ProcessStatus.DRAFT, "3.0", True),
        ("draft 4", ProcessStatus.DRAFT, "1.0", True),
    ],
)
def test_the_first_release_follows_the_typed_version(
    typed: str, status: ProcessStatus, expected: str, major: bool
) -> None:
    built = released_process()
    built.editor.update([built.process], version=typed, status=status)
    proposal = propose(built.workspace, built.process)
    assert (proposal.version, proposal.major, proposal.size) == (expected, major, None)


@pytest.mark.parametrize(
    ("version", "reason"),
    [
        ("1.2.3", "not a version number"),
        ("01.2", "not a version number"),
        ("v2", "not a version number"),
        ("1.0", "version 1.0 already exists"),
        ("0.9", "lower than the latest release, 1.0"),
    ],
)
def test_numbers_that_are_refused(built: Released, version: str, reason: str) -> None:
    assert reason in (refusal(built.workspace, built.process, version) or "")
    with pytest.raises(CommandError, match=reason.split(",")[0]):
        built.releases.release(built.process, version, "x")


def test_numbers_count_as_numbers(built: Released) -> None:
    # 1.10 comes after 1.9, not before 1.2
    built.releases.release(built.process, "1.9", "x")
    assert refusal(built.workspace, built.process, "1.10") is None
    built.releases.release(built.process, "1.10", "x")
    assert refusal(built.workspace, built.process, "1.11") is None
    assert "lower" in (refusal(built.workspace, built.process, "1.2") or "")
