"""The performance report as JSON: what ``procdesk report --json`` prints (README: *The
monthly performance report*). Numbers stay numbers, dates are ISO text, missing values null."""

from __future__ import annotations

from typing import Any

from procdesk.analysis.performance.figures import KpiFigures
from procdesk.analysis.performance.report import PerformanceReport
from procdesk.analysis.performance.rollup import Tally


def tally_json(tally: Tally) -> dict[str, Any]:
    return {
        "light": tally.light.value,
        "kpis": tally.total,
        "green": tally.green,
        "amber": tally.amber,
        "red": tally.red,
        "grey": tally.grey,
        "overdue": tally.overdue,
    }


def figures_json(figures: KpiFigures) -> dict[str, Any]:
    kpi, latest, overdue = figures.kpi, figures.latest, figures.overdue
    return {
        "id": kpi.id,
        "name": kpi.name,
        "unit": kpi.unit,
        "target": kpi.target,
        "direction": kpi.direction.value,
        "frequency": kpi.frequency,
        "actual": latest.value if latest is not None else None,
        "date": latest.date if latest is not None else None,
        "margin": figures.margin,
        "margin_share": figures.margin_share,
        "status": figures.status.value,
        "overdue": None
        if overdue is None
        else {
            "due": overdue.due.label,
            "since": overdue.missing_from.label if overdue.missing_from else None,
        },
        "trend": [{"period": p.period.label, "value": p.value} for p in figures.trend],
    }


def report_json(report: PerformanceReport) -> dict[str, Any]:
    """The report as a JSON-ready dict."""
    return {
        "period": report.period.label,
        "as_of": report.as_of.isoformat(),
        "judged_on": report.judged_on.isoformat(),
        "measurements_in_period": report.measured,
        "totals": tally_json(report.dashboard.tally),
        "bands": [
            {"band": band.band.value, **tally_json(band.tally)} for band in report.dashboard.bands
        ],
        "processes": [
            {
                "id": line.process.id,
                "name": line.process.name,
                "band": line.band.value,
                "owner": line.process.owner,
                **tally_json(line.tally),
                "kpis": [figures_json(f) for f in line.figures],
            }
            for line in report.dashboard.processes()
        ],
        "off_target": [
            {
                "process": entry.line.process.id,
                "kpis": [f.kpi.id for f in entry.off],
                "weak_points": [
                    {
                        "id": w.weak_point.id,
                        "description": w.weak_point.description,
                        "severity": w.weak_point.severity,
                        "initiatives": [i.id for i in w.initiatives],
                    }
                    for w in entry.weak_points
                ],
                "initiatives": [i.id for i in entry.initiatives],
            }
            for entry in report.off_target
        ],
        "reviews": [
            {
                "process": r.process.id,
                "due": r.due.isoformat(),
                "overdue": r.overdue,
                "reason": r.reason,
            }
            for r in report.reviews
        ],
    }
