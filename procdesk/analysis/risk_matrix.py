"""The 5x5 risk matrix: which risks fall in each likelihood x impact cell, before or after
their controls. The window's matrix and the audit report draw the same cells."""

from __future__ import annotations

from collections.abc import Iterable

from procdesk.analysis.risk_score import Assessment

Cell = tuple[int, int]
"""(likelihood, impact), each 1-5."""


def matrix_cells(assessments: Iterable[Assessment], residual: bool) -> dict[Cell, list[Assessment]]:
    """The risks of every occupied cell, by inherent or (with *residual*) residual levels."""
    cells: dict[Cell, list[Assessment]] = {}
    for item in assessments:
        if residual:
            cell = (item.likelihood, item.impact)
        else:
            cell = (item.risk.likelihood, item.risk.impact)
        cells.setdefault(cell, []).append(item)
    return cells
