"""The Audit area driven like a user: the matrix clicked, the registers edited in place, the
import dialog with its preview and mapping, traceability; the risk overlay and markers on the
canvas; the properties dock's compliance section."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from procdesk.export.compliance.requirements_table import Column
from procdesk.model.compliance import Control, ControlAutomation, Requirement, Risk
from procdesk.model.elements import Step
from procdesk.ui.audit.area import AuditArea
from procdesk.ui.canvas import marks
from procdesk.ui.dialogs.compliance import ControlDialog
from procdesk.ui.window.main_window import MainWindow


@pytest.fixture
def opened(window: MainWindow, sample_file: Path) -> MainWindow:
    window.open_path(sample_file)
    return window


def audit_area(window: MainWindow) -> AuditArea:
    area = window.areas.area("audit")
    assert isinstance(area, AuditArea)
    return area


def named_step(window: MainWindow, name: str) -> Step:
    assert window.document is not None
    return next(
        s
        for s in window.document.workspace.elements_of(window.scene.diagram_id or "", Step)
        if s.name == name
    )


def test_clicking_a_matrix_cell_lists_its_risks_inherent_and_residual(
    qtbot, opened: MainWindow
) -> None:
    area = audit_area(opened)
    area.tabs.setCurrentIndex(4)
    page = area.matrix_page
    matrix = page.matrix
    # given the inherent matrix: "split orders" sits at likelihood 4, impact 4 (16)
    centre = matrix.cell_rect(4, 4).center().toPoint()
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=centre)
    assert [page.cell_risks.item(i).text() for i in range(page.cell_risks.count())] == [
        "Orders split to stay below the approval limit"
    ]
    # the unauthorised purchase is inherent 4 x 5 ...
    qtbot.mouseClick(
        matrix, Qt.MouseButton.LeftButton, pos=matrix.cell_rect(4, 5).center().toPoint()
    )
    assert page.cell_risks.count() == 1
    # ... and residual 1 x 5 (two preventive controls, one automated: 4 - 3 = 1)
    qtbot.mouseClick(
        page.residual, Qt.MouseButton.LeftButton, pos=QPoint(6, page.residual.height() // 2)
    )
    assert page.residual.isChecked()
    assert page.cell_risks.count() == 0
    qtbot.mouseClick(
        matrix, Qt.MouseButton.LeftButton, pos=matrix.cell_rect(1, 5).center().toPoint()
    )
    assert page.cell_risks.item(0).text().startswith("Purchase approved without authority")
    assert (matrix.count(1, 5), matrix.count(4, 4), matrix.count(2, 4), matrix.count(1, 4)) == (
        1,
        1,
        1,
        1,
    )
    # and the keyboard moves the chosen cell
    matrix.setFocus()
    qtbot.keyClick(matrix, Qt.Key.Key_Up)
    assert matrix.chosen == (2, 5)
    # a double click on a listed risk shows its step on the canvas
    qtbot.mouseClick(
        matrix, Qt.MouseButton.LeftButton, pos=matrix.cell_rect(4, 4).center().toPoint()
    )
    item = page.cell_risks.item(0)
    rect = page.cell_risks.visualItemRect(item)
    qtbot.mouseClick(page.cell_risks.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.cell_risks.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.areas.currentIndex() == 0
    assert [opened.scene.item(i).entity.name for i in opened.scene.selected_ids()] == [
        "Amount above 5,000 EUR?"
    ]


def test_a_likelihood_edited_in_the_register_moves_the_residual_and_undoes(
    qtbot, opened: MainWindow
) -> None:
    area = audit_area(opened)
    area.tabs.setCurrentIndex(1)
    table = area.risks
    document = opened.document
    assert document is not None
    row = next(
        r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("Supplier fraud")
    )
    # when the likelihood cell is edited with its combo box: 2 -> 5
    column = [c.field for c in table.columns].index("likelihood")
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.keyClick(editor, Qt.Key.Key_End)
    # then the risk is 5 x 5, residual 5 x (5 - 1) = 20 (a manual detective control)
    risks = [r for r in document.workspace if isinstance(r, Risk)]
    fraud = next(r for r in risks if r.description.startswith("Supplier fraud"))
    assert fraud.likelihood == 5
    residual = [c.title for c in table.columns].index("Residual")
    fresh = next(
        r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("Supplier fraud")
    )
    assert table.item(fresh, residual).text() == "20"
    # and one undo puts it back
    opened.undo()
    assert document.workspace.get(fraud.id, Risk).likelihood == 2


def test_a_text_edit_that_the_model_refuses_is_reported(qtbot, opened: MainWindow) -> None:
    area = audit_area(opened)
    table = area.requirements
    column = [c.field for c in table.columns].index("source")
    table.item(0, column).setText("   ")
    assert opened.statusBar().currentMessage() == "a requirement needs a source and a clause"
    assert table.item(0, column).text() != "   "


def test_import_dialog_maps_columns_refuses_and_imports(
    qtbot, opened: MainWindow, tmp_path: Path
) -> None:
    document = opened.document
    assert document is not None
    area = audit_area(opened)
    path = tmp_path / "register.csv"
    path.write_text(
        "Norm;Nr.;Name;Gilt\nISO 27001:2022;A.5.1;Policies;ja\nGDPR;Art. 5;Principles;ja\n",
        encoding="utf-8",
    )
    dialog = area.import_file(path)
    qtbot.addWidget(dialog)
    # the preview shows the rows; "Nr." is not a header it knows, so the clause is unmapped
    assert dialog.preview.rowCount() == 2
    assert dialog.preview.item(0, 1).text() == "A.5.1"
    assert dialog.mapping[Column.SOURCE].currentText() == "Norm"
    assert dialog.mapping[Column.CLAUSE].currentData() == -1
    before = len(document.workspace.in_scope("", Requirement))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "no column is chosen for the clause" in dialog.error.text()
    assert len(document.workspace.in_scope("", Requirement)) == before
    # mapped by hand, GDPR Art. 5 is refused: the sample has it already
    dialog.mapping[Column.CLAUSE].setCurrentIndex(dialog.mapping[Column.CLAUSE].findData(1))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "row 3: GDPR Art. 5 is already in the register"
    assert len(document.workspace.in_scope("", Requirement)) == before
    # asked to update, both rows go in as one undo step
    dialog.update_existing.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is not None and (dialog.outcome.added, dialog.outcome.updated) == (1, 1)
    assert len(document.workspace.in_scope("", Requirement)) == before + 1
    assert "1 added, 1 updated" in opened.statusBar().currentMessage()
    assert any(
        area.requirements.item(r, 1).text() == "A.5.1" for r in range(area.requirements.rowCount())
    )
    opened.undo()
    assert len(document.workspace.in_scope("", Requirement)) == before


def test_traceability_of_a_requirement(qtbot, opened: MainWindow) -> None:
    area = audit_area(opened)
    document = opened.document
    assert document is not None
    four_eyes = next(
        r for r in document.workspace.in_scope("", Requirement) if r.clause == "ICFR-PUR-01"
    )
    area.show_item(four_eyes.id)
    top = area.trace.topLevelItem(0)
    assert top.text(0) == (
        "Requirement SOX (internal control) ICFR-PUR-01: "
        "Four-eyes principle above the approval limit"
    )
    control = top.child(0)
    assert control.text(0) == "Control: Deputy approval above 25,000 EUR (Controller)"
    assert control.child(0).text(0) == "at Approve budget in Purchase requisition"


def test_the_risk_heat_overlay_and_markers(qtbot, opened: MainWindow) -> None:
    gateway = opened.scene.item(named_step(opened, "Amount above 5,000 EUR?").id)
    approve = opened.scene.item(named_step(opened, "Approve budget").id)
    plain = opened.scene.item(named_step(opened, "Approved?").id)
    # the markers: the gateway has one risk (residual 16, high), approve two controls
    assert (gateway.audit.risks, gateway.audit.worst, gateway.audit.tier) == (1, 16, 3)
    assert (approve.audit.risks, approve.audit.controls, approve.audit.worst) == (1, 2, 5)
    assert plain.audit is None
    assert "1 risks, worst residual score 16" in gateway.toolTip()
    # when the overlay is turned on from the View menu
    opened.risk_heat_action.trigger()
    assert gateway.risk_heat and gateway.opacity() == 1.0
    assert plain.opacity() == marks.DIMMED
    # a control added to the gateway's risk lowers its residual and the tier follows
    document = opened.document
    assert document is not None
    risk = next(
        r for r in document.workspace if isinstance(r, Risk) and r.element_id == gateway.element_id
    )
    document.editor.add_control(
        "Split detection", [gateway.element_id], [risk.id], automation=ControlAutomation.AUTOMATED
    )
    assert (gateway.audit.controls, gateway.audit.worst) == (1, 8)
    opened.risk_heat_action.trigger()
    assert plain.opacity() == 1.0


def test_properties_section_adds_a_control(qtbot, opened: MainWindow, monkeypatch) -> None:
    step = named_step(opened, "Receive and check goods")
    opened.scene.select_ids([step.id])
    section = opened.properties.compliance
    assert section.isVisible()
    assert section.summary.text() == "No risk or control recorded here."
    made: list[ControlDialog] = []

    def fill(dialog: ControlDialog) -> int:
        made.append(dialog)
        dialog.name.setText("Goods receipt check")
        dialog.owner.setText("Warehouse")
        dialog._accept()
        return 1

    monkeypatch.setattr(ControlDialog, "exec", fill)
    qtbot.mouseClick(section.add_control, Qt.MouseButton.LeftButton)
    document = opened.document
    assert document is not None
    control = next(
        c for c in document.workspace if isinstance(c, Control) and c.name == "Goods receipt check"
    )
    assert "Control: Goods receipt check (Warehouse)" in section.summary.text()
    assert opened.scene.item(step.id).audit.controls == 1
    opened.undo()
    assert control.id not in document.workspace


def test_the_area_writes_the_report_of_a_process(qtbot, opened: MainWindow, tmp_path: Path) -> None:
    import io

    from openpyxl import load_workbook
    from pypdf import PdfReader

    area = audit_area(opened)
    scopes = [area.report_bar.scope.itemText(i) for i in range(area.report_bar.scope.count())]
    assert opened.document is not None
    names = [p.name for p in opened.document.workspace.processes()]
    assert scopes == ["the whole workspace", *names]
    area.report_bar.scope.setCurrentIndex(scopes.index("Purchase requisition"))
    pdf, xlsx = tmp_path / "audit.pdf", tmp_path / "audit.xlsx"
    area.report_bar.write_report(pdf, area.report_bar.scope.currentData())
    area.report_bar.write_report(xlsx, area.report_bar.scope.currentData())
    qtbot.waitUntil(lambda: pdf.exists() and xlsx.exists() and not opened.jobs.busy, timeout=20000)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Purchase requisition" in text and "Requirements and their coverage" in text
    book = load_workbook(xlsx)
    assert book["Findings"].max_row == 4
    assert "Audit report written to" in opened.statusBar().currentMessage()
