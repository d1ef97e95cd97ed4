"""Did we improve? A small line chart per dimension (level against the assessment's date, the
target as a dashed line) and a table of every change of level between assessments."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.maturity import MaturityReport
from procdesk.analysis.radar import LATEST, TARGET
from procdesk.text import tr
from procdesk.ui.common.chart_canvas import chart_painter
from procdesk.ui.common.observe import named

COLUMNS = 3


@dataclass(frozen=True, slots=True)
class Series:
    """One dimension's levels over time, and its target (None: no target)."""

    name: str
    points: tuple[tuple[str, int], ...]
    target: int | None


class HistoryChart(QWidget):
    """objectName ``maturityHistoryChart``: one small chart per dimension, in a grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("maturityHistoryChart")
        self.setAccessibleName(tr("Maturity levels over time"))
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.series: tuple[Series, ...] = ()
        self.level_labels: tuple[str, ...] = ()
        self.dates: tuple[str, ...] = ()

    def sizeHint(self) -> QSize:
        return QSize(520, 320)

    def show_series(self, series: Sequence[Series], level_labels: Sequence[str]) -> None:
        self.series, self.level_labels = tuple(series), tuple(level_labels)
        self.dates = tuple(sorted({day for s in self.series for day, _ in s.points}))
        self.setAccessibleDescription(
            "; ".join(
                f"{s.name}: " + ", ".join(f"{day} {self._label(v)}" for day, v in s.points)
                for s in self.series
            )
        )
        self.update()

    def _label(self, level: int) -> str:
        return self.level_labels[level - 1] if 1 <= level <= len(self.level_labels) else "?"

    def cells(self) -> list[QRectF]:
        """The rectangle of each dimension's chart, in reading order."""
        rows = max(1, -(-len(self.series) // COLUMNS))
        width, height = self.width() / COLUMNS, self.height() / rows
        return [
            QRectF((i % COLUMNS) * width, (i // COLUMNS) * height, width, height).adjusted(
                6, 6, -6, -6
            )
            for i in range(len(self.series))
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = chart_painter(self, None if self.dates else tr("No assessment yet"))
        if painter is None:
            return
        palette = self.palette()
        for cell, series in zip(self.cells(), self.series, strict=True):
            self._chart(painter, cell, series, palette)
        painter.end()

    def _x(self, plot: QRectF, day: str) -> float:
        first, last = date.fromisoformat(self.dates[0]), date.fromisoformat(self.dates[-1])
        span = (last - first).days
        if span == 0:
            return plot.center().x()
        return plot.left() + plot.width() * (date.fromisoformat(day) - first).days / span

    def _chart(self, painter: QPainter, cell: QRectF, series: Series, palette: QPalette) -> None:
        metrics = QFontMetricsF(self.font())
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(text)
        painter.drawText(cell.topLeft() + QPointF(0, metrics.ascent()), series.name)
        label_width = max((metrics.horizontalAdvance(v) for v in self.level_labels), default=20)
        plot = cell.adjusted(label_width + 8, metrics.height() + 6, -8, -metrics.height() - 10)
        top = max(1, len(self.level_labels))

        def y(level: float) -> float:
            return plot.bottom() - plot.height() * (level - 1) / max(1, top - 1)

        grid = QColor(text)
        grid.setAlpha(60)
        for level in range(1, top + 1):
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y(level)), QPointF(plot.right(), y(level)))
            painter.setPen(text)
            painter.drawText(
                QPointF(cell.left(), y(level) + metrics.ascent() / 2 - 1), self._label(level)
            )
        for day in (self.dates[0], self.dates[-1]):
            width = metrics.horizontalAdvance(day)
            x = min(max(self._x(plot, day) - width / 2, plot.left() - 4), plot.right() - width + 4)
            painter.drawText(QPointF(x, plot.bottom() + metrics.height() + 6), day)
        if series.target is not None:
            pen = QPen(QColor(TARGET), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            level = series.target
            painter.drawLine(QPointF(plot.left(), y(level)), QPointF(plot.right(), y(level)))
        points = [QPointF(self._x(plot, day), y(level)) for day, level in series.points]
        painter.setPen(QPen(QColor(LATEST), 2))
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        painter.setBrush(QColor(LATEST))
        for point in points:
            painter.drawEllipse(point, 3.5, 3.5)


class HistoryView(QWidget):
    """objectName ``maturityHistory``: the charts above, the table of level changes below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("maturityHistory")
        self.chart = HistoryChart()
        self.changes = named(QTableWidget(0, 4), "maturityChanges")
        self.changes.setAccessibleName(tr("Changes of level"))
        self.changes.setHorizontalHeaderLabels(
            [tr("Dimension"), tr("From"), tr("To"), tr("Change")]
        )
        self.changes.verticalHeader().hide()
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.changes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_report(self, report: MaturityReport | None) -> None:
        """Charts and changes of *report* (nothing when there is no report)."""
        if report is None:
            self.chart.show_series((), ())
            self.changes.setRowCount(0)
            return
        model = report.model
        target = report.target
        self.chart.show_series(
            [
                Series(
                    d.name,
                    tuple(report.series(d.key)),
                    target.level_of(d.key) if target else None,
                )
                for d in model.dimensions
            ],
            [level.label for level in model.levels],
        )
        changes = report.changes
        self.changes.setRowCount(len(changes))
        for row, change in enumerate(changes):
            delta = change.delta
            cells = (
                report.dimension_name(change.dimension),
                f"{model.level_label(change.old)} ({change.before.date})",
                f"{model.level_label(change.new)} ({change.after.date})",
                "" if delta is None else f"{delta:+d}",
            )
            for column, value in enumerate(cells):
                self.changes.setItem(row, column, QTableWidgetItem(value))
