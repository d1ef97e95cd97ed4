"""The priority matrix: payoff (benefit or weighted score) against effort, in PICK quadrants.

High payoff for low effort is *Implement*, high payoff for high effort a *Challenge*, low
payoff for low effort *Possible*, low payoff for high effort *Kill*. The lines between the
quadrants are the medians of the initiatives shown, unless the user set them.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from procdesk.model.portfolio import Framework
from procdesk.text import tr, tr_noop

if TYPE_CHECKING:  # names for annotations only: ``Payoff`` is read by the command line's
    # parser, which should not load the register's analysis just to list the choices
    from procdesk.analysis.portfolio.register import Register, RegisterRow


class Payoff(StrEnum):
    """What the matrix's vertical axis shows."""

    BENEFIT = "benefit"
    SCORE = "score"


class Quadrant(StrEnum):
    POSSIBLE = "possible"
    IMPLEMENT = "implement"
    CHALLENGE = "challenge"
    KILL = "kill"


QUADRANT_LABELS = {
    Quadrant.POSSIBLE: tr_noop("Possible", "PICK quadrant"),
    Quadrant.IMPLEMENT: tr_noop("Implement", "PICK quadrant"),
    Quadrant.CHALLENGE: tr_noop("Challenge", "PICK quadrant"),
    Quadrant.KILL: tr_noop("Kill", "PICK quadrant"),
}


def quadrant_label(quadrant: Quadrant) -> str:
    return tr(QUADRANT_LABELS[quadrant], "PICK quadrant")


@dataclass(frozen=True, slots=True)
class Point:
    """One bubble: an initiative at (effort, payoff), sized by its cost."""

    row: RegisterRow
    effort: float
    payoff: float
    cost: float
    quadrant: Quadrant


@dataclass(frozen=True, slots=True)
class Matrix:
    payoff: Payoff
    effort_line: float
    payoff_line: float
    effort_from_median: bool
    payoff_from_median: bool
    points: tuple[Point, ...]


def payoff_of(row: RegisterRow, payoff: Payoff) -> float:
    return row.benefit if payoff == Payoff.BENEFIT else row.score


def quadrant_of(effort: float, payoff: float, effort_line: float, payoff_line: float) -> Quadrant:
    """The PICK quadrant; a point on a line counts as high (more effort, more payoff)."""
    high_payoff = payoff >= payoff_line
    low_effort = effort < effort_line
    if high_payoff:
        return Quadrant.IMPLEMENT if low_effort else Quadrant.CHALLENGE
    return Quadrant.POSSIBLE if low_effort else Quadrant.KILL


def _median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else 0.0


def build_matrix(register: Register, framework: Framework, payoff: Payoff) -> Matrix:
    """The matrix of every initiative in *register* (thresholds from *framework* or medians)."""
    rows = list(register.rows)
    efforts = [r.initiative.effort for r in rows]
    payoffs = [payoff_of(r, payoff) for r in rows]
    set_effort = framework.effort_threshold
    set_payoff = (
        framework.benefit_threshold if payoff == Payoff.BENEFIT else framework.score_threshold
    )
    effort_line = _median(efforts) if set_effort is None else set_effort
    payoff_line = _median(payoffs) if set_payoff is None else set_payoff
    points = tuple(
        Point(r, e, p, r.initiative.cost, quadrant_of(e, p, effort_line, payoff_line))
        for r, e, p in zip(rows, efforts, payoffs, strict=True)
    )
    return Matrix(payoff, effort_line, payoff_line, set_effort is None, set_payoff is None, points)


STATUS_COLOURS: dict[str, str] = {
    "proposed": "#5B8DEF",
    "assessed": "#8E6CD9",
    "approved": "#2E9D57",
    "in-progress": "#E0A100",
    "done": "#5F6B7A",
    "rejected": "#C0392B",
    "on-hold": "#A0A7B4",
}
"""A bubble's colour by the initiative's status, the same in the window and the PDF."""


def label_colour(status: str) -> str:
    """White on the darker status colours, near-black on the light ones (readable either way)."""
    red, green, blue = (int(STATUS_COLOURS[status][i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.299 * red + 0.587 * green + 0.114 * blue
    return "#1B1F24" if luminance > 160 else "#FFFFFF"


def bubble_radius(
    cost: float, largest: float, smallest: float = 5.0, biggest: float = 22.0
) -> float:
    """A bubble's radius: its area grows with the cost (the largest cost gets *biggest*)."""
    if largest <= 0 or cost <= 0:
        return smallest
    return float(smallest + (biggest - smallest) * (cost / largest) ** 0.5)
