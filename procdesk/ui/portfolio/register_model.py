"""The initiatives register as a Qt table model: a row per initiative, in rank order.

The rows come from ``analysis.portfolio.register`` (the same numbers as the CLI, the PDF and
the workbook). Title, status, owner, every score, cost, effort and an entered benefit can be
edited in place; each edit is one Editor intent, so one undo step, and a refused value is
reported (``refused``) and leaves the workspace as it was. The whole register is rebuilt
after every change, since one score can move every rank.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QColor

from procdesk.analysis.portfolio.benefit import amount
from procdesk.analysis.portfolio.register import Register, RegisterRow, build_register
from procdesk.analysis.portfolio.scoring import tie_label
from procdesk.analysis.portfolio.signs import DASH
from procdesk.document import Document
from procdesk.model.commands import CommandError
from procdesk.model.elements import Process
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.portfolio import InitiativeStatus
from procdesk.model.portfolio_queries import status_label
from procdesk.text import tr, tr_noop

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_ROLE_SLOT = {
    Qt.ItemDataRole.EditRole: 0,
    Qt.ItemDataRole.DisplayRole: 1,
    SORT_ROLE: 2,
}
"""Where each cached role's answer sits in a cell's (value, text, sort key)."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its key, its header (marked for translation), and for a score column the
    criterion's key and name."""

    key: str
    title: str
    criterion: str = ""


FIXED_BEFORE = (
    Column("rank", tr_noop("Rank", "register column")),
    Column("title", tr_noop("Title", "register column")),
    Column("status", tr_noop("Status", "register column")),
    Column("owner", tr_noop("Owner", "register column")),
    Column("score", tr_noop("Score", "register column")),
)
FIXED_AFTER = (
    Column("cost", tr_noop("Cost", "register column")),
    Column("effort", tr_noop("Effort (days)", "register column")),
    Column("benefit", tr_noop("Benefit / year", "register column")),
    Column("payback", tr_noop("Payback (months)", "register column")),
    Column("npv", tr_noop("NPV", "register column")),
    Column("tie", tr_noop("Tie-break", "register column")),
    Column("processes", tr_noop("Processes", "register column")),
)
EDITABLE = frozenset({"title", "status", "owner", "cost", "effort", "benefit"})
_ROW_FIELDS = frozenset({"rank", "score", "benefit", "payback", "npv"})
_INITIATIVE_FIELDS = frozenset({"title", "owner", "cost", "effort"})


class RegisterModel(QAbstractTableModel):
    """The register of *document*'s initiatives under framework *version* (None: current)."""

    refused = QtSignal(str)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.version: int | None = None
        self.register: Register = build_register(document.workspace)
        self.columns: list[Column] = []
        self._process_names: dict[str, str] = {}
        self._cells: list[list[tuple[Any, str, Any]]] = []
        self.search_texts: list[str] = []
        self.reload()

    # content -----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Rebuild every row from the workspace (after any change)."""
        self.beginResetModel()
        try:
            self.register = build_register(self.document.workspace, self.version)
        except ValueError:  # the agreed version shown went away (an undo): show the current one
            self.version = None
            self.register = build_register(self.document.workspace)
        self.columns = [
            *FIXED_BEFORE,
            *(Column("criterion", c.name, c.key) for c in self.register.weights.criteria),
            *FIXED_AFTER,
        ]
        self._process_names = {p.id: p.name for p in self.document.workspace.in_scope("", Process)}
        # Every cell's value, text and sort key, worked out once per rebuild: sorting and
        # filtering ask for them thousands of times.
        self._cells = [
            [self._cell(row, column) for column in self.columns] for row in self.register.rows
        ]
        self.search_texts = [
            " ".join([*(cell[1] for cell in cells), row.initiative.description]).casefold()
            for row, cells in zip(self.register.rows, self._cells, strict=True)
        ]
        self.endResetModel()

    def _cell(self, row: RegisterRow, column: Column) -> tuple[Any, str, Any]:
        """(value, text, sort key) of one cell."""
        value = self._value(row, column)
        if column.key == "rank":
            sort: Any = row.rank if row.rank is not None else 10**9
        elif isinstance(value, str):
            sort = value.casefold()
        else:
            sort = value if value is not None else 0
        return value, self._text(row, column), sort

    def set_version(self, version: int | None) -> None:
        self.version = version
        self.reload()

    def row_of(self, initiative_id: str) -> int:
        return next((i for i, r in enumerate(self.register.rows) if r.id == initiative_id), -1)

    def entry(self, row: int) -> RegisterRow:
        return self.register.rows[row]

    def column_of(self, key: str, criterion: str = "") -> int:
        return next(
            i for i, c in enumerate(self.columns) if c.key == key and c.criterion == criterion
        )

    # Qt model ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.register.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        column = self.columns[section]
        return column.title if column.criterion else tr(column.title, "register column")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.document.read_only:
            return flags
        column = self.columns[index.column()]
        if column.key == "benefit" and self.entry(index.row()).benefit_is_computed:
            return flags
        if column.key in EDITABLE or column.criterion:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # the roles asked for most (sorting, painting) come first and read the cache only
        where = _ROLE_SLOT.get(role)
        if where is not None:
            return self._cells[index.row()][index.column()][where]
        if not index.isValid():
            return None
        row = self.entry(index.row())
        column = self.columns[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key not in (
            "title",
            "owner",
            "status",
            "tie",
            "processes",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "benefit":
            return QColor("#1e7b34") if row.benefit_is_computed else None
        return None

    def _value(self, row: RegisterRow, column: Column) -> Any:
        initiative = row.initiative
        if column.criterion:
            score = initiative.score_of(column.criterion)
            return score.value if score else None
        key = column.key
        if key in _ROW_FIELDS:
            return getattr(row, key)
        if key in _INITIATIVE_FIELDS:
            return getattr(initiative, key)
        if key == "status":
            return initiative.status.value
        if key == "tie":
            return tie_label(row.tie_break) if row.tie_break else ""
        return self._processes(row)

    def _processes(self, row: RegisterRow) -> str:
        return ", ".join(self._process_names.get(p, p) for p in row.processes)

    def _text(self, row: RegisterRow, column: Column) -> str:
        value = self._value(row, column)
        if column.key == "status":
            return status_label(InitiativeStatus(value))
        if value is None:
            return DASH if column.key in ("rank", "payback") else ""
        if column.key == "score":
            return f"{value:.2f}"
        if column.key == "payback":
            return f"{value:.1f}"
        if column.key in ("cost", "benefit", "npv"):
            return amount(value)
        if column.key == "effort":
            return f"{value:g}"
        return str(value)

    def _tip(self, row: RegisterRow, column: Column) -> str | None:
        if column.key == "benefit" and row.computed is not None:
            return row.computed.derivation
        if column.criterion:
            score = row.initiative.score_of(column.criterion)
            return score.rationale if score and score.rationale else None
        if column.key == "score":
            return tr("%n of the criteria scored", None, row.scored)
        if column.key == "title" and row.initiative.description:
            return row.initiative.description
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.entry(index.row())
        column = self.columns[index.column()]
        editor = self.document.editor
        try:
            if column.criterion:
                score = None if value in (None, "") else value
                editor.set_score(row.id, column.criterion, score)
            elif column.key == "status":
                editor.set_status(row.id, str(value))
            elif column.key in ("title", "owner"):
                editor.update_initiative(row.id, {column.key: str(value)})
            elif column.key in ("cost", "effort", "benefit"):
                editor.update_initiative(row.id, {column.key: float(value)})
            else:
                return False
        except (CommandError, ValueError, TypeError, ReadOnlyError, PersistError) as error:
            self.refused.emit(str(error))
            return False
        return True
