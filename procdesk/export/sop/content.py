"""What an SOP says, gathered from the model: pure data, no layout, no PDF.

Keeping the content apart from the layout lets tests check the words (step numbers, roles, KPI
status) directly, and lets the layout change without touching what the document claims.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from procdesk.export.sop import labels
from procdesk.export.sop.labels import words as words
from procdesk.export.sop.procedure import ProcedureStep, build_procedure
from procdesk.model.assignments import Letter
from procdesk.model.elements import (
    Diagram,
    Duration,
    Flow,
    Kpi,
    KpiDirection,
    Lane,
    Process,
    Revision,
    Step,
    WeakPoint,
)
from procdesk.model.naming import diagram_label as diagram_label
from procdesk.model.raci import role_list, unique
from procdesk.model.root_cause_queries import Fishbone, fishbone_of, whys_of
from procdesk.model.workspace import Workspace
from procdesk.text import tr

if TYPE_CHECKING:  # the record compares versions (networkx): load it when an SOP is made
    from procdesk.export.sop.record import SopRecord

DASH = "\u2013"
"""The en dash that joins ranges of step numbers."""


class Section(StrEnum):
    """Sections a user may leave out; the cover is always there."""

    CONTENTS = "contents"
    PURPOSE = "purpose"
    ROLES = "roles"
    DIAGRAM = "diagram"
    PROCEDURE = "procedure"
    KPIS = "kpis"
    WEAK_POINTS = "weak-points"
    CONTROLS = "controls"
    REVISIONS = "revisions"
    CHANGES = "changes"
    """Changes since the last approved version (only when there is one)."""


@dataclass(frozen=True, slots=True)
class SopOptions:
    """Choices the model does not hold: who signs, which sections, which paper."""

    prepared_by: str = ""
    reviewed_by: str = ""
    approved_by: str = ""
    sections: frozenset[Section] = field(default_factory=lambda: frozenset(Section))
    page_size: str = "A4"
    """"A4" or "Letter"."""


@dataclass(frozen=True, slots=True)
class RoleEntry:
    name: str
    description: str
    steps: tuple[int, ...]
    """The steps the role carries out (Responsible)."""
    accountable: tuple[int, ...] = ()
    consulted: tuple[int, ...] = ()
    informed: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class KpiEntry:
    name: str
    unit: str
    target: float | None
    direction: KpiDirection
    frequency: str
    scope: str
    latest: float | None
    latest_date: str
    on_target: bool | None
    """None when there is no target or no measurement to judge."""
    history: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class RootCauseEntry:
    """A weak point's root-cause analysis: its 5 Whys (why, because) and its fishbone."""

    whys: tuple[tuple[str, str], ...]
    fishbone: Fishbone | None


@dataclass(frozen=True, slots=True)
class WeakPointEntry:
    severity: int
    where: str
    category: str
    description: str
    root_cause: str
    action: str
    owner: str
    status: str
    analysis: RootCauseEntry | None = None


@dataclass(frozen=True, slots=True)
class SopContent:
    process: Process
    diagram: Diagram
    steps: tuple[ProcedureStep, ...]
    roles: tuple[RoleEntry, ...]
    kpis: tuple[KpiEntry, ...]
    weak_points: tuple[WeakPointEntry, ...]
    revisions: tuple[Revision, ...]
    record: SopRecord | None = None
    """Which issue this is (``record``): set by ``sop_pdf``."""


def build_content(workspace: Workspace, process_id: str, diagram_id: str) -> SopContent:
    """Gather everything the SOP of *diagram_id* (a diagram of *process_id*) says."""
    process = workspace.get(process_id, Process)
    diagram = workspace.get(diagram_id, Diagram)
    if diagram.process_id != process.id:
        message = tr("diagram {diagram} does not belong to process {process}")
        raise ValueError(message.format(diagram=repr(diagram.name), process=repr(process.name)))
    steps = tuple(build_procedure(workspace, diagram_id))
    numbers = {s.id: s.number for s in steps}
    return SopContent(
        process=process,
        diagram=diagram,
        steps=steps,
        roles=_roles(workspace, diagram_id, steps),
        kpis=tuple(_kpi(workspace, kpi, numbers) for kpi in workspace.kpis_of(process_id)),
        weak_points=_weak_points(workspace, diagram_id, numbers),
        revisions=process.revisions,
    )


def _roles(
    workspace: Workspace, diagram_id: str, steps: tuple[ProcedureStep, ...]
) -> tuple[RoleEntry, ...]:
    """One entry per lane (top to bottom), then roles named only in the steps' RACI; a role
    of the workspace's role list lends its description where the lane has none."""
    numbers: dict[tuple[str, Letter], tuple[int, ...]] = {}
    for step in steps:
        for letter in Letter:
            for name in step.raci.names(letter):
                held = (name.strip().casefold(), letter)
                numbers[held] = (*numbers.get(held, ()), step.number)
    described = {
        role.name.strip().casefold(): role.description.strip() for role in role_list(workspace)
    }
    lanes = sorted(
        workspace.elements_of(diagram_id, Lane), key=lambda lane: (lane.bounds.y, lane.bounds.x)
    )
    notes = {lane.name.strip().casefold(): lane.documentation.strip() for lane in reversed(lanes)}
    named = [lane.name for lane in lanes] + [n for step in steps for n in _named(step)]
    entries: list[RoleEntry] = []
    for name in unique(named):
        folded = name.casefold()
        entries.append(
            RoleEntry(
                name,
                notes.get(folded) or described.get(folded, ""),
                *(numbers.get((folded, letter), ()) for letter in Letter),
            )
        )
    return tuple(entries)


def _named(step: ProcedureStep) -> list[str]:
    return [name for letter in Letter for name in step.raci.names(letter)]


def _kpi(workspace: Workspace, kpi: Kpi, numbers: dict[str, int]) -> KpiEntry:
    history = tuple((m.date, m.value) for m in workspace.measurements_of(kpi.id))
    latest = history[-1] if history else None
    on_target = None
    if latest is not None and kpi.target is not None:
        if kpi.direction == KpiDirection.HIGHER_IS_BETTER:
            on_target = latest[1] >= kpi.target
        else:
            on_target = latest[1] <= kpi.target
    scope = tr("Whole process", "what a KPI or weak point applies to")
    step = workspace.find(kpi.step_id)
    if isinstance(step, Step):
        scope = _step_reference(step, numbers)
    return KpiEntry(
        name=kpi.name,
        unit=kpi.unit,
        target=kpi.target,
        direction=kpi.direction,
        frequency=kpi.frequency,
        scope=scope,
        latest=latest[1] if latest else None,
        latest_date=latest[0] if latest else "",
        on_target=on_target,
        history=history,
    )


def _weak_points(
    workspace: Workspace, diagram_id: str, numbers: dict[str, int]
) -> tuple[WeakPointEntry, ...]:
    """The diagram's weak points, most severe first, then in step order."""
    points = workspace.in_scope(diagram_id, WeakPoint)

    def position(point: WeakPoint) -> int:
        return numbers.get(point.target_id or "", 0)

    points.sort(key=lambda p: (-p.severity, position(p)))
    return tuple(
        WeakPointEntry(
            severity=p.severity,
            where=_where(workspace, p, numbers),
            category=labels.category(p.category),
            description=p.description,
            root_cause=p.root_cause,
            action=p.action,
            owner=p.owner,
            status=labels.weak_point_status(p.status),
            analysis=_analysis(workspace, p),
        )
        for p in points
    )


def _analysis(workspace: Workspace, point: WeakPoint) -> RootCauseEntry | None:
    whys = tuple((w.why, w.because) for w in whys_of(workspace, point.id))
    fishbone = fishbone_of(workspace, point.id)
    if not whys and fishbone is None:
        return None
    return RootCauseEntry(whys, fishbone)


def _step_reference(step: Step, numbers: dict[str, int]) -> str:
    """'Step 4: Check invoice', or the bare name of a step the procedure does not number."""
    number = numbers.get(step.id)
    if not number:
        return step.name
    return tr("Step {number}: {name}").format(number=number, name=step.name)


def _where(workspace: Workspace, point: WeakPoint, numbers: dict[str, int]) -> str:
    target = workspace.find(point.target_id)
    if isinstance(target, Step):
        return _step_reference(target, numbers)
    if isinstance(target, Flow):
        source, end = numbers.get(target.source_id), numbers.get(target.target_id)
        if target.name:
            where = tr("Flow “{name}” from step {source} to step {target}")
            return where.format(name=target.name, source=source, target=end)
        return tr("Flow from step {source} to step {target}").format(source=source, target=end)
    if isinstance(target, Lane):
        return tr("Role: {name}").format(name=target.name)
    return tr("Whole process", "what a KPI or weak point applies to")


def format_number(value: float) -> str:
    """12 → '12', 12.5 → '12.5', 1234.567 → '1,234.57'."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    number = format_number(value)
    if not unit:
        return number
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}"


def _amount(minutes: float) -> tuple[str, str]:
    """The number and the unit (in the reader's language) a duration is best read in."""
    if minutes < 60:
        return format_number(round(minutes, 1)), tr("min", "unit: minutes")
    if minutes < 48 * 60:
        return format_number(round(minutes / 60, 1)), tr("h", "unit: hours")
    return format_number(round(minutes / (24 * 60), 1)), tr("d", "unit: days")


def format_minutes(minutes: float) -> str:
    """A duration in minutes as people write it: '45 min', '2.5 h', '3 d'."""
    number, unit = _amount(minutes)
    return f"{number} {unit}"


def format_range(duration: Duration) -> str:
    """The span of a duration: '10-45 min', or '15 min-2 h' across units (en dash); '' if none."""
    if duration.min == duration.max:
        return ""
    (low, low_unit), (high, high_unit) = _amount(duration.min), _amount(duration.max)
    if low_unit == high_unit:
        return f"{low}{DASH}{high} {high_unit}"
    return f"{low} {low_unit}{DASH}{high} {high_unit}"


def format_duration(duration: Duration | None) -> str:
    """Typical duration with its span in brackets: '20 min (10-45 min)'; '' if unknown."""
    if duration is None:
        return ""
    span = format_range(duration)
    typical = format_minutes(duration.typical)
    return f"{typical} ({span})" if span else typical
