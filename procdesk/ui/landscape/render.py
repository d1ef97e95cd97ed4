"""The landscape as SVG, PNG or PDF bytes, drawn offscreen with the landscape's own painters.

File ▸ Export, ``procdesk export image --landscape`` and the SOP bundle's first page call
these; like the diagram's pictures (``procdesk.ui.canvas.render``) they need only a Qt
application object and always draw on white paper.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from procdesk.analysis.landscape import build_landscape
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.canvas.render import (
    IMAGE_SUFFIXES,
    picture_pdf,
    picture_png,
    picture_svg,
    prepare_painting,
)
from procdesk.ui.landscape.drawing import paint_picture, qrect
from procdesk.ui.landscape.heat import ColourBy
from procdesk.ui.landscape.picture import Picture, make_picture

MARGIN = 12.0


def landscape_picture(
    workspace: Workspace,
    by: ColourBy = ColourBy.NOTHING,
    group: str | None = None,
    today: date | None = None,
) -> Picture:
    """The picture of the workspace's landscape (its top level, or one group's level)."""
    return make_picture(build_landscape(workspace, today), group, by)


def _source(picture: Picture) -> QRectF:
    return qrect(picture.bounds).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def picture_image(picture: Picture, suffix: str, scale: float = 2.0) -> bytes:
    """*picture* in the format its file *suffix* names (.png, .svg or .pdf)."""
    prepare_painting()
    suffix = suffix.lower()
    source = _source(picture)
    title = tr("Process landscape")

    def paint(painter: QPainter) -> None:
        paint_picture(painter, picture)

    if suffix == ".svg":
        return picture_svg(source, title, "Process landscape drawn by procdesk", paint)
    if suffix == ".pdf":
        return picture_pdf(source, title, paint)
    if suffix == ".png":
        return picture_png(source, scale, paint)
    raise ValueError(f"no image format for {suffix!r}; use one of {', '.join(IMAGE_SUFFIXES)}")


def landscape_image(
    workspace: Workspace,
    suffix: str,
    by: ColourBy = ColourBy.NOTHING,
    group: str | None = None,
    today: date | None = None,
) -> bytes:
    """The workspace's landscape as .png, .svg or .pdf bytes."""
    prepare_painting()
    return picture_image(landscape_picture(workspace, by, group, today), suffix)


def landscape_svg(workspace: Workspace, today: date | None = None) -> bytes:
    """The top level of the landscape as SVG (the SOP bundle's first page)."""
    return landscape_image(workspace, ".svg", today=today)
