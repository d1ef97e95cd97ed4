"""SOP PDF of generated processes from 500 to 10,000 tasks: does its cost grow linearly?

Each size is a ``gen_large.py N`` file imported into a fresh workspace (not timed), then
``procdesk export sop`` of the imported process as a process started afresh, the way a user
waits for it. The table gives wall and CPU seconds, the peak resident memory, the pages, and
the time per task with its ratio to the smallest size (CPU time: the machine is shared, and
wall time suffers more from the other load).

Goal: the time per task at 10,000 tasks at most 1.3 x that at 5,000.
Run: ``.venv/bin/python benchmarks/bench_sop_scale.py [--sizes 500,1000] [--runs 1]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader

from benchmarks.bench_scale import PROCDESK, TOOLS, Run, installed_bytecode, run_process
from benchmarks.results import record

SIZES = "500,1000,2000,5000,10000"


def workspace_of(tasks: int, folder: Path, env: dict[str, str]) -> tuple[Path, str]:
    """A fresh workspace holding the generated process of *tasks* tasks, and its id."""
    source = folder / f"large-{tasks}.bpmn"
    generator = [sys.executable, str(TOOLS / "gen_large.py"), str(tasks), str(source)]
    subprocess.run(generator, check=True, capture_output=True)
    workspace = folder / f"sop-{tasks}.procdesk"
    run_process([str(PROCDESK), "new", str(workspace)], env)
    imported = run_process([str(PROCDESK), "import", str(workspace), str(source)], env)
    return workspace, imported.output.split()[-1]


def export_runs(tasks: int, folder: Path, runs: int, env: dict[str, str]) -> tuple[list[Run], int]:
    """*runs* SOP exports of the process of *tasks* tasks, and the page count of the PDF."""
    workspace, process = workspace_of(tasks, folder, env)
    pdf = folder / f"sop-{tasks}.pdf"
    argv = [str(PROCDESK), "export", "sop", str(workspace), "-p", process, "-o", str(pdf)]
    done = [run_process(argv, env) for _ in range(runs)]
    return done, len(PdfReader(pdf).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default=SIZES, help=f"task counts (default {SIZES})")
    parser.add_argument("--runs", type=int, default=1, help="exports per size (median)")
    parser.add_argument("--no-record", action="store_true", help="print, leave RESULTS.md")
    options = parser.parse_args()
    sizes = sorted(int(size) for size in options.sizes.split(","))
    rows = [
        "| tasks | pages | wall s | CPU s | peak MiB | wall µs / task | CPU µs / task "
        "| CPU per task / smallest |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    smallest: float | None = None
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(folder)}
        installed_bytecode(env)
        for tasks in sizes:
            runs, pages = export_runs(tasks, folder, options.runs, env)
            wall = statistics.median(run.wall for run in runs)
            cpu = statistics.median(run.cpu for run in runs)
            peak = max(run.rss_mib for run in runs)
            per_task = cpu / tasks * 1e6
            smallest = smallest or per_task
            rows.append(
                f"| {tasks:,} | {pages:,} | {wall:.1f} | {cpu:.1f} | {peak:.0f} "
                f"| {wall / tasks * 1e6:.0f} | {per_task:.0f} | {per_task / smallest:.2f} |"
            )
            print(rows[-1], flush=True)
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    body = "\n".join(
        [
            "`procdesk export sop` of a `gen_large.py N` process imported into a fresh",
            "workspace, each export a process started afresh (interpreter, imports, fonts and",
            f"all); median of {options.runs} run(s) per size. *µs / task* is the time per task,",
            "*CPU per task / smallest* the CPU time per task over that of the smallest size.",
            f"2 cores shared with other work (load average at the end: {load}).",
            "Goal: per task at 10,000 tasks ≤ 1.3 x that at 5,000.",
            "",
            *rows,
        ]
    )
    if options.no_record:
        print(body)
    else:
        record("SOP PDF of large processes", body)


if __name__ == "__main__":
    main()
