"""An initiative's annual benefit computed from its to-be, with the sum that shows how.

The as-is is the diagram the to-be was created from (or else the process's first as-is
diagram). The saving per case is the chosen figure of the as-is minus that of the to-be:
the expected cycle time, work time or cost (``analysis.compare``), or the simulated median
(p50) cycle time or cost (``analysis.simulation``, a fixed seed, so the same each time). A
time saving is valued at the cost rate per hour:

    (62 - 41 min) x 1,200 cases/year x 55 EUR/h / 60 = 23,100 EUR

and a cost saving is counted once per case: (138.09 - 122.29 EUR) x 1,200 cases/year.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.analysis.compare import compare
from procdesk.analysis.portfolio.signs import DIVIDED_BY, MINUS, TIMES
from procdesk.analysis.simulation import SimulationError, simulate
from procdesk.model.elements import Diagram
from procdesk.model.portfolio import BenefitBasis, BenefitModel
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop

SIMULATION_RUNS = 2000
SIMULATION_SEED = 0

BASIS_LABELS = {
    BenefitBasis.CYCLE_TIME: tr_noop("Cycle time (expected)", "benefit basis"),
    BenefitBasis.WORK_TIME: tr_noop("Work time (expected)", "benefit basis"),
    BenefitBasis.COST: tr_noop("Cost per case (expected)", "benefit basis"),
    BenefitBasis.SIMULATED_CYCLE_TIME: tr_noop("Cycle time (simulated p50)", "benefit basis"),
    BenefitBasis.SIMULATED_COST: tr_noop("Cost per case (simulated p50)", "benefit basis"),
}


def basis_label(basis: BenefitBasis) -> str:
    return tr(BASIS_LABELS[basis], "benefit basis")


@dataclass(frozen=True, slots=True)
class ComputedBenefit:
    """A computed benefit: the value and its derivation, or why it could not be computed."""

    value: float | None
    derivation: str
    before: float | None = None
    after: float | None = None
    as_is_id: str | None = None


def amount(value: float, decimals: int = 0) -> str:
    """A number with thousands grouped: 23,100 or 41.5."""
    text = f"{value:,.{decimals}f}"
    return text


def short(value: float) -> str:
    """A figure with at most two decimals and no trailing zeros: 62, 41.5, 138.09."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text


def as_is_of(workspace: Workspace, to_be: Diagram) -> Diagram | None:
    """The diagram a to-be is compared with."""
    origin = workspace.find(to_be.origin_diagram_id)
    if isinstance(origin, Diagram):
        return origin
    others = [d for d in workspace.diagrams_of(to_be.process_id) if d.id != to_be.id]
    as_is = [d for d in others if d.variant == "as-is"]
    candidates = as_is or others
    return candidates[0] if candidates else None


def compute_benefit(workspace: Workspace, model: BenefitModel, currency: str) -> ComputedBenefit:
    """The annual benefit *model* gives in *workspace*."""
    to_be = workspace.find(model.diagram_id)
    if not isinstance(to_be, Diagram):
        return ComputedBenefit(None, tr("the to-be diagram no longer exists"))
    as_is = as_is_of(workspace, to_be)
    if as_is is None:
        return ComputedBenefit(None, tr("the process has no as-is diagram to compare with"))
    try:
        before, after = _figures(workspace, as_is.id, to_be.id, model.basis)
    except SimulationError as error:
        return ComputedBenefit(None, str(error), as_is_id=as_is.id)
    if before is None or after is None:
        message = tr("the diagrams lack the figures for this ({basis})")
        return ComputedBenefit(
            None, message.format(basis=basis_label(model.basis)), as_is_id=as_is.id
        )
    saving = before - after
    volume = tr("{volume} cases/year").format(volume=amount(model.volume))
    if model.basis.is_time:
        value = saving * model.volume * model.rate / 60.0
        rate = tr("{rate} {currency}/h").format(rate=short(model.rate), currency=currency)
        saved = f"({short(before)} {MINUS} {short(after)} min)"
        text = f"{saved} {TIMES} {volume} {TIMES} {rate} {DIVIDED_BY} 60"
    else:
        value = saving * model.volume
        text = f"({short(before)} {MINUS} {short(after)} {currency}) {TIMES} {volume}"
    derivation = f"{text} = {amount(value)} {currency}"
    return ComputedBenefit(value, derivation, before, after, as_is.id)


def _figures(
    workspace: Workspace, before_id: str, after_id: str, basis: BenefitBasis
) -> tuple[float | None, float | None]:
    if basis.is_simulated:
        return (
            _simulated(workspace, before_id, basis),
            _simulated(workspace, after_id, basis),
        )
    figure = {
        BenefitBasis.CYCLE_TIME: "cycle_time",
        BenefitBasis.WORK_TIME: "work_time",
        BenefitBasis.COST: "cost",
    }[basis]
    delta = compare(workspace, before_id, after_id).delta(figure)
    return delta.before, delta.after


_SIMULATED: dict[tuple[object, ...], float] = {}
"""Simulated medians by the diagram's entities (hashable values) and basis: a register that
is redrawn after every edit simulates a diagram again only once it has changed."""


def _simulated(workspace: Workspace, diagram_id: str, basis: BenefitBasis) -> float:
    """The p50 of a diagram's simulation, remembered while the diagram stays as it is."""
    key = (basis, workspace.get(diagram_id), *workspace.in_scope(diagram_id))
    value = _SIMULATED.get(key)
    if value is None:
        result = simulate(workspace, diagram_id, SIMULATION_RUNS, SIMULATION_SEED)
        spread = result.cycle_time if basis == BenefitBasis.SIMULATED_CYCLE_TIME else result.cost
        if len(_SIMULATED) > 64:
            _SIMULATED.clear()
        value = _SIMULATED[key] = spread.p50
    return value
