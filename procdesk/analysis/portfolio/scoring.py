"""Weighted scores and the ranking, with ties broken by a rule the user can read.

A framework's weights are normalised to sum to 1; an initiative's weighted score is the sum
over the criteria of normalised weight x score (a criterion not scored counts 0, so an
incompletely scored initiative sinks rather than floats). Initiatives are ranked by weighted
score, highest first; equal scores are ordered by the tie-break rule: higher benefit, then
lower effort, then title. Done and rejected initiatives are not ranked: the ranking is for
what is still to be decided or delivered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from procdesk.model.portfolio import Criterion, Framework, FrameworkBaseline, InitiativeStatus
from procdesk.text import tr, tr_noop

UNRANKED = frozenset({InitiativeStatus.DONE, InitiativeStatus.REJECTED})
"""Statuses outside the ranking."""

TIE_BREAKS = ("benefit", "effort", "title")
"""The tie-break keys, in the order they are tried."""

TIE_BREAK_RULE = tr_noop("Equal scores: higher benefit first, then lower effort, then title.")

_TIE_LABELS = {
    "benefit": tr_noop("tie broken by benefit"),
    "effort": tr_noop("tie broken by effort"),
    "title": tr_noop("tie broken by title"),
}

EPSILON = 1e-9
"""Scores closer than this are equal (sums of float products differ in the last digits)."""


def tie_label(key: str) -> str:
    return tr(_TIE_LABELS[key])


@dataclass(frozen=True, slots=True)
class Weights:
    """The criteria of one framework version and their weights normalised to sum to 1."""

    name: str
    version: int
    baselined_on: str
    criteria: tuple[Criterion, ...]
    normalised: tuple[float, ...]
    scale_min: int
    scale_max: int

    @classmethod
    def of(cls, framework: Framework | FrameworkBaseline) -> Weights:
        if isinstance(framework, Framework):
            version, baselined_on = framework.version, framework.baselined_on
        else:
            version, baselined_on = framework.version, framework.date
        return cls(
            name=framework.name,
            version=version,
            baselined_on=baselined_on,
            criteria=framework.criteria,
            normalised=normalise([c.weight for c in framework.criteria]),
            scale_min=framework.scale_min,
            scale_max=framework.scale_max,
        )

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.criteria)


def normalise(weights: Sequence[float]) -> tuple[float, ...]:
    """Weights scaled to sum to 1; ValueError when they sum to 0 (nothing to share out)."""
    total = float(sum(weights))
    if total <= 0:
        raise ValueError(tr("the weights sum to 0: give at least one criterion a weight"))
    return tuple(w / total for w in weights)


def weighted_score(values: Sequence[float], weights: Sequence[float]) -> float:
    """Σ weight x score over the criteria (*values* holds 0 where a criterion is unscored)."""
    return float(sum(w * v for w, v in zip(weights, values, strict=True)))


@dataclass(frozen=True, slots=True)
class Candidate:
    """What the ranking looks at: the score and the tie-break keys."""

    id: str
    title: str
    score: float
    benefit: float
    effort: float

    def sort_key(self) -> tuple[float, float, float, str, str]:
        return (-round(self.score, 9), -self.benefit, self.effort, self.title.casefold(), self.id)


@dataclass(frozen=True, slots=True)
class Placed:
    """A candidate's place: its rank (1 = first) and what broke a tie with a neighbour."""

    candidate: Candidate
    rank: int
    tie_break: str | None


def deciding_key(upper: Candidate, lower: Candidate) -> str | None:
    """Which tie-break put *upper* above *lower* (None when their scores differ)."""
    if abs(upper.score - lower.score) > EPSILON:
        return None
    if upper.benefit != lower.benefit:
        return "benefit"
    if upper.effort != lower.effort:
        return "effort"
    return "title"


def rank(candidates: Sequence[Candidate]) -> list[Placed]:
    """The candidates in rank order; a candidate tied with the one above or below says which
    rule decided (the pair above first)."""
    ordered = sorted(candidates, key=Candidate.sort_key)
    notes: list[str | None] = [None] * len(ordered)
    for index in range(1, len(ordered)):
        key = deciding_key(ordered[index - 1], ordered[index])
        if key is not None:
            notes[index] = key
            if notes[index - 1] is None:
                notes[index - 1] = key
    return [Placed(c, index + 1, notes[index]) for index, c in enumerate(ordered)]
