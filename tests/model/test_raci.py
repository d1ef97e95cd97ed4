"""RACI on steps and the role list: the value's rules, every intent, and undo of each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from procdesk.model.assignments import Letter, Raci, next_letter
from procdesk.model.commands import CommandError
from procdesk.model.elements import Step
from procdesk.model.raci import effective, roles_of, without_known_roles
from procdesk.model.roles import Role
from tests.builders import Drawn, draw_simple, snapshot

R, A, C, INF = Letter


@pytest.fixture
def drawn() -> Drawn:
    return draw_simple()


def raci_of(drawn: Drawn, key: str) -> Raci:
    return effective(drawn.workspace, drawn.workspace.get(drawn.steps[key], Step))


def undoes(drawn: Drawn, edit: Callable[[], object]) -> None:
    """*edit* changes the workspace, and one undo puts it back exactly (redo again)."""
    before = snapshot(drawn.workspace)
    edit()
    after = snapshot(drawn.workspace)
    assert after != before
    drawn.history.undo()
    assert snapshot(drawn.workspace) == before
    drawn.history.redo()
    assert snapshot(drawn.workspace) == after


def test_a_cell_cycles_blank_r_a_c_i_blank() -> None:
    assert [next_letter(x) for x in (None, R, A, C, INF)] == [R, A, C, INF, None]


def test_a_role_holds_one_letter_and_touching_r_makes_it_explicit() -> None:
    # given no explicit assignments: the default is Sales
    raci = Raci()
    # giving Warehouse an R keeps Sales's (default) R beside it
    both = raci.with_letter("Warehouse", R, default=("Sales",))
    assert both.names(R) == ("Sales", "Warehouse")
    # giving Sales an A takes its R away: one letter a cell
    moved = both.with_letter("sales", A)
    assert (moved.names(R), moved.names(A)) == (("Warehouse",), ("sales",))
    # a C for someone else leaves R as the default (None), following the lane
    assert raci.with_letter("Finance", C, default=("Sales",)).responsible is None


def test_the_default_responsible_is_the_lane_until_chosen(drawn: Drawn) -> None:
    # "Check order" stands in lane Sales; "Ship goods" in Warehouse
    assert raci_of(drawn, "check").names(R) == ("Sales",)
    drawn.editor.update([drawn.steps["check"]], role="Clerk")
    assert raci_of(drawn, "check").names(R) == ("Clerk",)
    drawn.editor.set_lane([drawn.steps["ship"]], drawn.lanes[0])
    assert raci_of(drawn, "ship").names(R) == ("Sales",)


def test_set_responsibility_and_its_undo(drawn: Drawn) -> None:
    check = drawn.steps["check"]
    undoes(drawn, lambda: drawn.editor.set_responsibility(check, "Warehouse", A))
    assert raci_of(drawn, "check").names(A) == ("Warehouse",)
    assert drawn.history.undo_label == "Make Warehouse accountable for 'Check order'"


def test_cycle_responsibility_and_its_undo(drawn: Drawn) -> None:
    check = drawn.steps["check"]
    # Sales is R by default; one cycle makes it A, and leaves nobody R
    undoes(drawn, lambda: drawn.editor.cycle_responsibility(check, "Sales"))
    assert raci_of(drawn, "check") == Raci((), ("Sales",), (), ())
    # three more cycles: C, I, then blank
    letters = []
    for _ in range(3):
        drawn.editor.cycle_responsibility(check, "Sales")
        letters.append(drawn.editor.responsibility(check, "Sales"))
    assert letters == [C, INF, None]


def test_taking_a_letter_away_and_its_undo(drawn: Drawn) -> None:
    check = drawn.steps["check"]
    drawn.editor.set_responsibility(check, "Warehouse", INF)
    undoes(drawn, lambda: drawn.editor.set_responsibility(check, "Warehouse", None))
    assert drawn.workspace.get(check, Step).raci is None


def test_only_activities_and_known_roles_take_letters(drawn: Drawn) -> None:
    with pytest.raises(CommandError, match="not a step that anyone carries out"):
        drawn.editor.set_responsibility(drawn.steps["ok"], "Sales", R)
    with pytest.raises(CommandError, match="'Nobody' is not a role"):
        drawn.editor.set_responsibility(drawn.steps["check"], "Nobody", R)


def test_add_role_and_its_undo(drawn: Drawn) -> None:
    undoes(drawn, lambda: drawn.editor.add_role(" Controller ", "Checks spend", "Finance"))
    (role,) = drawn.workspace.in_scope("", Role)
    assert (role.name, role.description, role.department) == (
        "Controller",
        "Checks spend",
        "Finance",
    )
    # a role list entry is a column of every diagram's matrix, after the lanes
    assert roles_of(drawn.workspace, drawn.diagram) == ["Sales", "Warehouse", "Controller"]
    with pytest.raises(CommandError, match="already has a role called 'Controller'"):
        drawn.editor.add_role("controller")
    with pytest.raises(CommandError, match="needs a name"):
        drawn.editor.add_role("  ")


def test_renaming_a_role_renames_it_in_every_step_and_its_undo(drawn: Drawn) -> None:
    editor, check, ship = drawn.editor, drawn.steps["check"], drawn.steps["ship"]
    role = editor.add_role("Controller")
    editor.set_responsibility(check, "Controller", C)
    editor.set_responsibility(ship, "Controller", A)
    undoes(drawn, lambda: editor.update_role(role, name="Controlling"))
    assert raci_of(drawn, "check").names(C) == ("Controlling",)
    assert raci_of(drawn, "ship").names(A) == ("Controlling",)


def test_describing_a_role_and_its_undo(drawn: Drawn) -> None:
    role = drawn.editor.add_role("Controller")
    undoes(drawn, lambda: drawn.editor.update_role(role, description="Checks", department="Fin"))
    assert drawn.workspace.get(role, Role).department == "Fin"


def test_deleting_a_role_takes_it_off_steps_but_not_where_a_lane_has_its_name(
    drawn: Drawn,
) -> None:
    # given a role list entry describing the lane Warehouse, and another role
    editor, check = drawn.editor, drawn.steps["check"]
    warehouse = editor.add_role("Warehouse", "Stores and ships")
    controller = editor.add_role("Controller")
    editor.set_responsibility(check, "Warehouse", INF)
    editor.set_responsibility(check, "Controller", C)
    # deleting the list entry of a lane's role keeps the lane's letters
    undoes(drawn, lambda: editor.delete_role(warehouse))
    assert raci_of(drawn, "check").names(INF) == ("Warehouse",)
    # deleting a role no lane carries takes its letters away
    undoes(drawn, lambda: editor.delete_role(controller))
    assert raci_of(drawn, "check").names(C) == ()


def test_variants_copy_the_assignments(drawn: Drawn) -> None:
    drawn.editor.set_responsibility(drawn.steps["check"], "Warehouse", A)
    to_be = drawn.editor.create_variant(drawn.diagram)
    copy = next(
        s for s in drawn.workspace.elements_of(to_be, Step) if s.origin_id == drawn.steps["check"]
    )
    assert effective(drawn.workspace, copy).names(A) == ("Warehouse",)


def test_imported_roles_the_list_has_are_not_added_again(drawn: Drawn) -> None:
    drawn.editor.add_role("Controller", "ours")
    imported = [Role(id="Role_1", name="controller", description="theirs"), Role(id="R2", name="X")]
    assert [r.id for r in without_known_roles(drawn.workspace, imported)] == ["R2"]
