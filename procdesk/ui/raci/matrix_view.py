"""The RACI matrix view: a click moves a cell on to its next letter (blank → R → A → C → I →
blank); on the keyboard the arrow keys move, Space does what a click does, R, A, C and I set
a letter and Delete (or Backspace) clears it. The view only asks: the panel turns each wish
into one Editor intent, so every change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from procdesk.model.assignments import Letter

_KEY_LETTERS = {
    Qt.Key.Key_R: Letter.RESPONSIBLE,
    Qt.Key.Key_A: Letter.ACCOUNTABLE,
    Qt.Key.Key_C: Letter.CONSULTED,
    Qt.Key.Key_I: Letter.INFORMED,
}
_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class RaciMatrixView(QTableView):
    """objectName ``raciMatrix``: steps down, roles across, one letter a cell."""

    cycle_requested = Signal(QModelIndex)
    """A click or Space on a cell: move it on to its next letter."""
    letter_requested = Signal(QModelIndex, object)
    """R, A, C, I (a ``Letter``) or Delete (None) on a cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("raciMatrix")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(56)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.clicked.connect(self._clicked)

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.cycle_requested.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = Qt.Key(event.key())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if index.isValid() and plain:
            if key == Qt.Key.Key_Space:
                self.cycle_requested.emit(index)
                return
            if key in _KEY_LETTERS:
                self.letter_requested.emit(index, _KEY_LETTERS[key])
                return
            if key in _CLEAR_KEYS:
                self.letter_requested.emit(index, None)
                return
        super().keyPressEvent(event)
