"""The quick-capture grid and its cell editors: typing rows, suggestions, placeholders.

``CaptureTable`` hands finished cell edits to its owner (``QuickCapture``) instead of storing
them, so the table never keeps its own truth; ``CellDelegate`` gives each column its editor
(lane and "after" suggestions, kind words) and paints the greyed defaults of the blank row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCompleter,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QWidget,
)

from procdesk.model.capture import local_kind_words, parse_kind
from procdesk.model.commands import CommandError
from procdesk.model.elements import StepKind
from procdesk.text import tr, tr_noop

COLUMNS = (
    tr_noop("Step", "quick capture column"),
    tr_noop("Lane", "quick capture column"),
    tr_noop("Kind", "quick capture column"),
    tr_noop("After", "quick capture column"),
)
"""The column titles, shown through ``column_titles``."""
STEP, LANE, KIND, AFTER = range(4)
KEY_ROLE = Qt.ItemDataRole.UserRole
"""The step id a row shows (``None`` on the blank row)."""
EditHint = QAbstractItemDelegate.EndEditHint


def kind_word(kind: StepKind) -> str:
    """The workshop word for *kind* in the user's language ("decision" for an exclusive
    gateway), else its BPMN name."""
    return next((word for word, value in local_kind_words().items() if value == kind), kind.value)


def column_titles() -> list[str]:
    return [tr(title, "quick capture column") for title in COLUMNS]


def unnamed(kind: StepKind) -> str:
    """What a step without a name is called in the table: "(unnamed decision)"."""
    return tr("(unnamed {kind})").format(kind=kind_word(kind))


def is_kind_word(word: str) -> bool:
    try:
        parse_kind(word)
    except CommandError:
        return False
    return True


class CaptureTable(QTableWidget):
    """The grid; it hands finished cell edits to its owner instead of storing them itself."""

    cell_finished = Signal(object, int, str, bool)
    """(step id or None, column, text, submitted with Enter) after an editor closed."""
    enter_pressed = Signal()

    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        self._pending: tuple[object, int, str] | None = None
        self._closing = False
        self.open_editor: QWidget | None = None

    def stash(self, index: QModelIndex | QPersistentModelIndex, text: str) -> None:
        """Remember an edited cell's text until its editor has closed (see ``closeEditor``)."""
        item = self.item(index.row(), STEP)
        key = item.data(KEY_ROLE) if item is not None else None
        self._pending = (key, index.column(), text)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Close first, then edit the model: the rebuild that follows finds no stale editor.

        Tab and Shift+Tab move along the row here rather than in Qt, whose own move would
        land on a row the rebuild has already replaced.
        """
        pending, self._pending = self._pending, None
        self._closing = True
        try:
            super().closeEditor(editor, EditHint.NoHint)
        finally:
            self._closing = False
        if pending is not None:
            self.cell_finished.emit(*pending, hint == EditHint.SubmitModelCache)
        elif hint == EditHint.SubmitModelCache:
            self.enter_pressed.emit()
        if hint in (EditHint.EditNextItem, EditHint.EditPreviousItem):
            self._edit_beside(1 if hint == EditHint.EditNextItem else -1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Lane, kind and "after" take shares of the width; the step's name the rest."""
        width = self.viewport().width()
        taken = 0
        for column, share, least in ((LANE, 0.22, 56), (KIND, 0.15, 50), (AFTER, 0.24, 56)):
            self.setColumnWidth(column, max(least, round(width * share)))
            taken += self.columnWidth(column)
        self.setColumnWidth(STEP, max(100, width - taken))

    def focusNextPrevChild(self, next: bool) -> bool:
        # hiding a focused editor asks for the next child, which a table answers with a
        # synthetic Tab that moves the current cell: while closing, focus stays put
        if self._closing:
            return True
        return super().focusNextPrevChild(next)

    def _edit_beside(self, step: int) -> None:
        """Open the editor of the next (or previous) editable cell, row by row."""
        index = self.currentIndex()
        if not index.isValid():
            return
        position = index.row() * self.columnCount() + index.column()
        last = self.rowCount() * self.columnCount()
        while 0 <= position + step < last:
            position += step
            row, column = divmod(position, self.columnCount())
            item = self.item(row, column)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                self.setCurrentCell(row, column)
                self.edit(self.currentIndex())
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            self.enter_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class CellDelegate(QStyledItemDelegate):
    """Line editors with completion (lanes, kind words, step names) and grey placeholders."""

    def __init__(
        self,
        table: CaptureTable,
        suggestions: Callable[[int], list[str]],
        placeholder: Callable[[int, int], str],
    ) -> None:
        super().__init__(table)
        self.table = table
        self.suggestions = suggestions
        self.placeholder = placeholder

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setPlaceholderText(self.placeholder(index.row(), index.column()))
        words = self.suggestions(index.column())
        if words:
            completer = QCompleter(words, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        self.table.open_editor = editor
        editor.destroyed.connect(lambda *_: self._forget(editor))
        return editor

    def _forget(self, editor: QWidget) -> None:
        if self.table.open_editor is editor:
            self.table.open_editor = None

    def destroyEditor(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        self._forget(editor)
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        # only once: a rebuild of the table must not overwrite what is being typed
        if isinstance(editor, QLineEdit) and not editor.property("seeded"):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.setProperty("seeded", True)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QLineEdit):
            self.table.stash(index, editor.text())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        hint = "" if index.data() else self.placeholder(index.row(), index.column())
        if hint:
            painter.save()
            font = QFont(option.font)
            font.setItalic(True)
            painter.setFont(font)
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            painter.setPen(QColor(255, 255, 255, 190) if selected else QColor("#9ca3af"))
            rect = option.rect.adjusted(4, 0, -4, 0)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(rect, align, hint)
            painter.restore()
