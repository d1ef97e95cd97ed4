"""The main window: process tree, diagram canvas, menus, status bar; one open workspace.

The window owns the open Document and is the one place that listens to its History: each
ChangeSet is handed to the scene, the tree and the actions, and the status bar says it is
saved (the workspace file is written before the change is announced).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.elements import Diagram
from procdesk.model.history import PersistError
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.canvas.controller import CanvasController
from procdesk.ui.canvas.diagram_badge import DiagramBadge
from procdesk.ui.canvas.minimap import Minimap
from procdesk.ui.canvas.palette import Palette
from procdesk.ui.canvas.presentation import Presentation
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.view import DiagramView
from procdesk.ui.common.background import BackgroundJobs
from procdesk.ui.common.settings import app_settings, recent_workspaces, remember_workspace
from procdesk.ui.common.shortcut_tips import show_shortcuts_below
from procdesk.ui.panels.process_tree import ProcessTree
from procdesk.ui.panels.properties.dock import PropertiesPanel, properties_dock
from procdesk.ui.window import (
    bpmn_files,
    maturity_links,
    portfolio_links,
    repository_links,
    root_cause_links,
    windows,
)
from procdesk.ui.window.actions import (
    WindowActions,
    add_edit_actions,
    add_export_menu,
    add_help_menu,
    add_risk_heat_action,
    add_view_actions,
    add_weak_point_actions,
)
from procdesk.ui.window.areas import WorkspaceAreas
from procdesk.ui.window.commands import WindowCommands
from procdesk.ui.window.docks import Panels
from procdesk.ui.window.read_only_banner import ReadOnlyBanner
from procdesk.ui.window.stale_tabs import hide_stale_tab_bars
from procdesk.ui.window.start_page import StartPage
from procdesk.ui.window.version_view import VersionViewing
from procdesk.ui.window.workspace_files import SAVED


class MainWindow(VersionViewing, WindowCommands):
    """One window, one open workspace (or the start page when none is open)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        windows.keep(self)
        self.settings = settings or app_settings()
        self.document: Document | None = None
        self.jobs = BackgroundJobs(self.statusBar(), self)
        self.scene = DiagramScene(Workspace())
        self.view = DiagramView(self.scene)
        self.controller = CanvasController(self.view, self.report)
        self.minimap = Minimap(self.view)
        self.view.resized.connect(self.minimap.place)
        self.diagram_badge = DiagramBadge(self.view)
        self.element_palette = Palette(self.controller)
        self.canvas_page = QWidget()
        column = QVBoxLayout(self.canvas_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.read_only_banner = ReadOnlyBanner()
        column.addWidget(self.read_only_banner)
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.element_palette)
        row.addWidget(self.view, 1)
        column.addLayout(row, 1)
        self.start_page = StartPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.areas = WorkspaceAreas(self.canvas_page)
        self.stack.addWidget(self.areas)
        self.setCentralWidget(self.stack)
        self.tree = ProcessTree()
        self.tree.setMinimumWidth(160)
        self.tree.diagram_selected.connect(self.show_diagram)
        self.tree.message.connect(self.report)
        self.tree_dock = QDockWidget(tr("Processes"), self)
        self.tree_dock.setObjectName("processTreeDock")
        self.tree_dock.setWidget(self.tree)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.tree_dock)
        self.properties = PropertiesPanel()
        self.properties_dock = properties_dock(self.properties, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties_dock)
        self.resizeDocks(
            [self.tree_dock, self.properties_dock], [230, 300], Qt.Orientation.Horizontal
        )
        self.panels = Panels.create(self, self.properties_dock)
        self._docks_sized = False
        self.window_actions = WindowActions(
            self,
            {
                "new": self.new_workspace,
                "new_process": self.tree.new_process,
                "open": self.open_workspace,
                "sample": self.open_sample,
                "save_as": self.save_as,
                "close": self.close,
                "quit": windows.close_all,
                "undo": self.undo,
                "redo": self.redo,
                "fit": self.view.fit_diagram,
                "actual": self.view.actual_size,
                "zoom_in": lambda: self.view.zoom_by(1.25),
                "zoom_out": lambda: self.view.zoom_by(0.8),
                "full_screen": self.toggle_full_screen,
            },
        )
        self.window_actions.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.read_only_banner.offer(self.window_actions.save_as)
        keys = self.controller.keys
        self.editing_actions = add_edit_actions(
            self.window_actions,
            {
                "cut": keys.cut,
                "copy": keys.copy,
                "paste": keys.paste,
                "duplicate": keys.duplicate,
                "delete": self.delete_selection,
                "select_all": keys.select_all,
                "find": self.panels.find,
                "auto_layout": self.auto_layout,
                "copy_image": self.copy_image,
            },
            canvas=self.view,
        )
        add_export_menu(
            self.window_actions,
            {
                "image": self.export_image,
                "sop": self.export_sop,
                "landscape": self.export_landscape,
                "bundle": self.export_bundle,
            },
        )
        self.bpmn_actions = bpmn_files.install(self)
        portfolio_links.install(self)
        root_cause_links.install(self)
        maturity_links.install(self)
        repository_links.install(self)
        self.controller.weak_point_requested.connect(self.add_weak_point)
        self.controller.find_requested.connect(self.panels.find)
        self.controller.drill_down.connect(self.drill_down)
        add_help_menu(self.window_actions)
        self.trail: list[str] = []
        self.presentation = Presentation(
            self,
            self.view,
            [
                self.menuBar(),
                self.statusBar(),
                self.element_palette,
                self.minimap,
                self.tree_dock,
                self.properties_dock,
                *self.panels.docks,
                self.areas.tabBar(),
            ],
        )
        self.controller.presentation = self.presentation
        self.editing_actions += add_view_actions(
            self.window_actions,
            {"back": self.back, "present": self.presentation.toggle, "room": self.present_to_room},
            self.minimap.set_wanted,
        )
        area_actions = self.areas.actions_for(self)
        if area_actions:
            self.window_actions.view_menu.addSeparator()
            self.window_actions.view_menu.addActions(area_actions)
        self.editing_actions += area_actions
        self.heat_action: QAction
        record, self.heat_action = add_weak_point_actions(
            self.window_actions, self.record_weak_point, lambda on: self.scene.set_heat(on)
        )
        self.editing_actions += [record, self.heat_action]
        self.risk_heat_action = add_risk_heat_action(
            self.window_actions, lambda on: self.scene.set_risk_heat(on)
        )
        self.editing_actions.append(self.risk_heat_action)
        self.install_version_viewing()
        self.start_page.new_requested.connect(self.new_workspace)
        self.start_page.open_requested.connect(self.open_workspace)
        self.start_page.sample_requested.connect(self.open_sample)
        self.start_page.recent_chosen.connect(self.open_path)
        self.mode_label = QLabel("")
        self.mode_label.setObjectName("modeLabel")
        self.zoom_label = QLabel("")
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setMinimumWidth(48)
        self.view.zoom_changed.connect(lambda zoom: self.zoom_label.setText(f"{zoom:.0%}"))
        self.view.zoom_changed.connect(lambda _zoom: self.controller.pad.refresh())
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.statusBar().addPermanentWidget(self.mode_label)
        self.resize(1280, 800)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self._set_document(None)

    def new_window(self) -> MainWindow:
        """Another window with the same settings; it goes away (and is deleted) when closed."""
        window = MainWindow(self.settings)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return window

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tidy_tab_bars()

    def _tidy_tab_bars(self) -> None:
        """Hide the tab bars Qt left behind, once the docks have their places."""
        for delay in (0, 300):
            QTimer.singleShot(delay, self, lambda: hide_stale_tab_bars(self))

    def _size_docks(self) -> None:
        self.resizeDocks([self.panels.findings_dock], [200], Qt.Orientation.Vertical)
        self.resizeDocks(
            [self.tree_dock, self.properties_dock], [220, 320], Qt.Orientation.Horizontal
        )

    # documents ---------------------------------------------------------------------------------
    def _set_document(self, document: Document | None) -> None:
        self.back_to_draft()
        self.panels.set_document(None, self)
        self.areas.set_document(None, self)
        if self.document is not None:
            self.document.history.changed.disconnect(self._on_changed)
            self.document.close()
        self.controller.keys.finish_label_edit(commit=False)
        self.controller.set_tool(None)
        self.document = document
        self.controller.editor = document.editor if document else None
        self.scene = DiagramScene(document.workspace if document else Workspace())
        self.scene.set_heat(self.heat_action.isChecked())
        self.scene.set_risk_heat(self.risk_heat_action.isChecked())
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.selectionChanged.connect(self.controller.pad.refresh)
        self.scene.diagram_changed.connect(self.controller.pad.refresh)
        self.view.setScene(self.scene)
        self.minimap.set_scene(self.scene)
        self.diagram_badge.set_scene(self.scene)
        self.properties.set_editor(document.editor if document else None)
        self.tree.set_workspace(
            document.workspace if document else None, document.editor if document else None
        )
        self.window_actions.update_document(document is not None)
        for action in self.editing_actions:
            action.setEnabled(document is not None)
        self.window_actions.update_history(document.history if document else None)
        if document is None:
            self.start_page.set_recent(recent_workspaces(self.settings))
            self.stack.setCurrentWidget(self.start_page)
            for dock in (self.tree_dock, self.properties_dock, *self.panels.docks):
                dock.hide()
            self.setWindowTitle("procdesk")
            self.mode_label.setText("")
            self.read_only_banner.show_for(None)
            show_shortcuts_below(self)
            return
        document.history.changed.connect(self._on_changed)
        remember_workspace(self.settings, document.path)
        self.stack.setCurrentWidget(self.areas)
        self.panels.set_document(document, self)
        self.areas.set_document(document, self)
        for dock in (self.tree_dock, self.properties_dock, *self.panels.docks):
            dock.show()
        self._tidy_tab_bars()
        if not self._docks_sized and self.settings.value("window/state") is None:
            # first run: the canvas gets the room, the analysis docks a strip below it
            self._docks_sized = True
            QTimer.singleShot(0, self._size_docks)
        self._update_title()
        self.mode_label.setText(tr("Read-only") if document.read_only else "")
        self.read_only_banner.show_for(document)
        self.element_palette.setEnabled(not document.read_only)
        if document.read_only:
            self.statusBar().showMessage(tr("Opened read-only: changes cannot be made"))
        else:
            self.statusBar().showMessage(tr(SAVED))
        self.note_overdue_reviews()
        show_shortcuts_below(self)
        first = next(iter(self.tree.diagram_items()), None)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _editing_allowed(self) -> None:
        self.element_palette.setEnabled(True)
        self.panels.show(self.scene.diagram_id, self.current_process_id())
        self._selection_changed()

    # diagrams and changes ----------------------------------------------------------------------
    def show_diagram(self, diagram_id: str) -> None:
        if self.document is None:
            return
        self.back_to_draft()
        self.controller.keys.finish_label_edit(commit=True)
        self.controller.set_tool(None)
        self.areas.show_diagram_page()
        self.scene.show_diagram(diagram_id)
        self.view.frame_diagram()
        diagram = self.document.workspace.find(diagram_id)
        process_id = diagram.process_id if isinstance(diagram, Diagram) else None
        self.panels.show(self.scene.diagram_id, process_id)
        self._selection_changed()

    def _selection_changed(self) -> None:
        # a scene being destroyed (closing, another workspace) still reports its selection
        if shiboken6.isValid(self.scene) and shiboken6.isValid(self.properties):
            # with nothing selected the dock shows the process: purpose, owner, version…
            process_id = self.current_process_id()
            ids = self.scene.selected_ids() or ([process_id] if process_id else [])
            self.properties.show_ids(ids)
            self.panels.select(self.scene.selected_ids())

    def _on_changed(self, changeset: ChangeSet) -> None:
        self.follow_releases(changeset)
        self.scene.apply(changeset)
        self.tree.apply(changeset)
        self.properties.apply(changeset)
        if self.scene.diagram_id is None:
            rows = self.tree.diagram_items()
            current = self.tree.current_diagram_id()
            if current is None and rows:
                self.tree.setCurrentItem(rows[0])
            elif current is not None:
                self.show_diagram(current)
        self.window_actions.update_history(self.document.history if self.document else None)
        self.statusBar().showMessage(tr(SAVED))

    def undo(self) -> None:
        self._step(back=True)

    def redo(self) -> None:
        self._step(back=False)

    def _step(self, back: bool) -> None:
        if self.document is None:
            return
        try:
            if back:
                self.document.history.undo()
            else:
                self.document.history.redo()
        except PersistError as error:
            QMessageBox.warning(self, tr("Cannot save the change"), str(error))

    def report(self, message: str) -> None:
        """Tell the user something short (a refused edit, say) in the status bar."""
        self.statusBar().showMessage(message, 6000)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.jobs.busy:
            # an export may be half-way through its file: close once it is written
            event.ignore()
            self.report(tr("The window closes when the running job is finished…"))
            self.jobs.when_idle(self.close)
            return
        windows.forget(self)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        self.panels.close()
        self.areas.detach()
        if self.document is not None:
            self.document.history.changed.disconnect(self._on_changed)
            self.document.close()
            self.document = None
        super().closeEvent(event)
