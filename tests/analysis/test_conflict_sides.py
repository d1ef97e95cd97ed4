"""The base, mine and theirs a conflict is drawn from, worked out on a hand-built diagram."""

from __future__ import annotations

from dataclasses import replace

from procdesk.analysis.conflict_sides import (
    MINE,
    THEIRS,
    conflict_place,
    conflict_sides,
)
from procdesk.model.elements import Kpi, Step
from procdesk.model.merge import Conflict, ConflictKind
from tests.builders import Drawn, draw_simple


def conflicts_of(drawn: Drawn) -> tuple[Conflict, Conflict]:
    """'Check order' renamed on both sides; 'Ship goods' renamed here, removed there."""
    workspace = drawn.editor.workspace
    check = workspace.get(drawn.steps["check"], Step)
    ship = workspace.get(drawn.steps["ship"], Step)
    drawn.editor.rename(check.id, "Check order quickly")
    drawn.editor.rename(ship.id, "Ship goods by courier")
    renamed = Conflict(
        check.id,
        ConflictKind.BOTH_CHANGED,
        base=check,
        mine=workspace.get(check.id),
        theirs=replace(check, name="Check order in ERP"),
    )
    removed = Conflict(
        ship.id, ConflictKind.DELETED_THERE, base=ship, mine=workspace.get(ship.id), theirs=None
    )
    return renamed, removed


def test_each_side_holds_the_conflicting_elements_as_that_side_has_them() -> None:
    # given a diagram with two conflicts
    drawn = draw_simple()
    renamed, removed = conflicts_of(drawn)
    # when the sides are worked out
    sides = conflict_sides(drawn.editor.workspace, (renamed, removed))
    # then mine is the workspace, base and theirs hold each element as their side does
    assert sides.mine is drawn.editor.workspace
    assert sides.base.get(renamed.id, Step).name == "Check order"
    assert sides.theirs.get(renamed.id, Step).name == "Check order in ERP"
    assert sides.base.get(removed.id, Step).name == "Ship goods"
    assert removed.id not in sides.theirs
    # and what merged cleanly (every other step) is the same on all three sides
    others = [s for k, s in drawn.steps.items() if k not in ("check", "ship")]
    for step_id in others:
        assert sides.base.get(step_id) == sides.theirs.get(step_id) == sides.mine.get(step_id)


def test_the_overlay_of_each_side_marks_exactly_what_it_changed_since_the_base() -> None:
    # given the two conflicts
    drawn = draw_simple()
    renamed, removed = conflicts_of(drawn)
    sides = conflict_sides(drawn.editor.workspace, (renamed, removed))
    # when each side is compared with the base
    theirs = sides.compared(THEIRS, drawn.process).diagram(drawn.diagram)
    mine = sides.compared(MINE, drawn.process).diagram(drawn.diagram)
    # then theirs renamed one step and removed the other; mine renamed both
    assert theirs is not None and mine is not None
    assert renamed.id in theirs.changed and removed.id in theirs.removed
    assert {renamed.id, removed.id} <= set(mine.changed)
    assert not mine.removed and not mine.added and not theirs.added


def test_a_conflict_is_placed_on_its_diagram_or_nowhere() -> None:
    # given a step's conflict and a KPI's
    drawn = draw_simple()
    renamed, removed = conflicts_of(drawn)
    sides = conflict_sides(drawn.editor.workspace, (renamed, removed))
    kpi = Kpi(id="kpi-1", process_id=drawn.process, name="Lead time")
    kpi_conflict = Conflict(kpi.id, ConflictKind.BOTH_ADDED, base=None, mine=kpi, theirs=kpi)
    # then the step is drawn on its diagram, even where one side removed it; a KPI nowhere
    assert conflict_place(renamed, sides) == (drawn.process, drawn.diagram)
    assert conflict_place(removed, sides) == (drawn.process, drawn.diagram)
    assert conflict_place(kpi_conflict, sides) is None
