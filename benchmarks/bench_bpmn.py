"""BPMN timings: import (parse, then store in one transaction) and export of 1,000 and 5,000 tasks.

Input files come from ``../shared/tools/bpmnjs/gen_large.py`` (full DI, one pool, 4 lanes,
gateway blocks). When ``--bpmnjs`` is given and the bpmn-js harness is there, the same files are
also opened in bpmn-js (``render.sh``) for the peer column. The scene build is measured with the
canvas, not here. Goal: export ≤ 0.5 s at 5,000 tasks.
Run: ``.venv/bin/python benchmarks/bench_bpmn.py [--bpmnjs]``; results go to RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.results import record
from procdesk.document import Document
from procdesk.export.bpmn.reader import ImportResult, read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.workspace import Workspace

TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools" / "bpmnjs"
SIZES = (1000, 5000)
RUNS = 5


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    """Median wall-clock milliseconds of *runs* calls."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def median_cpu_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    """Median process-time milliseconds: less disturbed by other load on the machine."""
    times = []
    for _ in range(runs):
        started = time.process_time()
        action()
        times.append((time.process_time() - started) * 1000)
    return statistics.median(times)


def bpmnjs_ms(path: Path) -> str:
    render = TOOLS / "render.sh"
    if not render.exists():
        return "n/a"
    done = subprocess.run(
        ["bash", str(render), str(path), str(path.with_suffix(".png")), "--quiet", "--repeat", "3"],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        data = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return "failed"
    return f"{data.get('import_ms_median_rest', data['import_ms']):.0f}"


def measure(data: bytes, stem: Path, result: ImportResult) -> tuple[float, ...]:
    """Median ms of: parse to entities (wall, CPU); parse and store in a fresh workspace;
    export (wall, CPU)."""
    parse = median_ms(lambda: read_bpmn(data))
    parse_cpu = median_cpu_ms(lambda: read_bpmn(data))
    counter = iter(range(1000))

    def store() -> None:
        with Document.create(stem.with_name(f"{stem.name}_{next(counter)}.procdesk")) as document:
            document.import_entities(read_bpmn(data).entities, "Import")

    parse_and_store = median_ms(store, runs=3)
    workspace = Workspace(result.entities)
    export = median_ms(lambda: write_bpmn(workspace, result.process_id))
    export_cpu = median_cpu_ms(lambda: write_bpmn(workspace, result.process_id))
    return parse, parse_cpu, parse_and_store, export, export_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bpmnjs", action="store_true", help="also time bpmn-js's import")
    options = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in SIZES:
            path = Path(folder) / f"large_{size}.bpmn"
            generator = TOOLS / "gen_large.py"
            subprocess.run(
                [sys.executable, str(generator), str(size), str(path)],
                check=True,
                capture_output=True,
            )
            data = path.read_bytes()
            result = read_bpmn(data)
            parse, parse_cpu, stored, export, export_cpu = measure(
                data, Path(folder) / f"w{size}", result
            )
            peer = bpmnjs_ms(path) if options.bpmnjs else "not run"
            rows.append(
                f"| {size:,} | {len(result.entities):,} | {len(data) / 1e6:.1f} | {parse:.0f} "
                f"({parse_cpu:.0f}) | {stored:.0f} | {export:.0f} ({export_cpu:.0f}) | {peer} |"
            )
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    body = "\n".join(
        [
            f"Load average when the run ended: {load} (2 cores; other work was running).",
            "Files from `gen_large.py N` (full DI; one pool, 4 lanes, gateway blocks). Median of",
            f"{RUNS} runs (import + store: 3 runs, each into a fresh workspace file). bpmn-js: "
            "`render.sh --repeat 3`, median of the warm imports (parse + SVG render).",
            "",
            "Wall-clock ms, CPU ms in brackets. Scene build is measured with the canvas.",
            "",
            "| tasks | entities | MB | parse → entities | parse + store | export "
            "| bpmn-js import |",
            "|---|---|---|---|---|---|---|",
            *rows,
        ]
    )
    record("BPMN import and export", body)


if __name__ == "__main__":
    main()
