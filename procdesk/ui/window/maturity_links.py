"""Process maturity in the window: *Assess maturity…* in the process tree's menu (and the
Audit area's *Open in Maturity area*) brings the Maturity area to the front with that process
chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMenu

from procdesk.text import tr
from procdesk.ui.maturity.area import MaturityArea
from procdesk.ui.window.areas import WorkspaceAreas

if TYPE_CHECKING:
    from procdesk.ui.window.main_window import MainWindow


class Host(Protocol):
    """What showing the Maturity area needs of the window."""

    areas: WorkspaceAreas


def install(window: MainWindow) -> None:
    """The process tree's *Assess maturity…* entry."""
    window.tree.menu_extensions.append(lambda menu, process_id: _entry(window, menu, process_id))


def _entry(window: MainWindow, menu: QMenu, process_id: str) -> None:
    action = menu.addAction(tr("Assess maturity…"))
    action.setObjectName("actionAssessMaturity")
    action.triggered.connect(lambda _checked=False: assess(window, process_id))


def assess(window: Host, process_id: str) -> MaturityArea | None:
    """Show the Maturity area on *process_id*."""
    area = window.areas.area("maturity")
    if isinstance(area, MaturityArea):
        area.select_process(process_id)
        return area
    return None
