"""Presentation mode (F5): walk a room through a diagram, one step at a time, full screen.

The window shows the diagram alone, zoomed so its labels can be read from the back of the
room, and steps along the flow with the arrow keys: start events first, then the order in
which the table of steps lists them (``rows_of``). The current step gets a halo and the rest
of the diagram is dimmed a little; a caption bar says what the step is, who does it and how.
Nothing here edits the model: the halo is an overlay item of this window's own scene.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QVBoxLayout,
    QWidget,
)

from procdesk.document import Document
from procdesk.model.capture import rows_of
from procdesk.model.changes import ChangeSet
from procdesk.model.elements import Diagram, FlowKind, Lane, Process, Step, StepKind
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.style import paper_colors
from procdesk.ui.canvas.view import DiagramView
from procdesk.ui.common.observe import observe
from procdesk.ui.presentation.caption import Caption, kind_words
from procdesk.ui.presentation.spotlight import Spotlight

LABEL_ZOOM = 2.4
"""12 px labels become ~29 px: readable from the back of a meeting room on a projector."""
SCENE_SPAN = 760.0
"""Scene units that must fit across the screen at least, so neighbours stay in view."""
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)


def flow_order(workspace: Workspace, diagram_id: str) -> list[str]:
    """Step ids in presentation order: start events, then the flow order of ``rows_of``.

    Unnamed gateways (the merges that join branches) are passed over: there is nothing to
    say about them, and a room waiting on an empty diamond loses the thread.
    """
    rows = [
        row for row in rows_of(workspace, diagram_id) if row.name.strip() or not row.kind.is_gateway
    ]
    starts = [row.step_id for row in rows if row.kind == StepKind.START_EVENT]
    rest = [row.step_id for row in rows if row.kind != StepKind.START_EVENT]
    return [step_id for step_id in starts + rest if step_id is not None]


class StageView(DiagramView):
    """The canvas view without its grid and without editing: a clean white stage."""

    def paintEvent(self, event: QPaintEvent) -> None:
        """The room sees the diagram on white paper, like an exported picture, also when the
        presenter's desktop shows the dark scheme."""
        with paper_colors():
            super().paintEvent(event)

    def drawBackground(self, painter: QPainter, area: QRectF | QRect) -> None:
        painter.fillRect(QRectF(area), QColor("#ffffff"))


class PresentationWindow(QWidget):
    """objectName ``presentation``: one diagram, full screen, stepped through with the keys."""

    step_changed = Signal(str)
    """The id of the step now shown ("" for the overview of the whole diagram)."""
    closed = Signal()

    _open: ClassVar[set[PresentationWindow]] = set()
    """Windows opened by ``start``, kept alive until they close."""

    def __init__(self, document: Document, diagram_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentation")
        self.setWindowTitle(tr("Presentation — procdesk"))
        self.document = document
        self.diagram_id = diagram_id
        self.scene = DiagramScene(document.workspace, diagram_id)
        self.view = StageView(self.scene)
        self.view.setObjectName("presentationCanvas")
        self.view.setInteractive(False)
        self.view.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.spotlight = Spotlight()
        self.scene.addItem(self.spotlight)
        self.caption = Caption()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.order = flow_order(document.workspace, diagram_id)
        self.index = -1
        self._stop = observe(self, document, self._on_changed)
        self.view.resized.connect(self._frame)
        self.view.viewport().installEventFilter(self)
        self.show_overview()

    @classmethod
    def start(cls, document: Document, diagram_id: str) -> PresentationWindow:
        """Open a presentation of *diagram_id* full screen (what F5 does)."""
        window = cls(document, diagram_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        cls._open.add(window)
        window.closed.connect(lambda: cls._open.discard(window))
        window.showFullScreen()
        window.activateWindow()
        window.setFocus()
        return window

    # where we are ------------------------------------------------------------------------------
    @property
    def current_id(self) -> str | None:
        return self.order[self.index] if 0 <= self.index < len(self.order) else None

    def go_to(self, index: int) -> None:
        """Show step *index* of the flow order (-1: the whole diagram)."""
        if not self.order:
            index = -1
        self.index = max(-1, min(index, len(self.order) - 1))
        if self.index < 0:
            self.show_overview()
            return
        step = self.document.workspace.get(self.order[self.index], Step)
        self.spotlight.show_step(step, self._area(), self._outgoing(step.id))
        self._frame()
        lane = self.document.workspace.find(step.lane_id or "")
        where = lane.name if isinstance(lane, Lane) and lane.name else ""
        what = kind_words(step.kind)
        detail = " · ".join(part for part in (where, step.role, what) if part)
        self.caption.say(
            f"{self.index + 1} / {len(self.order)}",
            step.name or tr("(unnamed {kind})").format(kind=what),
            detail,
            step.instruction.strip(),
        )
        self.step_changed.emit(step.id)

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def show_overview(self) -> None:
        """The whole diagram, with its name and how many steps the walk has."""
        self.index = -1
        self.spotlight.show_step(None, self._area())
        self._frame()
        workspace = self.document.workspace
        diagram = workspace.find(self.diagram_id)
        process = workspace.find(diagram.process_id) if isinstance(diagram, Diagram) else None
        title = process.name if isinstance(process, Process) else ""
        name = diagram.name if isinstance(diagram, Diagram) else ""
        self.caption.say(
            "▶",
            title or name,
            name + " · " + tr("%n steps — press → to walk through them", None, len(self.order)),
            "",
        )
        self.step_changed.emit("")

    def _outgoing(self, step_id: str) -> list[QPainterPath]:
        """Where the step leads: its outgoing sequence flows stay lit with their labels."""
        paths = []
        for flow in self.document.workspace.flows_at(step_id):
            item = self.scene.item(flow.id)
            if flow.source_id == step_id and flow.kind == FlowKind.SEQUENCE and item is not None:
                paths.append(item.shape())
        return paths

    def diagram_rect(self) -> QRectF:
        """What the diagram covers in the scene (the overlay left out)."""
        rect = QRectF()
        for item in self.scene.items_by_id.values():
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def _area(self) -> QRectF:
        return self.diagram_rect().adjusted(-4000, -4000, 4000, 4000)

    def _frame(self) -> None:
        """Zoom for reading and centre the current step (or fit the whole diagram)."""
        step_id = self.current_id
        viewport = self.view.viewport().rect()
        if step_id is None:
            rect = self.diagram_rect().adjusted(-30, -30, 30, 30)
            if rect.isEmpty():
                return
            fit = min(viewport.width() / rect.width(), viewport.height() / rect.height())
            self.view.set_zoom(min(fit, LABEL_ZOOM))
            self.view.centerOn(rect.center())
            return
        zoom = min(LABEL_ZOOM, max(0.5, viewport.width() / SCENE_SPAN))
        self.view.set_zoom(zoom)
        step = self.document.workspace.get(step_id, Step)
        centre = step.bounds.center
        self.view.centerOn(centre.x, centre.y)

    # keys and changes --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.order) - 1)
        elif key in (Qt.Key.Key_O, Qt.Key.Key_0):
            self.show_overview()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click on a step shows it; a click anywhere else goes on to the next step."""
        if (
            watched is self.view.viewport()
            and isinstance(event, QMouseEvent)
            and event.type() == QEvent.Type.MouseButtonPress
        ):
            target = self._step_at(event.position().toPoint())
            if event.button() == Qt.MouseButton.RightButton:
                self.previous()
            elif target is not None:
                self.go_to(self.order.index(target))
            else:
                self.next()
            return True
        return super().eventFilter(watched, event)

    def _step_at(self, point: QPoint) -> str | None:
        for item in self.view.items(point):
            element_id = getattr(item, "element_id", None)
            if element_id in self.order:
                return str(element_id)
        return None

    def _on_changed(self, changeset: ChangeSet) -> None:
        for change in changeset.changes:
            if change.id == self.diagram_id and change.is_removed:
                self.close()
                return
        self.scene.apply(changeset)
        current = self.current_id
        self.order = flow_order(self.document.workspace, self.diagram_id)
        if self.index < 0:
            self.show_overview()
        else:
            # the same step if it is still there, else whatever now stands in its place
            self.go_to(self.order.index(current) if current in self.order else self.index)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop()
        self.closed.emit()
        super().closeEvent(event)
