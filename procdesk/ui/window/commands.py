"""What the main window does when a panel, the canvas or a menu asks: show an element, open
a sub-process's diagram and come back, record or edit a weak point, go from a weak point to
its initiatives, export.

Kept apart from the window's construction so each module stays small.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction

from procdesk.analysis.revision_compare import RevisionComparison
from procdesk.export.sop.record import SopRecord
from procdesk.model.elements import Diagram, Kpi
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.canvas.controller import CanvasController
from procdesk.ui.canvas.keys import delete_selection
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.view import DiagramView
from procdesk.ui.common.background import BackgroundJobs
from procdesk.ui.dialogs.sop import export_sop_pdf
from procdesk.ui.dialogs.weak_point import WeakPointDialog
from procdesk.ui.landscape import exporting as landscape_exporting
from procdesk.ui.landscape.render import landscape_picture
from procdesk.ui.panels.process_tree import ProcessTree
from procdesk.ui.presentation.mode import PresentationWindow
from procdesk.ui.window import maturity_links, portfolio_links
from procdesk.ui.window.areas import WorkspaceAreas
from procdesk.ui.window.docks import Panels
from procdesk.ui.window.exports import ask_image_path, copy_image, start_image_export
from procdesk.ui.window.workspace_files import WorkspaceFiles


class WindowCommands(WorkspaceFiles):
    """Navigation, weak points and exports of the main window."""

    scene: DiagramScene
    view: DiagramView
    controller: CanvasController
    tree: ProcessTree
    trail: list[str]
    areas: WorkspaceAreas
    jobs: BackgroundJobs
    panels: Panels

    def report(self, message: str) -> None:
        raise NotImplementedError

    def current_process_id(self) -> str | None:
        if self.document is None or self.scene.diagram_id is None:
            return None
        diagram = self.document.workspace.find(self.scene.diagram_id)
        return diagram.process_id if isinstance(diagram, Diagram) else None

    def select_element(self, diagram_id: str | None, element_id: str) -> None:
        """Show *element_id* (in *diagram_id*, or the diagram on the canvas) selected."""
        if diagram_id is not None and diagram_id != self.scene.diagram_id:
            self.tree.select_diagram(diagram_id)
        item = self.scene.item(element_id)
        if item is None:
            return
        self.scene.select_ids([element_id])
        self.view.centerOn(item)
        self.view.setFocus()

    def drill_down(self, diagram_id: str) -> None:
        """Show a sub-process's own diagram; Back (Alt+Left) returns."""
        if self.scene.diagram_id is not None:
            self.trail.append(self.scene.diagram_id)
        self.tree.select_diagram(diagram_id)

    def back(self) -> None:
        while self.trail:
            previous = self.trail.pop()
            if self.document is not None and previous in self.document.workspace:
                self.tree.select_diagram(previous)
                return

    def open_diagram(self, diagram_id: str) -> None:
        self.areas.show_diagram_page()
        self.tree.select_diagram(diagram_id)

    def show_area(self, key: str) -> None:
        """Bring a workspace area (the landscape…) to the front."""
        self.areas.area(key)

    def open_process(self, process_id: str) -> None:
        """Show the first diagram of a process (from the landscape, a register…)."""
        if self.document is None:
            return
        diagrams = self.document.workspace.diagrams_of(process_id)
        if diagrams:
            self.open_diagram(diagrams[0].id)

    def show_kpi(self, kpi_id: str) -> None:
        """Open the KPI's process and show the KPI in the KPI panel (from the dashboard)."""
        kpi = self.document.workspace.find(kpi_id) if self.document is not None else None
        if not isinstance(kpi, Kpi):
            return
        if self.current_process_id() != kpi.process_id:
            self.open_process(kpi.process_id)
        kpis = self.panels.kpis
        if kpis is not None:
            kpis.select_kpi(kpi_id)
            self.panels.kpi_dock.show()
            self.panels.kpi_dock.raise_()

    def edit_weak_point(self, weak_point_id: str) -> None:
        if self.document is None or self.scene.diagram_id is None:
            return
        WeakPointDialog(
            self.document,
            self.scene.diagram_id,
            weak_point_id=weak_point_id,
            parent=self,
            initiative_chosen=self.show_initiative,
        ).exec()

    def show_initiative(self, initiative_id: str) -> None:
        """Bring the Improvement area forward with the initiative's business case."""
        portfolio_links.show_initiative(self, initiative_id)

    def assess_maturity(self, process_id: str) -> None:
        """Bring the Maturity area forward on a process (from the Audit area)."""
        maturity_links.assess(self, process_id)

    def show_weak_point(self, weak_point_id: str) -> None:
        """Show a weak point where it was recorded, then its dialog (from a business case)."""
        portfolio_links.show_weak_point(self, weak_point_id)

    def add_weak_point(self, target_id: str | None) -> None:
        """Record a weak point on an element (or the whole diagram) through its dialog."""
        if self.document is None or self.scene.diagram_id is None:
            return
        WeakPointDialog(self.document, self.scene.diagram_id, target_id, parent=self).exec()

    def record_weak_point(self) -> None:
        """Ctrl+Shift+W: a weak point on the one selected element, or on the whole diagram."""
        ids = self.scene.selected_ids()
        if not self.controller.can_edit:
            if self.document is not None and self.document.read_only:
                self.report(tr("This workspace is open read-only"))
            return
        if len(ids) > 1:
            self.report(tr("Select one element to record a weak point on it"))
            return
        self.add_weak_point(ids[0] if ids else None)

    def exported(self, path: Path) -> None:
        self.report(tr("Exported {path}").format(path=path))

    def export_image(self) -> None:
        """File ▸ Export ▸ Diagram as Image…: ask where, then write in the background."""
        document, diagram_id = self.document, self.scene.diagram_id
        if document is None or diagram_id is None:
            return
        path = ask_image_path(self, document.workspace, diagram_id)
        if path is not None:
            self.export_image_to(path)

    def export_image_to(self, path: Path) -> None:
        if self.document is not None and self.scene.diagram_id is not None:
            trigger = self.findChild(QAction, "actionExportImage")
            workspace, diagram_id = self.document.workspace, self.scene.diagram_id
            start_image_export(self, self.jobs, path, workspace, diagram_id, self.exported, trigger)

    def present_to_room(self) -> None:
        """The full-screen walk-through with halo and caption, in a window of its own."""
        if self.document is not None and self.scene.diagram_id is not None:
            PresentationWindow.start(self.document, self.scene.diagram_id)

    def copy_image(self) -> None:
        if self.document is not None and self.scene.diagram_id is not None:
            copy_image(self.document.workspace, self.scene.diagram_id)
            self.report(tr("Diagram copied as a picture"))

    def sop_source(self, process_id: str) -> tuple[Workspace, SopRecord | None]:
        """The workspace an SOP of *process_id* is printed from, and its issue record (None:
        the draft's own); the window's version viewing knows better."""
        assert self.document is not None
        return self.document.workspace, None

    def export_sop(self) -> None:
        """File ▸ Export ▸ SOP as PDF…: the dialog, then the PDF built in the background."""
        process_id = self.current_process_id()
        if self.document is not None and process_id is not None:
            workspace, record = self.sop_source(process_id)
            export_sop_pdf(
                self,
                self.jobs,
                workspace,
                process_id,
                self.exported,
                self.settings,
                self.view.diagram_scene().diagram_id,
                self.findChild(QAction, "actionExportSop"),
                record,
            )

    def export_landscape(self) -> None:
        """File ▸ Export ▸ Landscape as Image…: the landscape's top level, as PNG, SVG or PDF
        (the landscape's own Export… writes the level and colouring it shows)."""
        if self.document is None:
            return
        path = landscape_exporting.ask_picture_path(self)
        if path is not None:
            picture = landscape_picture(self.document.workspace)
            trigger = self.findChild(QAction, "actionExportLandscape")
            landscape_exporting.start_picture_export(
                self, self.jobs, path, picture, self.exported, trigger
            )

    def export_bundle(self) -> None:
        """File ▸ Export ▸ SOP Bundle…: the landscape, the contents and the SOPs."""
        if self.document is not None:
            trigger = self.findChild(QAction, "actionExportBundle")
            landscape_exporting.export_bundle(
                self,
                self.jobs,
                self.document.workspace,
                self.exported,
                trigger,
                self.sop_changes_picture,
            )

    def sop_changes_picture(self, comparison: RevisionComparison) -> bytes | None:
        """The revision overlay on a version's SOP "changes" page (drawn by the versions room)."""
        from procdesk.ui.versions.overlay import overlay_svg

        return overlay_svg(comparison)

    def auto_layout(self) -> None:
        diagram_id = self.scene.diagram_id
        if diagram_id is not None:
            self.controller.edit(lambda editor: editor.auto_layout(diagram_id))

    def delete_selection(self) -> None:
        """Edit ▸ Delete: the selected elements (lanes close their gap)."""
        ids = self.scene.selected_ids()
        if ids:
            self.controller.edit(lambda editor: delete_selection(editor, ids))

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.window_actions.full_screen.setChecked(self.isFullScreen())
