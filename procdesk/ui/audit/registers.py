"""The columns of the three registers: requirements, risks and controls.

Each column reads its text from the entity; editable ones name the field they set and, for
enumerations and 1-5 levels, the choices a combo box offers.
"""

from __future__ import annotations

from enum import StrEnum

from procdesk.analysis.coverage import CoverageReport
from procdesk.analysis.risk_score import Assessment
from procdesk.model.compliance import (
    SCALE,
    ControlAutomation,
    ControlFrequency,
    ControlType,
    Requirement,
    Risk,
    RiskCategory,
)
from procdesk.model.compliance_queries import requirement_ids_of, risk_ids_of, step_ids_of
from procdesk.model.compliance_words import applicability, element_label, word
from procdesk.model.elements import Entity
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.audit.register_table import Column, yes_no


def _choices(values: type[StrEnum]) -> tuple[tuple[str, object], ...]:
    return tuple((word(v), v) for v in values)


LEVELS = tuple((str(level), level) for level in SCALE)


def _get(entity: Entity, name: str) -> str:
    value = getattr(entity, name, "")
    return word(value) if isinstance(value, StrEnum) else str(value)


def requirement_columns(coverage: dict[str, str]) -> list[Column]:
    """*coverage*: each requirement's coverage text, from the coverage report."""
    return [
        Column(tr("Source"), lambda e: _get(e, "source"), "source"),
        Column(tr("Clause"), lambda e: _get(e, "clause"), "clause"),
        Column(tr("Title"), lambda e: _get(e, "title"), "title"),
        Column(
            tr("Applicable"),
            lambda e: applicability(e) if isinstance(e, Requirement) else "",
            "applicable",
            yes_no(),
        ),
        Column(tr("Reason"), lambda e: _get(e, "reason"), "reason"),
        Column(tr("Coverage"), lambda e: coverage.get(e.id, "")),
        Column(tr("Text"), lambda e: _get(e, "text"), "text"),
    ]


def risk_columns(workspace: Workspace, assessments: dict[str, Assessment]) -> list[Column]:
    def where(entity: Entity) -> str:
        risk = entity
        assert isinstance(risk, Risk)
        return element_label(workspace, risk.element_id or risk.process_id)

    def residual(entity: Entity) -> str:
        found = assessments.get(entity.id)
        return str(found.residual) if found else ""

    def explain(entity: Entity) -> str:
        found = assessments.get(entity.id)
        return found.explain() if found else ""

    def controls(entity: Entity) -> str:
        found = assessments.get(entity.id)
        return ", ".join(c.name for c in found.controls) if found else ""

    return [
        Column(tr("Risk"), lambda e: _get(e, "description"), "description"),
        Column(tr("Where"), where),
        Column(tr("Category"), lambda e: _get(e, "category"), "category", _choices(RiskCategory)),
        Column(tr("Likelihood"), lambda e: _get(e, "likelihood"), "likelihood", LEVELS),
        Column(tr("Impact"), lambda e: _get(e, "impact"), "impact", LEVELS),
        Column(tr("Inherent"), lambda e: str(e.inherent) if isinstance(e, Risk) else ""),
        Column(tr("Residual"), residual, tooltip=explain),
        Column(tr("Owner"), lambda e: _get(e, "owner"), "owner"),
        Column(tr("Controls"), controls),
    ]


def control_columns(workspace: Workspace) -> list[Column]:
    def linked(ids: list[str]) -> str:
        return ", ".join(element_label(workspace, i) for i in ids)

    return [
        Column(tr("Control"), lambda e: _get(e, "name"), "name"),
        Column(tr("Type"), lambda e: _get(e, "type"), "type", _choices(ControlType)),
        Column(
            tr("Automation"),
            lambda e: _get(e, "automation"),
            "automation",
            _choices(ControlAutomation),
        ),
        Column(
            tr("Frequency"), lambda e: _get(e, "frequency"), "frequency", _choices(ControlFrequency)
        ),
        Column(tr("Owner"), lambda e: _get(e, "owner"), "owner"),
        Column(tr("Evidence expected"), lambda e: _get(e, "evidence"), "evidence"),
        Column(tr("Steps"), lambda e: linked(step_ids_of(workspace, e.id))),
        Column(tr("Mitigates"), lambda e: linked(risk_ids_of(workspace, e.id))),
        Column(tr("Satisfies"), lambda e: linked(requirement_ids_of(workspace, e.id))),
    ]


def coverage_texts(report: CoverageReport) -> dict[str, str]:
    texts: dict[str, str] = {}
    for item in report.requirements:
        if not item.requirement.applicable:
            texts[item.requirement.id] = tr("Not applicable")
        elif item.covered:
            texts[item.requirement.id] = ", ".join(c.name for c in item.controls)
        else:
            texts[item.requirement.id] = tr("Not met")
    return texts
