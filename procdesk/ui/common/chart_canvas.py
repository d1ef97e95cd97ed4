"""The start of a chart's paintEvent: the widget filled with its palette's base colour, or,
when there is nothing to draw, a short placeholder text in the middle instead of an empty
frame (the maturity radar and history draw this way)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QWidget


def chart_painter(widget: QWidget, placeholder: str | None) -> QPainter | None:
    """An antialiased painter on *widget*, its base colour filled in; with a *placeholder*
    the text is drawn, the painter ended and None returned (nothing more to draw)."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = widget.palette()
    painter.fillRect(widget.rect(), palette.color(QPalette.ColorRole.Base))
    if placeholder is None:
        return painter
    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
    painter.drawText(widget.rect(), Qt.AlignmentFlag.AlignCenter, placeholder)
    painter.end()
    return None
