"""Two versions of a process compared, on hand-built changes whose result is known."""

from __future__ import annotations

import pytest

from procdesk.analysis.overlay import overlay_workspace
from procdesk.analysis.revision_compare import (
    DRAFT,
    compare_revisions,
    last_approved,
    side,
)
from procdesk.model.elements import StepKind, WeakPointStatus
from procdesk.model.geometry import Point
from procdesk.model.releases import Release
from tests.model.release_builders import Released, released_process


@pytest.fixture
def built() -> Released:
    """Version 1.0 (approved) of draw_simple's process, then a draft with known changes:
    "Check order" renamed and its duration set, "Declined" deleted (with the flow "No"),
    "Call customer" added in Sales, "Ship goods" moved 60 to the right, the owner set, the
    weak point resolved, a new one on "Ship goods", the KPI's target lowered to 90 and a
    March value of 96."""
    built = released_process()
    built.releases.release(built.process, "1.0", "First", approver="Chief", on="2026-03-01")
    editor, steps = built.editor, built.drawn.steps
    editor.rename(steps["check"], "Check order in ERP")
    editor.delete([steps["stop"]])
    y = built.workspace.get(built.drawn.lanes[0]).bounds.center.y  # type: ignore[attr-defined]
    built.added = editor.add_step(  # type: ignore[attr-defined]
        built.drawn.diagram, StepKind.TASK, "Call customer", Point(900, y)
    )
    editor.move([steps["ship"]], 60, 0)
    editor.update([built.process], owner="Head of Sales")
    editor.update([built.weak_point], status=WeakPointStatus.RESOLVED)
    built.new_point = editor.add_weak_point(  # type: ignore[attr-defined]
        built.drawn.diagram, steps["ship"], description="Wrong address"
    )
    editor.update([built.kpi], target=90.0)
    editor.add_measurement(built.kpi, "2026-03-15", 96.0)
    return built


def test_the_draft_against_version_1_0(built: Released) -> None:
    # when version 1.0 is compared with the working draft
    workspace, steps = built.workspace, built.drawn.steps
    result = compare_revisions(
        side(workspace, built.process, "1.0"), side(workspace, built.process, DRAFT), built.process
    )
    # then the steps: one added, one removed, one renamed, one moved
    (revision,) = result.diagrams
    comparison = revision.comparison
    assert [s.name for s in comparison.added] == ["Call customer"]
    assert [s.name for s in comparison.removed] == ["Declined"]
    assert [(c.after.name, [f[0] for f in c.fields]) for c in comparison.changed] == [
        ("Check order in ERP", ["name"])
    ]
    assert [m.id for m in revision.moved] == [steps["ship"]]
    moved = revision.moved[0]
    assert moved.after.x - moved.before.x == pytest.approx(60)
    # and the drawing: the new step added, the deleted step and its flow removed
    assert revision.added == (built.added,)  # type: ignore[attr-defined]
    assert set(revision.removed) == {steps["stop"], built.drawn.flows[-1]}
    statuses = revision.statuses()
    assert statuses[steps["ship"]] == "moved"
    assert statuses[steps["check"]] == "changed"
    # and the figures: 2 steps before (events and gateways are no steps), 3 after
    assert (comparison.delta("steps").before, comparison.delta("steps").after) == (2, 3)
    # and around the drawing: the owner, the weak points, the KPI
    assert result.process == (("owner", "", "Head of Sales"),)
    assert [p.id for p in result.weak_points.opened] == [built.new_point]  # type: ignore[attr-defined]
    assert [(p.id, p.where) for p in result.weak_points.closed] == [
        (built.weak_point, "Check order")
    ]
    (kpi,) = result.kpis.changed
    assert kpi.fields == (("target", 95.0, 90.0),)
    assert kpi.latest == (93.0, 96.0)
    assert not result.is_empty


def test_the_json_keeps_compare_s_shape_and_names_the_versions(built: Released) -> None:
    workspace = built.workspace
    data = compare_revisions(
        side(workspace, built.process, "1.0"),
        side(workspace, built.process, "draft"),
        built.process,
    ).to_json()
    assert {"from", "to", "added", "removed", "changed", "unchanged", "deltas"} <= set(data)
    assert (data["from"]["version"], data["to"]["version"]) == ("1.0", "draft")
    assert data["from"]["id"] == data["to"]["id"] == built.drawn.diagram
    assert data["process"] == {"owner": {"from": "", "to": "Head of Sales"}}
    assert data["kpis"]["changed"][0]["latest"] == {"from": 93.0, "to": 96.0}
    assert [d["from"]["id"] for d in data["diagrams"]] == [built.drawn.diagram]


def test_a_version_against_itself_has_no_changes(built: Released) -> None:
    workspace = built.workspace
    one = side(workspace, built.process, "1.0")
    assert compare_revisions(one, one, built.process).is_empty


def test_two_released_versions(built: Released) -> None:
    # given the draft released as 2.0
    built.releases.release(built.process, "2.0", "Second")
    workspace = built.workspace
    # when 1.0 and 2.0 are compared, then it is what the draft showed; 2.0 to the draft: none
    between = compare_revisions(
        side(workspace, built.process, "1.0"), side(workspace, built.process, "2.0"), built.process
    )
    assert [s.name for s in between.diagrams[0].comparison.added] == ["Call customer"]
    since = compare_revisions(
        side(workspace, built.process, "2.0"), side(workspace, built.process, DRAFT), built.process
    )
    assert since.is_empty


def test_unknown_versions_are_named(built: Released) -> None:
    with pytest.raises(LookupError, match=r"no version 3\.0 \(versions: 1\.0\)"):
        side(built.workspace, built.process, "3.0")


def test_the_changes_of_a_version_start_from_the_last_approved_one(built: Released) -> None:
    # given 1.0 approved, 1.1 retired unapproved, and 2.0 in draft
    workspace = built.workspace
    retired = built.releases.release(built.process, "1.1", "Withdrawn")
    built.releases.retire(retired)
    second = workspace.get(built.releases.release(built.process, "2.0", "Second"), Release)
    # then 2.0's changes, and the draft's, start from 1.0
    first = [r for r in workspace.in_scope(built.process, Release) if r.version == "1.0"]
    assert last_approved(workspace, built.process, second) == first[0]
    assert last_approved(workspace, built.process, None) == first[0]
    # and 1.0 itself has none before it
    assert last_approved(workspace, built.process, first[0]) is None


def test_the_overlay_puts_removed_elements_back_as_ghosts(built: Released) -> None:
    workspace = built.workspace
    result = compare_revisions(
        side(workspace, built.process, "1.0"), side(workspace, built.process, DRAFT), built.process
    )
    revision = result.diagrams[0]
    overlay = overlay_workspace(result, revision)
    drawn = {e.id for e in overlay.elements_of(built.drawn.diagram)}
    live = {e.id for e in workspace.elements_of(built.drawn.diagram)}
    assert drawn == live | {built.drawn.steps["stop"], built.drawn.flows[-1]}
