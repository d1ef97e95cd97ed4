"""The process tree: processes and, under each, its diagrams (as-is, to-be, variants).

Selecting a diagram asks the main window to show it. Its context menu (and keys: F2 renames,
Delete removes) creates, renames and deletes processes and diagrams and makes a to-be from
an as-is, each one undo step through the Editor. The tree is rebuilt from the workspace
whenever a ChangeSet touches a process or a diagram (a few dozen rows: rebuilding is cheap
and cannot drift from the model).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from procdesk.model.changes import ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.editor import Editor
from procdesk.model.elements import Diagram, Process
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
VARIANTS = {
    "as-is": tr_noop("as-is", "diagram variant"),
    "to-be": tr_noop("to-be", "diagram variant"),
}
"""The stored variants with words for them; any other variant is shown as it was named."""


def variant_label(variant: str) -> str:
    return tr(VARIANTS[variant], "diagram variant") if variant in VARIANTS else variant


class ProcessTree(QTreeWidget):
    """objectName ``processTree``; emits ``diagram_selected(id)`` when a diagram is picked."""

    diagram_selected = Signal(str)
    message = Signal(str)
    """A short message for the status bar (a refused rename, say)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("processTree")
        self.setAccessibleName(tr("Processes"))
        self.setAccessibleDescription(
            tr("The workspace's processes with their diagrams: choosing a diagram shows it.")
        )
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setUniformRowHeights(True)
        self.setEditTriggers(
            QTreeWidget.EditTrigger.EditKeyPressed | QTreeWidget.EditTrigger.DoubleClicked
        )
        self.workspace: Workspace | None = None
        self.editor: Editor | None = None
        self.menu_extensions: list[Callable[[QMenu, str], None]] = []
        """Other concepts' entries for a process's menu, given the menu and the process id."""
        self.currentItemChanged.connect(self._on_current)
        self.itemChanged.connect(self._renamed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def set_workspace(self, workspace: Workspace | None, editor: Editor | None = None) -> None:
        self.workspace = workspace
        self.editor = editor
        self.rebuild()

    def rebuild(self) -> None:
        """Show the workspace's processes and diagrams, keeping the current diagram selected."""
        current = self.current_diagram_id()
        self.blockSignals(True)
        self.clear()
        if self.workspace is not None:
            for process in self.workspace.processes():
                row = QTreeWidgetItem([process.name])
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
                row.setData(0, ID_ROLE, process.id)
                row.setData(0, KIND_ROLE, "process")
                row.setToolTip(0, process.purpose or process.name)
                self.addTopLevelItem(row)
                for diagram in self.workspace.diagrams_of(process.id):
                    child = QTreeWidgetItem([diagram.name])
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
                    child.setToolTip(0, f"{diagram.name} ({variant_label(diagram.variant)})")
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

    def item_for(self, entity_id: str) -> QTreeWidgetItem | None:
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            if top is None:
                continue
            if top.data(0, ID_ROLE) == entity_id:
                return top
            for position in range(top.childCount()):
                child = top.child(position)
                if child is not None and child.data(0, ID_ROLE) == entity_id:
                    return child
        return None

    # editing -----------------------------------------------------------------------------------
    def _edit(self, action: Callable[[Editor], object]) -> object | None:
        if self.editor is None:
            return None
        try:
            return action(self.editor)
        except (CommandError, ReadOnlyError, PersistError) as error:
            self.message.emit(str(error))
            self.rebuild()  # an edit typed into a row must not stay on screen when refused
            return None

    def new_process(self) -> str | None:
        """Add a process (with an as-is diagram) and start renaming it."""
        process_id = self._edit(
            lambda editor: editor.add_process(tr("New process", "default name"))
        )
        if not isinstance(process_id, str):
            return None
        item = self.item_for(process_id)
        first = item.child(0) if item is not None else None
        if item is not None and first is not None:
            self.setCurrentItem(first)
            self.editItem(item, 0)
        return process_id

    def create_to_be(self, diagram_id: str) -> str | None:
        """Copy a diagram as its to-be variant and show the copy."""
        new_id = self._edit(lambda editor: editor.create_variant(diagram_id))
        if isinstance(new_id, str):
            self.select_diagram(new_id)
            return new_id
        return None

    def delete_selected(self) -> None:
        item = self.currentItem()
        entity_id = item.data(0, ID_ROLE) if item is not None else None
        if isinstance(entity_id, str):
            self._edit(lambda editor: editor.delete([entity_id]))

    def _renamed(self, item: QTreeWidgetItem, column: int) -> None:
        entity_id = item.data(0, ID_ROLE)
        if self.workspace is None or not isinstance(entity_id, str):
            return
        entity = self.workspace.find(entity_id)
        name = item.text(0).strip()
        if not isinstance(entity, Process | Diagram) or name == entity.name:
            return
        if not name:
            self.rebuild()
            return
        self._edit(lambda editor: editor.rename(entity_id, name))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.delete_selected()
            return
        super().keyPressEvent(event)

    def _menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        menu = QMenu(self)
        self._add(menu, tr("New process", "menu"), self.new_process)
        if item is not None:
            kind = item.data(0, KIND_ROLE)
            entity_id = str(item.data(0, ID_ROLE))
            if kind == "diagram":
                to_be = tr("Create to-be from this")
                self._add(menu, to_be, lambda: self.create_to_be(entity_id))
            self._add(menu, tr("Rename"), lambda: self.editItem(item, 0))
            delete = tr("Delete diagram") if kind == "diagram" else tr("Delete process")
            self._add(menu, delete, self.delete_selected)
            process_id = self._process_of(kind, entity_id)
            if process_id is not None and self.menu_extensions:
                menu.addSeparator()
                for extend in self.menu_extensions:
                    extend(menu, process_id)
        menu.exec(self.viewport().mapToGlobal(pos))

    def _process_of(self, kind: object, entity_id: str) -> str | None:
        if kind == "process":
            return entity_id
        diagram = self.workspace.find(entity_id) if self.workspace else None
        return diagram.process_id if isinstance(diagram, Diagram) else None

    def _add(self, menu: QMenu, text: str, handler: Callable[[], object]) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: handler())
        return action

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
