"""The risk matrix as a reportlab drawing: 5x5 cells, likelihood up, impact across, each cell
tinted by its score (low green to high red) and showing how many risks fall in it."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from procdesk.analysis.risk_matrix import matrix_cells
from procdesk.analysis.risk_score import Assessment, score_tier
from procdesk.export.sop.fonts import BOLD, REGULAR
from procdesk.text import tr

TIER_FILLS = (
    colors.HexColor("#D8EDD3"),
    colors.HexColor("#FBF0C7"),
    colors.HexColor("#FBD9B5"),
    colors.HexColor("#F4B9B3"),
)
"""Low, medium, significant, high (``score_tier``)."""
INK = colors.HexColor("#1F3A5F")
CELL = 26.0
AXIS = 30.0


def matrix_drawing(assessments: Iterable[Assessment], residual: bool, title: str) -> Drawing:
    """One matrix, with its title above and the axes named."""
    cells = matrix_cells(assessments, residual)
    width = AXIS + 5 * CELL + 4
    height = AXIS + 5 * CELL + 22
    drawing = Drawing(width, height)
    drawing.add(String(AXIS, height - 12, title, fontName=BOLD, fontSize=9, fillColor=INK))
    for likelihood in range(1, 6):
        for impact in range(1, 6):
            x = AXIS + (impact - 1) * CELL
            y = AXIS + (likelihood - 1) * CELL
            fill = TIER_FILLS[score_tier(likelihood * impact)]
            drawing.add(
                Rect(x, y, CELL, CELL, fillColor=fill, strokeColor=colors.white, strokeWidth=1)
            )
            count = len(cells.get((likelihood, impact), ()))
            if count:
                drawing.add(
                    String(
                        x + CELL / 2,
                        y + CELL / 2 - 4,
                        str(count),
                        fontName=BOLD,
                        fontSize=10,
                        fillColor=colors.black,
                        textAnchor="middle",
                    )
                )
        drawing.add(
            String(
                AXIS - 6,
                AXIS + (likelihood - 0.5) * CELL - 3,
                str(likelihood),
                fontName=REGULAR,
                fontSize=7,
                textAnchor="end",
            )
        )
        drawing.add(
            String(
                AXIS + (likelihood - 0.5) * CELL,
                AXIS - 10,
                str(likelihood),
                fontName=REGULAR,
                fontSize=7,
                textAnchor="middle",
            )
        )
    drawing.add(
        String(
            AXIS + 2.5 * CELL, 4, tr("Impact"), fontName=REGULAR, fontSize=7.5, textAnchor="middle"
        )
    )
    label = String(0, 0, tr("Likelihood"), fontName=REGULAR, fontSize=7.5, textAnchor="middle")
    from reportlab.graphics.shapes import Group

    turned = Group(label)
    turned.transform = (0, 1, -1, 0, 9, AXIS + 2.5 * CELL)
    drawing.add(turned)
    return drawing
