"""A diagram as SVG, PNG or PDF bytes, drawn offscreen with the canvas's own painters.

They always draw in the light paper colours, also while the window shows the dark scheme.
Image export and the SOP PDF exporter call these; they need no window, only a Qt application
object, which is created (offscreen when there is no display) if none exists yet. Every text
drawn is checked against the installed fonts: inside ``noting_missing_glyphs()`` the
characters that no font has (drawn as empty boxes) are noted, so the export can name them.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator

from procdesk.model.elements import Diagram
from procdesk.model.workspace import Workspace
from procdesk.ui.canvas.drawing import Picture, diagram_bounds, paint_diagram, picture_of
from procdesk.ui.canvas.fonts import load_fonts, note_uncovered, prepare_font_environment
from procdesk.ui.canvas.style import PAPER, paper_colors

_app: QGuiApplication | None = None


def ensure_app() -> None:
    """Make sure a Qt application exists (fonts and painting need one)."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    prepare_font_environment()
    from PySide6.QtWidgets import QApplication

    _app = QApplication([])


def _prepare_painting() -> None:
    ensure_app()
    load_fonts()


def _prepare(workspace: Workspace, diagram_id: str) -> tuple[Picture, QRectF]:
    _prepare_painting()
    workspace.get(diagram_id, Diagram)
    picture = picture_of(workspace, diagram_id)
    return picture, diagram_bounds(picture)


class _CheckingPainter(QPainter):
    """A painter that checks each text it draws against the installed fonts, so an export
    can name the characters that came out as empty boxes (see ``noting_missing_glyphs``)."""

    def drawText(self, *args: Any) -> None:  # type: ignore[override]
        super().drawText(*args)
        text = next((arg for arg in args if isinstance(arg, str)), "")
        if text:
            note_uncovered(self.font(), text)


def _paint(painter: QPainter, picture: Picture, source: QRectF) -> None:
    """Draw the diagram in the light paper colours, whatever scheme the window shows: a
    picture goes into documents and slides, and gets printed."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(-source.left(), -source.top())
    with paper_colors():
        paint_diagram(painter, picture)


def diagram_svg(workspace: Workspace, diagram_id: str) -> bytes:
    """The diagram as a vector SVG (text stays text), cropped to its contents plus a margin."""
    picture, source = _prepare(workspace, diagram_id)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(96)
    size = QSize(round(source.width()), round(source.height()))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(workspace.get(diagram_id, Diagram).name)
    generator.setDescription("BPMN diagram drawn by procdesk")
    painter = _CheckingPainter(generator)
    _paint(painter, picture, source)
    painter.end()
    buffer.close()
    return bytes(data.data())


def diagram_png(workspace: Workspace, diagram_id: str, scale: float = 2.0) -> bytes:
    """The diagram as a PNG on white, *scale* pixels per scene unit (2.0 suits print)."""
    if scale <= 0:
        raise ValueError("the scale of an image must be positive")
    picture, source = _prepare(workspace, diagram_id)
    image = QImage(
        max(1, round(source.width() * scale)),
        max(1, round(source.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(QColor(PAPER.background))
    painter = _CheckingPainter(image)
    painter.scale(scale, scale)
    _paint(painter, picture, source)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def diagram_pdf(workspace: Workspace, diagram_id: str) -> bytes:
    """The diagram as a one-page vector PDF whose page fits the diagram."""
    picture, source = _prepare(workspace, diagram_id)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(96)
    points = QSizeF(source.width() * 72 / 96, source.height() * 72 / 96)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(
                points, QPageSize.Unit.Point, "diagram", QPageSize.SizeMatchPolicy.ExactMatch
            ),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(workspace.get(diagram_id, Diagram).name)
    writer.setCreator("procdesk")
    painter = _CheckingPainter(writer)
    _paint(painter, picture, source)
    painter.end()
    buffer.close()
    return bytes(data.data())


IMAGE_SUFFIXES = (".png", ".svg", ".pdf")
"""File suffixes ``diagram_image`` can write."""


def diagram_image(workspace: Workspace, diagram_id: str, suffix: str) -> bytes:
    """The diagram in the format its file *suffix* names (.png, .svg or .pdf)."""
    suffix = suffix.lower()
    if suffix == ".svg":
        return diagram_svg(workspace, diagram_id)
    if suffix == ".pdf":
        return diagram_pdf(workspace, diagram_id)
    if suffix == ".png":
        return diagram_png(workspace, diagram_id)
    raise ValueError(f"no image format for {suffix!r}; use one of {', '.join(IMAGE_SUFFIXES)}")
