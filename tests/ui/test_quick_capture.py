"""The quick-capture table: a workshop types rows, the diagram draws itself."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from procdesk.document import Document
from procdesk.model.capture import rows_of
from procdesk.model.elements import Flow, FlowKind, Lane, Step, StepKind
from procdesk.ui.panels.capture.panel import AFTER, KIND, LANE, STEP, QuickCapture


@pytest.fixture
def document(tmp_path: Path) -> Iterator[Document]:
    opened = Document.create(tmp_path / "w.procdesk")
    yield opened
    opened.close()


@pytest.fixture
def diagram_id(document: Document) -> str:
    process_id = document.editor.add_process("Workshop")
    document.history.clear()
    return document.workspace.diagrams_of(process_id)[0].id


@pytest.fixture
def table(qtbot, document: Document, diagram_id: str) -> QuickCapture:
    widget = QuickCapture(document)
    qtbot.addWidget(widget)
    widget.resize(560, 420)
    widget.show()
    widget.set_diagram(diagram_id)
    widget.table.setFocus()
    return widget


def type_row(qtbot, widget: QuickCapture, *cells: str) -> None:
    """Type cells left to right (Tab between them) into the blank row, then press Enter."""
    grid = widget.table
    if grid.open_editor is None:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    for index, text in enumerate(cells):
        editor = grid.open_editor
        assert editor is not None
        qtbot.keyClicks(editor, text)
        last = index == len(cells) - 1
        qtbot.keyClick(editor, Qt.Key.Key_Return if last else Qt.Key.Key_Tab)
    settle()


def settle() -> None:
    """Let Qt deliver what Enter queued (an item editor commits on Enter asynchronously)."""
    QCoreApplication.processEvents()


def steps(document: Document, diagram_id: str) -> dict[str, Step]:
    return {s.name: s for s in document.workspace.elements_of(diagram_id, Step)}


def lane_name(document: Document, step: Step) -> str:
    return document.workspace.get(step.lane_id or "", Lane).name


def test_typing_four_rows_draws_four_connected_steps_in_their_lanes(
    qtbot, table: QuickCapture, document: Document, diagram_id: str
) -> None:
    # given an empty diagram in the table
    assert table.table.rowCount() == 1
    # when a workshop types four rows
    type_row(qtbot, table, "Receive request", "Requester")
    type_row(qtbot, table, "Check request", "Buyer", "user")
    type_row(qtbot, table, "Complete?", "", "decision")
    type_row(qtbot, table, "Order goods", "Buyer", "system")
    # then four steps exist, each in its lane, with the kinds typed
    made = steps(document, diagram_id)
    assert list(made) == ["Receive request", "Check request", "Complete?", "Order goods"]
    assert [lane_name(document, s) for s in made.values()] == [
        "Requester",
        "Buyer",
        "Buyer",
        "Buyer",
    ]
    assert [s.kind for s in made.values()] == [
        StepKind.TASK,
        StepKind.USER_TASK,
        StepKind.EXCLUSIVE_GATEWAY,
        StepKind.SERVICE_TASK,
    ]
    # and they are connected one after another, laid out left to right
    flows = {
        (f.source_id, f.target_id)
        for f in document.workspace.elements_of(diagram_id, Flow)
        if f.kind == FlowKind.SEQUENCE
    }
    ordered = list(made.values())
    assert flows == {(a.id, b.id) for a, b in pairwise(ordered)}
    xs = [s.bounds.center.x for s in ordered]
    assert xs == sorted(xs)
    # and the table shows them in flow order, with a fresh blank row being edited
    assert [table.table.item(r, STEP).text() for r in range(4)] == list(made)
    assert table.table.item(3, AFTER).text() == "Complete?"
    assert table.table.currentRow() == 4
    assert table.table.open_editor is not None


def test_each_row_is_one_undo_step_and_undo_refreshes_the_table(
    qtbot, table: QuickCapture, document: Document, diagram_id: str
) -> None:
    # given two typed rows
    type_row(qtbot, table, "Receive request", "Requester")
    type_row(qtbot, table, "Check request", "Buyer")
    # when the last edit is undone
    document.history.undo()
    # then only the first step is left, in the model and in the table
    assert list(steps(document, diagram_id)) == ["Receive request"]
    assert table.table.rowCount() == 2
    assert table.table.item(0, STEP).text() == "Receive request"
    # and one more undo leaves the diagram as it was
    document.history.undo()
    assert steps(document, diagram_id) == {}
    assert table.table.rowCount() == 1


def test_a_bad_kind_word_changes_nothing_and_says_why(
    qtbot, table: QuickCapture, document: Document, diagram_id: str
) -> None:
    # given one step
    type_row(qtbot, table, "Receive request", "Requester")
    before = document.workspace.elements_of(diagram_id)
    # when a row with an unknown kind word is typed
    type_row(qtbot, table, "Check request", "", "decisoin")
    # then the model is unchanged and the message is shown in the widget
    assert document.workspace.elements_of(diagram_id) == before
    assert "Unknown kind 'decisoin'" in table.status_text()
    assert table.status.property("error") is True
    # and the typed row is kept for correcting
    assert table.table.item(1, STEP).text() == "Check request"
    assert table.table.item(1, KIND).text() == "decisoin"


def test_editing_a_row_renames_moves_and_changes_kind(
    qtbot, table: QuickCapture, document: Document, diagram_id: str
) -> None:
    # given two steps in one lane
    type_row(qtbot, table, "Receive request", "Requester")
    type_row(qtbot, table, "Check", "Requester")
    check = steps(document, diagram_id)["Check"]
    grid = table.table
    # when the second row's name, lane and kind are typed over
    grid.setCurrentCell(1, STEP)
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    editor = grid.open_editor
    assert editor is not None
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Check request")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert grid.open_editor is not None
    qtbot.keyClicks(grid.open_editor, "Buyer")
    qtbot.keyClick(grid.open_editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(grid.open_editor, "decision")
    qtbot.keyClick(grid.open_editor, Qt.Key.Key_Return)
    settle()
    # then the step is renamed, in a new lane "Buyer", and a decision
    changed = document.workspace.get(check.id, Step)
    assert changed.name == "Check request"
    assert lane_name(document, changed) == "Buyer"
    assert changed.kind == StepKind.EXCLUSIVE_GATEWAY
    assert changed.bounds.w == changed.bounds.h  # a gateway's size
    # and each edit was one undo step
    document.history.undo()
    assert document.workspace.get(check.id, Step).kind == StepKind.TASK
    document.history.undo()
    assert lane_name(document, document.workspace.get(check.id, Step)) == "Requester"
    document.history.undo()
    assert document.workspace.get(check.id, Step).name == "Check"
    assert grid.item(1, STEP).text() == "Check"


def test_a_change_elsewhere_keeps_the_cell_being_typed(
    qtbot, table: QuickCapture, document: Document, diagram_id: str
) -> None:
    # given a step and half a row typed in the blank row
    type_row(qtbot, table, "Receive request", "Requester")
    editor = table.table.open_editor
    assert editor is not None
    qtbot.keyClicks(editor, "Check req")
    # when the canvas renames the first step meanwhile
    first = steps(document, diagram_id)["Receive request"]
    document.editor.rename(first.id, "Receive the request")
    # then the table shows the new name and the typing goes on where it was
    assert table.table.item(0, STEP).text() == "Receive the request"
    editor = table.table.open_editor
    assert editor is not None
    assert editor.text() == "Check req"  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "uest")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle()
    assert "Check request" in steps(document, diagram_id)


def test_after_picks_the_predecessor_and_lane_follows_it(
    qtbot, table: QuickCapture, document: Document, diagram_id: str
) -> None:
    # given a decision with one branch
    type_row(qtbot, table, "Receive request", "Requester")
    type_row(qtbot, table, "Complete?", "Buyer", "decision")
    type_row(qtbot, table, "Order goods", "Buyer")
    # when a second branch is typed "after" the decision, without a lane
    type_row(qtbot, table, "Send back", "", "end", "Complete?")
    # then it follows the decision, in the decision's lane
    made = steps(document, diagram_id)
    sources = {
        f.source_id
        for f in document.workspace.elements_of(diagram_id, Flow)
        if f.target_id == made["Send back"].id
    }
    assert sources == {made["Complete?"].id}
    assert lane_name(document, made["Send back"]) == "Buyer"
    assert made["Send back"].kind == StepKind.END_EVENT


def test_shows_the_sample_in_flow_order(qtbot, tmp_path: Path) -> None:
    # given the sample's as-is
    document = Document.create(tmp_path / "s.procdesk", sample=True)
    try:
        process = document.workspace.processes()[0]
        as_is = document.workspace.diagrams_of(process.id)[0].id
        widget = QuickCapture(document)
        qtbot.addWidget(widget)
        # when the table shows it
        widget.set_diagram(as_is)
        # then it lists its steps as rows_of orders them, plus the blank row
        expected = [row.name for row in rows_of(document.workspace, as_is)]
        shown = [widget.table.item(r, STEP).text() for r in range(len(expected))]
        assert shown == expected
        assert widget.table.rowCount() == len(expected) + 1
        kinds = {
            widget.table.item(r, STEP).text(): widget.table.item(r, KIND).text()
            for r in range(len(expected))
        }
        assert kinds["Approved?"] == "decision"
        assert kinds["Create purchase order"] == "system"
        assert widget.table.item(0, LANE).text() == "Requester"
    finally:
        document.close()


def test_enter_on_a_row_moves_to_the_next_rows_step_cell(
    qtbot, table: QuickCapture, document: Document, diagram_id: str
) -> None:
    # given two rows, the first one's lane cell current
    type_row(qtbot, table, "Receive request", "Requester")
    type_row(qtbot, table, "Check request", "Requester")
    grid = table.table
    qtbot.keyClick(grid.open_editor, Qt.Key.Key_Escape)
    grid.setCurrentCell(0, LANE)
    # when Enter is pressed twice without typing
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert (grid.currentRow(), grid.currentColumn()) == (1, STEP)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    # then the blank row's step cell is open for typing
    assert grid.currentRow() == 2 and grid.open_editor is not None


def test_a_hidden_table_catches_up_when_shown(
    qtbot, table: QuickCapture, document: Document, diagram_id: str
) -> None:
    # given a table that was hidden (its dock closed)
    type_row(qtbot, table, "Receive request", "Requester")
    table.hide()
    # when a step is added elsewhere meanwhile
    first = steps(document, diagram_id)["Receive request"]
    document.editor.rename(first.id, "Receive the request")
    # then it shows the change once it is shown again
    table.show()
    assert table.table.item(0, STEP).text() == "Receive the request"


def test_a_read_only_workspace_cannot_be_typed_into(qtbot, tmp_path: Path) -> None:
    # given a workspace opened read-only
    path = tmp_path / "r.procdesk"
    Document.create(path, sample=True).close()
    document = Document.open(path, read_only=True)
    try:
        process = document.workspace.processes()[0]
        widget = QuickCapture(document)
        qtbot.addWidget(widget)
        widget.show()
        widget.set_diagram(document.workspace.diagrams_of(process.id)[0].id)
        # when Enter is pressed in the table
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
        # then there is no blank row, no editor opens, and the widget says why
        assert widget.table.rowCount() == len(widget.rows)
        assert widget.table.open_editor is None
        assert "read-only" in widget.status_text()
    finally:
        document.close()


def test_typing_another_after_moves_the_incoming_flow(
    qtbot, table: QuickCapture, document: Document, diagram_id: str
) -> None:
    # given a decision followed by two steps in a row
    type_row(qtbot, table, "Complete?", "Buyer", "decision")
    type_row(qtbot, table, "Order goods", "Buyer")
    type_row(qtbot, table, "Send back", "Buyer", "end")
    made = steps(document, diagram_id)
    grid = table.table
    qtbot.keyClick(grid.open_editor, Qt.Key.Key_Escape)

    def sequence() -> set[tuple[str, str]]:
        return {
            (f.source_id, f.target_id)
            for f in document.workspace.elements_of(diagram_id, Flow)
            if f.kind == FlowKind.SEQUENCE
        }

    before = sequence()
    # when "Send back" is said to come after the decision instead
    grid.setCurrentCell(table.row_of(made["Send back"].id), AFTER)
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    editor = grid.open_editor
    assert editor is not None
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Complete?")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle()
    # then the decision leads to both, and "Order goods" no longer to "Send back"
    ids = {name: step.id for name, step in made.items()}
    assert sequence() == {
        (ids["Complete?"], ids["Order goods"]),
        (ids["Complete?"], ids["Send back"]),
    }
    # and one undo puts the flow back
    document.history.undo()
    assert sequence() == before
