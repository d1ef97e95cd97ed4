"""Importing a requirements register: choose a CSV or XLSX file, see its first rows, say
which column fills which field (guessed from the headers), then import.

Nothing is stored until Import is pressed; then every row is checked and the whole file is
stored as one undo step, or refused with the reasons row by row while the dialog stays open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from procdesk.export.compliance.requirements_table import (
    Column,
    RequirementImportError,
    field_name,
    guess_mapping,
    read_table,
    requirement_rows,
)
from procdesk.export.tabular import Table
from procdesk.model.commands import CommandError
from procdesk.model.compliance_intents import ImportOutcome
from procdesk.model.editor import Editor
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.text import capitalised, tr
from procdesk.ui.common.observe import named
from procdesk.ui.common.table_preview import column_choice, fill_preview


class RequirementsImportDialog(QDialog):
    """objectName ``requirementsImport``; ``outcome`` holds the counts after an import."""

    def __init__(self, editor: Editor, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requirementsImport")
        self.setWindowTitle(tr("Import requirements from {file}").format(file=path.name))
        self.editor = editor
        self.outcome: ImportOutcome | None = None
        self.error = named(QLabel(""), "importError")
        self.error.setStyleSheet("color: #b91c1c")
        self.error.setWordWrap(True)
        self.preview = named(QTableWidget(), "importPreview")
        self.update_existing = named(
            QCheckBox(tr("Update requirements already in the register")), "updateExisting"
        )
        self.mapping: dict[Column, QComboBox] = {}
        self.table: Table[str] | None = None
        form = QFormLayout()
        try:
            self.table = read_table(path.read_bytes(), path.suffix)
        except (RequirementImportError, OSError) as error:
            self.error.setText(str(error))
        if self.table is not None:
            guessed = guess_mapping(self.table.header)
            for column in Column:
                combo = column_choice(self.table, f"map_{column.value}", guessed.get(column, -1))
                self.mapping[column] = combo
                form.addRow(capitalised(field_name(column)), combo)
            fill_preview(self.preview, self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(self.table is not None)
        buttons.accepted.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("First rows of the file:")))
        layout.addWidget(self.preview)
        layout.addLayout(form)
        layout.addWidget(self.update_existing)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def chosen_mapping(self) -> dict[Column, int]:
        return {
            column: int(combo.currentData())
            for column, combo in self.mapping.items()
            if int(combo.currentData()) >= 0
        }

    def run_import(self) -> None:
        if self.table is None:
            return
        try:
            rows = requirement_rows(self.table, self.chosen_mapping())
            self.outcome = self.editor.import_requirements(
                rows, update=self.update_existing.isChecked()
            )
        except (RequirementImportError, CommandError, PersistError, ReadOnlyError) as error:
            self.error.setText(str(error))
            return
        self.accept()
