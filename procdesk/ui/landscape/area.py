"""The Landscape area: the workspace's processes in their bands, as a tab beside the diagram.

Above the landscape: the breadcrumb of the level shown, the choice of colouring, the export of
the picture and of the SOP bundle. Beside it: the end-to-end view of the chosen process and
the references to processes that are missing. The area follows the open Document: every edit
(a drag here, a rename on the canvas, a new KPI value) redraws it, else when it is shown next.
Its own edits redraw it at once; edits made elsewhere (typing a name in the properties, one
ChangeSet per keystroke) are gathered for a moment first, since a landscape of hundreds of
processes takes a noticeable fraction of a second to draw.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.landscape import build_landscape
from procdesk.analysis.revision_compare import RevisionComparison
from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.landscape import Band
from procdesk.model.landscape_tree import LandscapeTree
from procdesk.text import tr
from procdesk.ui.canvas.view import DiagramView
from procdesk.ui.common.background import BackgroundJobs
from procdesk.ui.common.observe import named, observe
from procdesk.ui.landscape import exporting
from procdesk.ui.landscape.breadcrumb import TOP, Breadcrumb, trail_to
from procdesk.ui.landscape.heat import CHOICE_CONTEXT, CHOICES, ColourBy
from procdesk.ui.landscape.menu import Edit, MenuActions, process_menu
from procdesk.ui.landscape.picture import Picture, make_picture
from procdesk.ui.landscape.scene import LandscapeScene
from procdesk.ui.landscape.side import SidePanel
from procdesk.ui.landscape.trail import CanvasTrail
from procdesk.ui.landscape.view import LandscapeView

KEY = "landscape"
"""The area's key in the window's list of areas."""
SETTLE_MS = 150
"""How long edits made elsewhere are gathered before the landscape is drawn anew."""


class LandscapeHost(Protocol):
    """What the landscape asks of the window."""

    jobs: BackgroundJobs
    view: DiagramView

    def open_process(self, process_id: str) -> None: ...

    def select_element(self, diagram_id: str | None, element_id: str) -> None: ...

    def sop_changes_picture(self, comparison: RevisionComparison) -> bytes | None: ...

    def report(self, message: str) -> None: ...

    def show_area(self, key: str) -> None: ...


class LandscapeArea(QWidget):
    """objectName ``landscapeArea`` (given by the window); ``detach`` stops following."""

    def __init__(self, document: Document, host: LandscapeHost) -> None:
        super().__init__()
        self.document, self.host = document, host
        self.group: str | None = None
        self.colour_by = ColourBy.NOTHING
        self.picture: Picture | None = None
        self._dirty = True
        self._fit_next = True
        self._editing = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self.scene = LandscapeScene()
        self.view = LandscapeView(self.scene)
        self.view.editable = not document.read_only
        self.crumbs = named(Breadcrumb(), "landscapeBreadcrumb")
        self.open_group = named(QPushButton(""), "landscapeOpenGroup")
        self.open_group.setFlat(True)
        self.colouring = named(QComboBox(), "landscapeColouring")
        for by, text in CHOICES.items():
            self.colouring.addItem(tr(text, CHOICE_CONTEXT), by.value)
        self.colouring.setAccessibleName(tr("Colour the processes by"))
        self.export_button = named(QPushButton(tr("Export…")), "landscapeExport")
        self.bundle_button = named(QPushButton(tr("SOP bundle…")), "landscapeBundle")
        self.side = SidePanel()
        self.trail = CanvasTrail(host.view)
        self._build()
        self._wire()
        self._stop = observe(self, document, self._changed)

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.crumbs)
        bar.addWidget(self.open_group)
        bar.addStretch(1)
        colour_label = QLabel(tr("Colour by:"))
        colour_label.setBuddy(self.colouring)
        bar.addWidget(colour_label)
        bar.addWidget(self.colouring)
        bar.addWidget(self.export_button)
        bar.addWidget(self.bundle_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.side)
        split.setStretchFactor(0, 1)
        split.setSizes([1000, 220])
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 4)
        column.addLayout(bar)
        column.addWidget(split, 1)

    def _wire(self) -> None:
        self.view.chosen.connect(lambda pid: self.scene.choose(pid or None))
        self.view.activated.connect(self.activate)
        self.view.moved.connect(self._moved)
        self.view.menu_requested.connect(self._menu)
        self.scene.chosen_changed.connect(self._show_chosen)
        self.crumbs.chosen.connect(self.go_to)
        self.trail.chosen.connect(self._back_from_canvas)
        self.open_group.clicked.connect(self._open_group)
        self.colouring.currentIndexChanged.connect(self._recolour)
        self.export_button.clicked.connect(self.export_picture)
        self.bundle_button.clicked.connect(self.export_bundle)
        self.side.unresolved_chosen.connect(self.host.select_element)

    # following the document --------------------------------------------------------------------
    def _changed(self, changeset: ChangeSet) -> None:
        self._dirty = True
        if self._editing:
            self.refresh()
        elif self.isVisible():
            self._settle.start()
        else:
            self.trail.rename(LandscapeTree.of(self.document.workspace))

    def _settled(self) -> None:
        if self._dirty and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
        if self._fit_next:
            self._fit_next = False
            self.view.fit_all()

    def refresh(self) -> None:
        """Draw the landscape anew from the workspace (the level and colouring stay)."""
        landscape = build_landscape(self.document.workspace)
        tree = landscape.tree
        if self.group is not None and not tree.children_of.get(self.group):
            self.group = None  # its sub-processes went away: back to the top
        self.picture = make_picture(landscape, self.group, self.colour_by)
        self.scene.show_picture(self.picture)
        self.crumbs.set_crumbs(trail_to(tree, self.group))
        self.open_group.setVisible(self.group is not None)
        if self.group is not None:
            name = tree.processes[self.group].name
            self.open_group.setText(tr("Open the diagram of {name}").format(name=name))
        self.side.show_unresolved(landscape)
        self.trail.rename(tree)
        self._dirty = False

    def detach(self) -> None:
        self._stop()
        self._settle.stop()
        self.trail.detach()
        self.trail.deleteLater()

    # navigating --------------------------------------------------------------------------------
    def activate(self, process_id: str) -> None:
        """A double-click: a process with sub-processes shows them, any other opens."""
        tree = self.picture.landscape.tree if self.picture else None
        if tree is not None and tree.children_of.get(process_id) and self.group != process_id:
            self.show_group(process_id)
        else:
            self.open_process(process_id)

    def show_group(self, process_id: str | None) -> None:
        """Show the sub-processes of *process_id* (None: the top level)."""
        self.group = process_id
        self.scene.chosen = None
        self.refresh()
        self.view.fit_all()

    def open_process(self, process_id: str) -> None:
        """Show the process's diagram on the canvas, with the way back above it."""
        self.host.open_process(process_id)
        if self.picture is not None:
            self.trail.follow(self.picture.landscape.tree, process_id)

    def _open_group(self) -> None:
        if self.group is not None:
            self.open_process(self.group)

    def go_to(self, target: str) -> None:
        """Follow a breadcrumb link: the top level, a band (the top level) or a group."""
        if target.startswith("group:"):
            self.show_group(target.removeprefix("group:"))
        elif target == TOP or target.startswith("band:"):
            self.show_group(None)

    def _back_from_canvas(self, target: str) -> None:
        self.host.show_area(KEY)
        self.go_to(target)

    # editing -----------------------------------------------------------------------------------
    def edit(self, action: Edit) -> None:
        """Run an edit; a refused one is reported in the status bar and changes nothing."""
        self._editing = True
        try:
            action(self.document.editor)
        except (CommandError, ReadOnlyError, PersistError) as error:
            self.host.report(str(error))
            self.refresh()
        finally:
            self._editing = False

    def _moved(self, process_id: str, band: str, index: int) -> None:
        group = self.group
        self.edit(lambda e: e.place_process(process_id, Band(band), index, parent_id=group))

    def _menu(self, process_id: str, where: QPoint) -> None:
        if self.picture is None:
            return
        actions = MenuActions(self.open_process, self.show_group, self.scene.choose, self.edit)
        editable = not self.document.read_only
        menu = process_menu(self, self.picture.landscape.tree, process_id, editable, actions)
        menu.exec(where)

    def _recolour(self) -> None:
        self.colour_by = ColourBy(self.colouring.currentData())
        self.refresh()

    def _show_chosen(self) -> None:
        if self.picture is not None:
            self.side.show_chosen(self.picture, self.scene.emphasis)

    # exports -----------------------------------------------------------------------------------
    def export_picture(self) -> None:
        """Export… : the level shown, coloured as shown, as PNG, SVG or PDF."""
        if self.picture is None:
            self.refresh()
        path = exporting.ask_picture_path(self)
        if path is not None and self.picture is not None:
            exporting.start_picture_export(
                self, self.host.jobs, path, self.picture, self._exported, self.export_button
            )

    def export_bundle(self) -> None:
        """SOP bundle… : the landscape, the contents and the SOPs, in the background."""
        exporting.export_bundle(
            self,
            self.host.jobs,
            self.document.workspace,
            self._exported,
            self.bundle_button,
            self.host.sop_changes_picture,
        )

    def _exported(self, path: Path) -> None:
        self.host.report(tr("Exported {path}").format(path=path))
