"""Create or edit a weak point: category, severity, description, cause, action, owner, status,
and (for one already recorded) the improvement initiatives that address it.

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
from procdesk.text import tr, tr_noop
from procdesk.ui.common.observe import named, observe
from procdesk.ui.dialogs.initiative_links import Chosen, InitiativesBox

CATEGORY_LABELS = {
    WeakPointCategory.BOTTLENECK: tr_noop("Bottleneck"),
    WeakPointCategory.WAITING: tr_noop("Waiting"),
    WeakPointCategory.REWORK: tr_noop("Rework"),
    WeakPointCategory.MANUAL: tr_noop("Manual / error-prone"),
    WeakPointCategory.REDUNDANCY: tr_noop("Redundancy"),
    WeakPointCategory.HANDOFF: tr_noop("Hand-off"),
    WeakPointCategory.COMPLIANCE: tr_noop("Compliance risk"),
    WeakPointCategory.IT_GAP: tr_noop("IT gap"),
    WeakPointCategory.OTHER: tr_noop("Other", "weak point category"),
}
"""Marked with ``tr_noop``: shown through ``category_label``."""
STATUS_LABELS = {
    WeakPointStatus.OPEN: tr_noop("Open", "weak point status"),
    WeakPointStatus.IN_PROGRESS: tr_noop("In progress", "weak point status"),
    WeakPointStatus.RESOLVED: tr_noop("Resolved", "weak point status"),
}
"""Marked with ``tr_noop``: shown through ``status_label``."""
SEVERITY_HINT = tr_noop("1 = minor … 5 = critical")


def category_label(category: WeakPointCategory) -> str:
    """The category in the user's language ("Other" is marked apart from other "Other"s)."""
    note = "weak point category" if category == WeakPointCategory.OTHER else None
    return tr(CATEGORY_LABELS[category], note)


def status_label(status: WeakPointStatus) -> str:
    """The status in the user's language ("Open" is a status here, not a command)."""
    return tr(STATUS_LABELS[status], "weak point status")


def target_text(document: Document, diagram_id: str, target_id: str | None) -> str:
    """What a weak point is on, in words: "task 'Check invoice'" or "the whole diagram"."""
    target = document.workspace.find(target_id)
    if target is None:
        return tr("the whole diagram")
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
        initiative_chosen: Chosen | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weakPointDialog")
        self.document = document
        self.weak_point_id = weak_point_id
        existing = document.workspace.get(weak_point_id, WeakPoint) if weak_point_id else None
        self.diagram_id = existing.diagram_id if existing else diagram_id
        self.target_id = existing.target_id if existing else target_id
        self.setWindowTitle(tr("Edit weak point") if existing else tr("New weak point"))
        self.category = named(QComboBox(), "category")
        for category in CATEGORY_LABELS:
            self.category.addItem(category_label(category), category.value)
        self.severity = named(QSpinBox(), "severity")
        self.severity.setRange(1, 5)
        self.severity.setValue(3)
        self.severity.setToolTip(tr(SEVERITY_HINT))
        self.description = named(QPlainTextEdit(), "description")
        self.root_cause = named(QPlainTextEdit(), "rootCause")
        self.action = named(QPlainTextEdit(), "action")
        for box in (self.description, self.root_cause, self.action):
            box.setTabChangesFocus(True)
            box.setFixedHeight(64)
        self.owner = named(QLineEdit(), "owner")
        self.status = named(QComboBox(), "status")
        for status in STATUS_LABELS:
            self.status.addItem(status_label(status), status.value)
        self.error = named(QLabel(), "error")
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        on = QLabel(target_text(document, self.diagram_id, self.target_id))
        form.addRow(tr("On", "what a weak point is recorded on"), on)
        form.addRow(tr("&Category"), self.category)
        severity = tr("&Severity ({hint})").format(hint=tr(SEVERITY_HINT))
        form.addRow(severity, self.severity)
        form.addRow(tr("&Description"), self.description)
        form.addRow(tr("Root &cause"), self.root_cause)
        form.addRow(tr("Proposed &action"), self.action)
        form.addRow(tr("&Owner"), self.owner)
        form.addRow(tr("S&tatus"), self.status)
        self.initiatives: InitiativesBox | None = None
        if existing is not None:
            self.initiatives = InitiativesBox(
                document, existing.id, initiative_chosen or (lambda _id: None)
            )
            form.addRow(tr("Initiatives"), self.initiatives)
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
            self._refuse(tr("Describe the weak point: what goes wrong, and where?"))
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
                        [self.weak_point_id], changed, tr("Edit weak point")
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
