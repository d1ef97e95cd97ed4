"""``procdesk audit --json``: the coverage report and the maturity profile as one JSON value.

The shape is a contract (the README gives it): requirement counts and the ids of the
uncovered ones, every risk with its inherent and residual score and its controls, the number
of controls, the findings and the maturity profile (``null`` without an assessment).
"""

from __future__ import annotations

from typing import Any

from procdesk.analysis.audit_maturity import MaturityProfile
from procdesk.analysis.coverage import CoverageReport


def audit_json(report: CoverageReport, maturity: MaturityProfile | None) -> dict[str, Any]:
    applicable = report.applicable
    return {
        "requirements": len(applicable),
        "covered": sum(1 for c in applicable if c.covered),
        "uncovered": [r.id for r in report.uncovered],
        "risks": [
            {
                "id": a.risk.id,
                "inherent": a.inherent,
                "residual": a.residual,
                "controls": [c.id for c in a.controls],
            }
            for a in report.assessments
        ],
        "controls": len(report.controls),
        "findings": [
            {"rule": f.rule, "element": f.element, "message": f.message} for f in report.findings
        ],
        "maturity": maturity.to_json() if maturity is not None else None,
    }
