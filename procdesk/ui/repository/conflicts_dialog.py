"""Conflicts, element by element: what each side did, each conflicting attribute with its
base, mine and theirs side by side, and a choice per element (keep mine / take theirs).
Nothing is settled until the person chooses for every element and confirms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procdesk.model.merge import Conflict
from procdesk.model.merge_text import attribute_rows, headline, users_text
from procdesk.model.merge_values import Side
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.repository.conflict_pictures import ConflictPictures

COLUMNS = 5
CHOICE = 1
CONFLICT_ROLE = Qt.ItemDataRole.UserRole


class ConflictsDialog(QDialog):
    """Lists *conflicts*; ``choices()`` is what the person chose per element."""

    def __init__(
        self, conflicts: tuple[Conflict, ...], workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(tr("Conflicts with the Repository"))
        heading = QLabel(
            tr(
                "%n elements were changed here and in the repository in ways that do not "
                "merge. Nothing was changed on either side. Choose, for each, whose version "
                "counts:",
                None,
                len(conflicts),
            )
        )
        heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("conflictTree")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels(
            [tr("Element / attribute"), tr("Choice"), tr("Base"), tr("Mine"), tr("Theirs")]
        )
        self.combos: dict[str, QComboBox] = {}
        self.conflicts = {conflict.id: conflict for conflict in conflicts}
        for conflict in conflicts:
            self._add(conflict, workspace)
        self.tree.expandAll()
        self.pictures = ConflictPictures(conflicts, workspace)
        self.tree.currentItemChanged.connect(self._show_current)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for index in range(1, COLUMNS):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Settle"))
        ok.setObjectName("settleConflicts")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.addWidget(self.tree)
        parts.addWidget(self.pictures)
        parts.setSizes([260, 440])
        column.addWidget(parts, 1)
        column.addWidget(buttons)
        self.resize(1100, 760)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _add(self, conflict: Conflict, workspace: Workspace) -> None:
        top = QTreeWidgetItem([headline(conflict)])
        top.setToolTip(0, f"{headline(conflict)}\n{conflict.id}")
        top.setData(0, CONFLICT_ROLE, conflict.id)
        self.tree.addTopLevelItem(top)
        for name, base, mine, theirs in attribute_rows(conflict):
            top.addChild(QTreeWidgetItem([name, "", base, mine, theirs]))
        users = users_text(conflict, (workspace,))
        if users:
            top.addChild(QTreeWidgetItem([users]))
        combo = QComboBox()
        combo.setObjectName(f"choice:{conflict.id}")
        combo.addItem(tr("Keep mine"), Side.MINE.value)
        combo.addItem(tr("Take theirs"), Side.THEIRS.value)
        self.tree.setItemWidget(top, CHOICE, combo)
        self.combos[conflict.id] = combo

    def _show_current(self, item: QTreeWidgetItem | None) -> None:
        """Draw the conflict of the chosen row (or of the row's element) on the pictures."""
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is not None:
            self.pictures.show_conflict(self.conflicts[str(item.data(0, CONFLICT_ROLE))])

    def choose(self, element_id: str, side: Side) -> None:
        combo = self.combos[element_id]
        combo.setCurrentIndex(combo.findData(side.value))

    def choices(self) -> dict[str, Side]:
        return {i: Side(str(combo.currentData())) for i, combo in self.combos.items()}
