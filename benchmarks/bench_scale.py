"""Whole processes at 5,000, 10,000 and 50,000 tasks, side by side with bpmn-js in one run.

What a user waits for, each as its own process started afresh (interpreter, imports and all):
``procdesk import`` of a ``gen_large.py`` file into an empty workspace, ``procdesk export bpmn``
and ``procdesk export sop`` of the imported process, and opening the workspace in the window
until the diagram's first frame is painted (``open_window.py``, offscreen). bpmn-js's
``importXML`` of the same file is taken in the same run (``render.sh``, warm imports).

Goals: import at 5,000 tasks ≤ 0.2 x bpmn-js; at 10,000 and 50,000 tasks the time per task
≤ 1.3 x that at 5,000, for every operation. Each timing is run several times (the machine is
shared): the table gives the median and the minimum wall time, the CPU time of the median run,
and the peak resident memory of the process.
Run: ``.venv/bin/python benchmarks/bench_scale.py [--sizes 5000,10000,50000] [--runs 3]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.results import record

TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools" / "bpmnjs"
PROCDESK = Path(sys.executable).with_name("procdesk")
OPEN_WINDOW = Path(__file__).with_name("open_window.py")


@dataclass(frozen=True)
class Run:
    """One process: wall and CPU seconds, peak resident memory (MiB) and what it printed."""

    wall: float
    cpu: float
    rss_mib: float
    output: str


def run_process(argv: list[str], env: dict[str, str]) -> Run:
    """Start *argv*, wait for it, and take its own resource usage (``wait4``)."""
    started = time.perf_counter()
    env = {**env, "BENCH_T0": repr(time.time())}
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    output, errors = process.stdout.read(), process.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{argv} failed: {errors.decode(errors='replace')[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(wall, cpu, usage.ru_maxrss / 1024, output.decode())


@dataclass(frozen=True)
class Timing:
    """Several runs of one operation at one size."""

    operation: str
    tasks: int
    runs: list[Run]

    @property
    def median(self) -> float:
        return statistics.median(run.wall for run in self.runs)

    @property
    def fastest(self) -> float:
        return min(run.wall for run in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(run.cpu for run in self.runs)

    @property
    def rss(self) -> float:
        return max(run.rss_mib for run in self.runs)

    def per_task_us(self) -> float:
        return self.median / self.tasks * 1e6


def bpmnjs(path: Path, repeat: int) -> dict[str, float] | None:
    """bpmn-js's import of *path*: the median of the warm imports, the first import (a fresh
    page, as each procdesk process is fresh) and the JS heap, or None."""
    render = TOOLS / "render.sh"
    if not render.exists():
        return None
    picture = str(path.with_suffix(".png"))
    done = subprocess.run(
        ["bash", str(render), str(path), picture, "--quiet", "--repeat", str(repeat)],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        data = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return None
    warm = data.get("import_ms_median_rest", data["import_ms"])
    first = data.get("import_ms_first", data["import_ms"])
    return {
        "import_ms": float(warm),
        "first_ms": float(first),
        "heap_mib": float(data.get("js_heap_mb", 0.0)),
    }


def measure_size(
    tasks: int, folder: Path, runs: int, sop_runs: int, env: dict[str, str]
) -> list[Timing]:
    """Import, export BPMN, export SOP and open the window for one generated file."""
    source = folder / f"large-{tasks}.bpmn"
    subprocess.run(
        [sys.executable, str(TOOLS / "gen_large.py"), str(tasks), str(source)],
        check=True,
        capture_output=True,
    )
    empty = folder / "empty.procdesk"
    if not empty.exists():
        run_process([str(PROCDESK), "new", str(empty)], env)
    workspace = folder / f"w{tasks}.procdesk"
    imports = []
    for _ in range(runs):
        workspace.unlink(missing_ok=True)
        shutil.copyfile(empty, workspace)
        imports.append(run_process([str(PROCDESK), "import", str(workspace), str(source)], env))
    process = imports[-1].output.split()[-1]
    export = [str(PROCDESK), "export"]
    target = ["-p", process, "-o"]
    timings = [
        Timing("import", tasks, imports),
        Timing(
            "export BPMN",
            tasks,
            [
                run_process([*export, "bpmn", str(workspace), *target, str(folder / "o.bpmn")], env)
                for _ in range(runs)
            ],
        ),
    ]
    if sop_runs:
        timings.append(
            Timing(
                "export SOP",
                tasks,
                [
                    run_process(
                        [*export, "sop", str(workspace), *target, str(folder / "o.pdf")], env
                    )
                    for _ in range(sop_runs)
                ],
            )
        )
    windows = [
        run_process([sys.executable, str(OPEN_WINDOW), str(workspace)], env) for _ in range(runs)
    ]
    # the window's time is up to its first frame, as the process printed it (not its exit)
    timings.append(
        Timing(
            "open in window",
            tasks,
            [Run(float(run.output.split()[-1]), run.cpu, run.rss_mib, "") for run in windows],
        )
    )
    return timings


def table(timings: list[Timing], peers: dict[int, dict[str, float]]) -> list[str]:
    base = {
        t.operation: t.per_task_us() for t in timings if t.tasks == min(x.tasks for x in timings)
    }
    rows = [
        "| operation | tasks | median s | min s | CPU s | peak MiB | µs / task | per task "
        "/ smallest | bpmn-js import s | bpmn-js first import s | bpmn-js heap MiB "
        "| procdesk / bpmn-js |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for timing in timings:
        peer = peers.get(timing.tasks)
        peer_s = peer["import_ms"] / 1000 if peer else None
        compared = timing.operation in ("import", "open in window") and peer_s
        peer_time = f"{peer_s:.2f}" if peer_s else "n/a"
        first = f"{peer['first_ms'] / 1000:.2f}" if peer else "n/a"
        heap = f"{peer['heap_mib']:.0f}" if peer else "n/a"
        ratio = f"**{timing.median / peer_s:.2f}**" if compared and peer_s else ""
        rows.append(
            f"| {timing.operation} | {timing.tasks:,} | {timing.median:.2f} | {timing.fastest:.2f} "
            f"| {timing.cpu:.2f} | {timing.rss:.0f} | {timing.per_task_us():.0f} "
            f"| {timing.per_task_us() / base[timing.operation]:.2f} "
            f"| {peer_time} | {first} | {heap} | {ratio} |"
        )
    return rows


def installed_bytecode(env: dict[str, str]) -> None:
    """Run procdesk as an installed copy runs: from compiled bytecode (pip compiles a package
    when it installs it; a source checkout compiles each module at every start while
    ``PYTHONDONTWRITEBYTECODE`` is set, which would add a third to a short command)."""
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    package = Path(__file__).resolve().parents[1] / "procdesk"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True, env=env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="5000,10000,50000")
    parser.add_argument("--runs", type=int, default=3, help="runs of each procdesk process")
    parser.add_argument("--large", type=int, default=20000, help="sizes from here are large")
    parser.add_argument("--large-runs", type=int, default=1, help="runs at large sizes")
    parser.add_argument("--sop-sizes", default="5000", help="sizes with an SOP export")
    parser.add_argument("--sop-runs", type=int, default=1, help="runs of the SOP export")
    parser.add_argument("--bpmnjs-repeat", type=int, default=3, help="bpmn-js imports per size")
    parser.add_argument("--no-record", action="store_true", help="print, leave RESULTS.md")
    options = parser.parse_args()
    sizes = [int(size) for size in options.sizes.split(",")]
    sop_sizes = {int(size) for size in options.sop_sizes.split(",") if size}
    timings: list[Timing] = []
    peers: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(folder)}
        installed_bytecode(env)
        for tasks in sizes:
            large = tasks >= options.large
            runs = options.large_runs if large else options.runs
            sop_runs = options.sop_runs if tasks in sop_sizes else 0
            timings += measure_size(tasks, folder, runs, sop_runs, env)
            repeat = min(options.bpmnjs_repeat, options.large_runs + 1) if large else None
            peer = bpmnjs(folder / f"large-{tasks}.bpmn", repeat or options.bpmnjs_repeat)
            if peer is not None:
                peers[tasks] = peer
            print("\n".join(table(timings, peers)[2:]), flush=True)
    timings.sort(key=lambda t: (t.operation != "import", t.operation, t.tasks))
    rows = table(timings, peers)
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    body = "\n".join(
        [
            "Each procdesk operation is a whole process started afresh (`procdesk import` into an",
            "empty workspace, `procdesk export bpmn` / `export sop` of the imported process;",
            "*open in window*: the window built as `procdesk WORKSPACE` builds it, until the",
            "diagram's first frame is painted, offscreen). Files from `gen_large.py N` (full DI).",
            f"{options.runs} runs each ({options.large_runs} from {options.large:,} tasks, "
            f"{options.sop_runs} of the SOP): median and",
            "minimum wall time, CPU time (median), peak resident memory. bpmn-js: `importXML`",
            "(parse + SVG render) in headless Chromium, median of the warm imports of",
            f"`render.sh --repeat {options.bpmnjs_repeat}` (from {options.large:,} tasks: "
            f"{min(options.bpmnjs_repeat, options.large_runs + 1)}; the ratio is taken to it), "
            "its first import",
            "in the fresh page, and its JS heap. procdesk runs from compiled bytecode, as an",
            "installed copy does.",
            f"2 cores shared with other work (load average at the end: {load}); bpmn-js and",
            "procdesk ran in the same run, under the same load.",
            "Goals: import at 5,000 tasks ≤ 0.2 x bpmn-js; per task at 10,000 and 50,000 tasks",
            "≤ 1.3 x that at 5,000.",
            "",
            *rows,
        ]
    )
    if options.no_record:
        print(body)
    else:
        record("Scale: whole processes beside bpmn-js", body)


if __name__ == "__main__":
    main()
