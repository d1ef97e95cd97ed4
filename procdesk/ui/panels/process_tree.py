"""The process tree: processes and, under each, its diagrams (as-is, to-be, variants).

Selecting a diagram asks the main window to show it. Its context menu (and keys: F2 renames,
Delete removes) creates, renames and deletes processes and diagrams and makes a to-be from
an as-is, each one undo step through the Editor. The tree is rebuilt from the workspace
whenever a ChangeSet touches a process, a diagram or what decides the BPMN processes (a few
dozen rows: rebuilding is cheap and cannot drift from the model).

The BPMN processes a process is exported as are named in the tooltips; a diagram showing
several (a collaboration of pools) lists them as rows under it, collapsed at first, and a
BPMN process no diagram shows (a called process kept from a file) is a row under the process.
Choosing such a row shows its diagram.
A process overdue for review (``analysis.reviews``) carries a warning sign, and its tooltip
says since when and why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QMenu, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from procdesk.analysis.reviews import review_due
from procdesk.export.bpmn.outline import BpmnProcess, bpmn_processes
from procdesk.model.changes import Change, ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.editor import Editor
from procdesk.model.elements import Diagram, Pool, Process, Shape
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.releases import Release, SignOff
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
REVIEW_ROLE = Qt.ItemDataRole.UserRole + 2
"""The date a process's review fell due (ISO), or None when it is not overdue."""
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
        self.currentItemChanged.connect(self._on_current)
        self.itemChanged.connect(self._renamed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def set_workspace(self, workspace: Workspace | None, editor: Editor | None = None) -> None:
        self.workspace = workspace
        self.editor = editor
        self.rebuild()

    def rebuild(self) -> None:
        """Show the workspace's processes and diagrams, keeping the current diagram selected
        and the diagrams whose BPMN processes were shown still open."""
        current = self.current_diagram_id()
        opened = {item.data(0, ID_ROLE) for item in self.diagram_items() if item.isExpanded()}
        self.blockSignals(True)
        self.clear()
        today = date.today()
        if self.workspace is not None:
            for process in self.workspace.processes():
                self._add_process(self.workspace, process, opened, today)
        self.blockSignals(False)
        if current is not None:
            self.select_diagram(current, emit=False)

    def _mark_review(self, row: QTreeWidgetItem, process: Process, today: date) -> None:
        """A warning sign and a tooltip on a process overdue for review."""
        assert self.workspace is not None
        due = review_due(self.workspace, process, today)
        row.setData(0, REVIEW_ROLE, due.due.isoformat() if due else None)
        if due is None:
            return
        row.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        note = tr("Review overdue since {date}.").format(date=due.due.isoformat())
        row.setToolTip(0, f"{row.toolTip(0)}\n{note} {due.reason}")

    def _add_process(
        self, workspace: Workspace, process: Process, opened: set[object], today: date
    ) -> None:
        row = QTreeWidgetItem([process.name])
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
        row.setData(0, ID_ROLE, process.id)
        row.setData(0, KIND_ROLE, "process")
        self.addTopLevelItem(row)
        outline = bpmn_processes(workspace, process.id)
        tip = process.purpose or process.name
        if outline:
            names = ", ".join(bpmn_label(item) for item in outline)
            tip += "\n" + tr("BPMN processes: {names}").format(names=names)
        row.setToolTip(0, tip)
        self._mark_review(row, process, today)
        for diagram in workspace.diagrams_of(process.id):
            child = QTreeWidgetItem([diagram.name])
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
            shows = [item for item in outline if diagram.id in item.diagram_ids]
            tip = f"{diagram.name} ({variant_label(diagram.variant)})"
            if shows:
                names = ", ".join(bpmn_label(item) for item in shows)
                tip += "\n" + tr("Shows: {names}").format(names=names)
            child.setToolTip(0, tip)
            child.setData(0, ID_ROLE, diagram.id)
            child.setData(0, KIND_ROLE, "diagram")
            row.addChild(child)
            if len(shows) > 1:
                for item in shows:
                    child.addChild(_bpmn_row(item))
                child.setExpanded(diagram.id in opened)
        for item in outline:
            if not item.diagram_ids:
                row.addChild(_bpmn_row(item))
        row.setExpanded(True)

    def apply(self, changeset: ChangeSet) -> None:
        workspace = self.workspace
        if workspace is not None and any(
            isinstance(change.entity, Release | SignOff)  # releases decide reviews too
            or _may_change_outline(workspace, change)
            for change in changeset.changes
        ):
            self.rebuild()

    def diagram_items(self) -> list[QTreeWidgetItem]:
        rows: list[QTreeWidgetItem] = []
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            if top is None:
                continue
            for position in range(top.childCount()):
                child = top.child(position)
                if child is not None and child.data(0, KIND_ROLE) == "diagram":
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
            for child in self.diagram_items():
                if child.parent() is top and child.data(0, ID_ROLE) == entity_id:
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
        if item is None or item.data(0, KIND_ROLE) not in ("process", "diagram"):
            return
        entity_id = item.data(0, ID_ROLE)
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
        if item is not None and item.data(0, KIND_ROLE) in ("process", "diagram"):
            kind = item.data(0, KIND_ROLE)
            entity_id = str(item.data(0, ID_ROLE))
            if kind == "diagram":
                to_be = tr("Create to-be from this")
                self._add(menu, to_be, lambda: self.create_to_be(entity_id))
            self._add(menu, tr("Rename"), lambda: self.editItem(item, 0))
            delete = tr("Delete diagram") if kind == "diagram" else tr("Delete process")
            self._add(menu, delete, self.delete_selected)
        menu.exec(self.viewport().mapToGlobal(pos))

    def _add(self, menu: QMenu, text: str, handler: Callable[[], object]) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: handler())
        return action

    def _on_current(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        if item.data(0, KIND_ROLE) == "process" and item.childCount():
            item = item.child(0)
        elif item.data(0, KIND_ROLE) == BPMN_KIND:
            item = item.parent()  # the diagram that shows it (none: nothing to show)
        if item is None:
            return
        value = item.data(0, ID_ROLE)
        if isinstance(value, str) and item.data(0, KIND_ROLE) == "diagram":
            self.diagram_selected.emit(value)


BPMN_KIND = "bpmn-process"


def bpmn_label(item: BpmnProcess) -> str:
    """A BPMN process as a person knows it: its pool, its name, else its id."""
    participant = item.participant.name if item.participant is not None else ""
    name = item.name or participant or item.id
    if participant and participant != name:
        return tr("{name} (pool {pool})").format(name=name, pool=participant)
    return name


def _bpmn_row(item: BpmnProcess) -> QTreeWidgetItem:
    """A row naming a BPMN process (not editable; choosing it shows its diagram)."""
    text = bpmn_label(item)
    if not item.diagram_ids:
        text = tr("{name} (not drawn)").format(name=text)
    row = QTreeWidgetItem([text])
    row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsEditable)
    font = row.font(0)
    font.setItalic(True)  # told apart from the diagrams at a glance
    row.setFont(0, font)
    row.setData(0, ID_ROLE, item.id)
    row.setData(0, KIND_ROLE, BPMN_KIND)
    row.setToolTip(0, tr("BPMN process {id}").format(id=item.id))
    return row


def _may_change_outline(workspace: Workspace, change: Change) -> bool:
    """Whether a change may change the rows: processes, diagrams, pools; a shape added to or
    removed from an empty pool (it stops or starts being a black box) or outside any pool."""
    entity = change.entity
    if isinstance(entity, Process | Diagram | Pool):
        return True
    if not isinstance(entity, Shape) or (change.before is not None and change.after is not None):
        return False
    if entity.parent_id is None:
        return True
    parent = workspace.find(entity.parent_id)
    return isinstance(parent, Pool) and len(workspace.children_of(parent.id)) <= 1
