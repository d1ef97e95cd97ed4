"""The risk matrix in the window: 5x5 cells (likelihood up, impact across) tinted by score,
each with its count of risks, inherent or residual. Clicking a cell (or pressing Enter on the
keyboard's current cell) chooses it: ``cell_chosen`` carries its likelihood and impact."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from procdesk.analysis.risk_matrix import Cell, matrix_cells
from procdesk.analysis.risk_score import Assessment, score_tier
from procdesk.text import tr

FILLS = (QColor("#d8edd3"), QColor("#fbf0c7"), QColor("#fbd9b5"), QColor("#f4b9b3"))
AXIS = 36.0


class RiskMatrixView(QWidget):
    """objectName ``riskMatrix``."""

    cell_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskMatrix")
        self.setAccessibleName(tr("Risk matrix"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(260, 260)
        self.assessments: list[Assessment] = []
        self.residual = False
        self.cells: dict[Cell, list[Assessment]] = {}
        self.chosen: Cell | None = None

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def show_assessments(self, assessments: list[Assessment], residual: bool) -> None:
        self.assessments, self.residual = assessments, residual
        self.cells = matrix_cells(assessments, residual)
        self.update()

    def count(self, likelihood: int, impact: int) -> int:
        return len(self.cells.get((likelihood, impact), ()))

    # geometry ----------------------------------------------------------------------------------
    def _size(self) -> float:
        return max(10.0, min(self.width() - AXIS - 8, self.height() - AXIS - 8) / 5)

    def cell_rect(self, likelihood: int, impact: int) -> QRectF:
        size = self._size()
        top = 4 + (5 - likelihood) * size
        return QRectF(AXIS + (impact - 1) * size, top, size, size)

    def cell_at(self, point: QPointF) -> Cell | None:
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                if self.cell_rect(likelihood, impact).contains(point):
                    return (likelihood, impact)
        return None

    # painting and input ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                rect = self.cell_rect(likelihood, impact)
                painter.setPen(QPen(QColor("#ffffff"), 2))
                painter.setBrush(FILLS[score_tier(likelihood * impact)])
                painter.drawRect(rect)
                count = self.count(likelihood, impact)
                if count:
                    painter.setPen(QColor("#1a1a1a"))
                    font = painter.font()
                    font.setBold(True)
                    painter.setFont(font)
                    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(count))
                if self.chosen == (likelihood, impact):
                    painter.setPen(QPen(QColor("#1f3a5f"), 3))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect.adjusted(2, 2, -2, -2))
        font = painter.font()
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(text)
        size = self._size()
        for level in range(1, 6):
            row = self.cell_rect(level, 1)
            painter.drawText(
                QRectF(AXIS - 16, row.top(), 12, size),
                int(Qt.AlignmentFlag.AlignCenter),
                str(level),
            )
            column = self.cell_rect(1, level)
            painter.drawText(
                QRectF(column.left(), column.bottom() + 2, size, 14),
                int(Qt.AlignmentFlag.AlignCenter),
                str(level),
            )
        bottom = self.cell_rect(1, 1).bottom() + 16
        painter.drawText(
            QRectF(AXIS, bottom, 5 * size, 16), int(Qt.AlignmentFlag.AlignCenter), tr("Impact")
        )
        painter.save()
        painter.translate(10, 4 + 2.5 * size)
        painter.rotate(-90)
        painter.drawText(
            QRectF(-2.5 * size, -8, 5 * size, 16),
            int(Qt.AlignmentFlag.AlignCenter),
            tr("Likelihood"),
        )
        painter.restore()
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position())
        if cell is not None:
            self.choose(cell)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        likelihood, impact = self.chosen or (3, 3)
        moves = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
        }
        step = moves.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        cell = (min(5, max(1, likelihood + step[0])), min(5, max(1, impact + step[1])))
        self.choose(cell)

    def choose(self, cell: Cell) -> None:
        self.chosen = cell
        self.update()
        self.cell_chosen.emit(*cell)
