"""The Performance area driven like a user on the sample as of 7 December 2026: filters,
a double-click that opens a KPI, the measurement import with its column mapping (a bad row
refuses the whole file, undo takes a good import back), the measurements workbook and the
monthly report written from the area's buttons and read back."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from procdesk.analysis.kpis import KpiStatus
from procdesk.analysis.performance.dashboard import OVERDUE, all_kpis
from procdesk.export.measurements.mapping import Field
from procdesk.model.elements import Kpi
from procdesk.ui.performance.area import PerformanceArea
from procdesk.ui.performance.dashboard_model import KIND_ROLE, Column
from procdesk.ui.performance.import_dialog import MeasurementsImportDialog
from procdesk.ui.window.main_window import MainWindow
from tests.ui.jobs import finished

DAY = date(2026, 12, 7)


@pytest.fixture
def area(window: MainWindow, sample_file: Path) -> PerformanceArea:
    window.open_path(sample_file)
    made = window.areas.area("performance")
    assert isinstance(made, PerformanceArea)
    made.set_today(DAY)
    return made


def rows(area: PerformanceArea, kind: str) -> list[str]:
    """The names shown in the tree's rows of *kind* (band, process, kpi), top to bottom."""
    model, found = area.tree.model(), []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, Column.NAME, parent)
            if index.data(KIND_ROLE) == kind:
                found.append(index.data())
            walk(index)

    walk(QModelIndex())
    return found


def kpi_named(window: MainWindow, name: str) -> Kpi:
    assert window.document is not None
    return next(k for k in all_kpis(window.document.workspace) if k.name == name)


def choose(combo, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_dashboard_rolls_kpis_up_and_the_filters_narrow_it(
    window: MainWindow, area: PerformanceArea
) -> None:
    # given the sample: 11 KPIs in 8 processes; on 7 December the November values count
    assert len(rows(area, "kpi")) == 11
    assert rows(area, "band") == ["Management processes", "Core processes", "Support processes"]
    # lead time 5.8 > 5 by 16 %, approval wait 33 h > 24 h, DSO 34 > 30, invoices 84 < 95 % are red
    assert area.summary.text() == "11 KPIs · on target: 4 · off target: 4 · overdue: 1"
    # when the user keeps only KPIs off target
    choose(area.filters.status, KpiStatus.RED.value)
    # then those four are left, under their processes
    assert rows(area, "kpi") == [
        "Requisition lead time (days)",
        "Approval waiting time (hours)",
        "Days sales outstanding (days)",
        "Invoices paid on time (%)",
    ]
    assert rows(area, "process") == ["Purchase requisition", "Order to cash", "Accounts payable"]
    # the quarterly complaints count has no value for July to September: overdue
    choose(area.filters.status, OVERDUE)
    assert rows(area, "kpi") == ["Customer complaints"]
    overdue = area.model.index_of(kpi_named(window, "Customer complaints").id)
    cell = overdue.siblingAtColumn(Column.OVERDUE).data()
    assert cell == "No value for 2026-Q3"
    # an owner narrows it to their processes (all KPIs again)
    choose(area.filters.status, None)
    choose(area.filters.owner, "Head of Procurement")
    assert rows(area, "process") == ["Procure to pay", "Purchase requisition"]
    assert len(rows(area, "kpi")) == 4
    assert area.summary.text() == "4 KPIs · on target: 1 · off target: 2 · overdue: 0"


def test_double_clicking_a_kpi_opens_its_process_with_the_kpi_chosen(
    qtbot, window: MainWindow, area: PerformanceArea
) -> None:
    kpi = kpi_named(window, "Time to hire")
    index = area.model.index_of(kpi.id)
    area.tree.scrollTo(index)
    rect = area.tree.visualRect(index)
    # a user's double-click: the first press chooses the row, the second opens it
    qtbot.mouseClick(area.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert area.selected_key() == kpi.id
    qtbot.mouseDClick(area.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # the diagram page comes to the front with HR recruiting, its KPI chosen in the KPI panel
    assert window.areas.current_key() == ""
    assert window.current_process_id() == kpi.process_id
    assert window.panels.kpis is not None
    assert window.panels.kpis.kpi_id == kpi.id
    assert window.panels.kpis.selector.currentText().startswith("Time to hire")


def test_a_new_measurement_turns_a_light_and_the_area_follows(
    window: MainWindow, area: PerformanceArea
) -> None:
    kpi = kpi_named(window, "Invoices paid on time")
    index = area.model.index_of(kpi.id)
    assert index.siblingAtColumn(Column.STATUS).data() == "Off target"
    assert window.document is not None
    # when December's 96 % is entered (the area is judged on 7 December: it counts)
    from procdesk.model.measurement_intents import NewMeasurement

    window.document.editor.import_measurements([NewMeasurement(kpi.id, "2026-12-03", 96.0)])
    index = area.model.index_of(kpi.id)
    assert index.siblingAtColumn(Column.STATUS).data() == "On target"
    assert index.siblingAtColumn(Column.MARGIN).data() == "+1 pp"
    window.undo()
    assert area.model.index_of(kpi.id).siblingAtColumn(Column.STATUS).data() == "Off target"


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_import(qtbot, area: PerformanceArea, monkeypatch, path: Path, drive) -> list:
    """Press *Import measurements…*, pick *path*, let *drive(dialog)* work the dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: list[MeasurementsImportDialog] = []

    def exec_(dialog: MeasurementsImportDialog) -> int:
        seen.append(dialog)
        return drive(dialog)

    monkeypatch.setattr(MeasurementsImportDialog, "exec", exec_)
    qtbot.mouseClick(area.import_button, Qt.MouseButton.LeftButton)
    finished(qtbot, area.job)  # the file is read in the background, then the dialog opens
    return seen


def test_a_file_that_is_no_table_is_refused_before_any_mapping(
    qtbot, window: MainWindow, area: PerformanceArea, monkeypatch, tmp_path: Path
) -> None:
    document = window.document
    assert document is not None
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x00\x00")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    seen = run_import(qtbot, area, monkeypatch, path, lambda dialog: 1)
    assert seen == []
    assert said == ["photo.csv cannot be imported:\nthis is not a CSV text file"]
    assert not document.history.can_undo


def test_a_bad_row_refuses_the_whole_file_and_the_mapping_is_the_users(
    qtbot, window: MainWindow, area: PerformanceArea, monkeypatch, tmp_path: Path
) -> None:
    document = window.document
    assert document is not None
    before = len(list(document.workspace))
    # given a file whose columns are named in German, in an order of their own, one row bad
    path = write_csv(
        tmp_path / "werte.csv",
        [
            "Wert;Monat;Kennzahl;Bemerkung",
            "44;2026-12-01;Time to hire;ok",
            "zwölf;2026-12-01;Invoices paid on time;",
            "93;2026-12-01;On-time delivery;",
        ],
    )

    def drive(dialog: MeasurementsImportDialog) -> int:
        # the guessed mapping: value column 1, date 2, KPI 3, note 4; the preview numbers rows
        assert dialog.chosen_mapping() == {
            Field.KPI: 2,
            Field.DATE: 1,
            Field.VALUE: 0,
            Field.NOTE: 3,
        }
        assert dialog.preview.rowCount() == 3
        assert dialog.preview.verticalHeaderItem(1).text() == "3"
        assert dialog.preview.item(1, 0).text() == "zwölf"
        assert "row 3: 'zwölf' is not a number" in dialog.errors.toPlainText()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.status.text() == "Nothing was imported:"
        assert dialog.result() == 0
        # when the user maps the value to the note column instead, every row is bad
        choose(dialog.mapping[Field.VALUE], 3)
        assert "row 2: the value is empty" not in dialog.errors.toPlainText()
        assert "row 2: 'ok' is not a number" in dialog.errors.toPlainText()
        return 0

    assert run_import(qtbot, area, monkeypatch, path, drive)
    # then nothing was stored and there is nothing to undo
    assert len(list(document.workspace)) == before
    assert not document.history.can_undo


def test_a_workbook_imports_as_one_undo_step(
    qtbot, window: MainWindow, area: PerformanceArea, monkeypatch, tmp_path: Path
) -> None:
    document = window.document
    assert document is not None
    kpi = kpi_named(window, "Invoices paid on time")
    # given a workbook of real dates and numbers, with no KPI column: one KPI for every row
    book = Workbook()
    sheet = book.active
    sheet.append(["Date", "Value"])
    sheet.append([date(2026, 12, 1), 96])
    sheet.append([date(2026, 11, 1), 84])  # already in the sample: skipped
    sheet.append([date(2026, 12, 2), 97.5])
    path = tmp_path / "invoices.xlsx"
    book.save(path)

    def drive(dialog: MeasurementsImportDialog) -> int:
        assert "no column is chosen for the KPI" in dialog.errors.toPlainText()
        choose(dialog.kpi, kpi.id)
        assert dialog.errors.isHidden()
        assert dialog.status.text() == "2 measurements to add · 1 already in the workspace"
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    assert run_import(qtbot, area, monkeypatch, path, drive)
    values = [(m.date, m.value) for m in document.workspace.measurements_of(kpi.id)[-2:]]
    assert values == [("2026-12-01", 96.0), ("2026-12-02", 97.5)]
    assert document.history.undo_label == "Import 2 measurements"
    row = area.model.index_of(kpi.id)
    assert row.siblingAtColumn(Column.VALUE).data() == "97.5%"
    # undo takes both back
    window.undo()
    assert document.workspace.measurements_of(kpi.id)[-1].date == "2026-11-01"
    assert area.model.index_of(kpi.id).siblingAtColumn(Column.VALUE).data() == "84%"


def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_export_measurements_writes_every_value(
    qtbot, window: MainWindow, area: PerformanceArea, monkeypatch, tmp_path: Path
) -> None:
    path = tmp_path / "all.xlsx"
    save_as(monkeypatch, path)
    qtbot.mouseClick(area.export_button, Qt.MouseButton.LeftButton)
    finished(qtbot, area.job)
    sheet = load_workbook(path)["Measurements"]
    table = list(sheet.iter_rows(values_only=True))
    # the sample holds 167 measurements (12 + 12 + 12 + 18 + 5 + 18 x 6)
    assert len(table) == 1 + 167
    assert table[0] == ("Process", "KPI", "KPI id", "Unit", "Date", "Value", "Note")
    kpi = kpi_named(window, "Requisition lead time")
    first = next(row for row in table if row[2] == kpi.id)
    assert first[:2] == ("Purchase requisition", "Requisition lead time")
    # its first value, as resources/sample/purchase_requisition.toml gives it
    assert (first[4].date(), first[5]) == (date(2025, 12, 1), 9.5)


POPPLER = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


@POPPLER
def test_the_monthly_report_button_writes_the_chosen_month(
    qtbot, window: MainWindow, area: PerformanceArea, monkeypatch, tmp_path: Path
) -> None:
    # the month defaults to the last full one
    assert area.month.currentText() == "Nov 2026"
    choose(area.month, "2026-10")
    path = tmp_path / "report.pdf"
    save_as(monkeypatch, path)
    qtbot.mouseClick(area.report_button, Qt.MouseButton.LeftButton)
    finished(qtbot, area.job)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Process performance report Oct 2026" in text
    assert "Invoices paid on time" in text
    # and as a workbook
    book_path = tmp_path / "report.xlsx"
    save_as(monkeypatch, book_path)
    qtbot.mouseClick(area.report_button, Qt.MouseButton.LeftButton)
    finished(qtbot, area.job)
    assert "KPIs" in load_workbook(book_path).sheetnames


def test_a_window_left_open_judges_by_the_new_day(
    window: MainWindow, sample_file: Path, monkeypatch
) -> None:
    import procdesk.ui.performance.area as area_module

    class Calendar(date):
        day = date(2026, 12, 7)

        @classmethod
        def today(cls) -> date:
            return cls.day

    monkeypatch.setattr(area_module, "date", Calendar)
    window.open_path(sample_file)
    area = window.areas.area("performance")
    assert isinstance(area, PerformanceArea)
    assert area.month.currentText() == "Nov 2026"
    kpi = kpi_named(window, "Time to hire")
    overdue = area.model.index_of(kpi.id).siblingAtColumn(Column.OVERDUE)
    assert overdue.data() == ""
    # when the calendar turns to 10 January and the area is looked at again
    Calendar.day = date(2027, 1, 10)
    window.areas.show_diagram_page()
    window.areas.area("performance")
    # then December is due and missing, and December is the report's month
    overdue = area.model.index_of(kpi.id).siblingAtColumn(Column.OVERDUE)
    assert overdue.data() == "No value for Dec 2026"
    assert area.month.currentText() == "Dec 2026"
