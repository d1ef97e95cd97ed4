"""The process tree: processes and, under each, its diagrams (as-is, to-be, variants).

Selecting a diagram asks the main window to show it. The tree is rebuilt from the workspace
whenever a ChangeSet touches a process or a diagram (a few dozen rows: rebuilding is cheap
and cannot drift from the model).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from procdesk.model.changes import ChangeSet
from procdesk.model.elements import Diagram, Process
from procdesk.model.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class ProcessTree(QTreeWidget):
    """objectName ``processTree``; emits ``diagram_selected(id)`` when a diagram is picked."""

    diagram_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("processTree")
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setUniformRowHeights(True)
        self.workspace: Workspace | None = None
        self.currentItemChanged.connect(self._on_current)

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.rebuild()

    def rebuild(self) -> None:
        """Show the workspace's processes and diagrams, keeping the current diagram selected."""
        current = self.current_diagram_id()
        self.blockSignals(True)
        self.clear()
        if self.workspace is not None:
            for process in self.workspace.processes():
                row = QTreeWidgetItem([process.name])
                row.setData(0, ID_ROLE, process.id)
                row.setData(0, KIND_ROLE, "process")
                row.setToolTip(0, process.purpose or process.name)
                self.addTopLevelItem(row)
                for diagram in self.workspace.diagrams_of(process.id):
                    child = QTreeWidgetItem([_diagram_title(diagram)])
                    child.setData(0, ID_ROLE, diagram.id)
                    child.setData(0, KIND_ROLE, "diagram")
                    row.addChild(child)
                row.setExpanded(True)
        self.blockSignals(False)
        if current is not None:
            self.select_diagram(current, emit=False)

    def apply(self, changeset: ChangeSet) -> None:
        if any(isinstance(c.entity, Process | Diagram) for c in changeset.changes):
            self.rebuild()

    def diagram_items(self) -> list[QTreeWidgetItem]:
        rows: list[QTreeWidgetItem] = []
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            if top is None:
                continue
            for position in range(top.childCount()):
                child = top.child(position)
                if child is not None:
                    rows.append(child)
        return rows

    def current_diagram_id(self) -> str | None:
        item = self.currentItem()
        if item is None or item.data(0, KIND_ROLE) != "diagram":
            return None
        value = item.data(0, ID_ROLE)
        return value if isinstance(value, str) else None

    def select_diagram(self, diagram_id: str, emit: bool = True) -> bool:
        for item in self.diagram_items():
            if item.data(0, ID_ROLE) == diagram_id:
                self.blockSignals(not emit)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return True
        return False

    def _on_current(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        if item.data(0, KIND_ROLE) == "process" and item.childCount():
            item = item.child(0)
        if item is None:
            return
        value = item.data(0, ID_ROLE)
        if isinstance(value, str) and item.data(0, KIND_ROLE) == "diagram":
            self.diagram_selected.emit(value)


def _diagram_title(diagram: Diagram) -> str:
    if diagram.variant and diagram.variant.casefold() != diagram.name.casefold():
        return f"{diagram.name}  ·  {diagram.variant}"
    return diagram.name
