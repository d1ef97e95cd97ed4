"""``procdesk check`` and ``procdesk compare``: lint findings, figures, simulation, as-is vs to-be.

``check`` exits with 1 when any diagram it looked at has an error finding, so scripts can use
it as a gate. Both read the workspace only; nothing is ever written. ``compare`` also
compares two versions of a process: see ``version_compare`` for how a version is told apart
from a diagram.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from procdesk.cli.common import (
    EXIT_CONTENT_ERRORS,
    EXIT_OK,
    fail,
    find_diagram,
    find_process,
    open_document,
)
from procdesk.document import Document
from procdesk.model.elements import Diagram, Process

if TYPE_CHECKING:  # the analysis (networkx, numpy) is loaded by the two commands that use it,
    # so that every other command, and the window, start half a second sooner
    from procdesk.analysis.checks import Finding
    from procdesk.analysis.metrics import Metrics

NAMES = ("check", "compare")


def register(subparsers: Any) -> None:
    checking = subparsers.add_parser("check", help="lint findings and figures of diagrams")
    checking.add_argument("workspace", help="workspace file (.procdesk)")
    checking.add_argument("-p", "--process", help="process name or id (default: every process)")
    checking.add_argument("-d", "--diagram", help="diagram name, variant or id (needs -p)")
    checking.add_argument("--json", action="store_true", help="print JSON")
    checking.add_argument(
        "--simulate", type=_positive, metavar="N", help="also simulate N cases (Monte Carlo)"
    )
    checking.add_argument("--seed", type=int, default=0, help="simulation seed (default 0)")
    checking.set_defaults(handler=_check)

    comparing = subparsers.add_parser("compare", help="compare two diagrams of a process")
    comparing.add_argument("workspace", help="workspace file (.procdesk)")
    comparing.add_argument("-p", "--process", required=True, help="process name or id")
    comparing.add_argument(
        "--from",
        dest="before",
        default="as-is",
        help="diagram, or version (N.M or draft), to start from (default as-is)",
    )
    comparing.add_argument(
        "--to",
        dest="after",
        default="to-be",
        help="diagram, or version (N.M or draft), to compare with (default to-be)",
    )
    comparing.add_argument(
        "-d", "--diagram", help="comparing versions: the diagram shown first (default: first)"
    )
    comparing.add_argument("--json", action="store_true", help="print JSON")
    comparing.set_defaults(handler=_compare)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("the number of runs must be at least 1")
    return value


# check ---------------------------------------------------------------------------------------
def _targets(document: Document, options: argparse.Namespace) -> list[tuple[Process, Diagram]]:
    workspace = document.workspace
    if options.diagram and not options.process:
        fail("-d/--diagram needs -p/--process")
    if options.process:
        process = find_process(document, options.process)
        if options.diagram:
            return [(process, find_diagram(document, process, options.diagram))]
        return [(process, d) for d in workspace.diagrams_of(process.id)]
    return [(p, d) for p in workspace.processes() for d in workspace.diagrams_of(p.id)]


def _check(options: argparse.Namespace) -> int:
    from procdesk.analysis.checks import Severity, check_graph
    from procdesk.analysis.graph import build_graph
    from procdesk.analysis.metrics import metrics_of_graph
    from procdesk.analysis.simulation import SimulationError, SimulationResult, simulate_graph

    reports: list[dict[str, Any]] = []
    with open_document(options.workspace) as document:
        for process, diagram in _targets(document, options):
            graph = build_graph(document.workspace, diagram.id)
            findings = check_graph(graph)
            figures = metrics_of_graph(document.workspace, graph)
            simulation: SimulationResult | str | None = None
            if options.simulate:
                try:
                    simulation = simulate_graph(graph, options.simulate, options.seed)
                except SimulationError as error:
                    simulation = str(error)
            reports.append(
                {
                    "process": process,
                    "diagram": diagram,
                    "findings": findings,
                    "metrics": figures,
                    "simulation": simulation,
                    "names": {i: s.name.strip() or i for i, s in graph.steps.items()},
                }
            )
    if options.json:
        print(json.dumps(_check_json(reports, single=bool(options.diagram)), indent=2))
    else:
        _print_check(reports)
    has_errors = any(f.severity == Severity.ERROR for r in reports for f in r["findings"])
    return EXIT_CONTENT_ERRORS if has_errors else EXIT_OK


def _check_json(reports: list[dict[str, Any]], *, single: bool) -> dict[str, Any]:
    from procdesk.analysis.simulation import SimulationResult

    def body(report: dict[str, Any]) -> dict[str, Any]:
        data: dict[str, Any] = {
            "findings": [f.to_json() for f in report["findings"]],
            "metrics": report["metrics"].to_json(),
        }
        simulation = report["simulation"]
        if isinstance(simulation, SimulationResult):
            data["simulation"] = simulation.to_json()
        elif isinstance(simulation, str):
            data["simulation"] = {"error": simulation}
        return data

    if single:
        return body(reports[0])
    return {
        "diagrams": [
            {
                "id": r["diagram"].id,
                "name": r["diagram"].name,
                "variant": r["diagram"].variant,
                "process": r["process"].name,
                **body(r),
            }
            for r in reports
        ]
    }


def _minutes(value: float | None) -> str:
    if value is None:
        return "unknown"
    if value == float("inf"):
        return "endless (a loop without a way out)"
    if value >= 120:
        return f"{value:.1f} min ({value / 60:.1f} h)"
    return f"{value:.1f} min"


def _money(value: float | None) -> str:
    return "unknown" if value is None else f"{value:,.2f}"


def _print_check(reports: list[dict[str, Any]]) -> None:
    from procdesk.analysis.checks import Severity
    from procdesk.analysis.simulation import SimulationResult

    if not reports:
        print("(no diagrams)")
    errors = warnings = 0
    for report in reports:
        process, diagram = report["process"], report["diagram"]
        print(f"{process.name} / {diagram.name} ({diagram.variant})  [{diagram.id}]")
        findings: list[Finding] = report["findings"]
        for finding in findings:
            print(f"  {finding.severity.value:<8}{finding.rule:<28}{finding.element}")
            print(f"          {finding.message}; fix: {finding.hint}")
        if not findings:
            print("  no findings")
        errors += sum(f.severity == Severity.ERROR for f in findings)
        warnings += sum(f.severity == Severity.WARNING for f in findings)
        _print_metrics(report["metrics"], report["names"])
        simulation = report["simulation"]
        if isinstance(simulation, SimulationResult):
            ct, cost = simulation.cycle_time, simulation.cost
            print(
                f"  simulation ({simulation.runs} runs, seed {simulation.seed}): cycle time "
                f"P50 {_minutes(ct.p50)}, P90 {_minutes(ct.p90)}; "
                f"cost P50 {_money(cost.p50)}, P90 {_money(cost.p90)}"
            )
        elif isinstance(simulation, str):
            print(f"  simulation not possible: {simulation}")
    print(f"{errors} error(s), {warnings} warning(s) in {len(reports)} diagram(s)")


def _print_metrics(figures: Metrics, names: dict[str, str]) -> None:
    print(
        f"  steps {figures.steps}, hand-offs {len(figures.handoffs)}, paths {figures.paths}, "
        f"loops {len(figures.loops)}, open weak points {figures.weak_points_open}"
    )
    print(f"  expected cycle time {_minutes(figures.cycle_time)}, cost {_money(figures.cost)}")
    if figures.waiting_time:
        print(f"  work {_minutes(figures.work_time)}, waiting {_minutes(figures.waiting_time)}")
    lanes = ", ".join(f"{c.name or '(unnamed)'} {c.steps}" for c in figures.steps_per_lane)
    if lanes:
        print(f"  steps per lane: {lanes}")
    for handoff in figures.handoffs:
        print(f"  hand-off: {handoff.from_name} -> {handoff.to_name}  [{handoff.flow}]")
    for loop in figures.loops:
        steps = ", ".join(names.get(s, s) for s in loop.steps)
        print(f"  rework loop ({loop.probability:.0%} back to {names.get(loop.head)}): {steps}")
    if figures.longest_path:
        path = " -> ".join(names.get(s, s) for s in figures.longest_path)
        print(f"  longest path ({len(figures.longest_path)} steps): {path}")


# compare -------------------------------------------------------------------------------------
def _compare(options: argparse.Namespace) -> int:
    from procdesk.analysis.compare import compare
    from procdesk.cli import version_compare
    from procdesk.cli.compare_text import print_comparison

    with open_document(options.workspace) as document:
        process = find_process(document, options.process)
        if version_compare.names_versions(options.before, options.after):
            return version_compare.compare_versions(document, process, options)
        before = find_diagram(document, process, options.before)
        after = find_diagram(document, process, options.after)
        if before.id == after.id:
            fail(f"--from and --to both name diagram {before.name!r}; give two diagrams")
        result = compare(document.workspace, before.id, after.id)
    if options.json:
        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    else:
        print_comparison(f"{process.name}: {result.before.name} -> {result.after.name}", result)
    return EXIT_OK
