"""A weak point's fishbone as PNG, SVG or PDF bytes, drawn offscreen.

PNG and SVG are painted by the window's painter; the PDF is the reportlab drawing the SOP and
the portfolio report use. All three come from the same layout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from procdesk.analysis.fishbone_layout import FishboneLayout
from procdesk.analysis.fishbone_shapes import PAPER
from procdesk.export.root_cause.drawing import fishbone_pdf, weak_point_layout
from procdesk.files import write_atomically
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.canvas.fonts import load_fonts
from procdesk.ui.canvas.render import ensure_app
from procdesk.ui.root_cause.painter import paint_fishbone

SUFFIXES = (".png", ".svg", ".pdf")


def _bytes(data: QByteArray) -> bytes:
    return bytes(data.data())


def fishbone_png(layout: FishboneLayout, scale: float = 2.0) -> bytes:
    """The fishbone as a PNG on white, *scale* pixels per drawing unit."""
    ensure_app()
    load_fonts()
    image = QImage(
        max(1, round(layout.width * scale)),
        max(1, round(layout.height * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(QColor(PAPER))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_fishbone(painter, layout)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return _bytes(data)


def fishbone_svg(layout: FishboneLayout, title: str = "") -> bytes:
    """The fishbone as a vector SVG (text stays text)."""
    ensure_app()
    load_fonts()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(96)
    size = QSize(round(layout.width), round(layout.height))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription("Fishbone (Ishikawa) diagram drawn by procdesk")
    painter = QPainter(generator)
    paint_fishbone(painter, layout)
    painter.end()
    buffer.close()
    return _bytes(data)


def fishbone_file(workspace: Workspace, weak_point_id: str, suffix: str) -> bytes:
    """The weak point's fishbone as *suffix* ('.png', '.svg' or '.pdf').

    Raises:
        ValueError: an unknown suffix, or the weak point has no fishbone.
    """
    suffix = suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(tr("give a .png, .svg or .pdf file name"))
    if suffix == ".pdf":
        return fishbone_pdf(workspace, weak_point_id)
    layout = weak_point_layout(workspace, weak_point_id)
    if layout is None:
        raise ValueError(tr("the weak point has no fishbone"))
    if suffix == ".png":
        return fishbone_png(layout)
    return fishbone_svg(layout, tr("Fishbone diagram"))


def write_fishbone(workspace: Workspace, weak_point_id: str, path: Path) -> Path:
    """Write the weak point's fishbone to *path* (its suffix picks the format), whole or
    not at all."""
    write_atomically(path, fishbone_file(workspace, weak_point_id, path.suffix))
    return path
