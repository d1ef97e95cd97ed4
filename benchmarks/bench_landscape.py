"""Landscape timings: 300 processes with 1,000 interfaces — deriving the interfaces, the whole
landscape (KPI lights, weak points), the layout and arrows, the pictures, and the Landscape
area opened in the window, a drag's edit redrawn.

Run offscreen: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_landscape.py``;
results go to ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from benchmarks.area_windows import area_in_windows
from benchmarks.results import record
from procdesk.analysis.interfaces import derive_interfaces
from procdesk.analysis.landscape import build_landscape
from procdesk.model.elements import (
    DataStore,
    Diagram,
    Entity,
    Flow,
    FlowKind,
    Kpi,
    KpiDirection,
    KpiMeasurement,
    Lane,
    Pool,
    Process,
    Step,
    StepKind,
    WeakPoint,
)
from procdesk.model.geometry import Rect
from procdesk.model.landscape import BANDS, LandscapePlacement
from procdesk.model.workspace import Workspace
from procdesk.ui.landscape.picture import make_picture
from procdesk.ui.landscape.render import picture_image

PROCESSES = 300
INTERFACES = 1000


def organisation(seed: int = 7) -> list[Entity]:
    """300 processes, 100 per band, 48 of them level-2 sub-processes; each drawn as a pool
    with a start, tasks and an end, plus the call activities, partner pools, named events and
    data stores that make 1,000 interfaces between them; two KPIs and a weak point each."""
    rng = random.Random(seed)
    entities: list[Entity] = []
    names = [f"Process {n:03d}" for n in range(PROCESSES)]
    steps: dict[int, list[Step]] = {}
    for n, name in enumerate(names):
        pid, did = f"P{n}", f"D{n}"
        entities.append(Process(id=pid, name=name, owner=f"Owner {n % 17}", order=n))
        entities.append(Diagram(id=did, process_id=pid, name="As-is"))
        entities.append(
            Pool(id=f"Pool{n}", diagram_id=did, name=name, bounds=Rect(0, 0, 4000, 150))
        )
        entities.append(
            Lane(id=f"L{n}", diagram_id=did, parent_id=f"Pool{n}", bounds=Rect(30, 0, 3970, 150))
        )
        band = BANDS[n % 3]
        parent = f"P{n - 3}" if n >= 60 and n % 5 == 0 else None
        entities.append(
            LandscapePlacement(id=f"Pl{n}", process_id=pid, band=band, parent_id=parent, order=n)
        )
        start = _step(n, 0, StepKind.START_EVENT, f"Start of {name}")
        work = [_step(n, i, StepKind.TASK, f"Task {i}") for i in range(1, 4)]
        end = _step(n, 4, StepKind.END_EVENT, f"End of {name}")
        steps[n] = [start, *work, end]
        entities += steps[n]
        for a, b in zip(steps[n], steps[n][1:], strict=False):
            entities.append(Flow(id=f"F{a.id}", diagram_id=did, source_id=a.id, target_id=b.id))
        for k in range(2):
            kid = f"K{n}_{k}"
            entities.append(
                Kpi(
                    id=kid,
                    process_id=pid,
                    name=f"KPI {k}",
                    target=10.0,
                    direction=KpiDirection.LOWER_IS_BETTER,
                )
            )
            for month in range(1, 13):
                value = 10.0 * rng.uniform(0.8, 1.3)
                entities.append(
                    KpiMeasurement(
                        id=f"M{kid}_{month}", kpi_id=kid, date=f"2026-{month:02d}-01", value=value
                    )
                )
        entities.append(WeakPoint(id=f"W{n}", diagram_id=did, target_id=work[0].id, severity=3))
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < INTERFACES:
        a, b = rng.randrange(PROCESSES), rng.randrange(PROCESSES)
        if a != b:
            pairs.add((a, b))
    for index, (a, b) in enumerate(sorted(pairs)):
        kind = index % 4
        did = f"D{a}"
        x = 600 + 130 * (index % 20)
        if kind == 0:  # a call activity calling b by name
            entities.append(_free_step(a, index, StepKind.CALL_ACTIVITY, names[b], x))
        elif kind == 1:  # a message flow to a black-box pool named like b
            pool = Pool(
                id=f"X{index}",
                diagram_id=did,
                name=names[b],
                bounds=Rect(0, 200 + 100 * (index % 30), 4000, 60),
            )
            entities.append(pool)
            entities.append(
                Flow(
                    id=f"MF{index}",
                    diagram_id=did,
                    kind=FlowKind.MESSAGE,
                    source_id=steps[a][2].id,
                    target_id=pool.id,
                    name="Order",
                )
            )
        elif kind == 2:  # a's end event named like b's start event
            event = f"Handover {index}"
            entities.append(_free_step(a, index, StepKind.END_EVENT, event, x))
            entities.append(_free_step(b, index, StepKind.START_EVENT, event, x))
        else:  # a data store written by a, read by b
            data = f"Register {index}"
            for side, (owner, flow) in enumerate(
                ((a, FlowKind.DATA_OUTPUT), (b, FlowKind.DATA_INPUT))
            ):
                store = DataStore(
                    id=f"DS{index}_{side}",
                    diagram_id=f"D{owner}",
                    name=data,
                    bounds=Rect(x, 90, 50, 50),
                    lane_id=f"L{owner}",
                    parent_id=f"Pool{owner}",
                )
                task = steps[owner][1].id
                source, target = (task, store.id) if side == 0 else (store.id, task)
                entities += [
                    store,
                    Flow(
                        id=f"DF{index}_{side}",
                        diagram_id=f"D{owner}",
                        kind=flow,
                        source_id=source,
                        target_id=target,
                    ),
                ]
    return entities


def _step(n: int, i: int, kind: StepKind, name: str) -> Step:
    return Step(
        id=f"S{n}_{i}",
        diagram_id=f"D{n}",
        parent_id=f"Pool{n}",
        lane_id=f"L{n}",
        kind=kind,
        name=name,
        bounds=Rect(80 + 130 * i, 35, 100, 80),
    )


def _free_step(n: int, index: int, kind: StepKind, name: str, x: float) -> Step:
    return Step(
        id=f"E{index}_{n}_{kind.value}",
        diagram_id=f"D{n}",
        parent_id=f"Pool{n}",
        lane_id=f"L{n}",
        kind=kind,
        name=name,
        bounds=Rect(x, 35, 100, 80),
    )


def median_ms(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    entities = organisation()
    workspace = Workspace(entities)
    report = derive_interfaces(workspace)
    landscape = build_landscape(workspace)
    picture = make_picture(landscape)
    rows = [
        ("derive the interfaces", median_ms(lambda: derive_interfaces(workspace))),
        (
            "build the landscape (tree, KPI lights, weak points, interfaces)",
            median_ms(lambda: build_landscape(workspace)),
        ),
        ("layout, arrows and colours of the top level", median_ms(lambda: make_picture(landscape))),
        (
            "render the top level as PNG (scale 1)",
            median_ms(lambda: picture_image(picture, ".png", 1.0), 3),
        ),
        ("render the top level as SVG", median_ms(lambda: picture_image(picture, ".svg"), 3)),
    ]
    rows += _in_window(app, entities)
    top = len(picture.layout.shapes)
    summary = (
        f"{PROCESSES} processes (100 per band, {PROCESSES - top} of them level-2 sub-processes, "
        f"{top} shown at the top level), {len(report.interfaces)} interfaces derived "
        f"({len(picture.arrows)} arrows at the top level); each process has a 5-step diagram, "
        "two KPIs of 12 values and a weak point. Median of 5 runs (renders and window steps: "
        "of 3). *open the area*: from choosing the Landscape tab to its first paint. *drop*: a "
        "drag's editor call (one placement ChangeSet written to the file) until the area has "
        f"redrawn. Load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores."
    )
    table = [f"| {what} | {ms:.1f} |" for what, ms in rows]
    body = "\n".join([summary, "", "| what | ms |", "|---|---|", *table])
    record("Landscape", body)


def _in_window(app: QApplication, entities: list[Entity]) -> list[tuple[str, float]]:
    """Open the Landscape area of a workspace file in the main window, then drag once."""
    from procdesk.model.landscape import Band
    from procdesk.ui.landscape.area import LandscapeArea

    opened, dropped = [], []
    for _window, area, seconds in area_in_windows(
        app, entities, "landscape", lambda area: area.view.viewport()
    ):
        assert isinstance(area, LandscapeArea)
        opened.append(seconds * 1000)
        first = next(iter(area.scene.processes))
        start = time.perf_counter()
        area.edit(lambda e, pid=first: e.place_process(pid, Band.CORE, 0))
        area.view.viewport().repaint()
        dropped.append((time.perf_counter() - start) * 1000)
    return [
        ("open the area (300 processes, 1,000 interfaces)", statistics.median(opened)),
        ("drop: a drag's edit written and the area redrawn", statistics.median(dropped)),
    ]


if __name__ == "__main__":
    main()
