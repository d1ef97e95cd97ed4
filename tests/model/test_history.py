"""History: undo/redo, merging, groups, labels, and memory == disk when a write fails."""

from __future__ import annotations

import pytest

from procdesk.model.changes import ChangeSet
from procdesk.model.editor import Editor
from procdesk.model.elements import Step
from procdesk.model.history import History, PersistError, ReadOnlyError
from procdesk.model.workspace import Workspace
from tests.builders import draw_simple, snapshot


def test_undo_and_redo_walk_the_stack_with_labels() -> None:
    d = draw_simple()
    start = snapshot(d.workspace)
    d.editor.move([d.steps["check"], d.steps["ship"], d.steps["end"]], 10, 0)
    assert d.history.undo_label == "Move 3 steps"
    moved = snapshot(d.workspace)
    assert d.history.undo() is not None
    assert snapshot(d.workspace) == start
    assert d.history.redo_label == "Move 3 steps"
    d.history.redo()
    assert snapshot(d.workspace) == moved


def test_nudges_merge_into_one_undo_step() -> None:
    d = draw_simple()
    step = d.steps["check"]
    x0 = d.workspace.get(step, Step).bounds.x
    for _ in range(5):
        d.editor.nudge([step], 1, 0)
    assert d.workspace.get(step, Step).bounds.x == x0 + 5
    d.history.undo()
    assert d.workspace.get(step, Step).bounds.x == x0


def test_typing_in_a_field_merges_but_another_field_does_not() -> None:
    d = draw_simple()
    step = d.steps["check"]
    for text in ("C", "Ch", "Che"):
        d.editor.rename(step, text)
    d.editor.update([step], "Edit cost", merge_key=f"cost:{step}", cost=3.0)
    d.history.undo()
    assert d.workspace.get(step, Step).name == "Che"
    d.history.undo()
    assert d.workspace.get(step, Step).name == "Check order"


def test_group_is_one_step_one_event_one_write() -> None:
    d = draw_simple()
    events: list[ChangeSet] = []
    d.history.changed.connect(events.append)
    before = snapshot(d.workspace)
    with d.history.group("Rework"):
        d.editor.rename(d.steps["check"], "Review")
        d.editor.move([d.steps["check"]], 0, 5)
    assert len(events) == 1 and events[0].label == "Rework"
    d.history.undo()
    assert snapshot(d.workspace) == before


def test_group_that_raises_is_rolled_back() -> None:
    d = draw_simple()
    before = snapshot(d.workspace)
    with pytest.raises(RuntimeError), d.history.group("Broken"):
        d.editor.rename(d.steps["check"], "Review")
        raise RuntimeError("stop")
    assert snapshot(d.workspace) == before


def test_failed_write_reverts_memory_and_keeps_stacks() -> None:
    # given a history whose sink fails on demand
    failing = {"on": False}
    written: list[ChangeSet] = []

    def sink(changeset: ChangeSet) -> None:
        if failing["on"]:
            raise OSError("disk full")
        written.append(changeset)

    editor = Editor(History(Workspace(), sink))
    d = draw_simple(editor)
    before = snapshot(d.workspace)
    label = d.history.undo_label
    # when a write fails
    failing["on"] = True
    with pytest.raises(PersistError, match="disk full"):
        d.editor.move([d.steps["check"]], 10, 0)
    # then memory equals what was written, and the undo stack is unchanged
    assert snapshot(d.workspace) == before
    assert d.history.undo_label == label
    with pytest.raises(PersistError):
        d.history.undo()
    assert snapshot(d.workspace) == before
    failing["on"] = False
    assert d.history.undo() is not None


def test_read_only_history_refuses_edits() -> None:
    history = History(Workspace(), read_only=True)
    with pytest.raises(ReadOnlyError):
        Editor(history).add_process("X")


def test_new_edit_clears_redo() -> None:
    d = draw_simple()
    d.editor.rename(d.steps["check"], "A")
    d.history.undo()
    assert d.history.can_redo
    d.editor.rename(d.steps["ship"], "B")
    assert not d.history.can_redo
