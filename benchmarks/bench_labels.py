"""External label placement: a diagram where every node carries a label beside it.

``bench_canvas`` draws tasks only, whose names sit inside them; here 1,000 and 5,000 named
events and gateways stand in a dense grid with named flows between them, so that most labels
meet a neighbour. Measured: placing every label afresh (what an export does), building the
canvas scene, and one edit that moves a labelled node (what the canvas places again), each as
CPU time of this process (the machine is shared: wall time says more about the neighbours).
Run offscreen: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_labels.py``.
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from benchmarks.results import record
from procdesk.model.editor import Editor
from procdesk.model.elements import Diagram, Entity, Flow, Process, Step, StepKind
from procdesk.model.geometry import Rect
from procdesk.model.history import History
from procdesk.model.routing import orthogonal_route
from procdesk.model.workspace import Workspace
from procdesk.ui.canvas.drawing import picture_of
from procdesk.ui.canvas.scene import DiagramScene

COLUMNS = 50
KINDS = (StepKind.INTERMEDIATE_CATCH_EVENT, StepKind.EXCLUSIVE_GATEWAY)


def workspace_of(nodes: int) -> Workspace:
    """*nodes* named events and gateways, 90 apart in rows of 50, each joined to the next by
    a named flow: labels below collide with the row beneath, so many move aside."""
    entities: list[Entity] = [
        Process(id="P", name="Labels"),
        Diagram(id="D", process_id="P", name="As-is"),
    ]
    steps = []
    for index in range(nodes):
        row, column = divmod(index, COLUMNS)
        kind = KINDS[index % 2]
        size = 36.0 if kind.is_event else 50.0
        steps.append(
            Step(
                id=f"Node_{index}",
                diagram_id="D",
                kind=kind,
                name=f"Check number {index} received",
                bounds=Rect(90 * column, 90 * row, size, size),
            )
        )
    entities += steps
    for index, (previous, step) in enumerate(itertools.pairwise(steps)):
        entities.append(
            Flow(
                id=f"Flow_{index}",
                diagram_id="D",
                source_id=previous.id,
                target_id=step.id,
                name="yes" if index % 3 == 0 else "",
                waypoints=orthogonal_route(previous.bounds, step.bounds),
            )
        )
    return Workspace(entities)


def cpu_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        action()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def edit_ms(workspace: Workspace) -> float:
    """Median CPU ms of one move of a labelled node, from the editor call to the scene
    showing every label placed again."""
    editor = Editor(History(workspace))
    scene = DiagramScene(workspace, "D")
    editor.history.changed.connect(scene.apply)
    node = f"Node_{COLUMNS + 5}"
    moves = itertools.cycle([(30, 0), (-30, 0)])
    return cpu_ms(lambda: editor.move([node], *next(moves)), 20)


def main() -> None:
    QApplication.instance() or QApplication([])
    rows = []
    for nodes in (1_000, 5_000):
        workspace = workspace_of(nodes)
        placed = cpu_ms(lambda workspace=workspace: picture_of(workspace, "D"), 3)
        built = cpu_ms(lambda workspace=workspace: DiagramScene(workspace, "D"), 3)
        moved = edit_ms(workspace)
        labels = picture_of(workspace, "D").labels.layout
        count = sum(1 for e in workspace.elements_of("D") if labels.place(e.id) is not None)
        rows.append(
            f"| {nodes:,} nodes, {count:,} labels | {placed:.0f} | {built:.0f} | {moved:.2f} |"
        )
    load = os.getloadavg()[0]
    body = "\n".join(
        [
            "CPU time of this process (median). *place*: every label of the diagram placed",
            "afresh, with the routes (an export's work). *scene*: the canvas scene built, labels",
            "included. *move*: one move of a labelled node in a dense row, from the editor call",
            f"until the scene shows every label placed again. Load average at the end: {load:.1f}.",
            "",
            "| diagram | place ms | scene ms | move ms |",
            "|---|---|---|---|",
            *rows,
        ]
    )
    record("Label placement", body)


if __name__ == "__main__":
    main()
