"""Keyboard gestures on the canvas, and the in-place label editor they open.

Delete removes the selection, Ctrl+A selects everything, Ctrl+C/X/V copy, cut and paste,
Ctrl+D duplicates, Ctrl+F finds by name, arrows nudge (10 units, Shift: 1; consecutive
nudges are one undo step), F2 or a double-click edits the name, Escape cancels.
With one flow node selected, T, G and E append a task, a gateway or an end event to its right
in the same lane, connected, with the label editor open: a workshop can be typed.
Tab and Shift+Tab select element after element (``analysis.reading_order``: along the flow,
then in reading order), so the whole diagram can be visited without a mouse; C connects the
selected element to another one chosen by key (``keyboard_connect``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent

from procdesk.analysis.narration import name_of
from procdesk.analysis.reading_order import step_through, tab_order
from procdesk.model.editor import Editor
from procdesk.model.elements import Lane, Phase, Shape, Step, StepKind
from procdesk.model.naming import describe
from procdesk.text import tr
from procdesk.ui.canvas import clipboard
from procdesk.ui.canvas.append import append_step, place_step
from procdesk.ui.canvas.items import FlowItem, ShapeItem
from procdesk.ui.canvas.label_editor import LabelEditor, editing_rect
from procdesk.ui.canvas.planes import sub_process_diagram

if TYPE_CHECKING:
    from procdesk.ui.canvas.controller import CanvasController

NUDGE, FINE_NUDGE = 10.0, 1.0
APPEND_KEYS = {
    Qt.Key.Key_T: StepKind.TASK,
    Qt.Key.Key_G: StepKind.EXCLUSIVE_GATEWAY,
    Qt.Key.Key_E: StepKind.END_EVENT,
}
PLACE_KEYS = {**APPEND_KEYS, Qt.Key.Key_S: StepKind.START_EVENT}
"""With nothing selected these place a first step; S only then (a start event has no "after")."""
CLIPBOARD_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
)
OTHER_KEYS = (QKeySequence.StandardKey.SelectAll, QKeySequence.StandardKey.Find)
ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


def delete_selection(editor: Editor, ids: list[str]) -> None:
    """Delete the selection: lanes close their gap (the pool shrinks), the rest just goes."""
    workspace = editor.workspace
    lanes = [i for i in ids if isinstance(workspace.find(i), Lane)]
    others = [i for i in ids if i not in lanes]
    if not lanes:
        editor.delete(others)
        return
    named = [workspace.get(i) for i in ids]
    with editor.history.group(tr("Delete {what}").format(what=describe(named))):
        for lane_id in lanes:
            if lane_id in workspace:
                editor.remove_lane(lane_id)
        remaining = [i for i in others if i in workspace]
        if remaining:
            editor.delete(remaining)


class KeyHandler:
    """The canvas's keyboard, and the one label editor that may be open."""

    def __init__(self, controller: CanvasController) -> None:
        self.controller = controller
        self.label_editor: LabelEditor | None = None

    # shortcuts ---------------------------------------------------------------------------------
    def _handles(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if self.label_editor_active():
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_F2, Qt.Key.Key_Escape):
            return True
        if key in ARROWS and not ctrl:
            return bool(self.controller.scene.selectedItems())
        if any(event.matches(k) for k in (*CLIPBOARD_KEYS, *OTHER_KEYS)):
            return True
        if ctrl and key == Qt.Key.Key_D:
            return True
        if key == Qt.Key.Key_C and not mods and self.controller.can_edit:
            return True
        if key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier:
            return True
        if key in PLACE_KEYS and not ctrl and self.controller.can_edit:
            return not self.controller.scene.selectedItems() or (
                key in APPEND_KEYS and len(self._selected_steps()) == 1
            )
        return False

    def shortcut_override(self, event: QKeyEvent) -> bool:
        """Claim keys the canvas uses so that window shortcuts do not take them first."""
        presenting = self.controller.presentation
        if self.controller.tool.claims_key(event) and not self.label_editor_active():
            event.accept()
            return True
        if self._handles(event) or (presenting is not None and presenting.active):
            event.accept()
            return True
        return False

    def key_press(self, event: QKeyEvent) -> bool:
        presenting = self.controller.presentation
        if presenting is not None and presenting.key_press(event):
            return True
        tool = self.controller.tool
        if (
            tool is not self.controller.select_tool
            and not self.label_editor_active()
            and tool.key_press(event)
        ):
            return True
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not self.label_editor_active():
            return self._walk(forward=event.key() == Qt.Key.Key_Tab)
        if self.label_editor_active() or not self._handles(event):
            return False
        controller = self.controller
        scene = controller.scene
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            ids = scene.selected_ids()
            if ids:
                controller.edit(lambda editor: delete_selection(editor, ids))
        elif key == Qt.Key.Key_F2:
            ids = scene.selected_ids()
            if len(ids) == 1:
                self.edit_label(ids[0])
        elif key == Qt.Key.Key_Escape:
            if controller.tool is not controller.select_tool:
                controller.set_tool(None)
            else:
                scene.clearSelection()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        elif event.matches(QKeySequence.StandardKey.Find):
            controller.find_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.cut()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif key == Qt.Key.Key_D:
            self.duplicate()
        elif key == Qt.Key.Key_C:
            self.connect_from_selection()
        elif key == Qt.Key.Key_F10:
            controller.keyboard_menu()  # Qt opens menus on the Menu key only
        elif key in ARROWS:
            self._nudge(key, bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        elif key in PLACE_KEYS:
            new_id = self._add_by_key(PLACE_KEYS[Qt.Key(key)])
            if isinstance(new_id, str):
                scene.select_ids([new_id])
                self.edit_label(new_id)
        return True

    def _add_by_key(self, kind: StepKind) -> object:
        """T / G / E after the selected step; with nothing selected (also S) a first step."""
        diagram_id = self.controller.scene.diagram_id
        selected = self._selected_steps()
        if selected:
            source_id = selected[0].id
            return self.controller.edit(lambda editor: append_step(editor, source_id, kind))
        if diagram_id is None:
            return None
        return self.controller.edit(lambda editor: place_step(editor, diagram_id, kind))

    def copy(self) -> int:
        """Copy the selection; returns how many elements went to the clipboard."""
        scene = self.controller.scene
        count = clipboard.copy(scene.workspace, scene.selected_ids())
        if count:
            self.controller.report(tr("Copied %n elements", None, count))
        return count

    def cut(self) -> None:
        ids = self.controller.scene.selected_ids()
        if ids and self.copy():
            self.controller.edit(lambda editor: editor.delete(ids))

    def paste(self) -> None:
        """Paste into the diagram on the canvas and select what was pasted."""
        diagram_id = self.controller.scene.diagram_id
        if diagram_id is None:
            return
        new_ids = self.controller.edit(lambda editor: clipboard.paste(editor, diagram_id))
        if isinstance(new_ids, list):
            self.controller.scene.select_ids(new_ids)

    def _walk(self, forward: bool) -> bool:
        """Tab / Shift+Tab: the next (previous) element — along the sequence flow where there is
        one, else in reading order — or the first (last) one when nothing is selected.

        False on an empty canvas, so that Tab moves the keyboard focus on instead.
        """
        scene = self.controller.scene
        if scene.diagram_id is None:
            return False
        order = tab_order(scene.workspace, scene.diagram_id)
        other = step_through(
            [i for i in order if i in scene.items_by_id], scene.selected_ids(), forward
        )
        if other is None:
            return False
        scene.select_ids([other])
        item = scene.item(other)
        if item is not None:
            self.controller.view.reveal(item.sceneBoundingRect())
        return True

    def connect_from_selection(self) -> None:
        """C: choose the target of a new connection from the selected element by key."""
        from procdesk.ui.canvas.connect import connectable
        from procdesk.ui.canvas.keyboard_connect import start_keyboard_connect

        ids = self.controller.scene.selected_ids()
        if len(ids) != 1:
            self.controller.report(tr("Select one element to connect from, then press C"))
            return
        source = self.controller.scene.workspace.find(ids[0])
        if isinstance(source, Shape) and connectable(source):
            start_keyboard_connect(self.controller, ids[0])
        else:
            self.controller.report(
                tr("Only tasks, events, gateways, data, annotations and pools can be connected")
            )

    def duplicate(self) -> None:
        """Copy and paste the selection in one go, beside itself (the clipboard stays)."""
        scene = self.controller.scene
        ids = scene.selected_ids()
        if not ids:
            return
        new_ids = self.controller.edit(lambda editor: editor.duplicate(ids))
        if isinstance(new_ids, list):
            scene.select_ids(new_ids)

    def select_all(self) -> None:
        """Select every element except lanes and phases (they move with their pool)."""
        for item in self.controller.scene.items_by_id.values():
            item.setSelected(not isinstance(item.entity, Lane | Phase))

    def _selected_steps(self) -> list[Step]:
        items = self.controller.scene.selectedItems()
        return [i.entity for i in items if isinstance(i, ShapeItem) and isinstance(i.entity, Step)]

    def _nudge(self, key: int, fine: bool) -> None:
        from procdesk.ui.canvas.tools import movable_ids

        ids = movable_ids(self.controller)
        if not ids:
            return
        ux, uy = ARROWS[Qt.Key(key)]
        step = FINE_NUDGE if fine else NUDGE
        self.controller.edit(lambda editor: editor.nudge(ids, ux * step, uy * step))

    # label editing -----------------------------------------------------------------------------
    def double_click(self, event: QMouseEvent) -> bool:
        """Double-click opens a collapsed sub-process that has a diagram, else edits the name."""
        item = self.controller.element_at(event.position())
        if item is None:
            return False
        entity = item.entity
        if isinstance(entity, Step) and not entity.expanded:
            inner = sub_process_diagram(self.controller.scene.workspace, entity.id)
            if inner is not None:
                self.controller.drill_down.emit(inner)
                return True
        self.edit_label(item.element_id)
        return True

    def label_editor_active(self) -> bool:
        return self.label_editor is not None

    def edit_label(self, element_id: str) -> None:
        """Open the in-place editor on an element's name."""
        controller = self.controller
        item = controller.scene.item(element_id)
        if not controller.can_edit or not isinstance(item, ShapeItem | FlowItem):
            return
        self.finish_label_edit(commit=True)
        editor = LabelEditor(element_id, item.entity.name, editing_rect(item), self._label_done)
        self.label_editor = editor
        # the text box is drawn on the canvas, out of a screen reader's sight: say what is on
        controller.view.narrator.announce(
            tr(
                "Editing the name of {name}. Enter keeps it, Shift+Enter starts a new line, "
                "Escape drops it."
            ).format(name=name_of(controller.scene.workspace, element_id))
        )
        controller.scene.addItem(editor)
        controller.view.setFocus()
        controller.scene.setFocusItem(editor)
        editor.setFocus()

    def finish_label_edit(self, commit: bool) -> None:
        if self.label_editor is not None:
            self.label_editor.finish(commit)

    def _label_done(self, keep: bool) -> None:
        editor = self.label_editor
        if editor is None:
            return
        self.label_editor = None
        self.controller.view.narrator.announce(None)
        element_id, text = editor.element_id, editor.text
        scene = self.controller.scene
        if editor.scene() is scene:
            scene.removeItem(editor)
        self.controller.view.setFocus()
        entity = scene.workspace.find(element_id)
        if keep and entity is not None and getattr(entity, "name", None) != text:
            self.controller.edit(lambda e: _rename_once(e, element_id, text))


def _rename_once(editor: Editor, element_id: str, text: str) -> None:
    """Rename as its own undo step (a later rename of the same element must not merge)."""
    editor.rename(element_id, text)
    editor.history.break_merge()
