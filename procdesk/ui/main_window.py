"""The main window: process tree, diagram canvas, menus, status bar; one open workspace.

The window owns the open Document and is the one place that listens to its History: each
ChangeSet is handed to the scene, the tree and the actions, and the status bar says it is
saved (the workspace file is written before the change is announced).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import shiboken6
from platformdirs import user_data_dir
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from procdesk.document import SUFFIX, Document
from procdesk.model.changes import ChangeSet
from procdesk.model.history import PersistError
from procdesk.model.workspace import Workspace
from procdesk.store.errors import WorkspaceError, WorkspaceInUseError
from procdesk.ui.actions import WindowActions
from procdesk.ui.canvas.controller import CanvasController
from procdesk.ui.canvas.minimap import Minimap
from procdesk.ui.canvas.palette import Palette
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.view import DiagramView
from procdesk.ui.process_tree import ProcessTree
from procdesk.ui.properties import PropertiesPanel, properties_dock
from procdesk.ui.settings import app_settings, recent_workspaces, remember_workspace
from procdesk.ui.start_page import StartPage

FILE_FILTER = f"procdesk workspaces (*{SUFFIX});;All files (*)"
SAVED = "All changes saved"


def sample_path(now: datetime | None = None) -> Path:
    """A fresh, timestamped place for a copy of the sample in the user's data folder."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return Path(user_data_dir("procdesk")) / "samples" / f"sample-{stamp}{SUFFIX}"


class MainWindow(QMainWindow):
    """One window, one open workspace (or the start page when none is open)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or app_settings()
        self.document: Document | None = None
        self.scene = DiagramScene(Workspace())
        self.view = DiagramView(self.scene)
        self.controller = CanvasController(self.view, self.report)
        self.minimap = Minimap(self.view)
        self.view.resized.connect(self.minimap.place)
        self.element_palette = Palette(self.controller)
        self.canvas_page = QWidget()
        row = QHBoxLayout(self.canvas_page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.element_palette)
        row.addWidget(self.view, 1)
        self.start_page = StartPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.canvas_page)
        self.setCentralWidget(self.stack)
        self.tree = ProcessTree()
        self.tree.diagram_selected.connect(self.show_diagram)
        self.tree.message.connect(self.report)
        self.tree_dock = self._dock("Processes", "processTreeDock", self.tree)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.tree_dock)
        self.properties = PropertiesPanel()
        self.properties_dock = properties_dock(self.properties, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties_dock)
        self.resizeDocks(
            [self.tree_dock, self.properties_dock], [230, 300], Qt.Orientation.Horizontal
        )
        self.window_actions = WindowActions(
            self,
            {
                "new": self.new_workspace,
                "open": self.open_workspace,
                "sample": self.open_sample,
                "save_as": self.save_as,
                "quit": self.close,
                "undo": self.undo,
                "redo": self.redo,
                "fit": self.view.fit_diagram,
                "actual": self.view.actual_size,
                "zoom_in": lambda: self.view.zoom_by(1.25),
                "zoom_out": lambda: self.view.zoom_by(0.8),
            },
        )
        self.window_actions.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        minimap_action = self.window_actions.view_menu.addAction("Show &Minimap")
        minimap_action.setObjectName("actionMinimap")
        minimap_action.setCheckable(True)
        minimap_action.setChecked(True)
        minimap_action.toggled.connect(self.minimap.setVisible)
        self.start_page.new_requested.connect(self.new_workspace)
        self.start_page.open_requested.connect(self.open_workspace)
        self.start_page.sample_requested.connect(self.open_sample)
        self.start_page.recent_chosen.connect(self.open_path)
        self.mode_label = QLabel("")
        self.mode_label.setObjectName("modeLabel")
        self.statusBar().addPermanentWidget(self.mode_label)
        self.resize(1280, 800)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self._set_document(None)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        return dock

    # documents ---------------------------------------------------------------------------------
    def _set_document(self, document: Document | None) -> None:
        if self.document is not None:
            self.document.history.changed.disconnect(self._on_changed)
            self.document.close()
        self.controller.keys.finish_label_edit(commit=False)
        self.controller.set_tool(None)
        self.document = document
        self.controller.editor = document.editor if document else None
        self.scene = DiagramScene(document.workspace if document else Workspace())
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view.setScene(self.scene)
        self.minimap.set_scene(self.scene)
        self.properties.set_editor(document.editor if document else None)
        self.tree.set_workspace(
            document.workspace if document else None, document.editor if document else None
        )
        self.window_actions.update_document(document is not None)
        self.window_actions.update_history(document.history if document else None)
        if document is None:
            self.start_page.set_recent(recent_workspaces(self.settings))
            self.stack.setCurrentWidget(self.start_page)
            self.tree_dock.hide()
            self.properties_dock.hide()
            self.setWindowTitle("procdesk")
            self.mode_label.setText("")
            return
        document.history.changed.connect(self._on_changed)
        remember_workspace(self.settings, document.path)
        self.stack.setCurrentWidget(self.canvas_page)
        self.tree_dock.show()
        self.properties_dock.show()
        self._update_title()
        self.mode_label.setText("Read-only" if document.read_only else "")
        if document.read_only:
            self.statusBar().showMessage("Opened read-only: changes cannot be made")
        else:
            self.statusBar().showMessage(SAVED)
        first = next(iter(self.tree.diagram_items()), None)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _update_title(self) -> None:
        if self.document is None:
            return
        suffix = " [read-only]" if self.document.read_only else ""
        self.setWindowTitle(f"{self.document.path.name}{suffix} — procdesk")

    def open_path(self, path: str | Path, read_only: bool = False) -> bool:
        """Open a workspace; on refusal tell the user why and leave the file as it is."""
        try:
            document = Document.open(path, read_only=read_only)
        except WorkspaceInUseError as error:
            answer = QMessageBox.question(
                self,
                "Workspace in use",
                f"{error}\n\nOpen it read-only?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            return self.open_path(path, read_only=True)
        except WorkspaceError as error:
            QMessageBox.warning(self, "Cannot open workspace", str(error))
            return False
        self._set_document(document)
        return True

    def create_workspace(self, path: str | Path, sample: bool = False) -> bool:
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            document = Document.create(path, sample=sample)
        except (WorkspaceError, OSError) as error:
            QMessageBox.warning(self, "Cannot create workspace", str(error))
            return False
        self._set_document(document)
        return True

    def open_sample(self) -> bool:
        """Open a fresh copy of the sample (the bundled one is never edited)."""
        return self.create_workspace(sample_path(), sample=True)

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New workspace", "", FILE_FILTER)
        if path:
            if not path.endswith(SUFFIX):
                path += SUFFIX
            self.create_workspace(path)

    def open_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open workspace", "", FILE_FILTER)
        if path:
            self.open_path(path)

    def save_as(self) -> None:
        if self.document is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Save workspace as", "", FILE_FILTER)
        if not path:
            return
        if not path.endswith(SUFFIX):
            path += SUFFIX
        self.save_as_path(path)

    def save_as_path(self, path: str | Path) -> bool:
        """Copy the workspace to *path* and go on editing the copy."""
        if self.document is None:
            return False
        try:
            self.document.save_as(path)
        except (WorkspaceError, OSError) as error:
            QMessageBox.warning(self, "Cannot save workspace", str(error))
            return False
        remember_workspace(self.settings, path)
        self._update_title()
        self.mode_label.setText("")
        self.window_actions.update_history(self.document.history)
        self.statusBar().showMessage(f"Saved as {path}")
        return True

    def _fill_recent_menu(self) -> None:
        menu = self.window_actions.recent_menu
        menu.clear()
        paths = recent_workspaces(self.settings)
        for path in paths:
            action = menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not paths:
            menu.addAction("No recent workspaces").setEnabled(False)

    # diagrams and changes ----------------------------------------------------------------------
    def show_diagram(self, diagram_id: str) -> None:
        if self.document is None:
            return
        self.controller.keys.finish_label_edit(commit=True)
        self.controller.set_tool(None)
        self.scene.show_diagram(diagram_id)
        self.view.fit_diagram()

    def _selection_changed(self) -> None:
        # a scene being destroyed (closing, another workspace) still reports its selection
        if shiboken6.isValid(self.scene) and shiboken6.isValid(self.properties):
            self.properties.show_ids(self.scene.selected_ids())

    def _on_changed(self, changeset: ChangeSet) -> None:
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
        self.statusBar().showMessage(SAVED)

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
            QMessageBox.warning(self, "Cannot save the change", str(error))

    def report(self, message: str) -> None:
        """Tell the user something short (a refused edit, say) in the status bar."""
        self.statusBar().showMessage(message, 6000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        if self.document is not None:
            self.document.history.changed.disconnect(self._on_changed)
            self.document.close()
            self.document = None
        super().closeEvent(event)
