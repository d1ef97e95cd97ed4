"""Store timings: persisting one move at 100 / 1,000 / 5,000 elements, opening 5,000.

Goal: a persisted move takes ≤ 5 ms and does not grow with the model (5,000/100 ≤ 1.5).
Run: ``.venv/bin/python benchmarks/bench_store.py``; results go to ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.results import record
from procdesk.document import Document
from procdesk.model.elements import (
    Diagram,
    Entity,
    Flow,
    Lane,
    Pool,
    Process,
    Step,
)
from procdesk.model.geometry import Point, Rect
from procdesk.store.repository import WorkspaceStore

MOVES = 200


def diagram_entities(elements: int) -> tuple[list[Entity], list[str]]:
    """A process with one pool, 5 lanes, and a chain of steps: *elements* steps + flows."""
    entities: list[Entity] = [
        Process(id="P", name="Bench"),
        Diagram(id="D", process_id="P", name="As-is"),
        Pool(id="Pool", diagram_id="D", name="Org", bounds=Rect(0, 0, 200 * elements, 750)),
    ]
    for lane in range(5):
        entities.append(
            Lane(
                id=f"L{lane}",
                diagram_id="D",
                parent_id="Pool",
                order=lane,
                bounds=Rect(30, lane * 150, 200 * elements, 150),
            )
        )
    steps = elements // 2
    ids = []
    for i in range(steps):
        lane = i % 5
        ids.append(f"T{i}")
        entities.append(
            Step(
                id=f"T{i}",
                diagram_id="D",
                name=f"Task {i}",
                parent_id="Pool",
                lane_id=f"L{lane}",
                bounds=Rect(100 + 150 * i, lane * 150 + 35, 100, 80),
            )
        )
        if i:
            entities.append(
                Flow(
                    id=f"F{i}",
                    diagram_id="D",
                    source_id=f"T{i - 1}",
                    target_id=f"T{i}",
                    waypoints=(Point(0, 0), Point(1, 1)),
                )
            )
    return entities, ids


def persisted_move_ms(elements: int, folder: Path) -> float:
    entities, ids = diagram_entities(elements)
    path = folder / f"move-{elements}.procdesk"
    WorkspaceStore.create(path, entities).close()
    with Document.open(path) as document:
        middle = ids[len(ids) // 2]
        times = []
        for i in range(MOVES):
            start = time.perf_counter()
            document.editor.move([middle], 1 if i % 2 else -1, 0)
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def open_ms(elements: int, folder: Path) -> float:
    entities, _ = diagram_entities(elements)
    path = folder / f"open-{elements}.procdesk"
    WorkspaceStore.create(path, entities).close()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        Document.open(path).close()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        moves = {n: persisted_move_ms(n, folder) for n in (100, 1000, 5000)}
        opened = open_ms(5000, folder)
    ratio = moves[5000] / moves[100]
    rows = "\n".join(f"| persist one move, {n:,} elements | {ms:.2f} |" for n, ms in moves.items())
    record(
        "Store",
        f"""Median of {MOVES} moves of one task (with its two flows), each one committed
transaction (WAL, synchronous=NORMAL). Goal ≤ 5 ms and 5,000/100 ≤ 1.5.

| what | ms |
|---|---|
{rows}
| open a 5,000-element workspace (median of 5) | {opened:.1f} |

Ratio 5,000 / 100: **{ratio:.2f}**.""",
    )


if __name__ == "__main__":
    main()
