"""The change log as a table model that reads a page at a time.

A workspace edited for years holds hundreds of thousands of entries, so the model never asks
for all of them: the view asks ``canFetchMore``/``fetchMore`` as it scrolls, and each fetch
reads one page of older entries with an indexed query (``procdesk.store.log_reader``). New
entries (the edit just made) are read with one query for what is newer than the newest row
and put on top.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from procdesk.model.change_log import Action, LogEntry
from procdesk.store.log_reader import LogFilter, LogReader
from procdesk.text import tr, tr_noop

PAGE = 200
"""Entries read per fetch: a few screens of rows, one quick query."""

COLUMNS = (
    tr_noop("When", "history column"),
    tr_noop("Who", "history column"),
    tr_noop("What changed", "history column"),
)
SEQ_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


def local_time(at: str) -> str:
    """A log time (UTC) as the user's clock shows it: '2025-03-01 10:30'."""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class HistoryModel(QAbstractTableModel):
    """Entries of the change log matching a filter, newest first, fetched page by page."""

    def __init__(self, reader: Callable[[], LogReader]) -> None:
        super().__init__()
        self._reader = reader
        self.filter = LogFilter()
        self.entries: list[LogEntry] = []
        self._newest = 0
        self._exhausted = True

    # filtering ---------------------------------------------------------------------------------
    def set_filter(self, where: LogFilter) -> None:
        """Show the entries matching *where* (from the newest; older ones as the view asks)."""
        self.beginResetModel()
        self.filter = where
        self.entries = []
        self._newest = self._reader().last_seq()
        self._exhausted = False
        self.endResetModel()
        self.fetchMore()  # the first page at once: a view asks only once it is laid out

    def refresh(self) -> int:
        """Put entries written since the last look on top; returns how many there were."""
        reader = self._reader()
        newest = reader.last_seq()
        if newest <= self._newest:
            return 0
        fresh = reader.newer(self.filter, self._newest, limit=newest - self._newest)
        self._newest = newest
        if fresh:
            self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
            self.entries[:0] = fresh
            self.endInsertRows()
        return len(fresh)

    # lazy loading ------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        older_than = self.entries[-1].seq if self.entries else self._newest + 1
        page = self._reader().page(self.filter, older_than, PAGE)
        if len(page) < PAGE:
            self._exhausted = True
        if page:
            start = len(self.entries)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.entries.extend(page)
            self.endInsertRows()

    # the table ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section], "history column")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (local_time(entry.at), entry.author, entry.description)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _details(entry)
        if role == SEQ_ROLE:
            return entry.seq
        return None


def _details(entry: LogEntry) -> str:
    """The tooltip of a row: the sentence, the undo label, the exact time, how much changed."""
    lines = [entry.description]
    if entry.label and entry.label != entry.description:
        lines.append(tr("Command: {label}").format(label=entry.label))
    kinds = {
        Action.UNDO: tr("undone in the session", "history entry kind"),
        Action.REDO: tr("redone in the session", "history entry kind"),
    }
    if entry.action in kinds:
        lines.append(kinds[entry.action])
    lines.append(tr("%n element(s) changed", None, entry.changes))
    lines.append(tr("{time} (UTC: {utc})").format(time=local_time(entry.at), utc=entry.at))
    return "\n".join(lines)
