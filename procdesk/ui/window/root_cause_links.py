"""Root-cause analysis in the window: *Root-cause analysis…* in the canvas's right-click
menu of an element (or the diagram) that has weak points."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from procdesk.model.elements import Shape
from procdesk.ui.root_cause.entries import add_root_cause_entries

if TYPE_CHECKING:
    from procdesk.ui.window.main_window import MainWindow


def install(window: MainWindow) -> None:
    window.controller.menu_extensions.append(
        lambda menu, target: _canvas_entries(window, menu, target)
    )


def _canvas_entries(window: MainWindow, menu: QMenu, target: Shape | None) -> None:
    document, diagram_id = window.document, window.scene.diagram_id
    if document is None or diagram_id is None:
        return
    points = document.workspace.weak_points_on(target.id if target else diagram_id)
    add_root_cause_entries(menu, document, [p.id for p in points], window)
