"""Team repository timings on a real PostgreSQL server (a throw-away one, as the tests start).

- check-out of a 5,000-element process, and check-in of one (5,000 new elements);
- one small change (a rename) checked in, at 100 and at 5,000 elements: goal ratio ≤ 1.5;
- 8 concurrent clients (processes) x 100 small changes, each checked in at once;
- update after 1,000 remote changes (10 check-ins of 100 renames) into a 5,000-element check-out.

Run: ``.venv/bin/python benchmarks/bench_repository.py``; results go to ``benchmarks/RESULTS.md``.
Needs PostgreSQL's binaries (Debian ``postgresql``), as the repository tests do.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_store import diagram_entities
from benchmarks.results import record
from procdesk.document import Document
from procdesk.store.pg_schema import init_repository
from procdesk.store.repository import WorkspaceStore
from procdesk.team.checkout import checkout
from procdesk.team.seed import seed
from procdesk.team.sync import checkin, update
from tests.repository.helpers import exit_code, forked
from tests.repository.pg_server import PostgresServer

SMALL_CHANGES = 20
CLIENTS = 8
PER_CLIENT = 100
REMOTE = 1000


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


class Bench:
    def __init__(self, server: PostgresServer, folder: Path) -> None:
        self.server = server
        self.folder = folder
        self.count = 0

    def file(self, stem: str) -> Path:
        self.count += 1
        return self.folder / f"{stem}-{self.count}.procdesk"

    def repository(self, elements: int) -> tuple[str, list[str]]:
        """A repository holding a process of *elements* elements; its URL and task ids."""
        url = self.server.url(self.server.new_database())
        init_repository(url)
        if elements:
            entities, ids = diagram_entities(elements)
            path = self.file("seed")
            WorkspaceStore.create(path, entities).close()
            with Document.open(path) as document:
                seed(url, document)
            return url, ids
        return url, []

    def checkout(self, url: str) -> Path:
        path = self.file("checkout")
        checkout(url, path, [])
        return path


def checkout_and_checkin_5000(bench: Bench) -> tuple[float, float]:
    url, _ = bench.repository(5000)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        bench.checkout(url)
        times.append(time.perf_counter() - start)
    empty, _ = bench.repository(0)
    entities, _ = diagram_entities(5000)
    with Document.open(bench.checkout(empty)) as document:
        document.import_entities(entities, "5,000 elements")
        start = time.perf_counter()
        result = checkin(document, "a large process")
        sent = time.perf_counter() - start
        assert result.sent == len(entities), result
    return statistics.median(times), sent


def small_change(bench: Bench, elements: int) -> float:
    """Median seconds of checking in one rename, at *elements*."""
    url, ids = bench.repository(elements)
    middle = ids[len(ids) // 2]
    times = []
    with Document.open(bench.checkout(url)) as document:
        for i in range(SMALL_CHANGES):
            document.editor.rename(middle, f"Renamed {i}")
            start = time.perf_counter()
            assert checkin(document).checked_in
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def _client(path: Path, task: str, gate: int, report: int) -> None:
    with Document.open(path) as document:
        assert os.read(gate, 1) == b"g"
        for i in range(PER_CLIENT):
            document.editor.rename(task, f"{task} {i}")
            start = time.perf_counter()
            result = checkin(document)
            assert result.checked_in and not result.conflicts
            os.write(report, f"{time.perf_counter() - start:.6f}\n".encode())


def concurrent_clients(bench: Bench) -> tuple[float, float, float]:
    """(wall seconds, median and 95th-percentile seconds of one check-in)."""
    url, ids = bench.repository(100)
    paths = [bench.checkout(url) for _ in range(CLIENTS)]
    gate_read, gate_write = os.pipe()
    report_read, report_write = os.pipe()
    pids = [
        forked(lambda p=path, t=ids[n]: _client(p, t, gate_read, report_write))
        for n, path in enumerate(paths)
    ]
    os.close(report_write)
    start = time.perf_counter()
    os.write(gate_write, b"g" * CLIENTS)
    chunks = []
    while chunk := os.read(report_read, 65536):
        chunks.append(chunk)
    codes = [exit_code(pid) for pid in pids]
    wall = time.perf_counter() - start
    assert codes == [0] * CLIENTS, codes
    latencies = sorted(float(x) for x in b"".join(chunks).split())
    assert len(latencies) == CLIENTS * PER_CLIENT
    return wall, statistics.median(latencies), latencies[int(len(latencies) * 0.95)]


def update_after_remote(bench: Bench) -> float:
    url, ids = bench.repository(5000)
    mine, theirs = bench.checkout(url), bench.checkout(url)
    with Document.open(theirs) as other:
        for batch in range(REMOTE // 100):
            for task in ids[batch * 100 : (batch + 1) * 100]:
                other.editor.rename(task, f"{task} elsewhere")
            assert checkin(other).sent == 100
    with Document.open(mine) as document:
        start = time.perf_counter()
        result = update(document)
        seconds = time.perf_counter() - start
        assert result.received == REMOTE, result
    return seconds


def main() -> None:
    server = PostgresServer.start()
    try:
        with tempfile.TemporaryDirectory() as name:
            bench = Bench(server, Path(name))
            out, sent = checkout_and_checkin_5000(bench)
            small = {n: small_change(bench, n) for n in (100, 5000)}
            wall, median, p95 = concurrent_clients(bench)
            updated = update_after_remote(bench)
    finally:
        server.stop()
    ratio = small[5000] / small[100]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    record(
        "Team repository",
        f"""PostgreSQL {server.bin.parent.name} on a unix socket of this machine (fsync off,
as the tests run it), psycopg 3. A check-in includes connecting and checking the repository.
Load average when the run ended: {load} (2 cores). Goal: one small change costs the same at
100 and at 5,000 elements (ratio ≤ 1.5).

| what | ms |
|---|---|
| check out a 5,000-element process (median of 3) | {_ms(out)} |
| check in a new 5,000-element process | {_ms(sent)} |
| check in one rename, 100 elements (median of {SMALL_CHANGES}) | {_ms(small[100])} |
| check in one rename, 5,000 elements (median of {SMALL_CHANGES}) | {_ms(small[5000])} |
| {CLIENTS} clients x {PER_CLIENT} check-ins at once: all of them (wall) | {_ms(wall)} |
| … one check-in among them, median | {_ms(median)} |
| … one check-in among them, 95th percentile | {_ms(p95)} |
| update after {REMOTE:,} remote changes (10 check-ins), 5,000 elements | {_ms(updated)} |

Ratio 5,000 / 100 for one small change: **{ratio:.2f}**. {CLIENTS * PER_CLIENT} concurrent
check-ins: {CLIENTS * PER_CLIENT / wall:.0f} per second.""",
    )


if __name__ == "__main__":
    main()
