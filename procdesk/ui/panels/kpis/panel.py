"""The KPI panel: a process's KPIs, their measurements and a plot of their history.

Measurements are entered in a row of fields, edited in the table, pasted from a spreadsheet
or imported from CSV. An import is all or nothing: every bad row is listed with its reason
and nothing is written until all rows are good; a good import is one undo step. The plot
shows the values over time with the target as a dashed line, each point green when on
target and red when not.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.kpis import on_target
from procdesk.document import Document
from procdesk.export.measurements.cells import (
    Measured,
    not_a_date,
    not_a_number,
    parse_date,
    parse_text,
    parse_value,
)
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.elements import Kpi, KpiMeasurement, Process
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.text import tr, tr_noop
from procdesk.ui.common.colours import mark_as_error, on_base
from procdesk.ui.common.observe import named, observe
from procdesk.ui.panels.kpis.form import KpiForm
from procdesk.ui.panels.kpis.plot import OFF_TARGET, ON_TARGET, KpiPlot
from procdesk.ui.panels.kpis.summary import describe_kpi

ID_ROLE = Qt.ItemDataRole.UserRole
FIELDS = ("date", "value", "note")
EDIT_LABELS = {
    "date": tr_noop("Edit date of measurement"),
    "value": tr_noop("Edit value of measurement"),
    "note": tr_noop("Edit note of measurement"),
}
"""The undo label of an edit in each column."""
EDIT_ERRORS = (CommandError, ReadOnlyError, PersistError)
"""Refusals of an edit, each with a message for the user; nothing was changed."""


class KpiPanel(QWidget):
    """objectName ``kpiPanel``: the KPIs of one process."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiPanel")
        self.document = document
        self.process_id: str | None = None
        self.kpi_id: str | None = None
        self._filling = False
        self.selector = named(QComboBox(), "kpiSelector")
        self.selector.currentIndexChanged.connect(self._on_selected)
        self.info = named(QLabel(), "kpiInfo")
        self.form = KpiForm(document)
        self.form.created.connect(self.select_kpi)
        self.plot = KpiPlot()
        self.plot.setAccessibleName(tr("KPI chart"))
        self.plot.setAccessibleDescription(
            tr("The chosen KPI's measurements over time, with its target as a line.")
        )
        self.table = named(QTableWidget(0, 3), "measurementsTable")
        self.table.setAccessibleName(tr("Measurements"))
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("Value"), tr("Note")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._on_item_changed)
        QShortcut(QKeySequence.StandardKey.Paste, self.table, self.paste)
        self.new_date = named(QLineEdit(date.today().isoformat()), "newDate")
        self.new_date.setAccessibleName(tr("Date of the new measurement"))
        self.new_value = named(QLineEdit(), "newValue")
        self.new_value.setAccessibleName(tr("Value of the new measurement"))
        self.new_value.setPlaceholderText(tr("value", "measurement"))
        self.new_note = named(QLineEdit(), "newNote")
        self.new_note.setAccessibleName(tr("Note on the new measurement"))
        self.new_note.setPlaceholderText(tr("note (optional)"))
        self.new_value.returnPressed.connect(self.add_from_fields)
        self.add_button = named(QPushButton(tr("Add", "measurement")), "addMeasurement")
        self.add_button.clicked.connect(self.add_from_fields)
        self.paste_button = named(QPushButton(tr("Paste rows")), "pasteMeasurements")
        self.paste_button.clicked.connect(self.paste)
        self.import_button = named(QPushButton(tr("Import CSV…")), "importCsv")
        self.import_button.clicked.connect(self._choose_csv)
        self.delete_button = named(QPushButton(tr("Delete selected")), "deleteMeasurements")
        self.delete_button.clicked.connect(self.delete_selected)
        self.errors = named(QLabel(), "kpiErrors")
        mark_as_error(self.errors)
        self.errors.setWordWrap(True)
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors.hide()
        self._layout()
        self._stop = observe(self, document, self._on_changed)
        self._enable()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("KPI")))
        top.addWidget(self.selector, 1)
        entry = QHBoxLayout()
        for widget in (self.new_date, self.new_value, self.new_note, self.add_button):
            entry.addWidget(widget)
        tools = QHBoxLayout()
        for widget in (self.paste_button, self.import_button, self.delete_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.plot, 2)
        layout.addWidget(self.table, 2)
        layout.addLayout(entry)
        layout.addLayout(tools)
        layout.addWidget(self.errors)
        layout.addWidget(self.form)

    def detach(self) -> None:
        """Stop following the document (before it is closed)."""
        self._stop()

    # which KPI -------------------------------------------------------------------------------
    def set_process(self, process_id: str | None) -> None:
        self.process_id = process_id
        self.form.set_process(process_id)
        kpis = self.document.workspace.kpis_of(process_id) if process_id else []
        self.kpi_id = kpis[0].id if kpis else None
        self.refresh()

    def select_kpi(self, kpi_id: str) -> None:
        self.kpi_id = kpi_id
        self.refresh()

    def kpi(self) -> Kpi | None:
        found = self.document.workspace.find(self.kpi_id)
        return found if isinstance(found, Kpi) else None

    def _on_selected(self, index: int) -> None:
        if not self._filling and index >= 0:
            self.select_kpi(str(self.selector.itemData(index)))

    def _on_changed(self, changeset: ChangeSet) -> None:
        if any(isinstance(c.entity, Kpi | KpiMeasurement | Process) for c in changeset.changes):
            if self.kpi() is None and self.process_id in self.document.workspace:
                kpis = self.document.workspace.kpis_of(self.process_id or "")
                self.kpi_id = kpis[0].id if kpis else None
            self.refresh()

    # showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the KPIs of the process and the selected KPI's measurements and plot."""
        workspace = self.document.workspace
        process = self.process_id
        kpis = workspace.kpis_of(process) if process and process in workspace else []
        self._filling = True
        self.selector.clear()
        for each in kpis:
            label = f"{each.name} ({each.unit})" if each.unit else each.name
            self.selector.addItem(label, each.id)
        self.selector.setCurrentIndex(self.selector.findData(self.kpi_id))
        kpi = self.kpi()
        measurements = workspace.measurements_of(kpi.id) if kpi else []
        self.table.setRowCount(len(measurements))
        for row, measurement in enumerate(measurements):
            cells = (measurement.date, f"{measurement.value:g}", measurement.note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, measurement.id)
                if column == 1 and kpi is not None:
                    status = on_target(kpi, measurement.value)
                    if status is not None:
                        item.setForeground(on_base(ON_TARGET if status else OFF_TARGET))
                self.table.setItem(row, column, item)
        self._filling = False
        self.info.setText(describe_kpi(workspace, kpi, bool(self.process_id)))
        self.plot.show_history(kpi, measurements)
        self._enable()

    def plotted(self) -> list[tuple[float, float, str]]:
        """The points drawn: (timestamp, value, colour), in date order."""
        return self.plot.plotted()

    def _enable(self) -> None:
        has_kpi = self.kpi() is not None and not self.document.read_only
        for widget in (
            self.table,
            self.new_date,
            self.new_value,
            self.new_note,
            self.add_button,
            self.paste_button,
            self.import_button,
            self.delete_button,
        ):
            widget.setEnabled(has_kpi)

    # editing ---------------------------------------------------------------------------------
    def _show_errors(self, errors: list[str]) -> None:
        self.errors.setText("\n".join(errors))
        self.errors.setVisible(bool(errors))

    def add_from_fields(self) -> bool:
        """Add the measurement typed in the entry row (one undo step); False if refused."""
        kpi = self.kpi()
        if kpi is None:
            return False
        day, value = parse_date(self.new_date.text()), parse_value(self.new_value.text())
        errors = []
        if day is None:
            errors.append(not_a_date(self.new_date.text()))
        if value is None:
            errors.append(not_a_number(self.new_value.text()))
        self._show_errors(errors)
        if day is None or value is None:
            return False
        try:
            self.document.editor.add_measurement(kpi.id, day, value, self.new_note.text().strip())
        except EDIT_ERRORS as error:
            self._show_errors([str(error)])
            return False
        self.new_value.clear()
        self.new_note.clear()
        return True

    def import_text(self, text: str, source: str | None = None) -> list[str]:
        """Import rows of date, value[, note]: all of them (one undo step) or none.

        *source* names where they came from in the messages (default: pasted rows).
        """
        kpi = self.kpi()
        if kpi is None:
            return [tr("choose a KPI first")]
        source = tr("pasted rows") if source is None else source
        measured, errors = parse_text(text)
        if errors:
            fix = tr("Nothing imported from {source}; fix these rows:").format(source=source)
            errors = [fix, *errors]
        else:
            try:
                self._write(kpi, measured)
            except EDIT_ERRORS as error:
                refused = tr("Nothing imported from {source}: {error}")
                errors = [refused.format(source=source, error=error)]
        self._show_errors(errors)
        return errors

    def _write(self, kpi: Kpi, measured: list[Measured]) -> None:
        label = tr("Import %n measurements", None, len(measured))
        with self.document.history.group(label):
            for row in measured:
                self.document.editor.add_measurement(kpi.id, row.date, row.value, row.note)

    def import_csv(self, path: str | Path) -> list[str]:
        """Import a CSV file (see ``import_text``); unreadable files are refused with a reason."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            errors = [tr("cannot read {name}: {error}").format(name=path.name, error=error)]
            self._show_errors(errors)
            return errors
        return self.import_text(text, path.name)

    def _choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Import measurements"),
            "",
            tr("CSV files (*.csv *.txt)") + ";;" + tr("All files (*)"),
        )
        if path:
            self.import_csv(path)

    def paste(self) -> None:
        """Import the rows on the clipboard (as a spreadsheet copies them)."""
        self.import_text(QGuiApplication.clipboard().text(), tr("the clipboard"))

    def delete_selected(self) -> None:
        ids = {str(index.data(ID_ROLE)) for index in self.table.selectionModel().selectedRows()}
        if ids:
            try:
                self.document.editor.delete(sorted(ids))
            except EDIT_ERRORS as error:
                self._show_errors([str(error)])

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        field = FIELDS[item.column()]
        text = item.text().strip()
        value: object = text
        if field == "date":
            value = parse_date(text)
        elif field == "value":
            value = parse_value(text)
        if value is None:
            self._show_errors([not_a_date(text) if field == "date" else not_a_number(text)])
            self.refresh()
            return
        self._show_errors([])
        try:
            self.document.editor.set_fields(
                [str(item.data(ID_ROLE))], {field: value}, tr(EDIT_LABELS[field])
            )
        except EDIT_ERRORS as error:
            self._show_errors([str(error)])
            self.refresh()
