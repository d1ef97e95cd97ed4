"""The RACI matrix by mouse and keyboard, the role list editor, and the dock in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit

from procdesk.document import Document
from procdesk.model.assignments import Letter
from procdesk.model.elements import Step
from procdesk.model.raci import effective
from procdesk.ui.panels.findings.panel import FindingsPanel
from procdesk.ui.raci.panel import RaciPanel
from procdesk.ui.window.main_window import MainWindow


def as_is(document: Document) -> str:
    return document.workspace.diagrams_of(document.workspace.processes()[0].id)[0].id


@pytest.fixture
def panel(qtbot, document: Document) -> RaciPanel:
    widget = RaciPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    widget.set_diagram(as_is(document))
    return widget


def cell(panel: RaciPanel, step: str, role: str) -> QModelIndex:
    for row in range(panel.model.rowCount()):
        if panel.model.row(panel.model.index(row, 0)).step.name == step:
            return panel.model.index(row, panel.model.matrix.roles.index(role))
    raise LookupError(step)


def text(panel: RaciPanel, step: str, role: str) -> str:
    return str(cell(panel, step, role).data())


def click(qtbot, panel: RaciPanel, step: str, role: str) -> None:
    rect = panel.view.visualRect(cell(panel, step, role))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_rows_are_the_activities_in_flow_order_and_columns_the_roles(panel: RaciPanel) -> None:
    # the sample's as-is: its three lanes, then the role list by name
    assert panel.model.matrix.roles[:3] == ("Requester", "Purchasing", "Finance")
    assert "Controlling" in panel.model.matrix.roles
    names = [row.step.name for row in panel.model.matrix.rows]
    assert names[:3] == ["Fill in requisition form", "Print and sign form", "Check requisition"]
    assert text(panel, "Approve budget", "Finance") == "R"
    assert text(panel, "Approve budget", "Controlling") == "A"
    # the R a lane gives by default is set in italics
    index = cell(panel, "Approve budget", "Finance")
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert panel.model.headerData(0, Qt.Orientation.Vertical) == "Fill in requisition form"


def test_a_click_cycles_a_cell_one_undoable_edit_at_a_time(
    qtbot, panel: RaciPanel, document: Document
) -> None:
    # given "Select supplier", on which Finance has no part
    assert text(panel, "Select supplier", "Finance") == ""
    seen = []
    for _ in range(5):
        click(qtbot, panel, "Select supplier", "Finance")
        seen.append(text(panel, "Select supplier", "Finance"))
    # then each click moved it on: R, A, C, I and blank again
    assert seen == ["R", "A", "C", "I", ""]
    # and each was one edit: undo walks back through them
    undone = []
    for _ in range(4):
        document.history.undo()
        undone.append(text(panel, "Select supplier", "Finance"))
    assert undone == ["I", "C", "A", "R"]
    assert document.history.undo_label == "Make Finance responsible for 'Select supplier'"


def test_the_keyboard_moves_and_sets_letters(qtbot, panel: RaciPanel, document: Document) -> None:
    view = panel.view
    view.setFocus()
    view.setCurrentIndex(cell(panel, "Select supplier", "Requester"))
    # Right moves to Purchasing, Down to the next step ("Create purchase order")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex() == cell(panel, "Create purchase order", "Purchasing")
    qtbot.keyClick(view, Qt.Key.Key_Right)  # Finance
    steps = []
    for key in (Qt.Key.Key_A, Qt.Key.Key_Space, Qt.Key.Key_I, Qt.Key.Key_Delete, Qt.Key.Key_R):
        qtbot.keyClick(view, key)
        steps.append(text(panel, "Create purchase order", "Finance"))
    assert steps == ["A", "C", "I", "", "R"]
    # the R keeps Purchasing's (its lane's) R beside it
    step = next(
        s
        for s in document.workspace
        if isinstance(s, Step) and s.id == panel.model.row(view.currentIndex()).step.id
    )
    assert effective(document.workspace, step).names(Letter.RESPONSIBLE) == (
        "Purchasing",
        "Finance",
    )
    # five keys, five undo steps
    for _ in range(5):
        document.history.undo()
    assert text(panel, "Create purchase order", "Finance") == ""
    assert view.currentIndex() == cell(panel, "Create purchase order", "Finance")


def test_a_missing_accountable_shows_in_the_findings(
    qtbot, panel: RaciPanel, document: Document
) -> None:
    findings = FindingsPanel(document)
    qtbot.addWidget(findings)
    findings.set_diagram(as_is(document))
    assert not [r for r in findings.all_rows if "raci" in r.category]
    # when Controlling's A on "Approve budget" is taken away with Delete
    panel.view.setFocus()
    panel.view.setCurrentIndex(cell(panel, "Approve budget", "Controlling"))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    rows = [r for r in findings.all_rows if "raci" in r.category]
    assert [(r.category, r.element_name) for r in rows] == [
        ("Lint: raci-accountable-missing", "Approve budget (task)")
    ]


def test_the_role_list_editor_adds_renames_and_deletes(
    qtbot, panel: RaciPanel, document: Document
) -> None:
    dialog = panel.edit_roles()
    qtbot.waitExposed(dialog)
    rows = dialog.table.rowCount()
    # when a role is added, it is a new column, its name ready to type over
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == rows + 1
    assert "New role" in panel.model.matrix.roles
    editor = dialog.table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "New role"
    editor.selectAll()
    qtbot.keyClicks(editor, "Works council")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: "Works council" in panel.model.matrix.roles)
    assert "New role" not in panel.model.matrix.roles
    # its letters follow a rename
    click(qtbot, panel, "Select supplier", "Works council")
    click(qtbot, panel, "Select supplier", "Works council")
    assert text(panel, "Select supplier", "Works council") == "A"
    row = next(
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 0).text() == "Works council"
    )
    dialog.table.item(row, 0).setText("Staff council")
    assert text(panel, "Select supplier", "Staff council") == "A"
    # and a delete takes the role and its letters away
    dialog.table.setCurrentCell(row, 0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "Staff council" not in panel.model.matrix.roles
    assert dialog.table.rowCount() == rows
    document.history.undo()
    assert text(panel, "Select supplier", "Staff council") == "A"


def test_a_duplicate_role_name_is_refused_with_a_message(qtbot, panel: RaciPanel) -> None:
    dialog = panel.edit_roles()
    messages: list[str] = []
    dialog.message.connect(messages.append)
    dialog.table.item(0, 0).setText("Controlling")
    assert messages == ["the role list already has a role called 'Controlling'"]
    assert dialog.table.item(0, 0).text() == "Accounts payable"


def test_read_only_refuses_with_a_message(qtbot, sample_file: Path) -> None:
    with Document.open(sample_file, read_only=True) as document:
        widget = RaciPanel(document)
        qtbot.addWidget(widget)
        widget.show()
        widget.set_diagram(as_is(document))
        messages: list[str] = []
        widget.message.connect(messages.append)
        click(qtbot, widget, "Select supplier", "Finance")
        assert text(widget, "Select supplier", "Finance") == ""
        assert messages == ["This workspace is open read-only: the RACI cannot be changed"]
        assert not widget.roles_button.isEnabled()
        widget.detach()


def test_the_dock_follows_the_diagram_shown(qtbot, window: MainWindow, sample_file: Path) -> None:
    """A dock tabbed behind another is rebuilt when it comes to the front, not before."""
    # given the sample open, the RACI dock tabbed behind the findings: it waits to be seen
    window.open_path(sample_file)
    raci = window.panels.raci
    assert raci is not None
    qtbot.waitUntil(lambda: window.panels.findings_dock.visibleRegion().isEmpty() is False)
    assert raci.model.rowCount() == 0
    # when its tab is brought to the front, then it shows the diagram on the canvas
    window.panels.raci_dock.raise_()
    qtbot.waitUntil(lambda: raci.title.text() == "RACI of 'As-is'")
    assert raci.model.rowCount() > 0
    # and, in front, it follows the canvas at once
    document = window.document
    assert document is not None
    to_be = document.workspace.diagrams_of(document.workspace.processes()[0].id)[1]
    window.tree.select_diagram(to_be.id)
    assert raci.title.text() == "RACI of 'To-be'"
    assert "Finance" not in raci.model.matrix.roles  # the to-be has no Finance lane
