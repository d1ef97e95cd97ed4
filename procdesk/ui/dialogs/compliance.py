"""Add a risk to an element, or a control at steps: the forms, written through the Editor on
OK (one undo step each), so Cancel leaves the workspace untouched. A refused value (a control
with no step, say) keeps the dialog open with the reason."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from procdesk.model.commands import CommandError
from procdesk.model.compliance import (
    SCALE,
    ControlAutomation,
    ControlFrequency,
    ControlType,
    RiskCategory,
)
from procdesk.model.compliance_queries import requirements, risks
from procdesk.model.compliance_words import word
from procdesk.model.editor import Editor
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.text import tr
from procdesk.ui.common.observe import named


def choice(values: type[StrEnum], name: str) -> QComboBox:
    """A combo box of an enumeration's words, each carrying its value."""
    combo = named(QComboBox(), name)
    for value in values:
        combo.addItem(word(value), value.value)
    return combo


def levels(name: str) -> QComboBox:
    combo = named(QComboBox(), name)
    for level in SCALE:
        combo.addItem(str(level), level)
    combo.setCurrentIndex(2)
    return combo


class _Form(QDialog):
    """A form whose OK runs an edit; a refused edit shows its reason and keeps the form."""

    def __init__(self, editor: Editor, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = named(QLabel(""), "dialogError")
        self.error.setStyleSheet("color: #b91c1c")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.created: str | None = None

    def _accept(self) -> None:
        try:
            self.created = self.store()
        except (CommandError, PersistError, ReadOnlyError) as error:
            self.error.setText(str(error))
            return
        self.accept()

    def store(self) -> str:
        raise NotImplementedError


class RiskDialog(_Form):
    """A new risk on a step or flow (or, with no element, on the process)."""

    def __init__(
        self, editor: Editor, process_id: str, element_id: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(editor, tr("Add risk"), parent)
        self.process_id, self.element_id = process_id, element_id
        self.description = named(QPlainTextEdit(), "riskDescription")
        self.description.setFixedHeight(64)
        self.category = choice(RiskCategory, "riskCategory")
        self.likelihood = levels("riskLikelihood")
        self.impact = levels("riskImpact")
        self.owner = named(QLineEdit(), "riskOwner")
        self.form.addRow(tr("Description"), self.description)
        self.form.addRow(tr("Category"), self.category)
        self.form.addRow(tr("Likelihood (1-5)"), self.likelihood)
        self.form.addRow(tr("Impact (1-5)"), self.impact)
        self.form.addRow(tr("Owner"), self.owner)

    def store(self) -> str:
        text = self.description.toPlainText().strip()
        if not text:
            raise CommandError(tr("describe the risk"))
        return self.editor.add_risk(
            self.process_id,
            self.element_id,
            text,
            category=RiskCategory(self.category.currentData()),
            likelihood=self.likelihood.currentData(),
            impact=self.impact.currentData(),
            owner=self.owner.text().strip(),
        )


class ControlDialog(_Form):
    """A new control at steps, with the risks of their process it mitigates and the
    requirements it satisfies (ticked in lists)."""

    def __init__(
        self, editor: Editor, process_id: str, step_ids: list[str], parent: QWidget | None
    ) -> None:
        super().__init__(editor, tr("Add control"), parent)
        self.step_ids = step_ids
        self.name = named(QLineEdit(), "controlName")
        self.type = choice(ControlType, "controlType")
        self.automation = choice(ControlAutomation, "controlAutomation")
        self.frequency = choice(ControlFrequency, "controlFrequency")
        self.owner = named(QLineEdit(), "controlOwner")
        self.evidence = named(QLineEdit(), "controlEvidence")
        self.risks = self._checklist(
            "controlRisks", [(r.id, r.description) for r in risks(editor.workspace, process_id)]
        )
        self.requirements = self._checklist(
            "controlRequirements",
            [(r.id, f"{r.label} {r.title}".strip()) for r in requirements(editor.workspace)],
        )
        self.form.addRow(tr("Name"), self.name)
        self.form.addRow(tr("Type"), self.type)
        self.form.addRow(tr("Automation"), self.automation)
        self.form.addRow(tr("Frequency"), self.frequency)
        self.form.addRow(tr("Owner"), self.owner)
        self.form.addRow(tr("Evidence expected"), self.evidence)
        self.form.addRow(tr("Mitigates"), self.risks)
        self.form.addRow(tr("Satisfies"), self.requirements)

    @staticmethod
    def _checklist(name: str, entries: list[tuple[str, str]]) -> QListWidget:
        box = named(QListWidget(), name)
        box.setFixedHeight(96)
        for entry_id, text in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            box.addItem(item)
        return box

    @staticmethod
    def ticked(box: QListWidget) -> list[str]:
        return [
            str(box.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked
        ]

    def store(self) -> str:
        return self.editor.add_control(
            self.name.text().strip(),
            self.step_ids,
            self.ticked(self.risks),
            self.ticked(self.requirements),
            type=ControlType(self.type.currentData()),
            automation=ControlAutomation(self.automation.currentData()),
            frequency=ControlFrequency(self.frequency.currentData()),
            owner=self.owner.text().strip(),
            evidence=self.evidence.text().strip(),
        )
