"""Root-cause intents: each is one undo step, the weak point's root cause follows the 5 Whys,
and bad input (a loop of sub-causes, an empty name, a deleted category or weak point) is
refused with a reason while nothing changes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from procdesk.model.commands import CommandError
from procdesk.model.editor import Editor
from procdesk.model.elements import WeakPoint
from procdesk.model.history import History
from procdesk.model.root_cause import Cause, CauseCategory, Why
from procdesk.model.root_cause_queries import (
    categories_of,
    causes_on,
    fishbone_of,
    has_analysis,
    sub_causes,
    whys_of,
)
from procdesk.model.workspace import Workspace
from tests.builders import snapshot
from tests.ui.builders import swimlane


@pytest.fixture
def editor() -> Editor:
    return swimlane().editor


@pytest.fixture
def point(editor: Editor) -> str:
    diagram = editor.workspace.diagrams_of(editor.workspace.processes()[0].id)[0].id
    return editor.add_weak_point(
        diagram, None, description="Approvals wait a week", root_cause="Written by hand"
    )


def undo_restores(editor: Editor, action: Callable[[], object]) -> None:
    """*action* is one undo step: undo gives the state before it, redo the state after."""
    before = snapshot(editor.workspace)
    action()
    after = snapshot(editor.workspace)
    assert after != before
    editor.history.undo()
    assert snapshot(editor.workspace) == before
    editor.history.redo()
    assert snapshot(editor.workspace) == after


def refused(editor: Editor, action: Callable[[], object], reason: str) -> None:
    """*action* raises a CommandError naming *reason*, and changes nothing."""
    before, label = snapshot(editor.workspace), editor.history.undo_label
    with pytest.raises(CommandError, match=reason):
        action()
    assert snapshot(editor.workspace) == before
    assert editor.history.undo_label == label


def root_cause(editor: Editor, point: str) -> str:
    return editor.workspace.get(point, WeakPoint).root_cause


def test_every_root_cause_intent_is_one_undo_step(editor: Editor, point: str) -> None:
    # given a weak point with a chain of two whys and a fishbone with a cause and a sub-cause
    first = editor.add_why(point, "Why?", "Nobody approves")
    second = editor.add_why(point, "Why nobody?", "")
    method, machine, *_ = editor.start_fishbone(point)
    cause = editor.add_cause(method, "Paper form")
    sub = editor.add_cause(method, "No workflow", parent_id=cause)
    # when / then: each intent is undone and redone as one step
    for action in (
        lambda: editor.add_why(point, "Why again?", "Policy", index=0),
        lambda: editor.edit_why(second, because="No deputy"),
        lambda: editor.move_why(second, 0),
        lambda: editor.delete_why(first),
        lambda: editor.add_category(point, "Money", 1),
        lambda: editor.rename_category(machine, "Software"),
        lambda: editor.move_category(machine, 4),
        lambda: editor.add_cause(machine, "Old ERP"),
        lambda: editor.add_cause(method, "Lost in the mail", parent_id=sub),
        lambda: editor.rename_cause(cause, "Paper form by mail"),
        lambda: editor.set_confirmed(cause, True),
        lambda: editor.move_cause(sub, index=0, category_id=method),
        lambda: editor.move_cause(cause, category_id=machine),
        lambda: editor.delete_cause(cause),
        lambda: editor.remove_category(method),
    ):
        undo_restores(editor, action)
    point_ids = {e.id for e in editor.workspace if isinstance(e, Why | CauseCategory | Cause)}
    assert point_ids and all(
        editor.workspace.get(i).weak_point_id == point  # type: ignore[attr-defined]
        for i in point_ids
    )


def test_starting_a_fishbone_gives_the_6m_categories_in_order(editor: Editor, point: str) -> None:
    # when a fishbone is started
    editor.start_fishbone(point)
    # then its bones are the 6M, in order, as one undo step
    names = [c.name for c in categories_of(editor.workspace, point)]
    assert names == ["Method", "Machine", "Material", "Manpower", "Measurement", "Environment"]
    assert [c.key for c in categories_of(editor.workspace, point)][-1] == "milieu"
    editor.history.undo()
    assert categories_of(editor.workspace, point) == []
    # and a second start is refused
    editor.history.redo()
    refused(editor, lambda: editor.start_fishbone(point), "already has a fishbone")


def test_root_cause_follows_the_last_answered_because(editor: Editor, point: str) -> None:
    # given a weak point whose root cause was written by hand (as in old workspaces)
    assert root_cause(editor, point) == "Written by hand"
    # when a why is added without an answer, the free text stays
    first = editor.add_why(point, "Why does it wait?")
    assert root_cause(editor, point) == "Written by hand"
    # when it is answered, the answer becomes the root cause in the same step
    editor.edit_why(first, because="The controller travels")
    assert root_cause(editor, point) == "The controller travels"
    assert editor.history.undo_label == "Edit why"
    # a later answer takes over; an unanswered later why does not
    second = editor.add_why(point, "Why does that stop it?", "No deputy is named")
    editor.add_why(point, "Why no deputy?")
    assert root_cause(editor, point) == "No deputy is named"
    # deleting the last answer falls back to the one before it
    editor.delete_why(second)
    assert root_cause(editor, point) == "The controller travels"
    # moving the answered link last, after an unanswered one, keeps it the answer
    editor.move_why(first, 5)
    assert [w.why for w in whys_of(editor.workspace, point)] == [
        "Why no deputy?",
        "Why does it wait?",
    ]
    # and undoing all of it brings the hand-written text back with the empty chain
    while editor.history.undo_label.endswith("why"):
        editor.history.undo()
    assert whys_of(editor.workspace, point) == []
    assert root_cause(editor, point) == "Written by hand"


def test_whys_are_renumbered_in_order(editor: Editor, point: str) -> None:
    a = editor.add_why(point, "a")
    b = editor.add_why(point, "b")
    c = editor.add_why(point, "c", index=1)
    assert [(w.id, w.order) for w in whys_of(editor.workspace, point)] == [(a, 0), (c, 1), (b, 2)]
    editor.delete_why(c)
    assert [(w.id, w.order) for w in whys_of(editor.workspace, point)] == [(a, 0), (b, 1)]


def test_moving_a_cause_takes_its_sub_causes_along(editor: Editor, point: str) -> None:
    # given a cause with a sub-cause with a sub-cause on the Method bone
    method, machine, *_ = editor.start_fishbone(point)
    cause = editor.add_cause(method, "Paper form")
    sub = editor.add_cause(method, "Signed by hand", parent_id=cause)
    deeper = editor.add_cause(method, "Policy from 2014", parent_id=sub)
    # when the cause is dragged onto the Machine bone
    editor.move_cause(cause, category_id=machine)
    # then the whole tree is in Machine, and Method is empty
    ws = editor.workspace
    assert {ws.get(i, Cause).category_id for i in (cause, sub, deeper)} == {machine}
    assert causes_on(ws, method) == [] and [c.id for c in causes_on(ws, machine)] == [cause]
    # and a sub-cause moved onto another cause's bone becomes a cause there, in order
    other = editor.add_cause(method, "Lost mail")
    editor.move_cause(deeper, category_id=method, index=0)
    assert [c.id for c in causes_on(ws, method)] == [deeper, other]
    assert ws.get(deeper, Cause).parent_id is None
    assert sub_causes(ws, sub) == []


def test_a_loop_of_sub_causes_is_refused(editor: Editor, point: str) -> None:
    # given a cause, its sub-cause and that one's sub-cause
    method, *_ = editor.start_fishbone(point)
    cause = editor.add_cause(method, "Paper form")
    sub = editor.add_cause(method, "Signed by hand", parent_id=cause)
    deeper = editor.add_cause(method, "Policy from 2014", parent_id=sub)
    # when the cause is put under its own sub-sub-cause, or under itself: refused, unchanged
    refused(
        editor,
        lambda: editor.move_cause(cause, parent_id=deeper),
        "'Paper form' cannot go under 'Policy from 2014': 'Policy from 2014' is one of its "
        "own sub-causes",
    )
    refused(editor, lambda: editor.move_cause(sub, parent_id=sub), "sub-cause of itself")
    # while moving a sub-cause under a cause beside it is fine
    other = editor.add_cause(method, "Lost mail")
    editor.move_cause(deeper, parent_id=other)
    assert editor.workspace.get(deeper, Cause).parent_id == other


def test_bad_input_is_refused_and_changes_nothing(editor: Editor, point: str) -> None:
    method, machine, *_ = editor.start_fishbone(point)
    cause = editor.add_cause(method, "Paper form")
    refused(editor, lambda: editor.add_category(point, "   "), "a cause category needs a name")
    refused(editor, lambda: editor.rename_category(method, ""), "a cause category needs a name")
    refused(editor, lambda: editor.add_cause(method, " \n "), "a cause needs a text")
    refused(editor, lambda: editor.rename_cause(cause, ""), "a cause needs a text")
    refused(
        editor,
        lambda: editor.add_cause(machine, "Old ERP", parent_id=cause),
        "a sub-cause stays in the category of its cause",
    )
    # a cause under a category deleted meanwhile
    editor.remove_category(machine)
    refused(editor, lambda: editor.add_cause(machine, "Old ERP"), "no cause category")
    refused(editor, lambda: editor.move_cause(cause, category_id=machine), "no cause category")
    # an analysis on a weak point deleted meanwhile
    editor.delete([point])
    for action in (
        lambda: editor.add_why(point, "Why?"),
        lambda: editor.start_fishbone(point),
        lambda: editor.add_category(point, "Money"),
    ):
        refused(editor, action, "there is no weak point")
    refused(editor, lambda: editor.rename_cause(cause, "x"), "there is no cause")


def test_a_cause_cannot_move_to_another_weak_points_fishbone(editor: Editor, point: str) -> None:
    diagram = editor.workspace.get(point, WeakPoint).diagram_id
    other = editor.add_weak_point(diagram, None, description="Rework")
    method, *_ = editor.start_fishbone(point)
    elsewhere, *_ = editor.start_fishbone(other)
    cause = editor.add_cause(method, "Paper form")
    foreign = editor.add_cause(elsewhere, "Bad form")
    refused(editor, lambda: editor.move_cause(cause, category_id=elsewhere), "another weak")
    refused(editor, lambda: editor.move_cause(cause, parent_id=foreign), "another weak")


def test_deleting_the_weak_point_deletes_its_analysis(editor: Editor, point: str) -> None:
    # given an analysed weak point
    editor.add_why(point, "Why?", "Because")
    method, *_ = editor.start_fishbone(point)
    editor.add_cause(method, "Paper form", parent_id=None)
    before = snapshot(editor.workspace)
    # when it is deleted, one step removes the analysis with it
    editor.delete([point])
    leftovers = [e for e in editor.workspace if isinstance(e, Why | CauseCategory | Cause)]
    assert leftovers == []
    # and undo brings both back
    editor.history.undo()
    assert snapshot(editor.workspace) == before
    assert has_analysis(editor.workspace, point)


def test_deleting_a_category_or_cause_takes_what_hangs_on_it(editor: Editor, point: str) -> None:
    method, machine, *_ = editor.start_fishbone(point)
    cause = editor.add_cause(method, "Paper form")
    editor.add_cause(method, "Signed by hand", parent_id=cause)
    editor.add_cause(machine, "Old ERP")
    editor.delete_cause(cause)
    assert causes_on(editor.workspace, method) == []
    assert len(editor.workspace.in_scope(point, Cause)) == 1
    editor.remove_category(machine)
    assert editor.workspace.in_scope(point, Cause) == []
    assert [c.order for c in categories_of(editor.workspace, point)] == [0, 1, 2, 3, 4]


def test_fishbone_of_reads_the_tree_in_order() -> None:
    # given a fishbone made by hand with two bones and a tree of causes
    editor = swimlane().editor
    diagram = editor.workspace.diagrams_of(editor.workspace.processes()[0].id)[0].id
    point = editor.add_weak_point(diagram, None, description="Late")
    left = editor.add_category(point, "People")
    right = editor.add_category(point, "Tools")
    a = editor.add_cause(left, "a")
    b = editor.add_cause(left, "b", index=0, confirmed=True)
    editor.add_cause(left, "a1", parent_id=a)
    editor.add_cause(left, "a2", parent_id=a, index=0)
    # when it is read
    fishbone = fishbone_of(editor.workspace, point)
    # then the bones, causes and sub-causes come in their order
    assert fishbone is not None and fishbone.problem == "Late"
    people, tools = fishbone.bones
    assert (people.name, tools.name, tools.causes) == ("People", "Tools", ())
    assert (people.id, tools.id) == (left, right)
    assert [(c.text, c.confirmed) for c in people.causes] == [("b", True), ("a", False)]
    assert [c.text for c in people.causes[1].children] == ["a2", "a1"]
    assert [c.text for c in fishbone.causes()] == ["b", "a", "a2", "a1"]
    assert b in {c.id for c in fishbone.causes()}


def test_an_analysis_lives_in_the_workspace_file(tmp_path) -> None:
    # given a workspace file with an analysed weak point
    from procdesk.document import Document

    with Document.create(tmp_path / "w.procdesk") as document:
        editor = document.editor
        process = editor.add_process("Buy")
        diagram = editor.workspace.diagrams_of(process)[0].id
        point = editor.add_weak_point(diagram, None, description="Slow")
        editor.add_why(point, "Why?", "Because")
        method, *_ = editor.start_fishbone(point)
        editor.add_cause(method, "Paper", confirmed=True)
        memory = snapshot(editor.workspace)
    # when it is opened again, everything is there as it was
    with Document.open(tmp_path / "w.procdesk") as reopened:
        assert snapshot(reopened.workspace) == memory


def test_a_history_over_a_workspace_of_only_a_weak_point() -> None:
    # the intents need nothing but the weak point: no diagram look-ups beyond it
    editor = Editor(History(Workspace()))
    process = editor.add_process("P")
    diagram = editor.workspace.diagrams_of(process)[0].id
    point = editor.add_weak_point(diagram, None)
    assert editor.add_why(point) in editor.workspace
