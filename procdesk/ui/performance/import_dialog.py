"""Importing KPI measurements: once the CSV or XLSX file is read (in the background), see its
first rows, say which column holds the KPI, the date, the value (and, if wanted, the process
and a note) or pick one KPI for every row, then import.

Every change of the mapping checks the whole file at once and says what an import would add,
or lists the bad rows with their reasons. Nothing is stored until Import is pressed; then the
rows are stored as one undo step ("Import 12 measurements"), or, if any row is bad, none is
and the dialog stays open with the reasons.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.performance.dashboard import all_kpis
from procdesk.export.measurements.mapping import (
    Field,
    ImportPlan,
    MeasurementImportError,
    field_name,
    guess_mapping,
    plan_import,
)
from procdesk.export.tabular import Cell, Table
from procdesk.model.commands import CommandError
from procdesk.model.editor import Editor
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.text import capitalised, tr
from procdesk.ui.common.observe import named
from procdesk.ui.common.table_preview import NONE, column_choice, fill_preview


class MeasurementsImportDialog(QDialog):
    """objectName ``measurementsImport``; ``added`` holds how many were stored."""

    def __init__(
        self, editor: Editor, name: str, table: Table[Cell], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("measurementsImport")
        self.setWindowTitle(tr("Import measurements from {file}").format(file=name))
        self.editor = editor
        self.added: int | None = None
        self.table = table
        self.mapping: dict[Field, QComboBox] = {}
        self.preview = named(QTableWidget(), "importPreview")
        self.status = named(QLabel(""), "importStatus")
        self.status.setWordWrap(True)
        self.errors = named(QPlainTextEdit(), "importErrors")
        self.errors.setReadOnly(True)
        self.errors.setMaximumHeight(120)
        self.errors.setStyleSheet("color: #b91c1c")
        self.errors.hide()
        self.kpi = named(QComboBox(), "importKpi")
        self.kpi.addItem(tr("(from the KPI column)"), None)
        names = {p.id: p.name for p in editor.workspace.processes()}
        for kpi in all_kpis(editor.workspace):
            self.kpi.addItem(f"{names[kpi.process_id]} · {kpi.name}", kpi.id)
        form = QFormLayout()
        form.addRow(tr("Every row is the KPI"), self.kpi)
        guessed = guess_mapping(table)
        for field in Field:
            combo = column_choice(table, f"map_{field.value}", guessed.get(field, NONE))
            combo.currentIndexChanged.connect(self.check)
            self.mapping[field] = combo
            form.addRow(capitalised(field_name(field)), combo)
        fill_preview(self.preview, table)
        self.kpi.currentIndexChanged.connect(self.check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        buttons.accepted.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("First rows of the file:")))
        layout.addWidget(self.preview, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(760, 600)
        self.check()

    def chosen_mapping(self) -> dict[Field, int]:
        return {
            field: int(combo.currentData())
            for field, combo in self.mapping.items()
            if int(combo.currentData()) != NONE
        }

    def plan(self) -> ImportPlan:
        """What the file adds with the chosen mapping; MeasurementImportError if it cannot."""
        kpi_id = self.kpi.currentData()
        return plan_import(self.editor.workspace, self.table, self.chosen_mapping(), kpi_id)

    def check(self) -> None:
        """Say what an import would add, or which rows are bad."""
        try:
            plan = self.plan()
        except MeasurementImportError as error:
            self.status.setText(tr("Nothing can be imported as the columns are chosen:"))
            self._show_errors(str(error))
            return
        self.errors.hide()
        text = tr("%n measurements to add", None, len(plan.rows))
        if plan.present:
            text += " · " + tr("%n already in the workspace", None, plan.present)
        self.status.setText(text)

    def run_import(self) -> None:
        """Store every row as one undo step, or none and say why."""
        try:
            plan = self.plan()
            self.editor.import_measurements(plan.rows)
        except (MeasurementImportError, CommandError, PersistError, ReadOnlyError) as error:
            self.status.setText(tr("Nothing was imported:"))
            self._show_errors(str(error))
            return
        self.added = len(plan.rows)
        self.accept()

    def _show_errors(self, text: str) -> None:
        self.errors.setPlainText(text)
        self.errors.show()
