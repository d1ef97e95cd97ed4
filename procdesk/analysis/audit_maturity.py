"""The maturity part of an audit: what the audit report and ``procdesk audit --json`` say of
the maturity of the processes audited.

Both read the assessments through :func:`procdesk.analysis.maturity.maturity_report`, as the
Maturity area and ``procdesk maturity`` do, so none of them can disagree. The JSON's
``"maturity"`` is one profile (``{"model", "date", "levels"}``) or ``null``: the profile of
the process audited, ``null`` for the whole workspace, whose processes may be assessed under
different models (the contract has room for one). The report has room for more: for the
whole workspace it prints the maturity of every assessed process, one after another.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from procdesk.analysis.maturity import MaturityReport, maturity_report
from procdesk.model.maturity import MaturityAssessment
from procdesk.model.workspace import Workspace


@dataclass(frozen=True, slots=True)
class MaturityProfile:
    """The latest assessment under one maturity model, with the earlier ones (oldest first)."""

    model: str
    date: str
    levels: Mapping[str, int]
    """Level per dimension (by the dimension's name), in the model's order."""
    history: tuple[MaturityProfile, ...] = field(default=())

    def to_json(self) -> dict[str, object]:
        return {"model": self.model, "date": self.date, "levels": dict(self.levels)}


def _profile(report: MaturityReport, assessment: MaturityAssessment) -> MaturityProfile:
    levels = {
        d.name: level
        for d in report.model.dimensions
        if (level := assessment.level_of(d.key)) is not None
    }
    return MaturityProfile(report.model.name, assessment.date, levels)


def maturity_profile(workspace: Workspace, process_id: str | None) -> MaturityProfile | None:
    """The latest assessment of *process_id* with the earlier ones as its history; None for
    the whole workspace (None) or a process never assessed."""
    report = maturity_report(workspace, process_id) if process_id is not None else None
    if report is None or report.latest is None:
        return None
    earlier = tuple(_profile(report, a) for a in report.assessments[:-1])
    latest = _profile(report, report.latest)
    return MaturityProfile(latest.model, latest.date, latest.levels, earlier)


def maturity_reports(workspace: Workspace, process_id: str | None) -> tuple[MaturityReport, ...]:
    """What the audit report prints: the report of *process_id*, or for the whole workspace
    (None) that of every assessed process, in the workspace's order; only assessed ones."""
    ids = [process_id] if process_id is not None else [p.id for p in workspace.processes()]
    reports = (maturity_report(workspace, i) for i in ids)
    return tuple(r for r in reports if r is not None and r.latest is not None)
