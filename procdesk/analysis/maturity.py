"""A process's maturity at a glance: the latest assessment under a model, the target profile
and the gaps to it, the history of assessments and every change of level between them.

The window's maturity room, ``procdesk maturity`` and the audit report all read this one
report, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from procdesk.model.elements import Process
from procdesk.model.maturity import MaturityAssessment, MaturityModel, MaturityTarget
from procdesk.model.maturity_queries import (
    Gap,
    assessments_of,
    evidence_links,
    gaps,
    latest_assessment,
    target_of,
)
from procdesk.model.workspace import Workspace


@dataclass(frozen=True, slots=True)
class LevelChange:
    """One dimension's level moving between two consecutive assessments."""

    dimension: str
    """The dimension's key."""
    before: MaturityAssessment
    after: MaturityAssessment
    old: int | None
    new: int | None

    @property
    def delta(self) -> int | None:
        return None if self.old is None or self.new is None else self.new - self.old


@dataclass(frozen=True, slots=True)
class MaturityReport:
    """A process's assessments under one model (oldest first), its target and its gaps."""

    process: Process
    model: MaturityModel
    assessments: tuple[MaturityAssessment, ...]
    target: MaturityTarget | None

    @property
    def latest(self) -> MaturityAssessment | None:
        return self.assessments[-1] if self.assessments else None

    @property
    def gaps(self) -> list[Gap]:
        latest = self.latest
        return gaps(self.model, latest, self.target) if latest is not None else []

    @property
    def changes(self) -> list[LevelChange]:
        """Every change of level from one assessment to the next, in date order."""
        found: list[LevelChange] = []
        for before, after in zip(self.assessments, self.assessments[1:], strict=False):
            for dimension in self.model.dimensions:
                old, new = before.level_of(dimension.key), after.level_of(dimension.key)
                if old != new:
                    found.append(LevelChange(dimension.key, before, after, old, new))
        return found

    def series(self, dimension: str) -> list[tuple[str, int]]:
        """(date, level) of every assessment that rated *dimension*, oldest first."""
        points = ((a.date, a.level_of(dimension)) for a in self.assessments)
        return [(day, level) for day, level in points if level is not None]

    def dimension_name(self, key: str) -> str:
        dimension = self.model.dimension(key)
        return dimension.name if dimension else key


def maturity_report(
    workspace: Workspace, process_id: str, model_id: str | None = None
) -> MaturityReport | None:
    """The report of *process_id* under *model_id* (default: the model of its latest
    assessment, else of its target); None when the process has neither."""
    process = workspace.get(process_id, Process)
    if model_id is None:
        latest = latest_assessment(workspace, process_id)
        if latest is not None:
            model_id = latest.model_id
        else:
            targets = workspace.in_scope(process_id, MaturityTarget)
            if not targets:
                return None
            model_id = targets[0].model_id
    model = workspace.get(model_id, MaturityModel)
    return MaturityReport(
        process=process,
        model=model,
        assessments=tuple(assessments_of(workspace, process_id, model_id)),
        target=target_of(workspace, process_id, model_id),
    )


def _levels(model: MaturityModel, assessment: MaturityAssessment) -> dict[str, int | None]:
    return {d.key: assessment.level_of(d.key) for d in model.dimensions}


def assessment_json(
    workspace: Workspace, model: MaturityModel, assessment: MaturityAssessment
) -> dict[str, Any]:
    """An assessment as JSON: its levels by dimension key, and the evidence for each."""
    evidence: dict[str, Any] = {}
    for dimension in model.dimensions:
        rating = assessment.rating(dimension.key)
        links = evidence_links(workspace, assessment.id, dimension.key)
        if rating is None and not links:
            continue
        evidence[dimension.key] = {
            "text": rating.evidence if rating else "",
            "documents": list(rating.documents) if rating else [],
            "elements": [link.element_id for link in links],
        }
    return {
        "id": assessment.id,
        "date": assessment.date,
        "assessor": assessment.assessor,
        "note": assessment.note,
        "levels": _levels(model, assessment),
        "evidence": evidence,
    }


def report_json(
    workspace: Workspace, process: Process, report: MaturityReport | None
) -> dict[str, Any]:
    """``procdesk maturity --json`` (the README gives the shape)."""
    if report is None:
        return {
            "process": {"id": process.id, "name": process.name},
            "model": None,
            "latest": None,
            "target": None,
            "gaps": [],
            "history": [],
            "changes": [],
        }
    model = report.model
    latest = report.latest
    target = report.target
    return {
        "process": {"id": process.id, "name": process.name},
        "model": {
            "id": model.id,
            "key": model.key,
            "name": model.name,
            "version": model.version,
            "levels": [
                {"number": lv.number, "code": lv.code, "name": lv.name} for lv in model.levels
            ],
            "dimensions": [{"key": d.key, "name": d.name} for d in model.dimensions],
        },
        "latest": assessment_json(workspace, model, latest) if latest is not None else None,
        "target": {t.dimension: t.level for t in target.levels} if target is not None else None,
        "gaps": [
            {
                "dimension": gap.dimension.key,
                "level": gap.level,
                "target": gap.target,
                "gap": gap.size,
                "severity": gap.severity,
            }
            for gap in report.gaps
        ],
        "history": [
            {"id": a.id, "date": a.date, "assessor": a.assessor, "levels": _levels(model, a)}
            for a in report.assessments
        ],
        "changes": [
            {
                "dimension": change.dimension,
                "from_date": change.before.date,
                "to_date": change.after.date,
                "from": change.old,
                "to": change.new,
                "change": change.delta,
            }
            for change in report.changes
        ],
    }
