"""Maturity reached from the Audit area, driven in the window as a person would: the latest
assessment of each assessed process listed (the one the audit report prints), its gaps made
into weak points (one undo step, said in the status bar), the way into the Maturity area,
and the Maturity area's own gap buttons saying what they made."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from procdesk.model.elements import Step, WeakPoint
from procdesk.model.maturity import MaturityAssessment, MaturityModel
from procdesk.ui.audit.area import AuditArea
from procdesk.ui.maturity.area import MaturityArea
from procdesk.ui.window.main_window import MainWindow
from tests.builders import snapshot

# The sample's latest PEMM assessment of the purchase requisition (procdesk/sample/maturity.py):
# design 2, performers 2, owner 2, infrastructure 1, metrics 2 against the target 3, 2, 3, 3, 3,
# so four dimensions (all but performers) fall short.
LEVELS = "Design P-2\nPerformers P-2\nOwner P-2\nInfrastructure P-1\nMetrics P-2"


@pytest.fixture
def opened(window: MainWindow, sample_file: Path) -> MainWindow:
    assert window.open_path(sample_file)
    return window


def maturity_tab(window: MainWindow) -> AuditArea:
    area = window.areas.area("audit")
    assert isinstance(area, AuditArea)
    area.tabs.setCurrentWidget(area.maturity_page)
    return area


def row_texts(area: AuditArea, row: int) -> list[str]:
    table = area.maturity_page.table
    return [table.item(row, column).text() for column in range(table.columnCount())]


def weak_points(window: MainWindow) -> list[WeakPoint]:
    assert window.document is not None
    return [e for e in window.document.workspace if isinstance(e, WeakPoint)]


def test_the_audit_area_lists_the_latest_assessment_of_each_assessed_process(
    opened: MainWindow,
) -> None:
    # when the Audit area's Maturity tab is shown
    area = maturity_tab(opened)
    # then the purchase requisition, the only process assessed, shows its latest assessment
    assert area.tabs.tabText(area.tabs.currentIndex()) == "Maturity"
    assert area.maturity_page.table.rowCount() == 1
    assert row_texts(area, 0) == [
        "Purchase requisition",
        "PEMM process enablers",
        "2026-02-16\nA. Weber (internal audit)",
        LEVELS,
        "4 below target",
    ]


def test_the_tab_follows_a_new_assessment(opened: MainWindow) -> None:
    # given the tab shown
    area = maturity_tab(opened)
    document = opened.document
    assert document is not None
    workspace = document.workspace
    model = next(e for e in workspace if isinstance(e, MaturityModel))
    process = next(p for p in workspace.processes() if p.name == "Order to cash")
    # when Order to cash is assessed under PEMM, with no target set
    document.editor.add_assessment(
        process.id, model.id, on="2026-03-01", assessor="B. Braun", levels={"design": 3}
    )
    # then it gets a row of its own, in the workspace's order of processes
    rows = [row_texts(area, r) for r in range(area.maturity_page.table.rowCount())]
    assert [r[0] for r in rows] == [
        p.name for p in workspace.processes() if p.name in ("Purchase requisition", "Order to cash")
    ]
    added = next(r for r in rows if r[0] == "Order to cash")
    assert added[2:] == ["2026-03-01\nB. Braun", "Design P-3", "no target"]
    # and the row chosen before stays chosen
    chosen = area.maturity_page.chosen()
    assert chosen is not None and chosen.process.name == "Purchase requisition"


def test_gaps_become_weak_points_from_the_audit_area_in_one_undo_step(
    qtbot, opened: MainWindow
) -> None:
    # given the Audit area's Maturity tab, the purchase requisition's row chosen first
    area = maturity_tab(opened)
    page = area.maturity_page
    chosen = page.chosen()
    assert chosen is not None and chosen.process.name == "Purchase requisition"
    assert page.weak_points_button.isEnabled()
    before, count = snapshot(opened.document.workspace), len(weak_points(opened))  # type: ignore[union-attr]
    # when "Weak points for all gaps" is clicked
    qtbot.mouseClick(page.weak_points_button, Qt.MouseButton.LeftButton)
    # then the four gaps are four weak points, the infrastructure one on the step linked as
    # its evidence, and the status bar says so
    made = [p for p in weak_points(opened) if p.description.startswith("Maturity gap in")]
    assert len(weak_points(opened)) == count + 4 and len(made) == 4
    infrastructure = next(p for p in made if "Infrastructure" in p.description)
    step = opened.document.workspace.get(infrastructure.target_id or "", Step)  # type: ignore[union-attr]
    assert step.name == "Approve budget"
    assert opened.statusBar().currentMessage() == "4 weak points created for maturity gaps"
    # and one undo takes them all back
    opened.undo()
    assert snapshot(opened.document.workspace) == before  # type: ignore[union-attr]


def test_open_in_maturity_area_shows_the_process_and_its_latest_assessment(
    qtbot, opened: MainWindow
) -> None:
    # given the Audit area's Maturity tab
    area = maturity_tab(opened)
    table = area.maturity_page.table
    # when the purchase requisition's row is double-clicked
    rect = table.visualItemRect(table.item(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # then the Maturity area is in front on that process, showing its latest assessment
    assert opened.areas.current_key() == "maturity"
    maturity = opened.areas.area("maturity")
    assert isinstance(maturity, MaturityArea)
    assert maturity.process.currentText() == "Purchase requisition"
    shown = maturity.chosen_assessment()
    assert isinstance(shown, MaturityAssessment) and shown.date == "2026-02-16"


def test_the_maturity_areas_gap_buttons_say_what_they_made(qtbot, opened: MainWindow) -> None:
    # given the Maturity area on the purchase requisition, from the window
    opened.areas.area("audit")
    maturity = opened.areas.area("maturity")
    assert isinstance(maturity, MaturityArea)
    maturity.select_process(
        maturity.process.itemData(maturity.process.findText("Purchase requisition"))
    )
    count = len(weak_points(opened))
    # when all gaps are made into weak points
    qtbot.mouseClick(maturity.buttons["gapWeakPoints"], Qt.MouseButton.LeftButton)
    # then four weak points are made and the status bar says so
    assert len(weak_points(opened)) == count + 4
    assert opened.statusBar().currentMessage() == "4 weak points created for maturity gaps"
    # and one gap's own button says it made one
    row = maturity.editor.rows["design"]
    qtbot.mouseClick(row.weak_point, Qt.MouseButton.LeftButton)
    assert len(weak_points(opened)) == count + 5
    # (the English plural forms come with the app's translator, which tests leave out)
    assert opened.statusBar().currentMessage().startswith("1 weak point")
    # and the initiatives button says how many initiatives it made
    qtbot.mouseClick(maturity.buttons["gapInitiatives"], Qt.MouseButton.LeftButton)
    assert opened.statusBar().currentMessage() == "4 initiatives created for maturity gaps"


def test_the_areas_report_of_the_workspace_prints_the_maturity(
    qtbot, opened: MainWindow, tmp_path: Path
) -> None:
    # given the Audit area, its report scope the whole workspace
    area = maturity_tab(opened)
    assert area.report_bar.scope.currentData() is None
    pdf = tmp_path / "audit.pdf"
    # when the report is written
    area.report_bar.write_report(pdf, None)
    qtbot.waitUntil(lambda: pdf.exists() and not opened.jobs.busy, timeout=30_000)
    # then it prints the maturity section of the assessed process, as the tab lists it
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    words = " ".join(text.split())
    assert "latest assessment on 2026-02-16 by A. Weber (internal audit)" in words
