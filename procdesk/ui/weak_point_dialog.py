"""Create or edit a weak point: category, severity, description, cause, action, owner, status.

The dialog writes through ``document.editor`` when OK is pressed (one undo step), never
before, so Cancel leaves the workspace untouched. A weak point removed while the dialog is
open (an undo elsewhere) closes the dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.elements import (
    DiagramElement,
    WeakPoint,
    WeakPointCategory,
    WeakPointStatus,
)
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.naming import noun
from procdesk.ui.observe import named, observe

CATEGORY_LABELS = {
    WeakPointCategory.BOTTLENECK: "Bottleneck",
    WeakPointCategory.WAITING: "Waiting",
    WeakPointCategory.REWORK: "Rework",
    WeakPointCategory.MANUAL: "Manual / error-prone",
    WeakPointCategory.REDUNDANCY: "Redundancy",
    WeakPointCategory.HANDOFF: "Hand-off",
    WeakPointCategory.COMPLIANCE: "Compliance risk",
    WeakPointCategory.IT_GAP: "IT gap",
    WeakPointCategory.OTHER: "Other",
}
STATUS_LABELS = {
    WeakPointStatus.OPEN: "Open",
    WeakPointStatus.IN_PROGRESS: "In progress",
    WeakPointStatus.RESOLVED: "Resolved",
}
SEVERITY_HINT = "1 = minor … 5 = critical"


def target_text(document: Document, diagram_id: str, target_id: str | None) -> str:
    """What a weak point is on, in words: "task 'Check invoice'" or "the whole diagram"."""
    target = document.workspace.find(target_id)
    if target is None:
        return "the whole diagram"
    name = getattr(target, "name", "") if isinstance(target, DiagramElement) else ""
    return f"{noun(target)} '{name}'" if name else noun(target)


class WeakPointDialog(QDialog):
    """objectName ``weakPointDialog``. Give *weak_point_id* to edit, else a new one is made."""

    def __init__(
        self,
        document: Document,
        diagram_id: str,
        target_id: str | None = None,
        weak_point_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weakPointDialog")
        self.document = document
        self.weak_point_id = weak_point_id
        existing = document.workspace.get(weak_point_id, WeakPoint) if weak_point_id else None
        self.diagram_id = existing.diagram_id if existing else diagram_id
        self.target_id = existing.target_id if existing else target_id
        self.setWindowTitle("Edit weak point" if existing else "New weak point")
        self.category = named(QComboBox(), "category")
        for category, label in CATEGORY_LABELS.items():
            self.category.addItem(label, category.value)
        self.severity = named(QSpinBox(), "severity")
        self.severity.setRange(1, 5)
        self.severity.setValue(3)
        self.severity.setToolTip(SEVERITY_HINT)
        self.description = named(QPlainTextEdit(), "description")
        self.root_cause = named(QPlainTextEdit(), "rootCause")
        self.action = named(QPlainTextEdit(), "action")
        for box in (self.description, self.root_cause, self.action):
            box.setTabChangesFocus(True)
            box.setFixedHeight(64)
        self.owner = named(QLineEdit(), "owner")
        self.status = named(QComboBox(), "status")
        for status, label in STATUS_LABELS.items():
            self.status.addItem(label, status.value)
        self.error = named(QLabel(), "error")
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow("On", QLabel(target_text(document, self.diagram_id, self.target_id)))
        form.addRow("&Category", self.category)
        form.addRow(f"&Severity ({SEVERITY_HINT})", self.severity)
        form.addRow("&Description", self.description)
        form.addRow("Root &cause", self.root_cause)
        form.addRow("Proposed &action", self.action)
        form.addRow("&Owner", self.owner)
        form.addRow("S&tatus", self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if existing is not None:
            self._show(existing)
        self._stop = observe(self, document, self._on_changed)
        self.finished.connect(lambda _result: self._stop())

    def _show(self, point: WeakPoint) -> None:
        self.category.setCurrentIndex(self.category.findData(point.category.value))
        self.severity.setValue(point.severity)
        self.description.setPlainText(point.description)
        self.root_cause.setPlainText(point.root_cause)
        self.action.setPlainText(point.action)
        self.owner.setText(point.owner)
        self.status.setCurrentIndex(self.status.findData(point.status.value))

    def values(self) -> dict[str, Any]:
        """The fields as the model wants them."""
        return {
            "category": WeakPointCategory(self.category.currentData()),
            "severity": self.severity.value(),
            "description": self.description.toPlainText().strip(),
            "root_cause": self.root_cause.toPlainText().strip(),
            "action": self.action.toPlainText().strip(),
            "owner": self.owner.text().strip(),
            "status": WeakPointStatus(self.status.currentData()),
        }

    def save(self) -> str | None:
        """Write the weak point (one undo step); its id, or None with the reason shown."""
        values = self.values()
        if not values["description"]:
            self._refuse("Describe the weak point: what goes wrong, and where?")
            return None
        try:
            if self.weak_point_id is None:
                self.weak_point_id = self.document.editor.add_weak_point(
                    self.diagram_id, self.target_id, **values
                )
            else:
                current = self.document.workspace.get(self.weak_point_id, WeakPoint)
                changed = {k: v for k, v in values.items() if getattr(current, k) != v}
                if changed:
                    self.document.editor.set_fields(
                        [self.weak_point_id], changed, "Edit weak point"
                    )
        except (CommandError, ValueError, ReadOnlyError, PersistError) as error:
            self._refuse(str(error))
            return None
        return self.weak_point_id

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        if self.save() is not None:
            super().accept()

    def _on_changed(self, changeset: ChangeSet) -> None:
        if self.weak_point_id and self.weak_point_id not in self.document.workspace:
            self.reject()
