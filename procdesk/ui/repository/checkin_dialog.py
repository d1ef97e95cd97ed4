"""Check In…: the local changes not yet checked in, one sentence each, and a message saying
what they are about."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from procdesk.text import tr


class CheckinDialog(QDialog):
    """Shows *changes* (sentences) and asks for a message; accepted means: check in."""

    def __init__(self, changes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinDialog")
        self.setWindowTitle(tr("Check In"))
        heading = QLabel(
            tr("%n local changes to check in:", None, len(changes))
            if changes
            else tr("No local changes: checking in brings in what others checked in.")
        )
        heading.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setObjectName("localChanges")
        self.changes.addItems(changes)
        self.message = QPlainTextEdit()
        self.message.setObjectName("checkinMessage")
        self.message.setPlaceholderText(tr("What the changes are about"))
        self.message.setMaximumHeight(90)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Check &In"))
        ok.setObjectName("checkIn")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(self.changes, 1)
        column.addWidget(QLabel(tr("Message:")))
        column.addWidget(self.message)
        column.addWidget(buttons)
        self.resize(560, 420)

    def text(self) -> str:
        return self.message.toPlainText().strip()
