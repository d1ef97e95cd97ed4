"""A conflict on the canvas: the element's diagram as the base, mine and theirs hold it.

"Mine" and "Theirs" are drawn as the revision compare draws a version: the diagram of that
side with what differs from the base outlined (added green, removed red and ghosted, changed
amber, moved with a trace), so both sides of the disagreement can be seen, not only read.
The conflicting element is selected and centred in each picture.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from procdesk.analysis.conflict_sides import (
    BASE,
    MINE,
    THEIRS,
    ConflictSides,
    conflict_place,
    conflict_sides,
)
from procdesk.model.merge import Conflict
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.view import DiagramView
from procdesk.ui.common.observe import named
from procdesk.ui.versions.overlay import OverlayScene


def _tab_titles() -> dict[str, str]:
    return {
        BASE: tr("Base (before either)"),
        MINE: tr("Mine (this workspace)"),
        THEIRS: tr("Theirs (the repository)"),
    }


class ConflictPictures(QWidget):
    """objectName ``conflictPictures``: tabs ``base``, ``mine``, ``theirs``;
    ``show_conflict(conflict)`` draws the diagram of *conflict*'s element on each."""

    def __init__(
        self, conflicts: tuple[Conflict, ...], workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictPictures")
        self.sides: ConflictSides = conflict_sides(workspace, conflicts)
        self.message = named(QLabel(), "conflictPictureMessage")
        self.message.setWordWrap(True)
        self.tabs = named(QTabWidget(), "conflictSides")
        self.views: dict[str, DiagramView] = {}
        for key, title in _tab_titles().items():
            view = DiagramView(DiagramScene(Workspace()))
            view.setObjectName(f"conflictView:{key}")
            view.setAccessibleName(title)
            self.views[key] = view
            self.tabs.addTab(view, title)
        self.tabs.setCurrentIndex(list(self.views).index(THEIRS))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.message)
        column.addWidget(self.tabs, 1)
        self.message.setText(tr("Choose an element to see it on its diagram."))

    def scene(self, key: str) -> DiagramScene:
        scene = self.views[key].scene()
        assert isinstance(scene, DiagramScene)
        return scene

    def show_conflict(self, conflict: Conflict) -> None:
        """Draw *conflict*'s diagram on the three tabs, its element selected and centred."""
        place = conflict_place(conflict, self.sides)
        if place is None:
            self._clear(tr("This element is not drawn in a diagram."))
            return
        process_id, diagram_id = place
        try:
            scenes = {
                BASE: self._plain(self.sides.base, diagram_id),
                MINE: self._overlay(MINE, process_id, diagram_id),
                THEIRS: self._overlay(THEIRS, process_id, diagram_id),
            }
        except (KeyError, LookupError, TypeError):
            self._clear(tr("The diagram cannot be drawn from the three sides of this conflict."))
            return
        self.message.setText(
            tr(
                "Outlined: what each side changed since the base "
                "(green added, red removed, amber changed)."
            )
        )
        for key, scene in scenes.items():
            view = self.views[key]
            view.setScene(scene)
            view.fit_diagram()
            shown = scene.item(conflict.id)
            if shown is not None:
                scene.select_ids([conflict.id])
                view.centerOn(shown)

    def _plain(self, workspace: Workspace, diagram_id: str) -> DiagramScene:
        scene = DiagramScene(workspace)
        if diagram_id in workspace:
            scene.show_diagram(diagram_id)
        return scene

    def _overlay(self, key: str, process_id: str, diagram_id: str) -> DiagramScene:
        later = self.sides.mine if key == MINE else self.sides.theirs
        comparison = self.sides.compared(key, process_id)
        revision = comparison.diagram(diagram_id)
        if revision is None:
            return self._plain(later, diagram_id)
        return OverlayScene(comparison, revision)

    def _clear(self, message: str) -> None:
        self.message.setText(message)
        for view in self.views.values():
            view.setScene(DiagramScene(Workspace()))
