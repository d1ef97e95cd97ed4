"""Audit timings: the coverage report and the audit report (PDF and XLSX) of a workspace with
5,000 steps, 2,000 requirements, 5,000 controls and 2,500 risks.

Every control runs at one step, mitigates one risk and satisfies one requirement (every
fifth requirement is left uncovered, every tenth control has no evidence), so every table of
the report is full. Run: ``.venv/bin/python benchmarks/bench_audit.py``; results go to
``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.results import record
from procdesk.analysis.audit import audit_json
from procdesk.analysis.coverage import coverage_report
from procdesk.export.compliance.report import audit_report
from procdesk.model.compliance import (
    Control,
    ControlAutomation,
    ControlRequirement,
    ControlRisk,
    ControlStep,
    ControlType,
    Requirement,
    Risk,
)
from procdesk.model.elements import Diagram, Entity, Lane, Pool, Process, Step, StepKind
from procdesk.model.geometry import Rect
from procdesk.model.workspace import Workspace

STEPS, REQUIREMENTS, CONTROLS, RISKS = 5000, 2000, 5000, 2500
RUNS = 3


def build() -> Workspace:
    """The workspace, built as entities (the Editor's checks are not what is measured)."""
    process = Process(id="Process_1", name="Large process", document_id="SOP-L")
    diagram = Diagram(id="Diagram_1", process_id=process.id, name="As-is")
    pool = Pool(id="Pool_1", diagram_id=diagram.id, name="Org", bounds=Rect(0, 0, 9e5, 400))
    lane = Lane(id="Lane_1", diagram_id=diagram.id, parent_id=pool.id, bounds=Rect(30, 0, 9e5, 400))
    entities: list[Entity] = [process, diagram, pool, lane]
    for index in range(STEPS):
        entities.append(
            Step(
                id=f"Task_{index}",
                diagram_id=diagram.id,
                name=f"Step {index}",
                kind=StepKind.USER_TASK,
                lane_id=lane.id,
                parent_id=pool.id,
                bounds=Rect(100 + 150 * index, 150, 100, 80),
            )
        )
    for index in range(REQUIREMENTS):
        entities.append(
            Requirement(
                id=f"Requirement_{index}",
                source=f"Standard {index % 7}",
                clause=f"{index}.{index % 13}",
                title=f"Requirement {index} about a part of the process",
                text="The organisation shall determine and apply criteria. " * 2,
            )
        )
    for index in range(RISKS):
        entities.append(
            Risk(
                id=f"Risk_{index}",
                process_id=process.id,
                element_id=f"Task_{index * 2}",
                description=f"Risk {index}: something goes wrong at this step",
                likelihood=1 + index % 5,
                impact=1 + (index // 5) % 5,
                owner="Risk owner",
            )
        )
    covered = [i for i in range(REQUIREMENTS) if i % 5]
    for index in range(CONTROLS):
        control = Control(
            id=f"Control_{index}",
            name=f"Control {index}",
            type=ControlType.PREVENTIVE if index % 2 else ControlType.DETECTIVE,
            automation=ControlAutomation.AUTOMATED if index % 3 == 0 else ControlAutomation.MANUAL,
            evidence="" if index % 10 == 0 else "Signed checklist in the archive",
            owner="Control owner",
        )
        entities += [
            control,
            ControlStep(id=f"CS_{index}", control_id=control.id, step_id=f"Task_{index}"),
            ControlRisk(id=f"CR_{index}", control_id=control.id, risk_id=f"Risk_{index % RISKS}"),
            ControlRequirement(
                id=f"CQ_{index}",
                control_id=control.id,
                requirement_id=f"Requirement_{covered[index % len(covered)]}",
            ),
        ]
    return Workspace(entities)


def timed(action: Callable[[], object], runs: int = RUNS) -> tuple[float, object]:
    times: list[float] = []
    result: object = None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    started = time.perf_counter()
    workspace = build()
    built = time.perf_counter() - started
    report_time, report = timed(lambda: coverage_report(workspace))
    json_time, result = timed(lambda: audit_json(coverage_report(workspace), None))
    pdf_time, pdf = timed(lambda: audit_report(workspace, None, "Large", "2026-01-01", ".pdf"), 1)
    xlsx_time, xlsx = timed(
        lambda: audit_report(workspace, None, "Large", "2026-01-01", ".xlsx"), 1
    )
    assert isinstance(pdf, bytes) and isinstance(xlsx, bytes) and isinstance(result, dict)
    findings = len(result["findings"])
    import io

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    rows = [
        "| what | time | output |",
        "|---|---|---|",
        f"| build the workspace in memory ({len(workspace)} entities) | {built:.2f} s | |",
        f"| coverage report (median of {RUNS}) | {report_time:.2f} s | {findings} findings |",
        f"| `audit --json` value (median of {RUNS}) | {json_time:.2f} s | "
        f"{result['requirements']} requirements, {result['covered']} covered |",
        f"| audit report PDF | {pdf_time:.2f} s | {pages} pages, {len(pdf) / 1e6:.1f} MB |",
        f"| audit report XLSX | {xlsx_time:.2f} s | {len(xlsx) / 1e6:.1f} MB |",
    ]
    assert report is not None
    record(
        "Audit: coverage and report",
        f"{STEPS:,} steps, {REQUIREMENTS:,} requirements, {CONTROLS:,} controls, "
        f"{RISKS:,} risks (`benchmarks/bench_audit.py`)\n\n" + "\n".join(rows),
    )


if __name__ == "__main__":
    main()
