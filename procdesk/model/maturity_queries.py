"""Reading maturity out of a workspace: its models, a process's assessments and target, the
evidence links, and the gaps between an assessment and the target."""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.model.elements import Diagram
from procdesk.model.maturity import (
    EvidenceLink,
    MaturityAssessment,
    MaturityDimension,
    MaturityModel,
    MaturityTarget,
)
from procdesk.model.workspace import Workspace


def models_of(workspace: Workspace) -> list[MaturityModel]:
    """The workspace's maturity models, by name then version."""
    models = workspace.in_scope("", MaturityModel)
    return sorted(models, key=lambda m: (m.name.casefold(), m.version, m.id))


def assessments_of(
    workspace: Workspace, process_id: str, model_id: str | None = None
) -> list[MaturityAssessment]:
    """A process's assessments (under one model, if given), oldest first."""
    found = workspace.in_scope(process_id, MaturityAssessment)
    if model_id is not None:
        found = [a for a in found if a.model_id == model_id]
    return sorted(found, key=lambda a: (a.date, a.id))


def latest_assessment(workspace: Workspace, process_id: str) -> MaturityAssessment | None:
    """The process's most recent assessment under any model."""
    found = assessments_of(workspace, process_id)
    return found[-1] if found else None


def target_of(workspace: Workspace, process_id: str, model_id: str) -> MaturityTarget | None:
    """The profile *process_id* should reach under *model_id*, if one was set."""
    targets = workspace.in_scope(process_id, MaturityTarget)
    return next((t for t in targets if t.model_id == model_id), None)


def evidence_links(
    workspace: Workspace, assessment_id: str, dimension: str | None = None
) -> list[EvidenceLink]:
    """The elements linked as evidence to an assessment (for one dimension, if given)."""
    links = workspace.in_scope(assessment_id, EvidenceLink)
    return [link for link in links if dimension is None or link.dimension == dimension]


def uses_of_model(workspace: Workspace, model_id: str) -> list[MaturityAssessment | MaturityTarget]:
    """The assessments and targets that refer to a model."""
    found: list[MaturityAssessment | MaturityTarget] = []
    for entity in workspace.referrers(model_id):
        if isinstance(entity, MaturityAssessment | MaturityTarget):
            found.append(entity)
    return found


def as_is_diagram(workspace: Workspace, process_id: str) -> Diagram | None:
    """The diagram a process's weak points belong on: its as-is (else its first diagram)."""
    diagrams = workspace.diagrams_of(process_id)
    as_is = [d for d in diagrams if d.variant == "as-is"]
    chosen = as_is or diagrams
    return chosen[0] if chosen else None


@dataclass(frozen=True, slots=True)
class Gap:
    """A dimension assessed below its target: from *level* to *target* (``size`` levels)."""

    dimension: MaturityDimension
    level: int
    target: int

    @property
    def size(self) -> int:
        return self.target - self.level

    @property
    def severity(self) -> int:
        """The severity of a weak point for this gap: one more than the levels missing
        (1 level short is 2, minor; 4 or more short is 5, critical)."""
        return min(5, self.size + 1)


def gaps(
    model: MaturityModel, assessment: MaturityAssessment, target: MaturityTarget | None
) -> list[Gap]:
    """The dimensions the assessment rated below the target, in the model's order (a
    dimension not rated, or without a target, has no gap)."""
    if target is None:
        return []
    found: list[Gap] = []
    for dimension in model.dimensions:
        level = assessment.level_of(dimension.key)
        wanted = target.level_of(dimension.key)
        if level is not None and wanted is not None and level < wanted:
            found.append(Gap(dimension, level, wanted))
    return found


def gap_of(
    model: MaturityModel,
    assessment: MaturityAssessment,
    target: MaturityTarget | None,
    dimension: str,
) -> Gap | None:
    return next((g for g in gaps(model, assessment, target) if g.dimension.key == dimension), None)
