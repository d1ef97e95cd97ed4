"""BPMN import end to end, as a user waits for it: parse, store in the workspace (one
transaction), and build the canvas scene of the imported diagram.

Goal (issue text): 5,000 tasks imported with the scene built in ≤ 0.3 x bpmn-js's import time.
bpmn-js's time is taken in the same run with ``--bpmnjs`` (its harness must be set up);
without it the column says n/a.
Run: ``.venv/bin/python benchmarks/bench_import.py [--bpmnjs]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from benchmarks.bench_bpmn import bpmnjs_ms
from benchmarks.results import record
from procdesk.document import Document
from procdesk.export.bpmn import read_bpmn
from procdesk.ui.canvas.scene import DiagramScene

GENERATOR = Path(__file__).resolve().parents[2] / "shared" / "tools" / "bpmnjs" / "gen_large.py"
RUNS = 3


def source(tasks: int, folder: Path) -> Path:
    path = folder / f"large-{tasks}.bpmn"
    subprocess.run([sys.executable, str(GENERATOR), str(tasks), str(path)], check=True)
    return path


def one_import(data: bytes, folder: Path, name: str) -> tuple[float, float, float]:
    """Seconds for parse, store and scene of one import into a fresh workspace."""
    with Document.create(folder / f"{name}.procdesk") as document:
        start = time.perf_counter()
        result = read_bpmn(data, {e.id for e in document.workspace})
        parsed = time.perf_counter()
        document.import_entities(result.entities, "Import")
        stored = time.perf_counter()
        diagram = document.workspace.diagrams_of(result.process_id)[0]
        scene = DiagramScene(document.workspace, diagram.id)
        shown = time.perf_counter()
        assert scene.items()
    return parsed - start, stored - parsed, shown - stored


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bpmnjs", action="store_true", help="also time bpmn-js's import")
    options = parser.parse_args()
    QApplication.instance() or QApplication([])
    rows = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for tasks in (1000, 5000):
            path = source(tasks, folder)
            data = path.read_bytes()
            runs = [one_import(data, folder, f"import-{tasks}-{run}") for run in range(RUNS)]
            parse, store, scene = (statistics.median(r[i] for r in runs) * 1000 for i in range(3))
            total = parse + store + scene
            peer = bpmnjs_ms(path) if options.bpmnjs else "n/a"
            ratio = f"{total / float(peer):.2f}" if peer.replace(".", "").isdigit() else "n/a"
            rows.append(
                f"| {tasks:,} | {parse:.0f} | {store:.0f} | {scene:.0f} | **{total:.0f}** "
                f"| {peer} | {ratio} |"
            )
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    record(
        "BPMN import, end to end",
        f"""Median of {RUNS} imports into a fresh workspace: parse to entities, store (one
transaction, one undo step), build the canvas scene of the first diagram (offscreen). Files from
`gen_large.py N` (full DI). Load average at the end: {load}. Goal at 5,000 tasks: total ≤ 0.3 x
bpmn-js.

| tasks | parse ms | store ms | scene ms | total ms | bpmn-js ms | total / bpmn-js |
|---|---|---|---|---|---|---|
"""
        + "\n".join(rows),
    )


if __name__ == "__main__":
    main()
