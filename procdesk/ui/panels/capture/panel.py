"""Quick capture: a table beside the canvas where a workshop types its steps, one row each.

The rows are the diagram's steps in flow order (``rows_of``); the last row is blank. Typing a
name there (and optionally a lane, a kind word and the step it comes after) and pressing Enter
adds the step through ``capture``: one undo step, connected and laid out. Editing an existing
row renames the step, moves it to another lane, changes its kind or the step it comes after
(each one undo step). Enter always lands on the next row's Step cell, so the room can dictate
step after step without anyone touching the mouse.

The table never keeps its own truth: it is rebuilt from the workspace after every change
(undo included), and the cell being typed in survives the rebuild.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procdesk.document import Document
from procdesk.model.capture import (
    CaptureRow,
    capture,
    parse_kind,
    rows_of,
)
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.elements import Diagram, DiagramElement, Lane, Step
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.text import capitalised, tr, tr_noop
from procdesk.ui.common.observe import named, observe
from procdesk.ui.common.shown_refresh import RefreshWhenShown
from procdesk.ui.panels.capture import cells
from procdesk.ui.panels.capture.row_edits import change_kind, follow, move_to_lane
from procdesk.ui.panels.capture.table import (
    AFTER,
    COLUMNS,
    KEY_ROLE,
    KIND,
    LANE,
    STEP,
    CaptureTable,
    CellDelegate,
    EditHint,
    column_titles,
    is_kind_word,
    kind_word,
    unnamed,
)

HINT = tr_noop("Enter adds the step · Tab: next field · kinds: task, user, system, decision, end…")
"""Shown through ``tr``; the kind words in it are typed as they are, in any language."""
EDITING = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)
NO_EDITING = QAbstractItemView.EditTrigger.NoEditTriggers
ERRORS = (CommandError, ReadOnlyError, PersistError)


class QuickCapture(QWidget):
    """objectName ``quickCapture``: the steps of one diagram as rows, plus a blank row."""

    step_added = Signal(str)
    """The id of a step a row created (the window may select it on the canvas)."""
    message = Signal(str)
    """Something worth saying in the status bar too (a refused edit)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickCapture")
        self.document = document
        self.diagram_id: str | None = None
        self.rows: list[CaptureRow] = []
        self.draft: dict[int, str] = {}
        self._to_last_row = False
        self.table = named(CaptureTable(), "captureTable")
        self.table.setAccessibleName(tr("Quick capture"))
        self.table.setAccessibleDescription(
            tr("The diagram's steps, one row each; typing in the last row and Enter adds one.")
        )
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.setItemDelegate(CellDelegate(self.table, self.suggestions, self.placeholder))
        self.table.setEditTriggers(EDITING)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalScrollBar().rangeChanged.connect(self.table.fit_columns)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.cell_finished.connect(self._cell_finished)
        self.table.enter_pressed.connect(self._enter)
        self.status = named(QLabel(), "captureStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._set_status(tr(HINT))
        self._stop = observe(self, document, self._on_changed)
        self._when_seen = RefreshWhenShown(self, self._catch_up)
        self.setEnabled(False)

    def detach(self) -> None:
        """Stop following the document (before it is closed)."""
        self._stop()

    # content ---------------------------------------------------------------------------------
    def set_diagram(self, diagram_id: str | None) -> None:
        """Show the steps of *diagram_id* (None: nothing); a half-typed row is dropped."""
        if diagram_id is not None and diagram_id not in self.document.workspace:
            diagram_id = None
        self._close_open_editor()
        self.diagram_id = diagram_id
        self.draft = {}
        self.setEnabled(diagram_id is not None)
        read_only = self.document.read_only
        self.table.setEditTriggers(NO_EDITING if read_only else EDITING)
        self._to_last_row = True
        self._when_seen.request()
        if read_only:
            self._set_status(tr("The workspace is open read-only: steps cannot be added here."))

    def _catch_up(self) -> None:
        """The rows again; for a diagram just chosen, the blank row to type in is current."""
        self.refresh()
        if self._to_last_row:
            self._to_last_row = False
            self.table.setCurrentCell(self.table.rowCount() - 1, STEP)

    def _on_changed(self, changeset: ChangeSet) -> None:
        if self.diagram_id is None:
            return
        for change in changeset.changes:
            entity = change.entity
            if isinstance(entity, Diagram) and entity.id == self.diagram_id:
                if change.is_removed:
                    self.set_diagram(None)
                    return
            elif isinstance(entity, DiagramElement) and entity.diagram_id == self.diagram_id:
                self._when_seen.request()
                return

    def refresh(self) -> None:
        """Rebuild the rows from the workspace; the cell being typed in stays open."""
        workspace = self.document.workspace
        current = self._cell_key()
        typed = self._close_open_editor()
        self.rows = rows_of(workspace, self.diagram_id) if self.diagram_id else []
        names = {row.step_id: row.name or unnamed(row.kind) for row in self.rows}
        table = self.table
        table.blockSignals(True)
        blank = self.has_blank_row
        table.setRowCount(len(self.rows) + blank)
        for index, row in enumerate(self.rows):
            after = names.get(row.after, "") if row.after else ""
            cells = (row.name, row.lane, kind_word(row.kind), after)
            for column, text in enumerate(cells):
                item = self._item(text, not self.document.read_only)
                if column == STEP:
                    item.setData(KEY_ROLE, row.step_id)
                    item.setToolTip(f"{row.name}\n{row.kind.value} · {row.step_id}")
                if column == AFTER:
                    item.setForeground(QColor("#6b7280"))
                table.setItem(index, column, item)
        if blank:
            for column in range(len(COLUMNS)):
                item = self._item(self.draft.get(column, ""), True)
                if column == KIND and not is_kind_word(item.text()):
                    item.setBackground(QColor("#fee2e2"))
                table.setItem(len(self.rows), column, item)
        labels = [str(n + 1) for n in range(len(self.rows))] + ["+"] * blank
        table.setVerticalHeaderLabels(labels)
        table.blockSignals(False)
        self._restore(current, typed)

    @staticmethod
    def _item(text: str, editable: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return item

    def _cell_key(self) -> tuple[str | None, int] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        item = self.table.item(index.row(), STEP)
        return (item.data(KEY_ROLE) if item is not None else None), index.column()

    def _close_open_editor(self) -> tuple[str, int] | None:
        """Close the open cell editor without saving; returns its text and cursor position."""
        editor = self.table.open_editor
        if editor is None or self.table.state() != QAbstractItemView.State.EditingState:
            return None
        text, cursor = editor.text(), editor.cursorPosition()  # type: ignore[attr-defined]
        self.table.closeEditor(editor, EditHint.NoHint)
        return text, cursor

    @property
    def has_blank_row(self) -> bool:
        """A diagram is shown and may be edited: the last row takes new steps."""
        return self.diagram_id is not None and not self.document.read_only

    def row_of(self, step_id: str | None) -> int:
        """The table row showing *step_id* (None: the blank row), or -1."""
        if step_id is None:
            return len(self.rows) if self.has_blank_row else -1
        return next((n for n, row in enumerate(self.rows) if row.step_id == step_id), -1)

    def _restore(
        self, current: tuple[str | None, int] | None, typed: tuple[str, int] | None
    ) -> None:
        if current is None:
            return
        row = self.row_of(current[0])
        if row < 0:
            row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, current[1])
        if typed is not None and row >= 0:
            self.table.edit(self.table.model().index(row, current[1]))
            editor = self.table.open_editor
            if editor is not None:
                editor.setText(typed[0])  # type: ignore[attr-defined]
                editor.setCursorPosition(typed[1])  # type: ignore[attr-defined]

    # what the cells offer --------------------------------------------------------------------
    def suggestions(self, column: int) -> list[str]:
        """Words the editor of *column* completes: lanes, kind words or step names."""
        return cells.suggestions(self.document.workspace, self.diagram_id, self.rows, column)

    def placeholder(self, row: int, column: int) -> str:
        """Grey text in the blank row's empty cells: what typing there will do."""
        return cells.placeholder(self.diagram_id, self.rows, row, column)

    # editing ---------------------------------------------------------------------------------
    def _cell_finished(self, key: str | None, column: int, text: str, submitted: bool) -> None:
        if key is None:
            self.draft[column] = text
            item = self.table.item(self.row_of(None), column)
            if item is not None:
                self.table.blockSignals(True)
                item.setText(text)
                if column == KIND:
                    bad = not is_kind_word(text)
                    item.setBackground(QColor("#fee2e2") if bad else QColor(0, 0, 0, 0))
                self.table.blockSignals(False)
            if column == KIND:
                self._check_kind(text)
            if submitted:
                self.commit_draft()
            return
        done = self._edit_row(key, column, text)
        if submitted and done is not None:
            self._go_below(key)

    def _check_kind(self, text: str) -> None:
        try:
            parse_kind(text)
        except CommandError as error:
            self._set_status(str(error), error=True)
        else:
            self._set_status(tr(HINT))

    def _enter(self) -> None:
        """Enter without an open editor: add the blank row, or go down a row."""
        current = self._cell_key()
        if current is None:
            return
        if current[0] is None:
            if self.draft.get(STEP, "").strip():
                self.commit_draft()
            else:
                self._edit_blank_row()
        else:
            self._go_below(current[0])

    def _go_below(self, step_id: str) -> None:
        row = self.row_of(step_id) + 1
        if row >= len(self.rows):
            self._edit_blank_row()
        else:
            self.table.setCurrentCell(row, STEP)

    def _edit_blank_row(self) -> None:
        row = self.row_of(None)
        if row < 0:
            return
        self.table.setCurrentCell(row, STEP)
        self.table.edit(self.table.model().index(row, STEP))

    def commit_draft(self) -> str | None:
        """Add the blank row's step (one undo step); returns its id, or None if refused."""
        if self.diagram_id is None:
            return None
        name = self.draft.get(STEP, "").strip()
        if not name:
            self._set_status(tr("Type the step's name first."), error=True)
            return None
        editor = self.document.editor
        try:
            kind = parse_kind(self.draft.get(KIND, ""))
            after = cells.step_named(self.rows, self.draft.get(AFTER, ""))
            lane = self.draft.get(LANE, "").strip() or self._lane_for(after)
            row = CaptureRow(name=name, lane=lane, kind=kind, after=after)
            self.draft = {}
            step_id = capture(editor, self.diagram_id, row)
        except ERRORS as error:
            self.draft = {STEP: name, **{c: self.draft.get(c, "") for c in (LANE, KIND, AFTER)}}
            self._refuse(str(error))
            self.refresh()
            return None
        self._set_status(tr("Added “{name}”.").format(name=name) + " " + tr(HINT))
        self.step_added.emit(step_id)
        self._edit_blank_row()
        return step_id

    def _lane_for(self, after: str | None) -> str:
        if after is not None:
            step = self.document.workspace.find(after)
            lane = self.document.workspace.find(getattr(step, "lane_id", None) or "")
            return lane.name if isinstance(lane, Lane) else ""
        return cells.default_lane(self.rows)

    def _edit_row(self, step_id: str, column: int, text: str) -> bool | None:
        """Apply an edited cell of an existing row; None when it was refused."""
        step = self.document.workspace.find(step_id)
        if not isinstance(step, Step) or self.diagram_id is None:
            return None
        try:
            if column == STEP and text.strip() != step.name:
                self.document.editor.rename(step_id, text.strip())
            elif column == LANE and text.strip():
                move_to_lane(self.document, step, text.strip())
            elif column == KIND:
                change_kind(self.document, step, parse_kind(text))
            elif column == AFTER:
                self._follow(step, text)
        except ERRORS as error:
            self._refuse(str(error))
            self.refresh()
            return None
        self._set_status(tr(HINT))
        return True

    def _follow(self, step: Step, text: str) -> None:
        """Let *step* come after another step: its flow from the old predecessor moves."""
        row = self.rows[self.row_of(step.id)]
        shown = self.table.item(self.row_of(step.id), AFTER)
        if not text.strip() or (shown is not None and text.strip() == shown.text()):
            return
        after = cells.step_named(self.rows, text)
        if after == step.id:
            raise CommandError(tr("a step cannot come after itself"))
        if after == row.after:
            return
        follow(self.document, step, row.after, after, text.strip())

    # messages --------------------------------------------------------------------------------
    def _refuse(self, text: str) -> None:
        self._set_status(capitalised(text), error=True)
        self.message.emit(text)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #b91c1c;" if error else "color: #6b7280;")

    def status_text(self) -> str:
        return self.status.text()
