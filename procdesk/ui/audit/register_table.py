"""A register table: one row per entity, columns read from it, some edited in place.

Each edit is one ``Editor.set_fields`` call (one undo step); a refused value is reported and
the row shows the model's value again. The table never keeps state of its own: ``load`` fills
it from entities, and the area calls it again after every change that concerns it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from procdesk.model.elements import Entity
from procdesk.text import tr

ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex
FITTED_ROWS = 500
"""Up to this many rows the columns fit their contents (measuring costs a pass per row)."""


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its title, the text it shows, and (when editable) the field it sets with
    either free text or one of *choices* (shown text, stored value)."""

    title: str
    text: Callable[[Entity], str]
    field: str | None = None
    choices: tuple[tuple[str, object], ...] = ()
    tooltip: Callable[[Entity], str] | None = None


class _ChoiceDelegate(QStyledItemDelegate):
    """Edits a choice column with a combo box and hands the chosen value to the table."""

    def __init__(self, table: RegisterTable) -> None:
        super().__init__(table)
        self.table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.table.columns[index.column()]
        if not column.choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for text, value in column.choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findText(str(index.data()))))
        # choosing is the edit: commit at once, without waiting for Enter or a click away
        combo.currentIndexChanged.connect(lambda _i: self._done(combo))
        return combo

    def _done(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        if isinstance(editor, QComboBox):
            self.table.commit(index.row(), index.column(), editor.currentData())
        else:
            super().setModelData(editor, model, index)  # type: ignore[arg-type]


class RegisterTable(QTableWidget):
    """Rows of entities under *columns*; ``edited`` carries (entity id, field, value)."""

    edited = Signal(str, str, object)
    chosen = Signal(str)
    """The entity of the row that became current."""

    def __init__(self, columns: Sequence[Column], name: str) -> None:
        super().__init__(0, len(columns))
        self.setObjectName(name)
        self.columns = tuple(columns)
        self.ids: list[str] = []
        self._loading = False
        self.setHorizontalHeaderLabels([c.title for c in columns])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.setWordWrap(False)
        self.setItemDelegate(_ChoiceDelegate(self))
        self.itemChanged.connect(self._changed)
        self.currentCellChanged.connect(self._current)

    def load(self, entities: Sequence[Entity], filter_text: str = "") -> None:
        """Show *entities* (those whose texts contain *filter_text*, ignoring case)."""
        wanted = filter_text.casefold().strip()
        rows = []
        for entity in entities:
            texts = [column.text(entity) for column in self.columns]
            if wanted and not any(wanted in t.casefold() for t in texts):
                continue
            rows.append((entity, texts))
        current = self.current_id()
        self._loading = True
        self.setSortingEnabled(False)
        try:
            self.setRowCount(len(rows))
            self.ids = [entity.id for entity, _ in rows]
            for row, (entity, texts) in enumerate(rows):
                for index, (column, text) in enumerate(zip(self.columns, texts, strict=True)):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, entity.id)
                    tip = column.tooltip(entity) if column.tooltip else text
                    item.setToolTip(tip)
                    if column.field is None:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.setItem(row, index, item)
        finally:
            self._loading = False
        if len(rows) <= FITTED_ROWS:
            for index in range(len(self.columns)):
                self.resizeColumnToContents(index)
                self.setColumnWidth(index, min(self.columnWidth(index), 320))
        if current in self.ids:
            self.selectRow(self.ids.index(current))

    def current_id(self) -> str | None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return str(item.data(ID_ROLE)) if item is not None else None

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.selectedIndexes()})
        items = [self.item(row, 0) for row in rows]
        return [str(item.data(ID_ROLE)) for item in items if item is not None]

    def select_id(self, entity_id: str) -> bool:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(ID_ROLE) == entity_id:
                self.setCurrentCell(row, 0)
                self.scrollToItem(item)
                return True
        return False

    def commit(self, row: int, column: int, value: object) -> None:
        item = self.item(row, column)
        field = self.columns[column].field
        if item is not None and field is not None:
            self.edited.emit(str(item.data(ID_ROLE)), field, value)

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.columns[item.column()].choices:
            return
        self.commit(item.row(), item.column(), item.text())

    def _current(self, row: int, _column: int, _old_row: int, _old_column: int) -> None:
        item = self.item(row, 0) if row >= 0 else None
        if item is not None:
            self.chosen.emit(str(item.data(ID_ROLE)))


def yes_no() -> tuple[tuple[str, object], ...]:
    return ((tr("yes"), True), (tr("no"), False))
