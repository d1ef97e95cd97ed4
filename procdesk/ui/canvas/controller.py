"""CanvasController: turns mouse and key gestures on the canvas into Editor intents.

The view hands it each mouse and key event before handling the event itself (zoom, pan).
Gestures are small tool objects (``tools``): the select/move tool by default, a create tool
armed by the palette, a connect tool started from a hover handle. Whatever a tool does to
items while the mouse is down is a preview; the model changes once, on release, through the
Editor (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import QMenu

from procdesk.model.commands import CommandError
from procdesk.model.editor import Editor
from procdesk.model.elements import Shape
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.text import tr
from procdesk.ui.canvas.items import FlowItem, ShapeItem
from procdesk.ui.canvas.scene import DiagramScene, ElementItem
from procdesk.ui.canvas.view import DiagramView

if TYPE_CHECKING:
    from procdesk.ui.canvas.presentation import Presentation

Reporter = Callable[[str], None]


class Tool:
    """One gesture; each handler returns True when it used the event."""

    def __init__(self, controller: CanvasController) -> None:
        self.controller = controller

    def press(self, event: QMouseEvent, pos: QPointF) -> bool:
        return False

    def move(self, event: QMouseEvent, pos: QPointF) -> bool:
        return False

    def release(self, event: QMouseEvent, pos: QPointF) -> bool:
        return False

    def hover(self, pos: QPointF) -> None:
        """The mouse moved with no button held."""

    def cancel(self) -> None:
        """Abandon the gesture (Escape, another tool chosen)."""

    def claims_key(self, event: QKeyEvent) -> bool:
        """Whether the tool wants *event* before window shortcuts see it."""
        return False

    def key_press(self, event: QKeyEvent) -> bool:
        """A key pressed while the tool is active; True when the tool used it."""
        return False


MenuExtension = Callable[[QMenu, Shape | None], None]
"""Adds entries to the canvas's right-click menu for the element under the mouse."""


class CanvasController(QObject):
    """Owns the canvas's tools and the editor they edit through."""

    tool_changed = Signal(str)
    """Emitted with the active tool's name ("select", "create", "connect")."""
    drill_down = Signal(str)
    """Open the diagram (id) that draws the inside of a collapsed sub-process."""
    find_requested = Signal()
    """Ctrl+F on the canvas: the window opens its find bar."""
    weak_point_requested = Signal(object)
    """The user asked to record a weak point on an element id (None: the whole diagram)."""

    def __init__(self, view: DiagramView, report: Reporter) -> None:
        super().__init__(view)
        self.view = view
        self.report = report
        self.editor: Editor | None = None
        self.presentation: Presentation | None = None
        """Set by the window that offers presentation mode."""
        self.menu_extensions: list[MenuExtension] = []
        """What other rooms add to the right-click menu (the window registers them): each is
        called with the menu and the element under the mouse (None: the diagram)."""
        from procdesk.ui.canvas.connect import ConnectHandle
        from procdesk.ui.canvas.context_pad import ContextPad
        from procdesk.ui.canvas.keys import KeyHandler
        from procdesk.ui.canvas.tools import SelectTool

        self.handle = ConnectHandle(self)
        self.pad = ContextPad(self)
        self.select_tool = SelectTool(self)
        self.tool: Tool = self.select_tool
        self.keys = KeyHandler(self)
        view.gestures = self
        view.viewport().setMouseTracking(True)

    # state -------------------------------------------------------------------------------------
    @property
    def scene(self) -> DiagramScene:
        return self.view.diagram_scene()

    @property
    def can_edit(self) -> bool:
        editor = self.editor
        return editor is not None and not editor.history.read_only and bool(self.scene.diagram_id)

    def set_tool(self, tool: Tool | None, name: str = "select") -> None:
        """Make *tool* the active gesture (None: back to select/move)."""
        if self.tool is not tool:
            self.tool.cancel()
        self.tool = tool or self.select_tool
        self.tool_changed.emit(name if tool is not None else "select")
        if tool is None:
            self.view.viewport().unsetCursor()

    def edit(self, action: Callable[[Editor], object]) -> object | None:
        """Run one editing intent; a refusal is reported, never raised into Qt."""
        if self.editor is None or not self.can_edit:
            if self.editor is not None and self.editor.history.read_only:
                reason = self.editor.history.read_only_reason
                self.report(reason or tr("This workspace is open read-only"))
            return None
        try:
            return action(self.editor)
        except (CommandError, ReadOnlyError, PersistError) as error:
            self.report(str(error))
            return None

    def element_at(self, view_pos: QPointF) -> ElementItem | None:
        """The topmost element item under a viewport position (pools and lanes by header)."""
        for item in self.view.items(view_pos.toPoint()):
            if isinstance(item, ShapeItem | FlowItem):
                return item
        return None

    # event routing (called by the view before its own handling) --------------------------------
    def key_press(self, event: QKeyEvent) -> bool:
        return self.keys.key_press(event)

    def shortcut_override(self, event: QKeyEvent) -> bool:
        return self.keys.shortcut_override(event)

    def accepts_drop(self, event: QDropEvent | QDragMoveEvent | QDragEnterEvent) -> bool:
        from procdesk.ui.canvas.palette import MIME

        return self.can_edit and event.mimeData().hasFormat(MIME)

    def drop(self, event: QDropEvent) -> bool:
        """A palette entry dropped on the canvas: create it there (one undo step)."""
        from procdesk.ui.canvas.create import create_at
        from procdesk.ui.canvas.palette import MIME, SPECS

        if not self.accepts_drop(event):
            return False
        name = bytes(event.mimeData().data(MIME).data()).decode()
        spec = SPECS.get(name)
        if spec is None:
            return False
        self.view.setFocus()
        create_at(self, spec, self.view.mapToScene(event.position().toPoint()))
        return True

    def context_menu(self, event: QContextMenuEvent) -> bool:
        """Show the right-click menu for the spot under the mouse (the Menu key: the selection)."""
        if self.scene.diagram_id is None:
            return False
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            return self.keyboard_menu()
        self.keys.finish_label_edit(commit=True)
        self._menu_at(self.view.mapToScene(event.pos()))
        return True

    def keyboard_menu(self) -> bool:
        """The Menu key or Shift+F10: the menu of the selected element, shown beside it (with
        nothing selected, the menu of the spot in the middle of the canvas)."""
        if self.scene.diagram_id is None:
            return False
        self.keys.finish_label_edit(commit=True)
        items = [self.scene.item(i) for i in self.scene.selected_ids()]
        first = next((i for i in items if i is not None), None)
        if first is not None:
            self._menu_at(first.sceneBoundingRect().center())
        else:
            self._menu_at(self.view.mapToScene(self.view.viewport().rect().center()))
        return True

    def _menu_at(self, pos: QPointF) -> None:
        from procdesk.ui.canvas.context_menu import build_menu

        where = self.view.viewport().mapToGlobal(self.view.mapFromScene(pos))
        menu = build_menu(self, pos)
        menu.exec(where)
        menu.deleteLater()  # a menu is built for each use: do not keep them all

    def mouse(self, event: QMouseEvent) -> bool:
        """Handle a viewport mouse event; True when a gesture used it."""
        if self.keys.label_editor_active():
            if event.type() == QEvent.Type.MouseButtonPress:
                self.keys.finish_label_edit(commit=True)
            return False
        pos = self.view.mapToScene(event.position().toPoint())
        kind = event.type()
        if kind == QEvent.Type.MouseButtonDblClick:
            return self.keys.double_click(event)
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self.view.setFocus()
            return self.tool.press(event, pos)
        if kind == QEvent.Type.MouseMove:
            if event.buttons() & Qt.MouseButton.LeftButton:
                return self.tool.move(event, pos)
            self.tool.hover(pos)
            return False
        if kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            return self.tool.release(event, pos)
        return False
