"""The history panel: who changed what, and when, in the process shown or the element selected.

Undo (Ctrl+Z) is for the session; this is for good. The panel shows the change log
(``procdesk.model.change_log``) of the process on the canvas, or of the one element
selected (select a step: its history, from its creation), newest first, and narrows it to a
date range and to entries containing some words. It reads the log a page at a time
(``log_model``), so it opens at once however long the log is, and it takes each new edit
on top as it is made. A workspace open read-only shows its history too.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.naming import noun
from procdesk.store.log_reader import LogFilter, LogReader
from procdesk.text import tr
from procdesk.ui.common.observe import named, observe
from procdesk.ui.panels.history.log_model import HistoryModel

DAYS_SHOWN = 30
"""The date range a user switches on starts this many days back."""


def utc_bound(day: QDate) -> str:
    """The start of *day* on the user's clock, as a log time (UTC)."""
    local = datetime(day.year(), day.month(), day.day()).astimezone()
    return local.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class HistoryPanel(QWidget):
    """objectName ``history``: the change log of the process shown or the element selected."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        self.document = document
        self.process_id: str | None = None
        self.element_id: str | None = None
        self.scope = named(QLabel(), "historyScope")
        self.since_on = named(QCheckBox(tr("From", "history date range")), "historySinceOn")
        self.since = named(QDateEdit(), "historySince")
        self.until_on = named(QCheckBox(tr("to", "history date range")), "historyUntilOn")
        self.until = named(QDateEdit(), "historyUntil")
        today = QDate.currentDate()
        for edit, day in ((self.since, today.addDays(-DAYS_SHOWN)), (self.until, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(day)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._reload)
        self.since.setAccessibleName(tr("Changes from"))
        self.until.setAccessibleName(tr("Changes until"))
        for box, edit in ((self.since_on, self.since), (self.until_on, self.until)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self._reload)
        self.words = named(QLineEdit(), "historyWords")
        self.words.setPlaceholderText(tr("Filter by words…"))
        self.words.setClearButtonEnabled(True)
        self.words.setAccessibleName(tr("Filter the history by words"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self._reload)
        self.words.textChanged.connect(lambda _text: self._typing.start())
        self.model = HistoryModel(self._reader)
        self.table = named(QTableView(), "historyTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("History"))
        self.table.setAccessibleDescription(tr("Changes made to the workspace, newest first."))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Fixed widths: a view sized to its contents measures every row it has read, and a
        # long scroll through the log would make each page slower than the last.
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        columns.resizeSection(0, self.fontMetrics().horizontalAdvance("0000-00-00 00:00") + 16)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        columns.resizeSection(1, self.fontMetrics().horizontalAdvance("M" * 12))
        columns.setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(self.scope, 1)
        for widget in (self.since_on, self.since, self.until_on, self.until, self.words):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._stop = observe(self, document, self._on_changed)
        self._reload()

    def detach(self) -> None:
        """Stop following the document (before it is closed)."""
        self._stop()

    def _reader(self) -> LogReader:
        # the store changes on "Save As": always ask the document for the current one
        return self.document.store.log

    # what is shown ---------------------------------------------------------------------------
    def set_process(self, process_id: str | None) -> None:
        """Show the history of the process on the canvas (when no element is selected)."""
        if process_id != self.process_id:
            self.process_id = process_id
            self._reload()

    def set_selection(self, ids: list[str]) -> None:
        """Show the history of the one element selected; with none (or several) the
        process's."""
        element = ids[0] if len(ids) == 1 and ids[0] != self.process_id else None
        if element != self.element_id:
            self.element_id = element
            self._reload()

    def current_filter(self) -> LogFilter:
        """The query the table shows: scope, date range and words."""
        until = self.until.date().addDays(1)
        return LogFilter(
            element_id=self.element_id or self.process_id,
            since=utc_bound(self.since.date()) if self.since_on.isChecked() else None,
            until=utc_bound(until) if self.until_on.isChecked() else None,
            words=self.words.text().strip(),
        )

    def _reload(self) -> None:
        self._typing.stop()
        self.model.set_filter(self.current_filter())
        self.scope.setText(self._scope_text())

    def _scope_text(self) -> str:
        workspace = self.document.workspace
        for entity_id in (self.element_id, self.process_id):
            entity = workspace.find(entity_id)
            if entity is None:
                continue
            name = " ".join(str(getattr(entity, "name", "") or "").split())
            if name:
                return tr("History of {what} '{name}'").format(what=noun(entity), name=name)
            return tr("History of {what}").format(what=noun(entity))
        if self.element_id is not None:
            return tr("History of a deleted element")
        return tr("History of the workspace")

    def _on_changed(self, _changeset: ChangeSet) -> None:
        self.model.refresh()
        self.scope.setText(self._scope_text())
