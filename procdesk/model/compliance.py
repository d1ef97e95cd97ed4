"""Compliance: requirements a process must meet, risks on its work, and the controls that
mitigate the risks and satisfy the requirements.

A process officer in a regulated trade has to show, for every requirement of a standard or
law, which control meets it, where in the process that control runs and who owns it. The
three registers are entities of their own: requirements belong to the workspace (a clause of
ISO 9001 concerns every process), risks to a process (on one of its steps or flows, or on the
process as a whole), controls to the workspace (one review may run in several processes).

What a control does is said by link entities, each with hard references to both ends, so
deleting either end removes the link and nothing else: the steps it runs at
(:class:`ControlStep`), the risks it mitigates (:class:`ControlRisk`) and the requirements it
satisfies (:class:`ControlRequirement`). A control whose last step was deleted therefore
still exists, attached to no step, and the coverage report says so. A risk drawn from a weak
point keeps that origin as a :class:`RiskSource` link.

A released version of a process holds what an auditor reads in its SOP: its risks, which
control runs at which of its steps (:class:`ControlStep`) and which control mitigates which
of its risks (:class:`ControlRisk`), and where a risk came from (:class:`RiskSource`). The
controls themselves and the requirements belong to the workspace (one review runs in several
processes), as does what a control satisfies (:class:`ControlRequirement`, left out of
versions): a version names its controls and reads them as they are now
(``snapshots.version_workspace``), and restoring it brings back the links of its steps and
risks to controls that still exist, never a control or a requirement, nor removes one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from procdesk.model.elements import Entity
from procdesk.model.registry import entity_kind
from procdesk.text import tr, tr_noop

SCALE = range(1, 6)
"""Likelihood and impact run from 1 (rare, minor) to 5 (almost certain, severe)."""


class RiskCategory(StrEnum):
    COMPLIANCE = "compliance"
    FRAUD = "fraud"
    FINANCIAL = "financial"
    OPERATIONAL = "operational"
    INFORMATION = "information"
    OTHER = "other"


class ControlType(StrEnum):
    """A preventive control stops the event happening; a detective one finds it afterwards."""

    PREVENTIVE = "preventive"
    DETECTIVE = "detective"


class ControlAutomation(StrEnum):
    MANUAL = "manual"
    AUTOMATED = "automated"


class ControlFrequency(StrEnum):
    EACH_CASE = "each-case"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


def _check_level(value: int, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE:
        message = tr("{what} runs from 1 to 5, not {value}")
        raise ValueError(message.format(what=what, value=value))


@entity_kind(
    table="requirements",
    noun=tr_noop("requirement", "element kind"),
    counted=lambda n: tr("%n requirements", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class Requirement(Entity):
    """A clause of a standard, a law or an internal policy (``source`` and ``clause`` name it,
    e.g. "ISO 9001:2015" and "8.4"). One that does not apply says why in ``reason``."""

    source: str
    clause: str
    title: str = ""
    text: str = ""
    applicable: bool = True
    reason: str = ""

    def __post_init__(self) -> None:
        if not self.source.strip() or not self.clause.strip():
            raise ValueError(tr("a requirement needs a source and a clause"))

    @property
    def key(self) -> tuple[str, str]:
        """What makes a clause the same clause: source and clause id, without case or spaces."""
        return clause_key(self.source, self.clause)

    @property
    def label(self) -> str:
        """``ISO 9001:2015 8.4``: how people cite it."""
        text = tr("{source} {clause}", "a requirement cited by its source and clause")
        return text.format(source=self.source.strip(), clause=self.clause.strip())


def clause_key(source: str, clause: str) -> tuple[str, str]:
    return (" ".join(source.split()).casefold(), " ".join(clause.split()).casefold())


@entity_kind(
    table="risks",
    scope="process_id",
    refs=("process_id", "element_id"),
    noun=tr_noop("risk", "element kind"),
    counted=lambda n: tr("%n risks", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class Risk(Entity):
    """Something that may go wrong in a process: on a step or flow (``element_id``) or on the
    process as a whole (None). Deleting the element deletes the risk, as it does weak points."""

    process_id: str
    element_id: str | None = None
    description: str
    category: RiskCategory = RiskCategory.OPERATIONAL
    likelihood: int = 3
    impact: int = 3
    owner: str = ""

    def __post_init__(self) -> None:
        _check_level(self.likelihood, tr("likelihood"))
        _check_level(self.impact, tr("impact"))

    @property
    def inherent(self) -> int:
        """The score before any control: likelihood x impact (1-25)."""
        return self.likelihood * self.impact


@entity_kind(
    table="controls",
    noun=tr_noop("control", "element kind"),
    counted=lambda n: tr("%n controls", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class Control(Entity):
    """A control activity: what is done (``name``, ``description``), how (type, automation,
    frequency), what it leaves behind as proof (``evidence``) and who answers for it."""

    name: str
    description: str = ""
    type: ControlType = ControlType.PREVENTIVE
    automation: ControlAutomation = ControlAutomation.MANUAL
    frequency: ControlFrequency = ControlFrequency.EACH_CASE
    evidence: str = ""
    owner: str = ""


@entity_kind(
    table="control_steps",
    scope="control_id",
    refs=("control_id", "step_id"),
    noun=tr_noop("control's step", "element kind"),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class ControlStep(Entity):
    """A control runs at a step."""

    control_id: str
    step_id: str


@entity_kind(
    table="control_risks",
    scope="control_id",
    refs=("control_id", "risk_id"),
    noun=tr_noop("mitigated risk", "element kind"),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class ControlRisk(Entity):
    """A control mitigates a risk."""

    control_id: str
    risk_id: str


@entity_kind(
    table="control_requirements",
    scope="control_id",
    in_snapshots=False,
    refs=("control_id", "requirement_id"),
    noun=tr_noop("satisfied requirement", "element kind"),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class ControlRequirement(Entity):
    """A control satisfies (a part of) a requirement."""

    control_id: str
    requirement_id: str


@entity_kind(
    table="risk_sources",
    scope="risk_id",
    refs=("risk_id", "weak_point_id"),
    noun=tr_noop("risk's weak point", "element kind"),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class RiskSource(Entity):
    """A risk was recognised in a weak point (usually one of the compliance category)."""

    risk_id: str
    weak_point_id: str


LINKS: tuple[type[Entity], ...] = (ControlStep, ControlRisk, ControlRequirement, RiskSource)
"""The link kinds: they carry no data beyond the two ends."""
