"""The RACI matrix as a table model: a row per activity (in flow order), a column per role.

The model only shows: it is rebuilt from ``procdesk.export.raci_matrix`` after every edit,
and the view turns clicks and keys into Editor intents. A cell a step's lane fills by
default (R without anyone having chosen it) is drawn in italics, so that the user can tell
what was decided from what merely follows the lanes.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from procdesk.export.raci_matrix import RaciMatrix, RaciRow, raci_matrix
from procdesk.model.assignments import Letter
from procdesk.model.naming import noun
from procdesk.model.raci import role_list
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop

Index = QModelIndex | QPersistentModelIndex

WORDS = {
    Letter.RESPONSIBLE: tr_noop("Responsible", "RACI letter"),
    Letter.ACCOUNTABLE: tr_noop("Accountable", "RACI letter"),
    Letter.CONSULTED: tr_noop("Consulted", "RACI letter"),
    Letter.INFORMED: tr_noop("Informed", "RACI letter"),
}
"""Each letter in words, for tooltips and screen readers."""


_CELL_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    }
)
"""The roles a cell answers."""


def letter_word(letter: Letter) -> str:
    return tr(WORDS[letter], "RACI letter")


class RaciModel(QAbstractTableModel):
    """The matrix of one diagram; ``reload`` after every edit."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.diagram_id: str | None = None
        self.matrix = RaciMatrix((), ())
        self._described: dict[str, str] = {}
        self._letters: dict[tuple[int, int], Letter | None] = {}
        """Each cell's letter, worked out once per reload: the view sizes its rows and
        columns to their contents, asking every cell several times."""

    def reload(self, diagram_id: str | None) -> None:
        self.beginResetModel()
        self.diagram_id = diagram_id
        self._letters = {}
        shown = diagram_id is not None and diagram_id in self.workspace
        self.matrix = (
            raci_matrix(self.workspace, diagram_id) if shown and diagram_id else RaciMatrix((), ())
        )
        self._described = {
            role.name.strip().casefold(): _description(role.description, role.department)
            for role in role_list(self.workspace)
        }
        self.endResetModel()

    # what a cell means -----------------------------------------------------------------------
    def row(self, index: Index) -> RaciRow:
        return self.matrix.rows[index.row()]

    def role(self, index: Index) -> str:
        return self.matrix.roles[index.column()]

    def letter(self, index: Index) -> Letter | None:
        cell = (index.row(), index.column())
        if cell not in self._letters:
            self._letters[cell] = self.row(index).raci.letter_of(self.role(index))
        return self._letters[cell]

    def is_default(self, index: Index) -> bool:
        """Whether the cell holds the R a step has from its lane, chosen by nobody."""
        return self.letter(index) == Letter.RESPONSIBLE and self.row(index).is_default

    def index_of(self, step_id: str, role: str) -> QModelIndex:
        for r, row in enumerate(self.matrix.rows):
            if row.step.id == step_id and role in self.matrix.roles:
                return self.index(r, self.matrix.roles.index(role))
        return QModelIndex()

    # the table ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.roles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal:
            name = self.matrix.roles[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return name
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._described.get(name.casefold()) or name
            return None
        step = self.matrix.rows[section].step
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return " ".join(step.name.split()) or noun(step)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # the view asks each cell for many roles while sizing rows: the others end here
        if role not in _CELL_ROLES or not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        letter = self.letter(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return letter.value if letter else ""
        if role == Qt.ItemDataRole.FontRole and self.is_default(index):
            font = QFont()
            font.setItalic(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._explain(index, letter)
        return None

    def _explain(self, index: Index, letter: Letter | None) -> str:
        step = self.headerData(index.row(), Qt.Orientation.Vertical)
        if letter is None:
            return tr("{role} has no part in '{step}'").format(role=self.role(index), step=step)
        text = tr("{role} is {letter} for '{step}'").format(
            role=self.role(index), letter=letter_word(letter), step=step
        )
        if self.is_default(index):
            text += " " + tr("(by default: the step's lane or role)")
        return text


def _description(description: str, department: str) -> str:
    if description and department:
        return f"{description}\n{department}"
    return description or department
