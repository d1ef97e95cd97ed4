"""Released versions of a 5,000-element process: release, read, compare, restore; memory; file.

The process: one pool, five lanes, 2,500 tasks in a chain (2,499 flows), each with a work
instruction, a role and a duration, a KPI with 24 monthly values and 50 weak points.
Timings are medians; memory is what ``tracemalloc`` saw at its peak during the operation;
"file" is the growth of the closed workspace file.
Run: ``.venv/bin/python benchmarks/bench_versions.py``; results go to ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_store import diagram_entities
from benchmarks.results import record
from procdesk.analysis.revision_compare import compare_revisions, side
from procdesk.document import Document
from procdesk.model import snapshots
from procdesk.model.elements import Duration, Entity, Kpi, KpiMeasurement, Step, WeakPoint
from procdesk.model.release_intents import ReleaseIntents
from procdesk.model.releases import Release, find_release
from procdesk.model.snapshots import version_workspace
from procdesk.store.repository import WorkspaceStore

ELEMENTS = 5000
RUNS = 5


def process_entities() -> list[Entity]:
    entities, ids = diagram_entities(ELEMENTS)
    # SOP texts of some variety, so the snapshot compresses like a real process, not a pattern
    entities = [
        dataclasses.replace(
            e,
            instruction=f"Check request {i * 7919 % 100_003} against cost centre "
            f"{i * 37 % 1000}; file the result under case {i * 104_729 % 1_000_003}.",
            role=f"Clerk {i % 17}",
            duration=Duration(1 + i % 7, 10 + i % 11, 30 + i % 13),
        )
        if isinstance(e, Step)
        else e
        for i, e in enumerate(entities)
    ]
    entities.append(Kpi(id="K", process_id="P", name="Lead time", unit="d", target=5.0))
    for month in range(24):
        day = f"{2025 + month // 12}-{month % 12 + 1:02d}-01"
        entities.append(KpiMeasurement(id=f"M{month}", kpi_id="K", date=day, value=4.0 + month))
    for i in range(50):
        entities.append(
            WeakPoint(id=f"W{i}", diagram_id="D", target_id=ids[i * 40], description=f"Slow {i}")
        )
    return entities


def timed(action: Callable[[], object]) -> tuple[float, float, object]:
    """(milliseconds, peak MiB traced, result) of one call."""
    gc.collect()
    tracemalloc.start()
    start = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed * 1000, peak / 2**20, result


def untraced_ms(action: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def open_ms(path: Path) -> float:
    return statistics.median(untraced_ms(lambda: Document.open(path).close()) for _ in range(3))


def edit_draft(document: Document) -> None:
    """A revision: 50 renamed tasks, 20 deleted, 100 moved."""
    steps = sorted(
        (s for s in document.workspace if isinstance(s, Step)), key=lambda s: int(s.id[1:])
    )
    for step in steps[:50]:
        document.editor.rename(step.id, step.name + " (new)")
    document.editor.delete([s.id for s in steps[100:120]])
    document.editor.move([s.id for s in steps[200:300]], 0, 20)


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "versions.procdesk"
        WorkspaceStore.create(path, process_entities()).close()
        bare = path.stat().st_size
        opened_bare = open_ms(path)
        with Document.open(path) as document:
            intents = ReleaseIntents(document.history)
            times = []
            for _ in range(RUNS):
                times.append(untraced_ms(lambda: intents.release("P", "1.0", "First")))
                document.history.undo()
            release_ms = statistics.median(times)
            _, release_mib, release_id = timed(lambda: intents.release("P", "1.0", "First"))
            release = document.workspace.get(str(release_id), Release)
            payload = len(release.snapshot)
        released = path.stat().st_size
        with Document.open(path) as document:
            release = document.workspace.get(release.id, Release)

            def first_read() -> object:
                snapshots._decode.cache_clear()  # as when a version is first opened
                return version_workspace(document.workspace, release)

            read_ms = statistics.median(untraced_ms(first_read) for _ in range(RUNS))
            _, read_mib, _ = timed(first_read)
            again_ms = statistics.median(
                untraced_ms(lambda: version_workspace(document.workspace, release))
                for _ in range(RUNS)
            )
            edit_draft(document)
            intents = ReleaseIntents(document.history)
            intents.release("P", "2.0", "Second")
            workspace = document.workspace
            second = find_release(workspace, "P", "2.0")
            assert second is not None

            def compare() -> object:
                return compare_revisions(
                    side(workspace, "P", "1.0"), side(workspace, "P", "2.0"), "P"
                )

            compare_ms = statistics.median(untraced_ms(compare) for _ in range(RUNS))
            _, compare_mib, result = timed(compare)
            revision = result.diagram()  # type: ignore[attr-defined]
            changes = (
                len(revision.comparison.changed),
                len(revision.comparison.removed),
                len(revision.moved),
            )
            restore_ms, restore_mib, _ = timed(lambda: intents.restore(release.id))
        second_file = path.stat().st_size
        opened = statistics.median(
            untraced_ms(lambda: Document.open(path).close()) for _ in range(3)
        )
    rows = [
        ("release (snapshot, compress, one transaction)", release_ms, release_mib),
        ("read a version (decode, check digest, own workspace)", read_ms, read_mib),
        ("read it again (decoded entities cached)", again_ms, None),
        (
            f"compare two versions ({changes[0]} changed, {changes[1]} removed, "
            f"{changes[2]} moved)",
            compare_ms,
            compare_mib,
        ),
        ("new draft from version 1.0 (restore, one transaction)", restore_ms, restore_mib),
        ("open the file without releases", opened_bare, None),
        ("open the file with both versions and the edits", opened, None),
    ]
    table = "\n".join(
        f"| {what} | {ms:.0f} | {'' if mib is None else f'{mib:.1f}'} |" for what, ms, mib in rows
    )
    record(
        "Versions",
        f"""A process of {ELEMENTS:,} elements (2,500 tasks with work instructions, roles and
durations, 2,499 flows, pool, lanes), a KPI of 24 values and 50 weak points. Median of
{RUNS}; memory is the traced peak of one run (tracemalloc). Load average during the run:
{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (shared machines inflate the times).

| what | ms | peak MiB |
|---|---|---|
{table}

Snapshot: {payload / 1024:.0f} KiB (base64 of zlib-compressed JSON) in memory and in the
row. File: {bare / 1024:.0f} KiB without releases, +{(released - bare) / 1024:.0f} KiB
with version 1.0, {second_file / 1024:.0f} KiB with two versions and the edits.""",
    )


if __name__ == "__main__":
    main()
