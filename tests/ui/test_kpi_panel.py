"""The KPI panel on the sample: entering, pasting and importing measurements, and the plot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from procdesk.document import Document
from procdesk.model.elements import Kpi, KpiDirection
from procdesk.text import install_translator, reset_translator
from procdesk.ui.panels.kpis.panel import KpiPanel
from procdesk.ui.panels.kpis.plot import OFF_TARGET, ON_TARGET, timestamp


@pytest.fixture
def panel(qtbot, document: Document) -> KpiPanel:
    widget = KpiPanel(document)
    qtbot.addWidget(widget)
    widget.resize(700, 800)
    widget.show()
    widget.set_process(document.workspace.processes()[0].id)
    return widget


def current(panel: KpiPanel) -> Kpi:
    kpi = panel.kpi()
    assert kpi is not None
    return kpi


def test_shows_the_kpis_and_plots_their_history(panel: KpiPanel, document: Document) -> None:
    # given the sample's process with three KPIs of twelve measurements each
    kpis = document.workspace.kpis_of(panel.process_id or "")
    # then each is offered, and the first one's history is tabled and plotted
    assert panel.selector.count() == len(kpis) == 3
    measurements = document.workspace.measurements_of(current(panel).id)
    assert panel.table.rowCount() == len(measurements)
    assert [(x, y) for x, y, _ in panel.plotted()] == [
        (timestamp(m.date), m.value) for m in measurements
    ]
    assert panel.plot.target_line.isVisible()
    assert panel.plot.target_line.value() == current(panel).target


def test_entering_a_measurement_plots_the_point(qtbot, panel: KpiPanel) -> None:
    # given the lead time KPI (lower is better, target 5 days)
    kpi = current(panel)
    assert kpi.direction == KpiDirection.LOWER_IS_BETTER and kpi.target == 5.0
    before = len(panel.plotted())
    # when a value is typed in the entry row and added
    panel.new_date.setText("2031-01-31")
    qtbot.keyClicks(panel.new_value, "7,5")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    # then the plot has the point, red because it misses the target
    assert len(panel.plotted()) == before + 1
    assert panel.plotted()[-1] == (timestamp("2031-01-31"), 7.5, OFF_TARGET)
    assert panel.table.item(panel.table.rowCount() - 1, 1).text() == "7.5"
    # and an on-target value is green
    panel.new_date.setText("2031-02-28")
    panel.new_value.setText("3")
    assert panel.add_from_fields()
    assert panel.plotted()[-1][2] == ON_TARGET
    # and undo takes the point away again
    panel.document.history.undo()
    assert len(panel.plotted()) == before + 1


def test_a_bad_entry_is_refused_with_a_reason(panel: KpiPanel, document: Document) -> None:
    # when a value that is not a number is added
    count = len(document.workspace.measurements_of(current(panel).id))
    panel.new_value.setText("soon")
    # then nothing is added and the reason is shown
    assert not panel.add_from_fields()
    assert "'soon' is not a number" in panel.errors.text()
    assert panel.errors.isVisibleTo(panel)
    assert len(document.workspace.measurements_of(current(panel).id)) == count


def test_pasting_rows_imports_them_in_one_step(panel: KpiPanel, document: Document) -> None:
    # given three rows copied from a spreadsheet (with a header)
    QGuiApplication.clipboard().setText(
        "Month\tDays\tNote\n2031-01-31\t4,5\tnew form\n2031-02-28\t4\n2031-03-31\t3.5\t\n"
    )
    count = len(document.workspace.measurements_of(current(panel).id))
    # when pasted
    panel.paste()
    # then all three are imported as one undo step
    assert len(document.workspace.measurements_of(current(panel).id)) == count + 3
    assert document.history.undo_label == "Import 3 measurements"
    assert not panel.errors.isVisibleTo(panel)
    document.history.undo()
    assert len(document.workspace.measurements_of(current(panel).id)) == count


def test_a_bad_row_imports_nothing(panel: KpiPanel, document: Document) -> None:
    # given rows where the second and fourth are bad
    text = "2031-01-31;4\n2031-02-30;4\n2031-03-31;3\n2031-04-30;n/a\n"
    count = len(document.workspace.measurements_of(current(panel).id))
    # when imported
    errors = panel.import_text(text)
    # then nothing is imported and each bad row is named with its reason
    assert len(document.workspace.measurements_of(current(panel).id)) == count
    assert errors[0].startswith("Nothing imported")
    assert any("line 2" in e and "'2031-02-30' is not a date" in e for e in errors)
    assert any("line 4" in e and "'n/a' is not a number" in e for e in errors)
    assert "line 4" in panel.errors.text()


def test_csv_import(tmp_path: Path, panel: KpiPanel, document: Document) -> None:
    # given a CSV file with a header and semicolons, and a file that cannot be read
    good = tmp_path / "lead-time.csv"
    good.write_text("date;value;note\n31.01.2031;6;\n28.02.2031;5;audit\n", encoding="utf-8")
    count = len(document.workspace.measurements_of(current(panel).id))
    # when both are imported
    assert panel.import_csv(good) == []
    refused = panel.import_csv(tmp_path / "missing.csv")
    # then the good one is in, and the other one is refused with a reason
    measurements = document.workspace.measurements_of(current(panel).id)
    assert len(measurements) == count + 2
    assert (measurements[-1].date, measurements[-1].value, measurements[-1].note) == (
        "2031-02-28",
        5.0,
        "audit",
    )
    assert refused and "cannot read missing.csv" in refused[0]


def test_editing_a_value_in_the_table(panel: KpiPanel, document: Document) -> None:
    # given the first row of the table
    item = panel.table.item(0, 1)
    measurement_id = item.data(Qt.ItemDataRole.UserRole)
    # when its value is changed
    item.setText("42")
    # then the measurement holds the new value
    assert document.workspace.get(measurement_id).value == 42.0  # type: ignore[attr-defined]
    # and a value that is no number is refused and the old one shown again
    panel.table.item(0, 1).setText("lots")
    assert "'lots' is not a number" in panel.errors.text()
    assert panel.table.item(0, 1).text() == "42"


def test_defining_a_kpi(qtbot, panel: KpiPanel, document: Document) -> None:
    # when a KPI is defined in the form
    form = panel.form
    qtbot.keyClicks(form.name, "Cost per requisition")
    form.unit.setText("EUR")
    form.target.setText("25")
    form.direction.setCurrentIndex(form.direction.findData(KpiDirection.LOWER_IS_BETTER.value))
    qtbot.mouseClick(form.add, Qt.MouseButton.LeftButton)
    # then it exists, is selected, and has no points yet but shows its target
    kpi = current(panel)
    assert (kpi.name, kpi.unit, kpi.target) == ("Cost per requisition", "EUR", 25.0)
    assert kpi in document.workspace.kpis_of(panel.process_id or "")
    assert panel.plotted() == []
    assert "target 25 EUR" in panel.info.text()
    # and a first measurement appears in the plot
    panel.new_value.setText("30")
    assert panel.add_from_fields()
    assert [y for _, y, _ in panel.plotted()] == [30.0]


def test_a_read_only_workspace_cannot_be_edited(qtbot, tmp_path: Path) -> None:
    # given the sample opened read-only
    path = tmp_path / "locked.procdesk"
    Document.create(path, sample=True).close()
    with Document.open(path, read_only=True) as locked:
        widget = KpiPanel(locked)
        qtbot.addWidget(widget)
        widget.set_process(locked.workspace.processes()[0].id)
        # then the history is shown but the editing controls are off, and an import says why
        assert widget.plotted()
        assert not widget.add_button.isEnabled()
        assert not widget.form.isEnabled()
        errors = widget.import_text("2031-01-31\t4\n")
        assert errors and "read-only" in errors[0]


def test_a_translated_frequency_is_stored_in_english(qtbot, document: Document) -> None:
    # given a KPI panel built in another language (every text marked as translated)
    install_translator(lambda source, _note, n: "«" + source.replace("%n", str(n)) + "»")
    try:
        widget = KpiPanel(document)
        qtbot.addWidget(widget)
        widget.set_process(document.workspace.processes()[0].id)
        form = widget.form
        # when a KPI is defined with the frequency picked from the translated list
        form.name.setText("Requisitions per buyer")
        form.frequency.setCurrentIndex(form.frequency.findData("weekly"))
        assert form.frequency.currentText() == "«weekly»"
        kpi_id = form.submit()
        # then the stored frequency is the English word, and the summary shows it translated
        assert kpi_id is not None
        assert document.workspace.get(kpi_id, Kpi).frequency == "weekly"
        assert "«weekly»" in widget.info.text()
        # and a frequency typed by hand is stored as typed
        form.name.setText("Complaints")
        form.frequency.setEditText("every sprint")
        other = form.submit()
        assert other is not None
        assert document.workspace.get(other, Kpi).frequency == "every sprint"
    finally:
        reset_translator()
