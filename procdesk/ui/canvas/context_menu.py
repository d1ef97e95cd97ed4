"""The canvas's right-click menu: what can be done with the element or spot under the mouse.

Pools and lanes offer lanes above and below and phases; steps offer appending; everywhere the
diagram can be laid out automatically and the clipboard pasted. Every entry is one editor
call, so one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from procdesk.model.arrange import Alignment
from procdesk.model.editor import Editor
from procdesk.model.elements import Flow, Lane, Phase, Pool, Shape, Step, StepKind
from procdesk.model.geometry import Point, Rect
from procdesk.model.sizes import DEFAULT_LANE_HEIGHT, DEFAULT_POOL_WIDTH
from procdesk.model.swimlanes import Reroute
from procdesk.text import tr, tr_noop
from procdesk.ui.canvas import clipboard
from procdesk.ui.canvas.append import append_step
from procdesk.ui.canvas.connect import connectable
from procdesk.ui.canvas.controller import CanvasController
from procdesk.ui.canvas.items import ShapeItem
from procdesk.ui.canvas.keyboard_connect import start_keyboard_connect
from procdesk.ui.canvas.planes import open_sub_process, sub_process_diagram

ALIGN_ENTRIES = {
    Alignment.LEFT: tr_noop("Align left"),
    Alignment.CENTER: tr_noop("Align centre"),
    Alignment.RIGHT: tr_noop("Align right"),
    Alignment.TOP: tr_noop("Align top"),
    Alignment.MIDDLE: tr_noop("Align middle"),
    Alignment.BOTTOM: tr_noop("Align bottom"),
}


def _target(controller: CanvasController, pos: QPointF) -> Shape | None:
    """The element under *pos*: any item, else the innermost lane, else the pool there."""
    view_pos = QPointF(controller.view.mapFromScene(pos))
    item = controller.element_at(view_pos)
    if isinstance(item, ShapeItem):
        return item.entity
    scene = controller.scene
    diagram_id = scene.diagram_id or ""
    workspace = scene.workspace
    lanes = [
        lane
        for lane in workspace.elements_of(diagram_id, Lane)
        if lane.bounds.contains(_point(pos))
    ]
    if lanes:
        return min(lanes, key=lambda lane: lane.bounds.w * lane.bounds.h)
    pools = [p for p in workspace.elements_of(diagram_id, Pool) if p.bounds.contains(_point(pos))]
    return pools[0] if pools else None


def _point(pos: QPointF) -> Point:
    return Point(pos.x(), pos.y())


def build_menu(controller: CanvasController, pos: QPointF) -> QMenu:
    """The menu for a right-click at scene position *pos* (entries disabled when read-only)."""
    menu = QMenu(controller.view)
    menu.setObjectName("canvasMenu")
    target = _target(controller, pos)
    diagram_id = controller.scene.diagram_id or ""

    def add(text: str, action: Callable[[Editor], object]) -> None:
        entry = menu.addAction(text)
        entry.setEnabled(controller.can_edit)
        entry.triggered.connect(lambda _checked=False: _run(controller, action))

    _arrange_entries(controller, menu)
    if isinstance(target, Lane):
        lane = target
        siblings = controller.scene.workspace.lanes_of(lane.parent_id or "")
        index = [s.id for s in siblings].index(lane.id)
        parent = lane.parent_id or ""
        add(tr("Add lane above"), lambda e: e.add_lane(parent, "", index))
        add(tr("Add lane below"), lambda e: e.add_lane(parent, "", index + 1))
        add(tr("Split into sub-lanes"), lambda e: e.add_lane(lane.id, ""))
        add(tr("Delete lane"), lambda e: e.remove_lane(lane.id))
        menu.addSeparator()
    if isinstance(target, Pool | Lane):
        pool = controller.scene.workspace.pool_of(target.id)
        if pool is not None:
            pool_id = pool.id
            add(tr("Add lane to pool"), lambda e: e.add_lane(pool_id, ""))
            add(tr("Add phase"), lambda e: e.add_phase(pool_id, tr("Phase", "default name")))
            add(tr("Delete pool"), lambda e: e.delete([pool_id]))
            menu.addSeparator()
    if isinstance(target, Phase):
        phase = target
        add(tr("Delete phase"), lambda e: e.delete([phase.id]))
        menu.addSeparator()
    if isinstance(target, Step):
        step_id = target.id
        for text, kind in (
            (tr("Append task"), StepKind.TASK),
            (tr("Append gateway"), StepKind.EXCLUSIVE_GATEWAY),
            (tr("Append end event"), StepKind.END_EVENT),
        ):
            add(text, _appender(controller, step_id, kind))
        add(tr("Delete"), lambda e: e.delete([step_id]))
        if target.kind.is_sub_process and not target.expanded:
            inside = menu.addAction(tr("Open sub-process"))
            inside.setObjectName("openSubProcess")
            inside.triggered.connect(lambda _checked=False: drill_into(controller, step_id))
        menu.addSeparator()
    if isinstance(target, Shape) and connectable(target):
        _connect_entry(controller, menu, target.id)
    flow = _selected_flow(controller)
    if flow is not None:
        flow_id = flow
        add(tr("Reset route"), lambda e: e.run(Reroute((flow_id,), label=tr("Reset route"))))
        menu.addSeparator()
    if target is None:
        x, y = round(pos.x()), round(pos.y())
        add(
            tr("Add pool here"),
            lambda e: e.add_pool(
                diagram_id,
                tr("Pool", "default name"),
                Rect(x, y, DEFAULT_POOL_WIDTH, DEFAULT_LANE_HEIGHT * 2),
                (tr("Lane 1", "default name"), tr("Lane 2", "default name")),
            ),
        )
        add(
            tr("Add vertical pool here"),
            lambda e: e.add_pool(
                diagram_id,
                tr("Pool", "default name"),
                Rect(x, y, DEFAULT_LANE_HEIGHT * 2, DEFAULT_POOL_WIDTH * 0.6),
                (tr("Lane 1", "default name"), tr("Lane 2", "default name")),
                horizontal=False,
            ),
        )
    for extend in controller.menu_extensions:
        extend(menu, target)
    weak = menu.addAction(tr("Record weak point…"))
    weak.setEnabled(controller.can_edit)
    # the window's Edit ▸ Record Weak Point owns the key; the menu only shows it
    weak.setShortcut(QKeySequence("Ctrl+Shift+W"))
    weak.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    weak.setShortcutVisibleInContextMenu(True)
    weak.setToolTip(tr("Record a weak point here (Ctrl+Shift+W)"))
    target_id = target.id if target is not None else None
    weak.triggered.connect(lambda _checked=False: controller.weak_point_requested.emit(target_id))
    paste = menu.addAction(tr("Paste"))
    paste.setEnabled(controller.can_edit and clipboard.CLIPBOARD.clip is not None)
    paste.triggered.connect(lambda _checked=False: controller.keys.paste())
    add(tr("Auto-layout diagram"), lambda e: e.auto_layout(diagram_id))
    return menu


def _connect_entry(controller: CanvasController, menu: QMenu, source_id: str) -> None:
    """Connect from the element by key: the keyboard's way of dragging the blue handle."""
    entry = menu.addAction(tr("Connect to…"))
    entry.setObjectName("connectFromKeyboard")
    entry.setEnabled(controller.can_edit)
    entry.setShortcut(QKeySequence("C"))
    entry.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    entry.setShortcutVisibleInContextMenu(True)
    entry.setToolTip(tr("Choose the target with Tab or the arrow keys, then press Enter"))

    def start() -> None:
        controller.scene.select_ids([source_id])
        controller.view.setFocus()
        start_keyboard_connect(controller, source_id)

    entry.triggered.connect(lambda _checked=False: start())
    menu.addSeparator()


def drill_into(controller: CanvasController, step_id: str) -> None:
    """Show the inside of a collapsed sub-process, making its diagram on first use.

    A read-only workspace can only open an inside that already exists.
    """
    workspace = controller.scene.workspace
    inner: object | None = sub_process_diagram(workspace, step_id)
    if inner is None and controller.can_edit:
        inner = controller.edit(lambda editor: open_sub_process(editor, step_id))
    if isinstance(inner, str):
        controller.drill_down.emit(inner)


def _selected_flow(controller: CanvasController) -> str | None:
    ids = controller.scene.selected_ids()
    if len(ids) == 1 and isinstance(controller.scene.workspace.find(ids[0]), Flow):
        return ids[0]
    return None


def _arrange_entries(controller: CanvasController, menu: QMenu) -> None:
    """Align and distribute, when two (or three) or more shapes are selected."""
    ids = [
        i
        for i in controller.scene.selected_ids()
        if isinstance(controller.scene.workspace.find(i), Shape)
        and not isinstance(controller.scene.workspace.find(i), Lane | Phase)
    ]
    if len(ids) < 2:
        return
    arrange = menu.addMenu(tr("Arrange"))
    arrange.setObjectName("arrangeMenu")
    arrange.setEnabled(controller.can_edit)
    for how in Alignment:
        entry = arrange.addAction(tr(ALIGN_ENTRIES[how]))
        entry.triggered.connect(
            lambda _checked=False, h=how: controller.edit(lambda e: e.align(ids, h))
        )
    if len(ids) >= 3:
        arrange.addSeparator()
        for text, horizontally in (
            (tr("Distribute horizontally"), True),
            (tr("Distribute vertically"), False),
        ):
            entry = arrange.addAction(text)
            entry.triggered.connect(
                lambda _checked=False, h=horizontally: controller.edit(
                    lambda e: e.distribute(ids, h)
                )
            )
    menu.addSeparator()


def _appender(
    controller: CanvasController, step_id: str, kind: StepKind
) -> Callable[[Editor], object]:
    def append(editor: Editor) -> None:
        new_id = append_step(editor, step_id, kind)
        controller.scene.select_ids([new_id])
        controller.keys.edit_label(new_id)

    return append


def _run(controller: CanvasController, action: Callable[[Editor], object]) -> None:
    controller.edit(action)
