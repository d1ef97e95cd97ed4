"""The initiatives register: every initiative with its weighted score, rank, benefit, payback,
NPV and links, under the current framework or an agreed (baselined) version of it.

The register in the window, ``procdesk initiatives``, the PDF report and the workbook are all
made from this one function, so they always show the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from procdesk.analysis.portfolio.benefit import ComputedBenefit, compute_benefit
from procdesk.analysis.portfolio.finance import npv, payback_months
from procdesk.analysis.portfolio.scoring import (
    UNRANKED,
    Candidate,
    Weights,
    rank,
    weighted_score,
)
from procdesk.analysis.portfolio.sensitivity import (
    DEFAULT_TOP,
    CriterionSensitivity,
    Scored,
    sensitivity,
)
from procdesk.model.portfolio import Initiative
from procdesk.model.portfolio_queries import (
    baselines_of,
    benefit_model_of,
    framework_of,
    initiatives,
    process_ids_of,
    weak_point_links,
)
from procdesk.model.workspace import Workspace
from procdesk.text import tr


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One initiative as the register shows it."""

    initiative: Initiative
    rank: int | None
    score: float
    values: tuple[float, ...]
    scored: int
    tie_break: str | None
    benefit: float
    computed: ComputedBenefit | None
    payback: float | None
    npv: float
    weak_points: tuple[str, ...]
    processes: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.initiative.id

    @property
    def benefit_is_computed(self) -> bool:
        return self.computed is not None and self.computed.value is not None


@dataclass(frozen=True, slots=True)
class Register:
    """The register under one framework version: ranked rows first, then the others."""

    weights: Weights
    rows: tuple[RegisterRow, ...]
    currency: str
    current_version: int

    def row(self, initiative_id: str) -> RegisterRow | None:
        return next((r for r in self.rows if r.id == initiative_id), None)

    @property
    def ranked(self) -> list[RegisterRow]:
        return [r for r in self.rows if r.rank is not None]

    def sensitivity(self, top: int = DEFAULT_TOP) -> list[CriterionSensitivity]:
        """How far each weight can move before the top *top* of the ranking changes."""
        scored = [Scored(_candidate(r), r.values) for r in self.ranked]
        return sensitivity(scored, self.weights.keys, self.weights.normalised, top)


def _candidate(row: RegisterRow) -> Candidate:
    return Candidate(row.id, row.initiative.title, row.score, row.benefit, row.initiative.effort)


def weights_of(workspace: Workspace, version: int | None = None) -> Weights:
    """The weights of the current framework, or of its agreed *version*."""
    framework = framework_of(workspace)
    if version is None or version == framework.version:
        return Weights.of(framework)
    for baseline in baselines_of(workspace):
        if baseline.version == version:
            return Weights.of(baseline)
    known = ", ".join(str(b.version) for b in baselines_of(workspace)) or tr("none")
    message = tr("the framework has no agreed version {version} (agreed versions: {known})")
    raise ValueError(message.format(version=version, known=known))


def build_register(workspace: Workspace, version: int | None = None) -> Register:
    """Every initiative of *workspace*, ranked under the framework *version* (None: current)."""
    framework = framework_of(workspace)
    weights = weights_of(workspace, version)
    rows: list[RegisterRow] = []
    for initiative in initiatives(workspace):
        scores = {s.criterion: float(s.value) for s in initiative.scores}
        values = tuple(scores.get(key, 0.0) for key in weights.keys)
        computed = None
        model = benefit_model_of(workspace, initiative.id)
        if model is not None:
            computed = compute_benefit(workspace, model, framework.currency)
        benefit = computed.value if computed is not None and computed.value is not None else None
        if benefit is None:
            benefit = initiative.benefit
        rows.append(
            RegisterRow(
                initiative=initiative,
                rank=None,
                score=weighted_score(values, weights.normalised),
                values=values,
                scored=sum(1 for key in weights.keys if key in scores),
                tie_break=None,
                benefit=benefit,
                computed=computed,
                payback=payback_months(initiative.cost, benefit),
                npv=npv(
                    initiative.cost, benefit, initiative.horizon_years, initiative.discount_rate
                ),
                weak_points=tuple(
                    link.weak_point_id for link in weak_point_links(workspace, initiative.id)
                ),
                processes=tuple(process_ids_of(workspace, initiative.id)),
            )
        )
    by_id = {row.id: row for row in rows}
    rankable = [_candidate(r) for r in rows if r.initiative.status not in UNRANKED]
    placed = [_placed_row(by_id[p.candidate.id], p.rank, p.tie_break) for p in rank(rankable)]
    others = sorted(
        (r for r in rows if r.initiative.status in UNRANKED),
        key=lambda r: (r.initiative.status.value, r.initiative.title.casefold()),
    )
    return Register(weights, tuple(placed + others), framework.currency, framework.version)


def _placed_row(row: RegisterRow, position: int, tie_break: str | None) -> RegisterRow:
    return replace(row, rank=position, tie_break=tie_break)


def _round(value: float | None, digits: int = 6) -> float | None:
    return None if value is None else round(value, digits)


def register_json(register: Register) -> dict[str, Any]:
    """The register as ``procdesk initiatives --json`` prints it."""
    weights = register.weights
    return {
        "framework": {
            "name": weights.name,
            "version": weights.version,
            "baselined": weights.baselined_on or None,
            "criteria": [
                {"name": c.name, "weight": round(w * 100, 6)}
                for c, w in zip(weights.criteria, weights.normalised, strict=True)
            ],
        },
        "initiatives": [
            {
                "id": row.id,
                "title": row.initiative.title,
                "status": row.initiative.status.value,
                "rank": row.rank,
                "score": round(row.score, 6),
                "scores": {
                    c.name: int(v)
                    for c, v in zip(weights.criteria, row.values, strict=True)
                    if row.initiative.score_of(c.key) is not None
                },
                "cost": row.initiative.cost,
                "effort": row.initiative.effort,
                "benefit": _round(row.benefit, 2),
                "payback_months": _round(row.payback, 2),
                "weak_points": list(row.weak_points),
                "processes": list(row.processes),
            }
            for row in register.rows
        ],
    }
