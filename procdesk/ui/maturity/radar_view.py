"""The radar of a maturity profile, painted with QPainter: a spoke per dimension, a ring per
level, the latest assessment filled, earlier ones as thin lines, the target dashed.

The geometry is ``analysis.radar`` (shared with the PDF's drawing); only the painting is here.
Grid and labels follow the palette (light or dark); the profiles keep their hues.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from procdesk.analysis.radar import RadarFrame, RadarProfile
from procdesk.text import tr
from procdesk.ui.common.chart_canvas import chart_painter


class RadarView(QWidget):
    """objectName ``maturityRadar``: spokes named after the dimensions, rings after levels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("maturityRadar")
        self.setAccessibleName(tr("Maturity profile radar"))
        self.setMinimumSize(280, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.axes: tuple[str, ...] = ()
        self.level_labels: tuple[str, ...] = ()
        self.profiles: tuple[RadarProfile, ...] = ()

    def sizeHint(self) -> QSize:
        return QSize(420, 380)

    def show_profiles(
        self, axes: Sequence[str], level_labels: Sequence[str], profiles: Sequence[RadarProfile]
    ) -> None:
        """Draw *profiles* over spokes *axes* with rings labelled *level_labels* (1 first)."""
        self.axes, self.level_labels, self.profiles = (
            tuple(axes),
            tuple(level_labels),
            tuple(profiles),
        )
        summary = "; ".join(
            f"{p.name}: "
            + ", ".join(f"{a} {self._label(v)}" for a, v in zip(self.axes, p.levels, strict=False))
            for p in self.profiles
        )
        self.setAccessibleDescription(summary)
        self.update()

    def _label(self, level: int | None) -> str:
        if level is None or not 1 <= level <= len(self.level_labels):
            return "\u2013"
        return self.level_labels[level - 1]

    # painting ----------------------------------------------------------------------------------
    def frame(self) -> RadarFrame:
        """Where the radar sits in the widget now (legend below, labels around)."""
        metrics = QFontMetricsF(self.font())
        legend = (metrics.height() + 4) * max(1, len(self.profiles))
        margin_x = max((metrics.horizontalAdvance(a) for a in self.axes), default=40) + 12
        margin_y = metrics.height() * 2 + 8
        width, height = self.width() - 2 * margin_x, self.height() - 2 * margin_y - legend
        radius = max(20.0, min(width, height) / 2)
        return RadarFrame(
            spokes=max(3, len(self.axes)),
            top=max(1, len(self.level_labels)),
            cx=self.width() / 2,
            cy=margin_y + max(height, 2 * radius) / 2,
            radius=radius,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = chart_painter(self, None if self.axes else tr("No profile to show"))
        if painter is None:
            return
        palette = self.palette()
        frame = self.frame()
        self._grid(painter, frame, palette)
        for profile in self.profiles:
            self._profile(painter, frame, profile)
        self._legend(painter, frame, palette)
        painter.end()

    def _grid(self, painter: QPainter, frame: RadarFrame, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(70)
        painter.setPen(QPen(grid, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for level in range(1, frame.top + 1):
            painter.drawPolygon(_polygon(frame.ring(level)))
        for spoke in range(len(self.axes)):
            painter.drawLine(QPointF(frame.cx, frame.cy), QPointF(*frame.point(spoke, frame.top)))
        painter.setPen(text)
        metrics = QFontMetricsF(self.font())
        for level, label in enumerate(self.level_labels, start=1):
            x, y = frame.point(0, level)
            painter.drawText(QPointF(x + 5, y - 3), label)
        for spoke, name in enumerate(self.axes):
            x, y, align = frame.label_anchor(spoke, metrics.height() * 1.2)
            width = metrics.horizontalAdvance(name)
            left = {"centre": x - width / 2, "left": x, "right": x - width}[align]
            if align == "centre":
                y += -metrics.height() / 2 if y < frame.cy else metrics.height() / 2
            painter.drawText(QPointF(left, y + metrics.ascent() / 2), name)

    def _profile(self, painter: QPainter, frame: RadarFrame, profile: RadarProfile) -> None:
        colour = QColor(profile.colour)
        pen = QPen(colour, 2.5 if profile.filled or profile.dashed else 1.5)
        if profile.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if profile.filled:
            fill = QColor(colour)
            fill.setAlpha(60)
            painter.setBrush(fill)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
        levels = list(profile.levels) + [None] * (len(self.axes) - len(profile.levels))
        painter.drawPolygon(_polygon(frame.outline(levels[: len(self.axes)])))
        painter.setBrush(colour)
        for spoke, level in enumerate(levels[: len(self.axes)]):
            if level is not None:
                painter.drawEllipse(QPointF(*frame.point(spoke, level)), 3, 3)

    def _legend(self, painter: QPainter, frame: RadarFrame, palette: QPalette) -> None:
        metrics = QFontMetricsF(self.font())
        y = frame.cy + frame.radius + metrics.height() * 2 + 4
        for profile in self.profiles:
            pen = QPen(QColor(profile.colour), 3)
            if profile.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            x = frame.cx - frame.radius
            painter.drawLine(QPointF(x, y), QPointF(x + 24, y))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            box = QRectF(x + 30, y - metrics.height() / 2, 2 * frame.radius, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, profile.name)
            y += metrics.height() + 4


def _polygon(points: Sequence[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])
