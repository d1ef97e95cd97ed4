"""What the main window does for released versions: show one read-only on the canvas (with
its banner; Back returns to the draft), open the revision compare, print the right SOP, and
say which processes are overdue for review when a workspace opens.

A version is shown on the canvas's own view, in a scene of its own over the version's own
workspace, with an editor whose history refuses every edit with a message saying why. The
draft's scene stays as it was (and keeps following the draft's edits) until Back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from procdesk.analysis.reviews import overdue_reviews
from procdesk.document import Document
from procdesk.export.sop.record import SopRecord, sop_record
from procdesk.model.changes import ChangeSet
from procdesk.model.editor import Editor
from procdesk.model.elements import Process
from procdesk.model.history import History
from procdesk.model.releases import Release, SignOff, latest_release, status_of, status_word
from procdesk.model.snapshots import SnapshotError, version_workspace
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.canvas.controller import CanvasController
from procdesk.ui.canvas.diagram_badge import DiagramBadge
from procdesk.ui.canvas.minimap import Minimap
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.view import DiagramView
from procdesk.ui.panels.properties.dock import PropertiesPanel
from procdesk.ui.versions.banner import VersionBanner
from procdesk.ui.versions.overlay import overlay_svg
from procdesk.ui.versions.revision_window import RevisionWindow


class VersionViewing(QMainWindow):
    """The main window's part in showing released versions (a base of ``MainWindow``)."""

    document: Document | None
    scene: DiagramScene
    view: DiagramView
    controller: CanvasController
    minimap: Minimap
    diagram_badge: DiagramBadge
    properties: PropertiesPanel
    editing_actions: list[QAction]
    element_palette: QWidget
    current_process_id: Callable[[], str | None]

    def install_version_viewing(self) -> None:
        """Make the banner (call once the canvas exists)."""
        self.viewed: Release | None = None
        self.version_scene: DiagramScene | None = None
        self.version_banner = VersionBanner(self.view)
        self.version_banner.back_requested.connect(self.back_to_draft)
        self.version_banner.diagram_chosen.connect(self._show_version_diagram)
        self.version_banner.compare_requested.connect(
            lambda: self.compare_versions(self.viewed.id) if self.viewed else None
        )
        self.view.resized.connect(self.version_banner.place)

    # showing a version -------------------------------------------------------------------------
    def view_version(self, release_id: str) -> None:
        """Show the released version on the canvas, read-only, with its banner."""
        if self.document is None:
            return
        release = self.document.workspace.find(release_id)
        if not isinstance(release, Release):
            return
        try:
            frozen = version_workspace(self.document.workspace, release)
        except SnapshotError as error:
            self.report(tr("Version {version} cannot be read: {reason}").format(
                version=release.version, reason=error
            ))  # fmt: skip
            return
        self.controller.keys.finish_label_edit(commit=True)
        self.controller.set_tool(None)
        status = status_word(status_of(self.document.workspace, release.id))
        history = History(frozen, read_only=True)
        history.read_only_reason = tr(
            "Version {version} ({status}) is read-only; use “New draft from version” to work on it"
        ).format(version=release.version, status=status)
        editor = Editor(history)
        diagrams = frozen.diagrams_of(release.process_id)
        shown = self.scene.diagram_id
        diagram_id = shown if shown in frozen else (diagrams[0].id if diagrams else None)
        self.viewed = release
        self.version_scene = DiagramScene(frozen, diagram_id)
        self.version_scene.set_heat(self.scene.heat)
        self.version_scene.selectionChanged.connect(self._version_selection)
        self._show_scene(self.version_scene, editor)
        for action in self.editing_actions:
            action.setEnabled(False)
        self.element_palette.setEnabled(False)
        text = tr("Version {version} ({status}) — read-only").format(
            version=release.version, status=status
        )
        self.version_banner.show_version(text, diagrams, diagram_id)
        self.properties.show_ids([release.process_id])
        self.view.frame_diagram()
        self.report(text)

    def back_to_draft(self) -> None:
        """Leave the version shown: the canvas shows the draft again, editable."""
        if self.viewed is None:
            return
        self.viewed = None
        self.version_scene = None
        self.version_banner.withdraw()
        document = self.document
        self._show_scene(self.scene, document.editor if document else None)
        editable = document is not None and not document.read_only
        for action in self.editing_actions:
            action.setEnabled(document is not None)
        self.element_palette.setEnabled(editable)
        process_id = self.current_process_id()
        self.properties.show_ids(self.scene.selected_ids() or ([process_id] if process_id else []))

    def _show_scene(self, scene: DiagramScene, editor: Editor | None) -> None:
        self.view.setScene(scene)
        self.minimap.set_scene(scene)
        self.diagram_badge.set_scene(scene)
        self.controller.editor = editor
        self.properties.set_editor(editor)
        self.properties.show_ids([])

    def _show_version_diagram(self, diagram_id: str) -> None:
        if self.version_scene is not None:
            self.version_scene.show_diagram(diagram_id)
            self.view.frame_diagram()

    def _version_selection(self) -> None:
        scene = self.version_scene
        if scene is not None and self.viewed is not None:
            self.properties.show_ids(scene.selected_ids() or [self.viewed.process_id])

    def follow_releases(self, changeset: ChangeSet) -> None:
        """Leave a version whose release an undo took away (call with every ChangeSet)."""
        if self.viewed is None or self.document is None:
            return
        if self.viewed.id not in self.document.workspace:
            self.back_to_draft()
        elif any(isinstance(c.entity, SignOff) for c in changeset.changes):
            self.view_version(self.viewed.id)  # its status changed: say so in the banner

    # comparing and printing --------------------------------------------------------------------
    def compare_versions(self, release_id: str) -> None:
        """Compare with…: the release against the draft, in a window of its own."""
        if self.document is None:
            return
        release = self.document.workspace.find(release_id)
        if isinstance(release, Release):
            window = RevisionWindow(self.document, release.process_id, release.version, parent=self)
            window.show()

    def sop_source(self, process_id: str) -> tuple[Workspace, SopRecord | None]:
        """What File ▸ Export ▸ SOP prints: the version shown (its workspace and record), or
        the draft (its record, with the overlay of its changes, once it has releases)."""
        assert self.document is not None
        workspace = self.document.workspace
        release = self.viewed if self.viewed and self.viewed.process_id == process_id else None
        if release is None and latest_release(workspace, process_id) is None:
            return workspace, None
        record = sop_record(workspace, process_id, release)
        if record.changes is not None:
            record = replace(record, changes_svg=overlay_svg(record.changes))
        source = version_workspace(workspace, release) if release else workspace
        return source, record

    # reviews -----------------------------------------------------------------------------------
    def note_overdue_reviews(self) -> None:
        """Say in the status bar which processes are overdue for review (the tree marks them)."""
        if self.document is None:
            return
        due = overdue_reviews(self.document.workspace, date.today())
        if not due:
            return
        names = ", ".join(self.document.workspace.get(d.process_id, Process).name for d in due[:3])
        if len(due) > 3:
            names = tr("{names} and %n more", None, len(due) - 3).format(names=names)
        text = tr("%n processes are overdue for review: {names}", None, len(due))
        self.statusBar().showMessage(text.format(names=names), 20000)

    def report(self, message: str) -> None:
        raise NotImplementedError
