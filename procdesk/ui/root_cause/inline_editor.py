"""A one-line text box over the fishbone: Enter keeps the text, Escape drops it, clicking
elsewhere keeps it. It edits a copy; the model changes once, through the Editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

Done = Callable[[str | None], None]
"""Called once with the text to keep, or None when the edit was dropped."""


class InlineEditor(QLineEdit):
    """objectName ``fishboneEditor``."""

    def __init__(self, parent: QWidget, text: str, done: Done, placeholder: str = "") -> None:
        super().__init__(text, parent)
        self.setObjectName("fishboneEditor")
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder or text)
        self._done = done
        self._finished = False
        self.selectAll()

    def finish(self, keep: bool) -> None:
        if self._finished:
            return
        self._finished = True
        text = self.text().strip()
        self.hide()
        self.deleteLater()
        self._done(text if keep else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish(True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(True)
