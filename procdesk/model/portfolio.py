"""The improvement portfolio: initiatives that address weak points, and the framework that
ranks them.

A weak point ends in a proposed action; an *initiative* is what the organisation decides to
do about one or more of them: who owns and sponsors it, where it stands (with the date of
every change of status), what it costs once, how many person-days it takes and what it is
expected to bring each year. The PMO ranks every initiative of the workspace with one
prioritisation *framework* (weighted criteria on a scoring scale); management agrees a
version of that framework (a *baseline*), and later changes of weight become a new version,
so a ranking made under the baseline can be made again.

Links are entities of their own (an initiative to a weak point, to a process, to the to-be
diagram that realises it), so deleting a weak point, a process or a diagram removes the link
and leaves the initiative in place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from procdesk.model.elements import Entity
from procdesk.model.registry import entity_kind
from procdesk.text import tr, tr_noop


class InitiativeStatus(StrEnum):
    """Where an initiative stands: proposed → assessed → approved → in progress → done, or
    rejected / on hold."""

    PROPOSED = "proposed"
    ASSESSED = "assessed"
    APPROVED = "approved"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    REJECTED = "rejected"
    ON_HOLD = "on-hold"


class BenefitBasis(StrEnum):
    """Which as-is/to-be figure a computed benefit is made of."""

    CYCLE_TIME = "cycle-time"
    WORK_TIME = "work-time"
    COST = "cost"
    SIMULATED_CYCLE_TIME = "simulated-cycle-time"
    SIMULATED_COST = "simulated-cost"

    @property
    def is_time(self) -> bool:
        return self in (
            BenefitBasis.CYCLE_TIME,
            BenefitBasis.WORK_TIME,
            BenefitBasis.SIMULATED_CYCLE_TIME,
        )

    @property
    def is_simulated(self) -> bool:
        return self in (BenefitBasis.SIMULATED_CYCLE_TIME, BenefitBasis.SIMULATED_COST)


def check_date(value: str, what: str) -> None:
    """Refuse a date that is neither empty nor ``YYYY-MM-DD``."""
    if not value:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        message = tr("{what} must be a date written YYYY-MM-DD, not '{value}'")
        raise ValueError(message.format(what=what, value=value)) from None
    if len(value) != 10:
        message = tr("{what} must be a date written YYYY-MM-DD, not '{value}'")
        raise ValueError(message.format(what=what, value=value))


def check_amount(value: float, what: str) -> None:
    """Refuse an amount that is negative or not a finite number."""
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise ValueError(tr("{what} must be a number").format(what=what))
    if value < 0:
        raise ValueError(tr("{what} cannot be negative").format(what=what))


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One change of an initiative's status, on a date (``YYYY-MM-DD``)."""

    status: InitiativeStatus
    date: str


@dataclass(frozen=True, slots=True)
class Score:
    """An initiative's score on one criterion (by the criterion's key), with a reason."""

    criterion: str
    value: int
    rationale: str = ""


@dataclass(frozen=True, slots=True)
class Criterion:
    """A prioritisation criterion: a stable key, the name people read, and a weight (any
    non-negative number; the framework normalises the weights to 100 %)."""

    key: str
    name: str
    weight: float
    description: str = ""

    def __post_init__(self) -> None:
        check_amount(self.weight, tr("the weight of '{name}'").format(name=self.name))


@entity_kind(
    table="initiatives",
    noun=tr_noop("initiative", "element kind"),
    counted=lambda n: tr("%n initiatives", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class Initiative(Entity):
    """An improvement initiative of the workspace (across processes)."""

    title: str
    description: str = ""
    owner: str = ""
    sponsor: str = ""
    status: InitiativeStatus = InitiativeStatus.PROPOSED
    status_log: tuple[StatusChange, ...] = ()
    start_date: str = ""
    due_date: str = ""
    cost: float = 0.0
    effort: float = 0.0
    benefit: float = 0.0
    horizon_years: int = 3
    discount_rate: float = 0.08
    scores: tuple[Score, ...] = ()

    def __post_init__(self) -> None:
        check_amount(self.cost, tr("the one-off cost"))
        check_amount(self.effort, tr("the effort"))
        check_amount(self.benefit, tr("the expected annual benefit"))
        check_date(self.start_date, tr("the start date"))
        check_date(self.due_date, tr("the due date"))
        if self.start_date and self.due_date and self.due_date < self.start_date:
            raise ValueError(tr("the due date lies before the start date"))
        if not 1 <= self.horizon_years <= 50:
            raise ValueError(tr("the horizon runs from 1 to 50 years"))
        if not (math.isfinite(self.discount_rate) and 0 <= self.discount_rate <= 1):
            raise ValueError(tr("the discount rate lies between 0 % and 100 %"))
        keys = [s.criterion for s in self.scores]
        if len(set(keys)) != len(keys):
            raise ValueError(tr("a criterion is scored twice"))

    def score_of(self, criterion: str) -> Score | None:
        return next((s for s in self.scores if s.criterion == criterion), None)

    @property
    def name(self) -> str:
        """The title, under the name every other entity uses (undo labels, search)."""
        return self.title


@entity_kind(
    table="initiative_weak_points",
    scope="initiative_id",
    refs=("initiative_id", "weak_point_id"),
    noun=tr_noop("link to a weak point", "element kind"),
    in_snapshots=False,
    counted=lambda n: tr("%n links to weak points", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class InitiativeWeakPoint(Entity):
    """An initiative addresses a weak point (a weak point may be addressed by several)."""

    initiative_id: str
    weak_point_id: str


@entity_kind(
    table="initiative_processes",
    scope="initiative_id",
    refs=("initiative_id", "process_id"),
    noun=tr_noop("link to a process", "element kind"),
    in_snapshots=False,
    counted=lambda n: tr("%n links to processes", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class InitiativeProcess(Entity):
    """An initiative changes a process."""

    initiative_id: str
    process_id: str


@entity_kind(
    table="initiative_benefits",
    scope="initiative_id",
    refs=("initiative_id", "diagram_id"),
    noun=tr_noop("benefit calculation", "element kind"),
    in_snapshots=False,
    counted=lambda n: tr("%n benefit calculations", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class BenefitModel(Entity):
    """The to-be diagram that realises an initiative, and how its benefit is computed from
    the as-is/to-be comparison: a *basis* figure's saving per case x *volume* cases a year
    (x *rate* per hour for a time basis)."""

    initiative_id: str
    diagram_id: str
    basis: BenefitBasis = BenefitBasis.CYCLE_TIME
    volume: float = 0.0
    rate: float = 0.0

    def __post_init__(self) -> None:
        check_amount(self.volume, tr("the annual case volume"))
        check_amount(self.rate, tr("the cost rate"))


def _check_criteria(criteria: tuple[Criterion, ...]) -> None:
    if not criteria:
        raise ValueError(tr("a framework needs at least one criterion"))
    keys = [c.key for c in criteria]
    if len(set(keys)) != len(keys):
        raise ValueError(tr("two criteria have the same key"))
    names = [c.name.strip().casefold() for c in criteria]
    if any(not n for n in names):
        raise ValueError(tr("every criterion needs a name"))
    if len(set(names)) != len(names):
        raise ValueError(tr("two criteria have the same name"))
    if sum(c.weight for c in criteria) <= 0:
        raise ValueError(tr("the weights sum to 0: give at least one criterion a weight"))


def _check_scale(low: int, high: int) -> None:
    if not 0 <= low < high <= 100:
        raise ValueError(tr("the scoring scale runs from a lower to a higher whole number"))


@entity_kind(
    table="frameworks",
    noun=tr_noop("prioritisation framework", "element kind"),
    counted=lambda n: tr("%n prioritisation frameworks", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class Framework(Entity):
    """The workspace's prioritisation framework: criteria, weights and scoring scale, its
    version, whether management agreed that version (``baselined_on``), and the portfolio's
    currency and priority-matrix thresholds (None: the median)."""

    name: str
    criteria: tuple[Criterion, ...]
    scale_min: int = 1
    scale_max: int = 5
    version: int = 1
    baselined_on: str = ""
    agreed_by: str = ""
    currency: str = "EUR"
    effort_threshold: float | None = None
    benefit_threshold: float | None = None
    score_threshold: float | None = None

    def __post_init__(self) -> None:
        _check_criteria(self.criteria)
        _check_scale(self.scale_min, self.scale_max)
        check_date(self.baselined_on, tr("the baseline date"))
        if self.version < 1:
            raise ValueError(tr("a framework version is 1 or more"))

    @property
    def baselined(self) -> bool:
        return bool(self.baselined_on)

    def criterion(self, key: str) -> Criterion | None:
        return next((c for c in self.criteria if c.key == key), None)


@entity_kind(
    table="framework_baselines",
    scope="framework_id",
    refs=("framework_id",),
    noun=tr_noop("framework baseline", "element kind"),
    counted=lambda n: tr("%n framework baselines", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class FrameworkBaseline(Entity):
    """A version of the framework as management agreed it, kept unchanged so that the
    ranking under it can be made again after the weights have moved on."""

    framework_id: str
    version: int
    date: str
    agreed_by: str = ""
    name: str
    criteria: tuple[Criterion, ...]
    scale_min: int = 1
    scale_max: int = 5

    def __post_init__(self) -> None:
        _check_criteria(self.criteria)
        _check_scale(self.scale_min, self.scale_max)
        check_date(self.date, tr("the baseline date"))


DEFAULT_CRITERIA: tuple[tuple[str, str], ...] = (
    ("strategy", tr_noop("Alignment with strategy", "criterion")),
    ("financial", tr_noop("Financial benefit", "criterion")),
    ("risk", tr_noop("Risk mitigation", "criterion")),
    ("compliance", tr_noop("Regulatory compliance", "criterion")),
    ("efficiency", tr_noop("Operational efficiency", "criterion")),
)
"""The framework's five criteria until the workspace says otherwise (equal weights)."""

DEFAULT_FRAMEWORK_ID = "Framework_portfolio"


def default_framework() -> Framework:
    """The framework of a workspace that has not defined one: five criteria, equal weights,
    scored 1-5 (names in the user's language)."""
    return Framework(
        id=DEFAULT_FRAMEWORK_ID,
        name=tr("Prioritisation framework"),
        criteria=tuple(
            Criterion(key=key, name=tr(name, "criterion"), weight=20.0)
            for key, name in DEFAULT_CRITERIA
        ),
    )
