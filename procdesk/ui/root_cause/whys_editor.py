"""The 5 Whys of a weak point: a numbered table of why/because, edited in place.

Double-click (or F2) a cell to change it, Enter keeps it; *Add why* (Insert) appends a link
whose question starts from the last answer; *Delete* removes the chosen link; Alt+Up and
Alt+Down move it. Each change is one undo step through the Editor; the last answer becomes
the weak point's root cause, shown under the table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.elements import WeakPoint
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.root_cause_queries import answered_root_cause, whys_of
from procdesk.text import tr
from procdesk.ui.common.observe import named, observe

ID_ROLE = Qt.ItemDataRole.UserRole
FIELDS = ("why", "because")


class _Table(QTableWidget):
    """Alt+Up and Alt+Down move the current link; the rest is a plain table."""

    moved = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


class WhysEditor(QWidget):
    """objectName ``whysEditor``: the chain of one weak point."""

    refused = Signal(str)

    def __init__(
        self, document: Document, weak_point_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("whysEditor")
        self.document = document
        self.weak_point_id = weak_point_id
        self._filling = False
        self.table = named(_Table(0, 2), "whysTable")
        self.table.setAccessibleName(tr("5 Whys"))
        self.table.setHorizontalHeaderLabels([tr("Why?"), tr("Because…")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.itemChanged.connect(self._item_changed)
        self.table.moved.connect(self.move_current)
        self.root_cause = named(QLabel(), "whysRootCause")
        self.root_cause.setWordWrap(True)
        self.root_cause.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        editable = not document.read_only
        buttons = QHBoxLayout()
        for text, name, action in (
            (tr("&Add why"), "addWhy", self.add_why),
            (tr("&Delete why"), "deleteWhy", self.delete_current),
            (tr("Move &up"), "whyUp", lambda: self.move_current(-1)),
            (tr("Move do&wn"), "whyDown", lambda: self.move_current(1)),
        ):
            button = named(QPushButton(text), name)
            button.setEnabled(editable)
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table)
        insert.activated.connect(self.add_why)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        hint = QLabel(
            tr(
                "Ask why until the answer is something you can change: each question starts "
                "from the answer before it. The last answer becomes the weak point's root cause."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.root_cause)
        if not editable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refresh()
        self._stop = observe(self, document, self._changed)
        self.destroyed.connect(lambda _object=None: self._stop())

    # showing ---------------------------------------------------------------------------------
    def _changed(self, changeset: ChangeSet) -> None:
        del changeset
        self.refresh()

    def ids(self) -> list[str]:
        """The links' ids, first to last, as the table shows them."""
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [str(item.data(ID_ROLE)) for item in items if item is not None]

    def refresh(self) -> None:
        workspace = self.document.workspace
        point = workspace.find(self.weak_point_id)
        if not isinstance(point, WeakPoint):
            return
        chain = whys_of(workspace, self.weak_point_id)
        current = self.table.currentRow(), self.table.currentColumn()
        self._filling = True
        try:
            self.table.setRowCount(len(chain))
            for row, why in enumerate(chain):
                for column, name in enumerate(FIELDS):
                    item = QTableWidgetItem(getattr(why, name))
                    item.setData(ID_ROLE, why.id)
                    self.table.setItem(row, column, item)
            self.table.setVerticalHeaderLabels([str(n) for n in range(1, len(chain) + 1)])
        finally:
            self._filling = False
        if chain and current[0] >= 0:
            self.table.setCurrentCell(min(current[0], len(chain) - 1), max(0, current[1]))
        answer = answered_root_cause(chain)
        if answer is not None:
            self.root_cause.setText(
                tr("Root cause (the last answer): {cause}").format(cause=answer)
            )
        elif point.root_cause:
            text = tr("Root cause (as written on the weak point): {cause}")
            self.root_cause.setText(text.format(cause=point.root_cause))
        else:
            self.root_cause.setText(tr("No root cause yet: answer the whys."))

    # editing ---------------------------------------------------------------------------------
    def _run(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except (CommandError, ValueError, ReadOnlyError, PersistError) as error:
            self.refused.emit(str(error))
            return None

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        why_id, name = str(item.data(ID_ROLE)), FIELDS[item.column()]
        value = item.text()
        self._run(lambda: self.document.editor.edit_why(why_id, **{name: value}))

    def add_why(self) -> str | None:
        """A new link at the end; its question starts from the last answer (or, for the
        first, from the weak point's description). The question is opened for editing."""
        workspace = self.document.workspace
        chain = whys_of(workspace, self.weak_point_id)
        point = workspace.find(self.weak_point_id)
        start = chain[-1].because if chain else getattr(point, "description", "")
        added = self._run(lambda: self.document.editor.add_why(self.weak_point_id, start))
        if added is not None:
            row = self.ids().index(added)
            self.table.setCurrentCell(row, 0)
            self.table.setFocus()
            item = self.table.item(row, 0)
            if item is not None:
                self.table.editItem(item)
        return added if isinstance(added, str) else None

    def _current_id(self) -> str | None:
        row = self.table.currentRow()
        return self.ids()[row] if 0 <= row < self.table.rowCount() else None

    def delete_current(self) -> None:
        why_id = self._current_id()
        if why_id is not None:
            self._run(lambda: self.document.editor.delete_why(why_id))

    def move_current(self, step: int) -> None:
        why_id = self._current_id()
        if why_id is None:
            return
        index = self.ids().index(why_id) + step
        if 0 <= index < self.table.rowCount():
            column = max(0, self.table.currentColumn())
            if self._run(lambda: self.document.editor.move_why(why_id, index)) is not None:
                self.table.setCurrentCell(index, column)
