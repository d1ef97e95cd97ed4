"""The palette: one button per element kind; click one and then the canvas, or drag it there.

Icons are drawn by the notation painters themselves, so the palette always shows exactly
what will appear on the canvas.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QDrag, QIcon, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget

from procdesk.model.elements import (
    Annotation,
    DataObject,
    DataStore,
    Entity,
    EventDefinition,
    Group,
    Pool,
    Shape,
    Step,
    StepKind,
)
from procdesk.model.geometry import Point, Rect
from procdesk.model.ids import new_id
from procdesk.model.sizes import ANNOTATION_SIZE, DATA_OBJECT_SIZE, DATA_STORE_SIZE, step_size
from procdesk.text import tr, tr_noop
from procdesk.ui.canvas.controller import CanvasController
from procdesk.ui.canvas.create import CreateSpec, CreateTool, centred
from procdesk.ui.canvas.notation import paint_shape

ICON = 30


def _data_object(diagram_id: str, center: Point, lane_id: str | None) -> Entity:
    return DataObject(
        id=new_id("DataObject"), diagram_id=diagram_id, bounds=centred(center, *DATA_OBJECT_SIZE)
    )


def _data_store(diagram_id: str, center: Point, lane_id: str | None) -> Entity:
    return DataStore(
        id=new_id("DataStore"), diagram_id=diagram_id, bounds=centred(center, *DATA_STORE_SIZE)
    )


def _annotation(diagram_id: str, center: Point, lane_id: str | None) -> Entity:
    return Annotation(
        id=new_id("Annotation"), diagram_id=diagram_id, bounds=centred(center, *ANNOTATION_SIZE)
    )


def _pool(diagram_id: str, center: Point, lane_id: str | None) -> Entity:
    """Only the icon's model: placing a pool goes through ``Editor.add_pool`` (with a lane)."""
    return Pool(id=new_id("Participant"), diagram_id=diagram_id, bounds=Rect(0, 0, 60, 36))


def _group(diagram_id: str, center: Point, lane_id: str | None) -> Entity:
    return Group(id=new_id("Group"), diagram_id=diagram_id, bounds=centred(center, 200, 140))


ENTRIES: tuple[tuple[CreateSpec, str], ...] = (
    (
        CreateSpec("start event", StepKind.START_EVENT, title=tr_noop("Create start event")),
        "S",
    ),
    (
        CreateSpec(
            "intermediate event",
            StepKind.INTERMEDIATE_THROW_EVENT,
            title=tr_noop("Create intermediate event"),
        ),
        "",
    ),
    (
        CreateSpec(
            "timer event",
            StepKind.INTERMEDIATE_CATCH_EVENT,
            (("event_definition", EventDefinition.TIMER),),
            title=tr_noop("Create timer event"),
        ),
        "",
    ),
    (CreateSpec("end event", StepKind.END_EVENT, title=tr_noop("Create end event")), ""),
    (CreateSpec("task", StepKind.TASK, title=tr_noop("Create task")), ""),
    (CreateSpec("user task", StepKind.USER_TASK, title=tr_noop("Create user task")), ""),
    (CreateSpec("service task", StepKind.SERVICE_TASK, title=tr_noop("Create service task")), ""),
    (CreateSpec("sub-process", StepKind.SUB_PROCESS, title=tr_noop("Create sub-process")), ""),
    (
        CreateSpec(
            "exclusive gateway",
            StepKind.EXCLUSIVE_GATEWAY,
            title=tr_noop("Create exclusive gateway"),
        ),
        "",
    ),
    (
        CreateSpec(
            "parallel gateway", StepKind.PARALLEL_GATEWAY, title=tr_noop("Create parallel gateway")
        ),
        "",
    ),
    (CreateSpec("data object", factory=_data_object, title=tr_noop("Create data object")), ""),
    (CreateSpec("data store", factory=_data_store, title=tr_noop("Create data store")), ""),
    (
        CreateSpec("text annotation", factory=_annotation, title=tr_noop("Create text annotation")),
        "",
    ),
    (CreateSpec("group", factory=_group, title=tr_noop("Create group")), ""),
    (CreateSpec("pool", factory=_pool, title=tr_noop("Create pool")), ""),
)


def _template(spec: CreateSpec) -> Shape:
    """A small model of what *spec* makes, sized so its markers stay visible as an icon."""
    if spec.factory is not None:
        entity = spec.factory("Diagram_icon", Point(0, 0), None)
        assert isinstance(entity, Shape)
        if isinstance(entity, Pool):
            return dataclasses.replace(entity, bounds=Rect(0, 0, 80, 56))
        if isinstance(entity, Annotation | Group):
            return dataclasses.replace(entity, bounds=Rect(0, 0, 36, 30))
        return entity
    w, h = step_size(spec.kind)
    if spec.kind.is_activity:
        w, h = 44.0, 36.0
    return Step(
        id="Icon_1",
        diagram_id="Diagram_icon",
        kind=spec.kind,
        bounds=Rect(0, 0, w, h),
        **dict(spec.attributes),  # type: ignore[arg-type]
    )


def icon_for(spec: CreateSpec) -> QIcon:
    """A small picture of what *spec* creates, drawn by the notation painter."""
    shape = _template(spec)
    pixmap = QPixmap(ICON * 2, ICON * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    b = shape.bounds
    scale = min((ICON - 6) / b.w, (ICON - 6) / b.h)
    painter.translate(ICON / 2 - b.w * scale / 2, ICON / 2 - b.h * scale / 2)
    painter.scale(scale, scale)
    paint_shape(painter, shape, QRectF(0, 0, b.w, b.h))
    painter.end()
    return QIcon(pixmap)


MIME = "application/x-procdesk-create"
"""Drag-and-drop payload: the name of the palette entry being dragged onto the canvas."""
SPECS = {spec.name: spec for spec, _ in ENTRIES}


class PaletteButton(QToolButton):
    """A palette entry that can also be dragged onto the canvas."""

    def __init__(self, action: QAction, spec: CreateSpec) -> None:
        super().__init__()
        self.setDefaultAction(action)
        self.setAutoRaise(True)
        self.spec = spec
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        start = self._press
        moved = start is not None and (event.position().toPoint() - start).manhattanLength()
        if moved and moved >= QApplication.startDragDistance():
            self._press = None
            self.setDown(False)
            data = QMimeData()
            data.setData(MIME, QByteArray(self.spec.name.encode()))
            drag = QDrag(self)
            drag.setMimeData(data)
            drag.setPixmap(self.icon().pixmap(ICON, ICON))
            drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)


class Palette(QToolBar):
    """objectName ``palette``; a vertical strip of element kinds."""

    def __init__(self, controller: CanvasController, parent: QWidget | None = None) -> None:
        super().__init__(tr("Palette"), parent)
        self.setObjectName("palette")
        self.setOrientation(Qt.Orientation.Vertical)
        self.setIconSize(QSize(ICON, ICON))
        self.setMovable(False)
        self.controller = controller
        self.group = QActionGroup(self)
        self.group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.entries: dict[str, QAction] = {}
        for spec, _ in ENTRIES:
            action = QAction(icon_for(spec), tr(spec.title), self)
            action.setObjectName("create_" + spec.name.replace(" ", "_").replace("-", "_"))
            action.setCheckable(True)
            action.triggered.connect(lambda checked, s=spec: self._arm(s, checked))
            self.group.addAction(action)
            self.addWidget(PaletteButton(action, spec))
            self.entries[spec.name] = action
        controller.tool_changed.connect(self._tool_changed)

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the icons when the window switches between light and dark: the notation
        painter drew them in the canvas colours of the time."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for name, action in getattr(self, "entries", {}).items():
                action.setIcon(icon_for(SPECS[name]))

    def _arm(self, spec: CreateSpec, checked: bool) -> None:
        if checked:
            self.controller.set_tool(CreateTool(self.controller, spec), "create")
            self.controller.view.setFocus()
        else:
            self.controller.set_tool(None)

    def _tool_changed(self, name: str) -> None:
        if name != "create":
            for action in self.entries.values():
                action.setChecked(False)
