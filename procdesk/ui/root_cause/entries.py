"""The ways into a weak point's root-cause analysis: a menu entry (the canvas's and the
Findings panel's right-click menus), a button (the weak point dialog), and the fishbone as a
picture (the business case of an initiative)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QMenu, QWidget

from procdesk.document import Document
from procdesk.model.elements import WeakPoint
from procdesk.model.root_cause_queries import fishbone_of
from procdesk.text import tr
from procdesk.ui.root_cause.dialog import RootCauseDialog
from procdesk.ui.root_cause.fishbone_view import FishboneView

_OPEN: dict[tuple[int, str], RootCauseDialog] = {}
"""The dialog open for each (document, weak point): opening it again brings it forward."""

PICTURE_HEIGHT = 280


def open_root_cause(
    document: Document, weak_point_id: str, parent: QWidget | None, *, modal: bool = False
) -> RootCauseDialog | None:
    """Show the weak point's root-cause analysis (None if the weak point is gone)."""
    if not isinstance(document.workspace.find(weak_point_id), WeakPoint):
        return None
    key = (id(document), weak_point_id)
    existing = _OPEN.get(key)
    if existing is not None and shiboken6.isValid(existing) and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = RootCauseDialog(document, weak_point_id, parent)
    _OPEN[key] = dialog
    dialog.destroyed.connect(lambda _object=None: _OPEN.pop(key, None))
    if modal:
        dialog.setModal(True)
    dialog.show()
    dialog.raise_()
    return dialog


def add_root_cause_entries(
    menu: QMenu, document: Document, weak_point_ids: list[str], parent: QWidget | None
) -> None:
    """*Root-cause analysis…* for each weak point (in a submenu when there are several)."""
    if not weak_point_ids:
        return
    menu.addSeparator()
    target = menu if len(weak_point_ids) == 1 else menu.addMenu(tr("Root-cause analysis"))
    for weak_point_id in weak_point_ids:
        if len(weak_point_ids) == 1:
            text = tr("Root-cause analysis…")
        else:
            point = document.workspace.get(weak_point_id, WeakPoint)
            text = point.description[:40] or tr("Weak point")
        action = target.addAction(text)
        action.setObjectName("rootCauseAnalysis")
        action.triggered.connect(
            lambda _c=False, w=weak_point_id: open_root_cause(document, w, parent)
        )


def fishbone_picture(document: Document, point: WeakPoint) -> QWidget | None:
    """The weak point's fishbone as a picture that fits its place (None: it has none)."""
    if fishbone_of(document.workspace, point.id) is None:
        return None
    view = FishboneView(document, point.id, editable=False, min_scale=0.1)
    view.setFixedHeight(PICTURE_HEIGHT)
    view.activated.connect(lambda: open_root_cause(document, point.id, view.window()))
    view.setToolTip(tr("Root-cause analysis: {problem}").format(problem=point.description))
    return view
