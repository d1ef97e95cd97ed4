"""How far each criterion's weight can move before the top of the ranking changes.

Move criterion k's normalised weight wₖ by d and scale the others in proportion so the
weights still sum to 1: wⱼ' = wⱼ (1 - wₖ - d) / (1 - wₖ). An initiative's weighted score
is then linear in d:

    Sᵢ(d) = Sᵢ + d · (sᵢₖ - (Sᵢ - wₖ sᵢₖ) / (1 - wₖ))

so two initiatives swap exactly where their lines cross. The top-N ranking (the first N in
order) stays as it is until the first crossing between an initiative in the top N and any
initiative below it; that crossing is solved for directly in each direction, no stepping.
At the crossing the two scores are equal and the tie-break rule decides; a hair beyond it
the order has changed. A criterion that holds every weight (wₖ = 1) shares the rest equally
when lowered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from procdesk.analysis.portfolio.scoring import EPSILON, Candidate

DEFAULT_TOP = 5


@dataclass(frozen=True, slots=True)
class Scored:
    """A ranked initiative with its score on every criterion (0 where unscored)."""

    candidate: Candidate
    values: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Bound:
    """Where the top N changes in one direction: the weight (0-1) at which two initiatives
    tie, and the pair (the upper one first, as ranked now). None: no change in that
    direction all the way to 0 or 1."""

    weight: float
    upper: str
    lower: str


@dataclass(frozen=True, slots=True)
class CriterionSensitivity:
    """One criterion's room: its weight now, and the bounds below and above it."""

    key: str
    weight: float
    down: Bound | None
    up: Bound | None

    @property
    def room_down(self) -> float:
        """How many points (0-1) the weight can fall before the top N changes."""
        return self.weight - (self.down.weight if self.down else 0.0)

    @property
    def room_up(self) -> float:
        return (self.up.weight if self.up else 1.0) - self.weight


def _slopes(ranked: Sequence[Scored], weights: Sequence[float], k: int) -> list[float]:
    wk = weights[k]
    slopes: list[float] = []
    for item in ranked:
        own = item.values[k]
        rest = item.candidate.score - wk * own
        if 1.0 - wk > EPSILON:
            others = rest / (1.0 - wk)
        else:
            count = len(item.values) - 1
            others = (sum(item.values) - own) / count if count else own
        slopes.append(own - others)
    return slopes


def criterion_sensitivity(
    ranked: Sequence[Scored], weights: Sequence[float], k: int, top: int = DEFAULT_TOP
) -> tuple[Bound | None, Bound | None]:
    """The bounds (down, up) for criterion *k* of *ranked* (in rank order)."""
    wk = weights[k]
    slopes = _slopes(ranked, weights, k)
    down: Bound | None = None
    up: Bound | None = None
    best_down, best_up = -wk - EPSILON, 1.0 - wk + EPSILON
    for a in range(min(top, len(ranked))):
        for b in range(a + 1, len(ranked)):
            gap = ranked[a].candidate.score - ranked[b].candidate.score
            closing = slopes[b] - slopes[a]
            if abs(closing) <= EPSILON:
                continue
            d = gap / closing
            if abs(gap) <= EPSILON:
                d = 0.0
            pair = (ranked[a].candidate.id, ranked[b].candidate.id)
            if closing > 0 and d < best_up:
                best_up, up = d, Bound(min(1.0, wk + d), *pair)
            elif closing < 0 and d > best_down:
                best_down, down = d, Bound(max(0.0, wk + d), *pair)
    return down, up


def sensitivity(
    ranked: Sequence[Scored], keys: Sequence[str], weights: Sequence[float], top: int
) -> list[CriterionSensitivity]:
    """Every criterion's bounds for the top *top* of *ranked* (already in rank order)."""
    if top < 1:
        raise ValueError("top must be at least 1")
    result: list[CriterionSensitivity] = []
    for k, key in enumerate(keys):
        down, up = criterion_sensitivity(ranked, weights, k, top)
        result.append(CriterionSensitivity(key, weights[k], down, up))
    return result
