"""A compact form to define a KPI of a process or of one of its steps."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from procdesk.document import Document
from procdesk.export.measurements.cells import not_a_number, parse_value
from procdesk.model.commands import CommandError
from procdesk.model.elements import KpiDirection, Step
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.text import tr, tr_noop
from procdesk.ui.common.colours import mark_as_error
from procdesk.ui.common.observe import named

FREQUENCIES = (
    tr_noop("monthly", "KPI frequency"),
    tr_noop("weekly", "KPI frequency"),
    tr_noop("quarterly", "KPI frequency"),
    tr_noop("yearly", "KPI frequency"),
    tr_noop("daily", "KPI frequency"),
    tr_noop("per case", "KPI frequency"),
)
"""Stored in English as they are; shown through ``frequency_label``."""


def frequency_label(frequency: str) -> str:
    """A stored frequency in the user's language (one typed by hand stays as typed)."""
    return tr(frequency, "KPI frequency") if frequency in FREQUENCIES else frequency


class KpiForm(QGroupBox):
    """objectName ``kpiForm``; emits ``created(id)`` after adding a KPI (one undo step)."""

    created = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(tr("New KPI"), parent)
        self.setObjectName("kpiForm")
        self.document = document
        self.process_id: str | None = None
        self.name = named(QLineEdit(), "kpiName")
        self.name.setAccessibleName(tr("KPI name"))
        self.name.setPlaceholderText(tr("e.g. Lead time"))
        self.unit = named(QLineEdit(), "kpiUnit")
        self.unit.setAccessibleName(tr("KPI unit"))
        self.unit.setPlaceholderText(tr("e.g. days"))
        self.target = named(QLineEdit(), "kpiTarget")
        self.target.setAccessibleName(tr("KPI target"))
        self.target.setPlaceholderText(tr("optional"))
        self.direction = named(QComboBox(), "kpiDirection")
        self.direction.addItem(tr("Higher is better"), KpiDirection.HIGHER_IS_BETTER.value)
        self.direction.addItem(tr("Lower is better"), KpiDirection.LOWER_IS_BETTER.value)
        self.frequency = named(QComboBox(), "kpiFrequency")
        for frequency in FREQUENCIES:
            self.frequency.addItem(frequency_label(frequency), frequency)
        self.frequency.setEditable(True)
        self.scope = named(QComboBox(), "kpiScope")
        self.add = named(QPushButton(tr("Add KPI")), "addKpi")
        self.add.clicked.connect(self.submit)
        self.error = named(QLabel(), "kpiFormError")
        mark_as_error(self.error)
        self.error.hide()
        grid = QGridLayout(self)
        grid.addWidget(QLabel(tr("Name")), 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(QLabel(tr("Unit")), 0, 2)
        grid.addWidget(self.unit, 0, 3)
        grid.addWidget(QLabel(tr("Target")), 1, 0)
        grid.addWidget(self.target, 1, 1)
        grid.addWidget(self.direction, 1, 2, 1, 2)
        grid.addWidget(QLabel(tr("Of", "what a KPI measures")), 2, 0)
        grid.addWidget(self.scope, 2, 1)
        grid.addWidget(self.frequency, 2, 2)
        grid.addWidget(self.add, 2, 3)
        grid.addWidget(self.error, 3, 0, 1, 4)
        self.set_process(None)

    def set_process(self, process_id: str | None) -> None:
        """Offer the process and each of its activities as what the KPI measures."""
        self.process_id = process_id
        self.scope.clear()
        self.scope.addItem(tr("The whole process"), None)
        workspace = self.document.workspace
        if process_id is not None and process_id in workspace:
            for diagram in workspace.diagrams_of(process_id):
                for step in workspace.elements_of(diagram.id, Step):
                    if step.kind.is_activity and step.name.strip():
                        self.scope.addItem(f"{step.name} ({diagram.name})", step.id)
        self.setEnabled(process_id is not None and not self.document.read_only)

    def submit(self) -> str | None:
        """Add the KPI described by the fields; its id, or None with the reason shown."""
        name = self.name.text().strip()
        target_text = self.target.text().strip()
        target = parse_value(target_text) if target_text else None
        problem = ""
        if self.process_id is None:
            problem = tr("Choose a process first.")
        elif not name:
            problem = tr("Give the KPI a name.")
        elif target_text and target is None:
            problem = not_a_number(target_text)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return None
        assert self.process_id is not None
        try:
            kpi_id = self.document.editor.add_kpi(
                self.process_id,
                name,
                unit=self.unit.text().strip(),
                target=target,
                direction=KpiDirection(self.direction.currentData()),
                frequency=self._frequency(),
                step_id=self.scope.currentData(),
            )
        except (CommandError, ReadOnlyError, PersistError) as error:
            self.error.setText(str(error))
            self.error.show()
            return None
        self.error.hide()
        for field in (self.name, self.unit, self.target):
            field.clear()
        self.created.emit(kpi_id)
        return kpi_id

    def _frequency(self) -> str:
        """The chosen frequency as stored: an offered one in English, else the text typed."""
        text = self.frequency.currentText().strip()
        data = self.frequency.itemData(self.frequency.findText(text)) if text else None
        return data if isinstance(data, str) else text or FREQUENCIES[0]
