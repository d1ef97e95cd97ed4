"""The window's actions and menus: File (New, Open, Open Recent, Save As, Quit), Edit, View.

Actions are created here with their shortcuts and object names (for tests and automation);
the main window connects them and keeps their enabled state and texts current.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from procdesk.model.history import History

Handler = Callable[[], object]


def _action(
    window: QMainWindow, text: str, name: str, handler: Handler, shortcut: object = None
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if isinstance(shortcut, QKeySequence.StandardKey | str):
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: handler())
    return action


class WindowActions:
    """Every action of the main window, grouped the way the menus show them."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Handler]) -> None:
        std = QKeySequence.StandardKey
        self.new = _action(window, "&New Workspace…", "actionNew", handlers["new"], std.New)
        self.open = _action(window, "&Open…", "actionOpen", handlers["open"], std.Open)
        self.new_process = _action(
            window, "New &Process", "actionNewProcess", handlers["new_process"], "Ctrl+Shift+N"
        )
        self.open_sample = _action(window, "Open &Sample", "actionOpenSample", handlers["sample"])
        self.save_as = _action(window, "Save &As…", "actionSaveAs", handlers["save_as"], std.SaveAs)
        self.quit = _action(window, "&Quit", "actionQuit", handlers["quit"], std.Quit)
        self.undo = _action(window, "&Undo", "actionUndo", handlers["undo"], std.Undo)
        self.redo = _action(window, "&Redo", "actionRedo", handlers["redo"], std.Redo)
        redo_keys = [*QKeySequence.keyBindings(std.Redo)]
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo.setShortcuts(redo_keys)
        self.fit = _action(window, "&Fit Diagram", "actionFit", handlers["fit"], "Ctrl+0")
        self.actual = _action(
            window, "&Actual Size", "actionActualSize", handlers["actual"], "Ctrl+1"
        )
        self.zoom_in = _action(window, "Zoom &In", "actionZoomIn", handlers["zoom_in"], std.ZoomIn)
        self.zoom_out = _action(
            window, "Zoom &Out", "actionZoomOut", handlers["zoom_out"], std.ZoomOut
        )
        menu_bar = window.menuBar()
        self.file_menu = menu_bar.addMenu("&File")
        self.file_menu.setObjectName("menuFile")
        self.file_menu.addAction(self.new)
        self.file_menu.addAction(self.open)
        self.recent_menu = QMenu("Open &Recent", window)
        self.recent_menu.setObjectName("menuRecent")
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.open_sample)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.new_process)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_as)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.edit_menu = menu_bar.addMenu("&Edit")
        self.edit_menu.setObjectName("menuEdit")
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)
        self.view_menu = menu_bar.addMenu("&View")
        self.view_menu.setObjectName("menuView")
        for action in (self.fit, self.actual, self.zoom_in, self.zoom_out):
            self.view_menu.addAction(action)
        self.update_history(None)

    def update_history(self, history: History | None) -> None:
        """Show what Undo and Redo would do ("Undo Move 3 steps") and whether they can."""
        can_edit = history is not None and not history.read_only
        undo_label = history.undo_label if history is not None else ""
        redo_label = history.redo_label if history is not None else ""
        can_undo = can_edit and history is not None and history.can_undo
        can_redo = can_edit and history is not None and history.can_redo
        self.undo.setText(f"&Undo {undo_label}" if can_undo and undo_label else "&Undo")
        self.redo.setText(f"&Redo {redo_label}" if can_redo and redo_label else "&Redo")
        self.undo.setEnabled(can_undo)
        self.redo.setEnabled(can_redo)

    def update_document(self, has_document: bool) -> None:
        for action in (
            self.save_as,
            self.new_process,
            self.fit,
            self.actual,
            self.zoom_in,
            self.zoom_out,
        ):
            action.setEnabled(has_document)


def add_edit_actions(actions: WindowActions, handlers: dict[str, Handler]) -> list[QAction]:
    """Clipboard, selection, find and auto-layout in the Edit menu (the canvas does the work)."""
    std = QKeySequence.StandardKey
    menu = actions.edit_menu
    window = actions.undo.parent()
    assert isinstance(window, QMainWindow)
    menu.addSeparator()
    made: list[QAction] = []
    for text, name, key, shortcut in (
        ("Cu&t", "actionCut", "cut", std.Cut),
        ("&Copy", "actionCopy", "copy", std.Copy),
        ("&Paste", "actionPaste", "paste", std.Paste),
        ("&Duplicate", "actionDuplicate", "duplicate", "Ctrl+D"),
        ("Select &All", "actionSelectAll", "select_all", std.SelectAll),
        ("&Find…", "actionFind", "find", std.Find),
        ("Copy Diagram as &Image", "actionCopyImage", "copy_image", "Ctrl+Shift+C"),
        ("Auto-&layout Diagram", "actionAutoLayout", "auto_layout", "Ctrl+Shift+L"),
    ):
        action = _action(window, text, name, handlers[key], shortcut)
        menu.addAction(action)
        made.append(action)
    return made


def add_export_menu(actions: WindowActions, handlers: dict[str, Handler]) -> QMenu:
    """File ▸ Export: the diagram as an image, the process as an SOP PDF."""
    window = actions.undo.parent()
    assert isinstance(window, QMainWindow)
    export = QMenu("&Export", window)
    export.setObjectName("menuExport")
    for text, name, key in (
        ("Diagram as &Image…", "actionExportImage", "image"),
        ("&SOP as PDF…", "actionExportSop", "sop"),
    ):
        export.addAction(_action(window, text, name, handlers[key]))
    actions.file_menu.insertMenu(actions.quit, export)
    actions.file_menu.insertSeparator(actions.quit)
    return export


def add_help_menu(actions: WindowActions) -> QMenu:
    """Help ▸ Keyboard Shortcuts (F1)."""
    window = actions.undo.parent()
    assert isinstance(window, QMainWindow)
    menu = window.menuBar().addMenu("&Help")
    menu.setObjectName("menuHelp")

    def show_shortcuts() -> None:
        from procdesk.ui.help import ShortcutsDialog

        ShortcutsDialog(window).exec()

    menu.addAction(_action(window, "&Keyboard Shortcuts", "actionShortcuts", show_shortcuts, "F1"))
    return menu


def add_weak_point_actions(
    actions: WindowActions, record: Handler, heat: Callable[[bool], object]
) -> tuple[QAction, QAction]:
    """Edit ▸ Record Weak Point (Ctrl+Shift+W) and View ▸ Weak-Point Heat Map (Ctrl+Shift+H)."""
    window = actions.undo.parent()
    assert isinstance(window, QMainWindow)
    weak = _action(window, "Record &Weak Point…", "actionRecordWeakPoint", record, "Ctrl+Shift+W")
    weak.setToolTip("Record a weak point on the selected element (or the whole diagram)")
    actions.edit_menu.addSeparator()
    actions.edit_menu.addAction(weak)
    heat_map = QAction("Weak-Point &Heat Map", window)
    heat_map.setObjectName("actionHeatMap")
    heat_map.setCheckable(True)
    heat_map.setShortcut(QKeySequence("Ctrl+Shift+H"))
    heat_map.setToolTip("Let elements glow by their open weak points; the others fade")
    heat_map.toggled.connect(heat)
    actions.view_menu.addAction(heat_map)
    return weak, heat_map
