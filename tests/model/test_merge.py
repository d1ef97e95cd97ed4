"""The three-way merge on hand-built cases: every rule, both directions, both resolutions.

Each case starts from one small diagram (the base), edits a copy of it "here" (mine) and
another copy "there" (the repository, which also serves as the repository's view), and plans
the merge. A clean plan, applied to both sides, must leave them equal.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from procdesk.model.changes import ChangeSet
from procdesk.model.compliance import Requirement
from procdesk.model.editor import Editor
from procdesk.model.elements import Entity, Flow, Step, StepKind
from procdesk.model.geometry import Point
from procdesk.model.history import History
from procdesk.model.merge import ConflictKind, MergePlan, plan_merge
from procdesk.model.merge_values import Side
from procdesk.model.workspace import Workspace
from tests.builders import Drawn, draw_simple, snapshot


@dataclass
class Sides:
    base: Workspace
    here: Editor
    there: Editor
    drawn: Drawn

    def plan(self, resolutions: dict[str, Side] | None = None) -> MergePlan:
        pending = _differences(self.base, self.here.workspace)
        changed = {
            i: after for i, (_, after) in _differences(self.base, self.there.workspace).items()
        }
        processes = [p.id for p in self.base.processes()]
        return plan_merge(
            pending, changed, self.here.workspace, self.there.workspace, processes, resolutions
        )

    def settle(self, plan: MergePlan) -> None:
        """Apply the plan to both sides; they must then agree."""
        assert plan.clean, plan.conflicts
        self.here.workspace.apply(ChangeSet(plan.to_local))
        self.there.workspace.apply(ChangeSet(plan.to_repository))
        assert snapshot(self.here.workspace) == snapshot(self.there.workspace)


def _differences(
    base: Workspace, other: Workspace
) -> dict[str, tuple[Entity | None, Entity | None]]:
    ids = [e.id for e in other] + [e.id for e in base if e.id not in other]
    return {i: (base.find(i), other.find(i)) for i in ids if base.find(i) != other.find(i)}


@pytest.fixture
def sides() -> Sides:
    drawn = draw_simple()
    entities = list(drawn.workspace)
    return Sides(
        Workspace(entities),
        Editor(History(Workspace(entities))),
        Editor(History(Workspace(entities))),
        drawn,
    )


def step(sides: Sides, key: str, side: Editor) -> Step:
    return side.workspace.get(sides.drawn.steps[key], Step)


def test_changes_to_different_elements_merge(sides: Sides) -> None:
    # given one step renamed here and another there
    sides.here.rename(sides.drawn.steps["check"], "Check order carefully")
    sides.there.rename(sides.drawn.steps["ship"], "Ship parcel")
    # when merged
    plan = sides.plan()
    # then both renames are on both sides
    sides.settle(plan)
    assert step(sides, "check", sides.here).name == "Check order carefully"
    assert step(sides, "ship", sides.here).name == "Ship parcel"
    assert [c.id for c in plan.to_repository] == [sides.drawn.steps["check"]]
    assert [c.id for c in plan.to_local] == [sides.drawn.steps["ship"]]


def test_different_attributes_of_one_element_merge(sides: Sides) -> None:
    # given the same step renamed here and given a work instruction there
    check = sides.drawn.steps["check"]
    sides.here.rename(check, "Check order carefully")
    sides.there.update([check], instruction="Compare with the offer")
    # when merged, then the step has both
    sides.settle(sides.plan())
    merged = step(sides, "check", sides.here)
    assert (merged.name, merged.instruction) == ("Check order carefully", "Compare with the offer")


def test_the_same_change_on_both_sides_is_no_conflict(sides: Sides) -> None:
    check = sides.drawn.steps["check"]
    sides.here.rename(check, "Check")
    sides.there.rename(check, "Check")
    plan = sides.plan()
    assert plan.clean and not plan.to_repository and not plan.to_local


def test_the_same_attribute_changed_differently_is_a_conflict(sides: Sides) -> None:
    # given one step renamed differently on both sides, and its instruction set there
    check = sides.drawn.steps["check"]
    sides.here.rename(check, "Mine")
    sides.there.rename(check, "Theirs")
    sides.there.update([check], instruction="Theirs alone")
    # when merged
    plan = sides.plan()
    # then nothing is planned and the conflict shows base, mine and theirs of the name
    assert not plan.to_local and not plan.to_repository
    (conflict,) = plan.conflicts
    assert conflict.kind == ConflictKind.BOTH_CHANGED and conflict.id == check
    assert [(f.name, f.base, f.mine, f.theirs) for f in conflict.fields] == [
        ("name", "Check order", "Mine", "Theirs")
    ]


@pytest.mark.parametrize(("side", "name"), [(Side.MINE, "Mine"), (Side.THEIRS, "Theirs")])
def test_a_conflict_is_resolved_either_way(sides: Sides, side: Side, name: str) -> None:
    # given the name changed on both sides and the instruction only there
    check = sides.drawn.steps["check"]
    sides.here.rename(check, "Mine")
    sides.there.rename(check, "Theirs")
    sides.there.update([check], instruction="Theirs alone")
    # when resolved
    plan = sides.plan({check: side})
    # then the chosen name wins, and the instruction merges on its own
    sides.settle(plan)
    merged = step(sides, "check", sides.there)
    assert (merged.name, merged.instruction) == (name, "Theirs alone")


def test_deleted_here_edited_there_is_a_conflict(sides: Sides) -> None:
    ship = sides.drawn.steps["ship"]
    sides.here.delete([ship])
    sides.there.rename(ship, "Ship parcel")
    (conflict,) = sides.plan().conflicts
    assert (conflict.kind, conflict.id, conflict.mine) == (ConflictKind.DELETED_HERE, ship, None)
    assert isinstance(conflict.theirs, Step) and conflict.theirs.name == "Ship parcel"


def test_edited_here_deleted_there_is_a_conflict(sides: Sides) -> None:
    ship = sides.drawn.steps["ship"]
    sides.here.rename(ship, "Ship parcel")
    sides.there.delete([ship])
    (conflict,) = sides.plan().conflicts
    assert (conflict.kind, conflict.id, conflict.theirs) == (
        ConflictKind.DELETED_THERE,
        ship,
        None,
    )


def test_deleted_here_edited_there_resolved_both_ways(sides: Sides) -> None:
    ship = sides.drawn.steps["ship"]
    flows_at_ship = {f.id for f in sides.base.flows_at(ship)}
    sides.here.delete([ship])
    sides.there.rename(ship, "Ship parcel")
    # taking theirs brings the step back here, with the flows the deletion took along
    theirs = sides.plan({ship: Side.THEIRS})
    assert {c.id for c in theirs.to_local} == {ship, *flows_at_ship}
    assert not theirs.to_repository
    # keeping mine removes it there, with its flows
    mine = sides.plan({ship: Side.MINE})
    assert {c.id for c in mine.to_repository} == {ship, *flows_at_ship}
    assert all(c.after is None for c in mine.to_repository)
    sides.settle(mine)


def test_deleting_an_unchanged_element_there_removes_it_here(sides: Sides) -> None:
    ship = sides.drawn.steps["ship"]
    sides.there.delete([ship])
    sides.here.rename(sides.drawn.steps["check"], "Check")
    sides.settle(sides.plan())
    assert ship not in sides.here.workspace


def test_a_flow_drawn_here_to_a_step_deleted_there_is_a_conflict(sides: Sides) -> None:
    # given a new flow here from "check" to "ship", while "ship" is deleted there
    check, ship = sides.drawn.steps["check"], sides.drawn.steps["ship"]
    flow = sides.here.connect(check, ship)
    sides.there.delete([ship])
    # then the conflict is on the deleted step, naming the flow that uses it
    (conflict,) = sides.plan().conflicts
    assert (conflict.kind, conflict.id, conflict.users) == (
        ConflictKind.DELETED_THERE,
        ship,
        (flow,),
    )
    # keeping mine restores the step there, with the new flow
    keep = sides.plan({ship: Side.MINE})
    sides.settle(keep)
    assert ship in sides.there.workspace and flow in sides.there.workspace


def test_a_flow_drawn_here_to_a_step_deleted_there_taken_theirs(sides: Sides) -> None:
    check, ship = sides.drawn.steps["check"], sides.drawn.steps["ship"]
    flow = sides.here.connect(check, ship)
    sides.there.delete([ship])
    plan = sides.plan({ship: Side.THEIRS})
    sides.settle(plan)
    assert ship not in sides.here.workspace and flow not in sides.here.workspace


def test_a_step_deleted_here_that_a_new_flow_there_uses_is_a_conflict(sides: Sides) -> None:
    check, ship = sides.drawn.steps["check"], sides.drawn.steps["ship"]
    sides.here.delete([ship])
    flow = sides.there.connect(check, ship)
    (conflict,) = sides.plan().conflicts
    assert (conflict.kind, conflict.id, conflict.users) == (
        ConflictKind.DELETED_HERE,
        ship,
        (flow,),
    )
    sides.settle(sides.plan({ship: Side.MINE}))
    assert flow not in sides.there.workspace


def test_additions_of_different_elements_on_both_sides_merge(sides: Sides) -> None:
    diagram = sides.drawn.diagram
    mine = sides.here.add_step(diagram, StepKind.TASK, "Mine", Point(250, 300))
    theirs = sides.there.add_step(diagram, StepKind.TASK, "Theirs", Point(400, 300))
    plan = sides.plan()
    sides.settle(plan)
    assert {mine, theirs} <= {e.id for e in sides.here.workspace}


def test_the_same_id_added_differently_is_a_conflict(sides: Sides) -> None:
    requirement = Requirement(id="Req_1", source="ISO 9001", clause="8.4", title="Here")
    sides.here.add(requirement)
    sides.there.add(requirement, title="There")
    (conflict,) = sides.plan().conflicts
    assert conflict.kind == ConflictKind.BOTH_ADDED
    sides.settle(sides.plan({"Req_1": Side.THEIRS}))
    assert sides.here.workspace.get("Req_1", Requirement).title == "There"


def test_elements_of_processes_not_checked_out_stay_away(sides: Sides) -> None:
    # given another process drawn there, which this workspace did not check out
    other = draw_simple(sides.there)
    plan = sides.plan()
    # then none of it comes here (but a new requirement, shared by all, would)
    assert plan.clean and not plan.to_local
    assert other.process not in sides.here.workspace


def test_moved_here_and_resized_there_is_a_conflict_of_its_bounds(sides: Sides) -> None:
    check = sides.drawn.steps["check"]
    sides.here.move([check], 30, 0)
    before = step(sides, "check", sides.there).bounds
    sides.there.resize(check, type(before)(before.x, before.y, before.w + 40, before.h))
    plan = sides.plan()
    names = {f.name for c in plan.conflicts for f in c.fields}
    # the move also moved the flows' ends here; the step's bounds conflict
    assert "bounds" in names


def test_flows_are_not_taken_for_their_ends(sides: Sides) -> None:
    # a renamed flow and a moved end merge: different elements
    flow = sides.drawn.flows[0]
    sides.here.update([flow], name="first")
    sides.there.rename(sides.drawn.steps["start"], "Order received")
    sides.settle(sides.plan())
    assert sides.here.workspace.get(flow, Flow).name == "first"
