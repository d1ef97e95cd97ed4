"""The window's actions and menus: File (New, Open, Open Recent, Close Window, Quit), Edit, View.

Actions are created here with their shortcuts and object names (for tests and automation);
the main window connects them and keeps their enabled state and texts current. Where the
platform has a standard key (``QKeySequence.StandardKey``) it is used, so procdesk answers to
the keys people already know from their other applications.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from procdesk.model.history import History
from procdesk.text import tr
from procdesk.ui.common.settings import app_settings
from procdesk.ui.window.i18n import language_menu
from procdesk.ui.window.theme import theme_menu

Handler = Callable[[], object]
Shortcut = QKeySequence.StandardKey | str | None
FALLBACK_KEYS = {QKeySequence.StandardKey.Quit: "Ctrl+Q"}
"""Keys for standard actions that some platforms (plain X11, offscreen) leave unbound."""


def _action(
    window: QMainWindow, text: str, name: str, handler: Handler, shortcut: Shortcut = None
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if isinstance(shortcut, QKeySequence.StandardKey):
        # every key the platform binds (Cut is Ctrl+X and Shift+Del, Close Ctrl+W and Ctrl+F4)
        action.setShortcuts(shortcut)
        if action.shortcut().isEmpty() and shortcut in FALLBACK_KEYS:
            action.setShortcut(QKeySequence(FALLBACK_KEYS[shortcut]))
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: handler())
    return action


def _window_of(actions: WindowActions) -> QMainWindow:
    window = actions.undo.parent()
    assert isinstance(window, QMainWindow)
    return window


class WindowActions:
    """Every action of the main window, grouped the way the menus show them."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Handler]) -> None:
        std = QKeySequence.StandardKey
        self.new = _action(window, tr("&New Workspace…"), "actionNew", handlers["new"], std.New)
        self.open = _action(window, tr("&Open…"), "actionOpen", handlers["open"], std.Open)
        self.new_process = _action(
            window, tr("New &Process"), "actionNewProcess", handlers["new_process"], "Ctrl+Shift+N"
        )
        self.open_sample = _action(
            window, tr("Open &Sample"), "actionOpenSample", handlers["sample"]
        )
        self.save_as = _action(
            window, tr("Save &As…"), "actionSaveAs", handlers["save_as"], std.SaveAs
        )
        self.close_window = _action(
            window, tr("&Close Window"), "actionCloseWindow", handlers["close"], std.Close
        )
        self.quit = _action(window, tr("&Quit"), "actionQuit", handlers["quit"], std.Quit)
        self.undo = _action(window, tr("&Undo"), "actionUndo", handlers["undo"], std.Undo)
        self.redo = _action(window, tr("&Redo"), "actionRedo", handlers["redo"], std.Redo)
        redo_keys = [*QKeySequence.keyBindings(std.Redo)]
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo.setShortcuts(redo_keys)
        self.fit = _action(window, tr("&Fit Diagram"), "actionFit", handlers["fit"], "Ctrl+0")
        self.actual = _action(
            window, tr("&Actual Size"), "actionActualSize", handlers["actual"], "Ctrl+1"
        )
        self.zoom_in = _action(
            window, tr("Zoom &In"), "actionZoomIn", handlers["zoom_in"], std.ZoomIn
        )
        self.zoom_out = _action(
            window, tr("Zoom &Out"), "actionZoomOut", handlers["zoom_out"], std.ZoomOut
        )
        self.full_screen = _action(
            window, tr("F&ull Screen"), "actionFullScreen", handlers["full_screen"], std.FullScreen
        )
        self.full_screen.setCheckable(True)
        menu_bar = window.menuBar()
        self.file_menu = menu_bar.addMenu(tr("&File"))
        self.file_menu.setObjectName("menuFile")
        self.file_menu.addAction(self.new)
        self.file_menu.addAction(self.open)
        self.recent_menu = QMenu(tr("Open &Recent"), window)
        self.recent_menu.setObjectName("menuRecent")
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.open_sample)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.new_process)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_as)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_window)
        self.file_menu.addAction(self.quit)
        self.edit_menu = menu_bar.addMenu(tr("&Edit"))
        self.edit_menu.setObjectName("menuEdit")
        self.edit_menu.addAction(self.undo)
        self.edit_menu.addAction(self.redo)
        self.view_menu = menu_bar.addMenu(tr("&View"))
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
        if can_undo and undo_label:
            self.undo.setText(tr("&Undo {action}").format(action=undo_label))
        else:
            self.undo.setText(tr("&Undo"))
        if can_redo and redo_label:
            self.redo.setText(tr("&Redo {action}").format(action=redo_label))
        else:
            self.redo.setText(tr("&Redo"))
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


def add_edit_actions(
    actions: WindowActions, handlers: dict[str, Handler], canvas: QWidget
) -> list[QAction]:
    """Clipboard, selection, find and auto-layout in the Edit menu (the *canvas* does the work;
    Delete's key works only there)."""
    std = QKeySequence.StandardKey
    menu = actions.edit_menu
    window = _window_of(actions)
    menu.addSeparator()
    made: list[QAction] = []
    for text, name, key, shortcut in (
        (tr("Cu&t"), "actionCut", "cut", std.Cut),
        (tr("&Copy"), "actionCopy", "copy", std.Copy),
        (tr("&Paste"), "actionPaste", "paste", std.Paste),
        (tr("&Duplicate"), "actionDuplicate", "duplicate", "Ctrl+D"),
        (tr("&Delete"), "actionDelete", "delete", std.Delete),
        (tr("Select &All"), "actionSelectAll", "select_all", std.SelectAll),
        (tr("&Find…"), "actionFind", "find", std.Find),
        (tr("Copy Diagram as &Image"), "actionCopyImage", "copy_image", "Ctrl+Shift+C"),
        (tr("Auto-&layout Diagram"), "actionAutoLayout", "auto_layout", "Ctrl+Shift+L"),
    ):
        action = _action(window, text, name, handlers[key], shortcut)
        menu.addAction(action)
        made.append(action)
        if key == "delete":
            canvas_only(action, canvas)
    return made


def canvas_only(action: QAction, canvas: QWidget) -> None:
    """Let *action*'s shortcut work only while *canvas* has the focus.

    Delete in a text field or the process tree must not delete the selected diagram elements.
    """
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    canvas.addAction(action)


def add_export_menu(actions: WindowActions, handlers: dict[str, Handler]) -> QMenu:
    """File ▸ Export: the diagram as an image, the process as an SOP PDF, the process
    landscape as an image and the SOP bundle (the landscape and every approved SOP)."""
    window = _window_of(actions)
    export = QMenu(tr("&Export"), window)
    export.setObjectName("menuExport")
    for text, name, key in (
        (tr("Diagram as &Image…"), "actionExportImage", "image"),
        (tr("&SOP as PDF…"), "actionExportSop", "sop"),
        (tr("&Landscape as Image…"), "actionExportLandscape", "landscape"),
        (tr("SOP &Bundle…"), "actionExportBundle", "bundle"),
    ):
        export.addAction(_action(window, text, name, handlers[key]))
    actions.file_menu.insertMenu(actions.close_window, export)
    actions.file_menu.insertSeparator(actions.close_window)
    return export


def add_help_menu(actions: WindowActions) -> QMenu:
    """Help ▸ Keyboard Shortcuts (F1, the platform's help key)."""
    window = _window_of(actions)
    menu = window.menuBar().addMenu(tr("&Help"))
    menu.setObjectName("menuHelp")

    def show_shortcuts() -> None:
        from procdesk.ui.window.help import ShortcutsDialog

        ShortcutsDialog(window).exec()

    shortcuts = _action(window, tr("&Keyboard Shortcuts"), "actionShortcuts", show_shortcuts)
    shortcuts.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents))
    if shortcuts.shortcut().isEmpty():
        shortcuts.setShortcut(QKeySequence("F1"))
    menu.addAction(shortcuts)
    return menu


def add_view_actions(
    actions: WindowActions, handlers: dict[str, Handler], minimap: Callable[[bool], object]
) -> list[QAction]:
    """View ▸ Back, Presentation Mode, Present to a Room and Show Minimap (the first three are
    returned: they need an open workspace)."""
    window = _window_of(actions)
    menu = actions.view_menu
    # only the platform's first Back key (Alt+Left): its second, Backspace, edits text
    back_key = QKeySequence(QKeySequence.StandardKey.Back).toString()
    back = _action(window, tr("&Back"), "actionBack", handlers["back"], back_key)
    present = _action(window, tr("&Presentation Mode"), "actionPresent", handlers["present"], "F5")
    room = _action(
        window,
        tr("Present to a &Room (full screen)"),
        "actionPresentRoom",
        handlers["room"],
        "Shift+F5",
    )
    for action in (back, present, room):
        menu.addAction(action)
    shown = QAction(tr("Show &Minimap"), window)
    shown.setObjectName("actionMinimap")
    shown.setCheckable(True)
    shown.setChecked(True)
    shown.toggled.connect(minimap)
    menu.addAction(shown)
    menu.addAction(actions.full_screen)
    menu.addSeparator()
    menu.addMenu(theme_menu(window))
    menu.addMenu(language_menu(window, app_settings()))
    return [back, present, room]


def add_weak_point_actions(
    actions: WindowActions, record: Handler, heat: Callable[[bool], object]
) -> tuple[QAction, QAction]:
    """Edit ▸ Record Weak Point (Ctrl+Shift+W) and View ▸ Weak-Point Heat Map (Ctrl+Shift+H)."""
    window = _window_of(actions)
    weak = _action(
        window, tr("Record &Weak Point…"), "actionRecordWeakPoint", record, "Ctrl+Shift+W"
    )
    weak.setToolTip(tr("Record a weak point on the selected element (or the whole diagram)"))
    actions.edit_menu.addSeparator()
    actions.edit_menu.addAction(weak)
    heat_map = QAction(tr("Weak-Point &Heat Map"), window)
    heat_map.setObjectName("actionHeatMap")
    heat_map.setCheckable(True)
    heat_map.setShortcut(QKeySequence("Ctrl+Shift+H"))
    heat_map.setToolTip(tr("Let elements glow by their open weak points; the others fade"))
    heat_map.toggled.connect(heat)
    actions.view_menu.addAction(heat_map)
    return weak, heat_map


def add_risk_heat_action(actions: WindowActions, heat: Callable[[bool], object]) -> QAction:
    """View ▸ Risk Heat Map (Ctrl+Shift+K): elements glow by their worst residual risk."""
    window = _window_of(actions)
    risk_map = QAction(tr("&Risk Heat Map"), window)
    risk_map.setObjectName("actionRiskHeatMap")
    risk_map.setCheckable(True)
    risk_map.setShortcut(QKeySequence("Ctrl+Shift+K"))
    risk_map.setToolTip(tr("Let elements glow by their worst residual risk; the others fade"))
    risk_map.toggled.connect(heat)
    actions.view_menu.addAction(risk_map)
    return risk_map
