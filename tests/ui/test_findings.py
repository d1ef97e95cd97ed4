"""The findings panel and the weak point dialog, on the sample workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from procdesk.document import Document
from procdesk.model.compliance import Risk
from procdesk.model.elements import (
    Step,
    StepKind,
    WeakPoint,
    WeakPointCategory,
    WeakPointStatus,
)
from procdesk.model.geometry import Point
from procdesk.ui.dialogs.weak_point import WeakPointDialog
from procdesk.ui.panels.findings.panel import COMPLIANCE, LINT, WEAK_POINT, FindingsPanel


@pytest.fixture
def panel(qtbot, document: Document) -> FindingsPanel:
    widget = FindingsPanel(document)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    process = document.workspace.processes()[0]
    widget.set_diagram(document.workspace.diagrams_of(process.id)[0].id)
    return widget


def as_is(document: Document) -> str:
    process = document.workspace.processes()[0]
    return document.workspace.diagrams_of(process.id)[0].id


def a_task(document: Document) -> Step:
    return next(
        s for s in document.workspace.elements_of(as_is(document), Step) if s.kind.is_activity
    )


def add_loose_task(document: Document) -> str:
    """An unnamed task connected to nothing: unreachable, a dead end, and without a label."""
    lane = a_task(document).lane_id
    return document.editor.add_step(
        as_is(document), StepKind.TASK, "", Point(-500, -500), lane_id=lane
    )


def test_lists_weak_points_and_lint_findings_together(
    panel: FindingsPanel, document: Document
) -> None:
    # given the sample's as-is with its recorded weak points, plus a loose unnamed task
    loose = add_loose_task(document)
    points = [
        p
        for p in document.workspace.in_scope(panel.diagram_id, WeakPoint)
        if p.status != WeakPointStatus.RESOLVED
    ]
    # then both kinds are listed, the most severe first
    rows = panel.visible_rows()
    assert {r.kind for r in rows} == {LINT, WEAK_POINT, COMPLIANCE}
    assert len([r for r in rows if r.kind == WEAK_POINT]) == len(points)
    ranks = [r.rank for r in rows]
    assert ranks == sorted(ranks, reverse=True)
    assert {r.element for r in rows if r.kind == LINT} == {loose}
    # and the compliance findings of the sample's process: an unmet clause, a high risk without
    # a control, a control without evidence
    audit = {r.category for r in rows if r.kind == COMPLIANCE}
    assert audit == {
        "Compliance: requirement-uncovered",
        "Compliance: risk-uncontrolled",
        "Compliance: control-without-evidence",
    }
    assert panel.findChild(type(panel.table), "findingsTable") is panel.table
    assert panel.objectName() == "findings"


def test_filters_by_kind_and_severity(panel: FindingsPanel, document: Document) -> None:
    # given lint findings (errors and a warning) besides the weak points
    add_loose_task(document)
    # when only weak points are asked for
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(WEAK_POINT))
    # then only weak points are shown
    assert panel.visible_rows()
    assert {r.kind for r in panel.visible_rows()} == {WEAK_POINT}
    # when, in addition, only high severities are asked for
    panel.severity_filter.setCurrentIndex(panel.severity_filter.findData("high"))
    # then every row shown has severity 4 or 5
    assert all(r.rank >= 4 for r in panel.visible_rows())
    # and lint warnings alone are of medium level (the sample's as-is has a RACI, which the
    # loose task lacks)
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(LINT))
    panel.severity_filter.setCurrentIndex(panel.severity_filter.findData("medium"))
    assert [r.category for r in panel.visible_rows()] == [
        "Lint: label-required",
        "Lint: raci-accountable-missing",
    ]


def test_sorts_by_a_column(panel: FindingsPanel) -> None:
    # when sorted by element name
    panel.table.sortItems(2, Qt.SortOrder.AscendingOrder)
    # then the rows follow the names
    names = [r.element_name.casefold() for r in panel.visible_rows()]
    assert names == sorted(names)


def test_clicking_a_row_activates_its_element(qtbot, panel: FindingsPanel) -> None:
    # given the first row
    row = panel.visible_rows()[0]
    rect = panel.table.visualItemRect(panel.table.item(0, 2))
    # when it is clicked, then the element is announced
    with qtbot.waitSignal(panel.element_activated, timeout=1000) as signal:
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [row.element]


def test_a_weak_point_created_in_the_dialog_is_listed(
    qtbot, panel: FindingsPanel, document: Document
) -> None:
    # given the dialog for a task
    task = a_task(document)
    dialog = WeakPointDialog(document, as_is(document), task.id)
    qtbot.addWidget(dialog)
    dialog.show()
    before = len(panel.all_rows)
    # when it is filled in and confirmed
    dialog.category.setCurrentIndex(dialog.category.findData(WeakPointCategory.IT_GAP.value))
    dialog.severity.setValue(5)
    qtbot.keyClicks(dialog.description, "Budget is checked in a separate spreadsheet")
    qtbot.keyClicks(dialog.owner, "Finance lead")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    # then the weak point exists with those values and the panel lists it with the most severe
    point = document.workspace.get(dialog.weak_point_id, WeakPoint)
    assert (point.target_id, point.severity, point.owner) == (task.id, 5, "Finance lead")
    assert point.category == WeakPointCategory.IT_GAP
    assert len(panel.all_rows) == before + 1
    rows = panel.visible_rows()
    index = next(i for i, r in enumerate(rows) if r.weak_point == point.id)
    assert rows[index].element == task.id
    assert all(r.rank >= 5 for r in rows[:index])
    # and one undo removes it from the list again
    document.history.undo()
    assert len(panel.all_rows) == before


def test_the_dialog_refuses_an_empty_description(qtbot, document: Document) -> None:
    # given a new weak point without a description
    dialog = WeakPointDialog(document, as_is(document))
    qtbot.addWidget(dialog)
    count = len(document.workspace.in_scope(as_is(document), WeakPoint))
    # when confirmed
    dialog.accept()
    # then it stays open with a reason, and nothing is added
    assert dialog.error.isVisibleTo(dialog)
    assert "Describe" in dialog.error.text()
    assert len(document.workspace.in_scope(as_is(document), WeakPoint)) == count


def test_editing_a_weak_point_is_one_undo_step(qtbot, document: Document) -> None:
    # given an existing weak point
    point = document.workspace.in_scope(as_is(document), WeakPoint)[0]
    dialog = WeakPointDialog(document, as_is(document), weak_point_id=point.id)
    qtbot.addWidget(dialog)
    assert dialog.description.toPlainText() == point.description
    # when its status and owner are changed and confirmed
    dialog.status.setCurrentIndex(dialog.status.findData(WeakPointStatus.RESOLVED.value))
    dialog.owner.setText("Process owner")
    dialog.accept()
    # then both are stored, and one undo restores the old values
    stored = document.workspace.get(point.id, WeakPoint)
    assert (stored.status, stored.owner) == (WeakPointStatus.RESOLVED, "Process owner")
    assert document.history.undo_label == "Edit weak point"
    document.history.undo()
    assert document.workspace.get(point.id, WeakPoint) == point


def test_resolved_weak_points_are_hidden_unless_asked_for(
    panel: FindingsPanel, document: Document
) -> None:
    # given a weak point marked resolved
    point = document.workspace.in_scope(as_is(document), WeakPoint)[0]
    document.editor.update([point.id], status=WeakPointStatus.RESOLVED)
    # then it is not listed, until resolved ones are shown
    assert point.id not in {r.weak_point for r in panel.all_rows}
    panel.show_resolved.setChecked(True)
    assert point.id in {r.weak_point for r in panel.all_rows}


def test_the_dialog_closes_when_its_weak_point_goes(qtbot, document: Document) -> None:
    # given the dialog open on a weak point
    point = document.workspace.in_scope(as_is(document), WeakPoint)[0]
    dialog = WeakPointDialog(document, as_is(document), weak_point_id=point.id)
    qtbot.addWidget(dialog)
    dialog.show()
    # when the weak point is deleted elsewhere
    document.editor.delete([point.id])
    # then the dialog is gone without writing anything
    assert not dialog.isVisible()
    assert point.id not in document.workspace


def test_a_deleted_panel_stops_listening(qtbot, document: Document) -> None:
    # given a panel that has been deleted
    widget = FindingsPanel(document)
    widget.set_diagram(as_is(document))
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget))
    # when the document is edited, then nothing fails
    document.editor.add_weak_point(as_is(document), None, description="late edit")
    assert document.history.can_undo


def test_a_read_only_workspace_refuses_with_a_reason(qtbot, tmp_path: Path) -> None:
    # given the sample opened read-only
    path = tmp_path / "locked.procdesk"
    Document.create(path, sample=True).close()
    with Document.open(path, read_only=True) as locked:
        dialog = WeakPointDialog(locked, as_is(locked))
        qtbot.addWidget(dialog)
        dialog.description.setPlainText("Cannot be stored")
        # when confirmed, then it stays open and says why; nothing is added
        dialog.accept()
        assert dialog.weak_point_id is None
        assert "read-only" in dialog.error.text()


def test_enter_on_a_row_activates_its_element_and_f2_edits_its_weak_point(
    qtbot, panel: FindingsPanel
) -> None:
    # given the keyboard focus on the findings table, on a weak point's row
    table = panel.table
    index = next(
        i
        for i in range(table.rowCount())
        if not table.isRowHidden(i) and table.item(i, 1).data(Qt.ItemDataRole.UserRole)
    )
    element = table.item(index, 0).data(Qt.ItemDataRole.UserRole)
    weak_point = table.item(index, 1).data(Qt.ItemDataRole.UserRole)
    panel.show()
    table.setFocus()
    table.setCurrentCell(index, 3)
    # when Enter is pressed, then its element is announced
    with qtbot.waitSignal(panel.element_activated, timeout=1000) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == [element]
    # and F2 asks to edit the weak point
    with qtbot.waitSignal(panel.weak_point_activated, timeout=1000) as signal:
        qtbot.keyClick(table, Qt.Key.Key_F2)
    assert signal.args == [weak_point]


def test_compliance_findings_filter_and_lead_to_their_element_and_register(
    qtbot, panel: FindingsPanel, document: Document
) -> None:
    # given only the compliance findings are shown
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(COMPLIANCE))
    rows = panel.visible_rows()
    assert {r.kind for r in rows} == {COMPLIANCE}
    risk = next(r for r in rows if r.category == "Compliance: risk-uncontrolled")
    assert risk.element_name == "Orders split to stay below the approval limit"
    # when its row is clicked, the canvas is asked for the gateway the risk sits on
    line = next(i for i in range(panel.table.rowCount()) if panel._row_at(i) == risk)
    rect = panel.table.visualRect(panel.table.model().index(line, 2))
    with qtbot.waitSignal(panel.element_activated, timeout=1000) as signal:
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    gateway = document.workspace.get(signal.args[0], Step)
    assert gateway.name == "Amount above 5,000 EUR?"
    # and a double click asks for the risk in the Audit area
    with qtbot.waitSignal(panel.audit_item_activated, timeout=1000) as signal:
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [risk.audit_item]
    # and adding a control to the risk makes its finding go
    document.editor.add_control("Order split detection", [gateway.id], [risk.audit_item])
    assert "Compliance: risk-uncontrolled" not in {r.category for r in panel.visible_rows()}


def test_a_compliance_weak_point_row_offers_to_create_a_risk(
    panel: FindingsPanel, document: Document
) -> None:
    # given the sample's compliance weak point ("orders placed before approval") and a
    # bottleneck weak point
    rows = [panel._row_at(i) for i in range(panel.table.rowCount())]
    compliance = next(
        i for i, r in enumerate(rows) if r is not None and r.category.endswith("Compliance risk")
    )
    bottleneck = next(
        i for i, r in enumerate(rows) if r is not None and r.category.endswith("Bottleneck")
    )
    audit = next(i for i, r in enumerate(rows) if r is not None and r.kind == COMPLIANCE)
    # then only the compliance one offers a risk, and a compliance finding has no menu
    plain = panel.weak_point_menu(bottleneck)
    assert plain is not None
    assert "riskFromWeakPoint" not in [a.objectName() for a in plain.actions()]
    assert panel.weak_point_menu(audit) is None
    menu = panel.weak_point_menu(compliance)
    assert menu is not None
    (create,) = [a for a in menu.actions() if a.objectName() == "riskFromWeakPoint"]
    # when it is chosen, a risk is made on the same step and shown in the Audit area
    shown: list[str] = []
    panel.audit_item_activated.connect(shown.append)
    create.trigger()
    risk = document.workspace.get(shown[0], Risk)
    point = document.workspace.get(rows[compliance].weak_point or "", WeakPoint)
    assert risk.element_id == point.target_id
    document.history.undo()
    assert shown[0] not in document.workspace
