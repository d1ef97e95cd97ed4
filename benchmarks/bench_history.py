"""The change log: what it costs in bytes and time, and how the History panel copes with it.

1. A scripted session of 10,000 edits on the sample (moves, renames, fields, RACI letters, new
   and deleted steps, lane changes, undos and redos): bytes per entry, index rows, how much the
   file grows and how much of that is the log; and how the payload would compress otherwise.
2. The time the log adds: to one edit (the same session, timed again with the log switched
   off in this script) and to a 5,000-task BPMN import.
3. The History panel on 100,000 entries: opening it (whole process, one step, a date range,
   words that match little) and scrolling through it.

Run: ``.venv/bin/python benchmarks/bench_history.py [--edits N] [--entries N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

import procdesk.document
import procdesk.store.repository
from benchmarks.results import record
from procdesk.document import Document
from procdesk.export.bpmn import read_bpmn
from procdesk.model.assignments import Letter
from procdesk.model.change_log import Action, LogEntry
from procdesk.model.commands import CommandError
from procdesk.model.elements import Duration, Lane, Step, StepKind
from procdesk.model.geometry import Point
from procdesk.model.raci import roles_of
from procdesk.store.log_codec import decode
from procdesk.store.log_reader import LogFilter
from procdesk.ui.panels.history.log_model import PAGE
from procdesk.ui.panels.history.panel import HistoryPanel

GENERATOR = Path(__file__).resolve().parents[2] / "shared" / "tools" / "bpmnjs" / "gen_large.py"
LETTERS = (None, *Letter)


# the scripted session ------------------------------------------------------------------------
def session(document: Document, edits: int, seed: int = 7) -> list[float]:
    """Make *edits* edits of every kind; the seconds each took (refused ones not counted)."""
    rng = random.Random(seed)
    editor, workspace, history = document.editor, document.workspace, document.history
    diagram = workspace.diagrams_of(workspace.processes()[0].id)[0].id
    lanes = [lane.id for lane in workspace.elements_of(diagram, Lane)]
    times: list[float] = []
    made = 0
    while made < edits:
        tasks = [s for s in workspace.elements_of(diagram, Step) if s.kind.is_activity]
        step = rng.choice(tasks)
        roll = rng.random()
        start = time.perf_counter()
        try:
            if roll < 0.30:
                editor.move([step.id], rng.choice((-20, 20)), rng.choice((-10, 0, 10)))
            elif roll < 0.45:
                editor.rename(step.id, f"{step.name.split(' #')[0]} #{made}")
            elif roll < 0.55:
                typical = rng.randint(5, 60)
                editor.update([step.id], duration=Duration(1, typical, 120))
            elif roll < 0.65:
                role = rng.choice(roles_of(workspace, diagram))
                editor.set_responsibility(step.id, role, rng.choice(LETTERS))
            elif roll < 0.75:
                lane = workspace.get(rng.choice(lanes), Lane)
                center = Point(rng.randint(200, 2400), lane.bounds.center.y)
                new = editor.add_step(diagram, StepKind.TASK, f"Step {made}", center, lane.id)
                if rng.random() < 0.5:
                    editor.connect(step.id, new)
            elif roll < 0.80 and len(tasks) > 12:
                editor.delete([step.id])
            elif roll < 0.85:
                editor.set_lane([step.id], rng.choice(lanes))
            elif roll < 0.95:
                if history.undo() is None:
                    continue
            elif history.redo() is None:
                continue
        except CommandError:
            continue
        times.append(time.perf_counter() - start)
        history.break_merge()
        made += 1
    return times


@contextmanager
def log_switched_off() -> Iterator[None]:
    """Persist without a change log entry (the baseline the log's cost is measured against)."""
    append = procdesk.store.repository.append_entry
    entry_for = procdesk.document.entry_for

    def no_entry(*_args: object) -> LogEntry:
        return LogEntry("", "", Action.EDIT, "", "")

    procdesk.store.repository.append_entry = lambda *_args: None  # type: ignore[assignment]
    procdesk.document.entry_for = no_entry  # type: ignore[assignment]
    try:
        yield
    finally:
        procdesk.store.repository.append_entry = append
        procdesk.document.entry_for = entry_for


def table_bytes(path: Path) -> dict[str, int]:
    """Bytes each table (and index) takes in the file, from SQLite's dbstat."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rows = connection.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    return {name: int(size) for name, size in rows}


def log_part(sizes: dict[str, int]) -> int:
    return sum(size for name, size in sizes.items() if "change_log" in name)


def payload_sizes(path: Path) -> dict[str, float]:
    """Mean bytes per edit entry: stored payload, and the same as plain JSON and zlib alone."""
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT payload, length(at) + length(author) + length(action) + length(label)"
            " + length(description) FROM change_log WHERE action != 'create'"
        ).fetchall()
        index = connection.execute("SELECT count(*) FROM change_log_elements").fetchone()[0]
    plain = [json.dumps(decode(bytes(p)), separators=(",", ":")).encode() for p, _ in rows]
    return {
        "entries": len(rows),
        "stored": statistics.mean(len(p) for p, _ in rows),
        "json": statistics.mean(len(p) for p in plain),
        "zlib": statistics.mean(len(zlib.compress(p, 6)) for p in plain),
        "texts": statistics.mean(t for _, t in rows),
        "index rows": index / len(rows),
    }


# the import ----------------------------------------------------------------------------------
def import_ms(data: bytes, folder: Path, runs: int = 5) -> tuple[float, float]:
    """Median ms to store a parsed import (one transaction) into a fresh workspace, with the
    log and without it; the two alternate, so that a busy machine slows both alike."""
    results: dict[bool, list[float]] = {True: [], False: []}
    for run in range(runs):
        for logged in (True, False):
            with Document.create(folder / f"import-{logged}-{run}.procdesk") as document:
                entities = read_bpmn(data, {e.id for e in document.workspace}).entities
                with nullcontext() if logged else log_switched_off():
                    start = time.perf_counter()
                    document.import_entities(entities, "Import")
                    results[logged].append((time.perf_counter() - start) * 1000)
    return statistics.median(results[True]), statistics.median(results[False])


# the panel -----------------------------------------------------------------------------------
def grow_log(path: Path, entries: int) -> None:
    """Bring the log to *entries* entries by copying its edit entries (rows, index and all)."""
    connection = sqlite3.connect(path)
    columns = "at, author, action, label, description, changes, payload"
    while True:
        have = connection.execute("SELECT max(seq) FROM change_log").fetchone()[0]
        if have >= entries:
            break
        take = min(have - 1, entries - have)
        connection.execute(
            f"INSERT INTO change_log ({columns}) SELECT {columns} FROM change_log "
            "WHERE seq BETWEEN 2 AND ? ORDER BY seq",
            (take + 1,),
        )
        connection.execute(
            "INSERT INTO change_log_elements (element_id, seq) "
            "SELECT element_id, seq + ? FROM change_log_elements WHERE seq BETWEEN 2 AND ?",
            (have - 1, take + 1),
        )
        connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def timed(action: Callable[[], object], runs: int = 5) -> float:
    results = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        QApplication.processEvents()
        results.append((time.perf_counter() - start) * 1000)
    return statistics.median(results)


def busiest_step(document: Document) -> tuple[str, int]:
    """The step with the longest history, and its number of entries."""
    steps = {s.id for s in document.workspace if isinstance(s, Step)}
    with sqlite3.connect(document.path) as connection:
        counts = connection.execute(
            "SELECT element_id, count(*) FROM change_log_elements GROUP BY element_id"
        ).fetchall()
    return max(((e, int(n)) for e, n in counts if e in steps), key=lambda pair: pair[1])


def panel_rows(path: Path) -> list[str]:
    app = QApplication.instance() or QApplication([])
    rows = []
    with Document.open(path, read_only=True) as document:
        process = document.workspace.processes()[0].id
        step, step_entries = busiest_step(document)
        count = document.store.log.count()

        def open_panel(selected: list[str]) -> HistoryPanel:
            panel = HistoryPanel(document)
            panel.resize(1200, 500)
            panel.show()
            panel.set_process(process)
            panel.set_selection(selected)
            app.processEvents()
            return panel

        log = document.store.log
        first_page = timed(lambda: log.page(LogFilter(element_id=process), limit=PAGE))
        rows.append(f"| the first page's query alone (indexed, {PAGE} rows) | {first_page:.1f} |")
        rows.append(
            f"| open on the process ({count:,} entries) | {timed(lambda: open_panel([])):.1f} |"
        )
        rows.append(
            f"| open on the busiest step ({step_entries:,} entries) "
            f"| {timed(lambda: open_panel([step])):.1f} |"
        )
        panel = open_panel([])
        panel.since_on.setChecked(True)
        rows.append(f"| switch the date range on (last 30 days) | {timed(panel._reload):.1f} |")
        panel.since_on.setChecked(False)
        panel.words.setText("zzz-no-such-words")
        rows.append(f"| words that match nothing (a scan of all) | {timed(panel._reload):.1f} |")
        panel.words.setText("")
        panel._reload()
        bar = panel.table.verticalScrollBar()
        start = time.perf_counter()
        pages = 50
        for _ in range(pages):
            bar.setValue(bar.maximum())
            app.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        rows.append(
            f"| scroll to the end {pages} times (to row {panel.model.rowCount():,}), per page "
            f"of 200 | {elapsed / pages:.1f} |"
        )

        def jump() -> None:
            bar.setValue(bar.value() // 2)
            panel.table.viewport().repaint()

        rows.append(f"| jump half-way back and repaint | {timed(jump):.1f} |")
        panel.detach()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=10_000)
    parser.add_argument("--entries", type=int, default=100_000)
    options = parser.parse_args()
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        # 1. and 2.: the session, with and without the log
        logged = folder / "logged.procdesk"
        Document.create(logged, sample=True).close()
        before = table_bytes(logged)
        size_before = logged.stat().st_size
        with Document.open(logged) as document:
            with_log = session(document, options.edits)
        after = table_bytes(logged)
        size_after = logged.stat().st_size
        sizes = payload_sizes(logged)
        plain = folder / "plain.procdesk"
        Document.create(plain, sample=True).close()
        with log_switched_off(), Document.open(plain) as document:
            without_log = session(document, options.edits)
        table_bytes(plain)  # a checkpoint
        plain_size = plain.stat().st_size
        generated = folder / "large-5000.bpmn"
        subprocess.run([sys.executable, str(GENERATOR), "5000", str(generated)], check=True)
        data = generated.read_bytes()
        imported, plainly = import_ms(data, folder)
        # 3.: the panel on a long log
        grow_log(logged, options.entries)
        panel = panel_rows(logged)
    edits = options.edits
    growth = size_after - size_before
    logged_bytes = log_part(after) - log_part(before)
    median_with = statistics.median(with_log) * 1000
    median_without = statistics.median(without_log) * 1000
    mean_with = statistics.mean(with_log) * 1000
    mean_without = statistics.mean(without_log) * 1000
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())

    def per(amount: int) -> str:
        return f"{amount:,} ({amount / edits:.0f} per edit)"

    def compare(with_log: float, without: float, digits: int) -> str:
        return f"{with_log:.{digits}f} | {without:.{digits}f} | {with_log - without:.{digits}f}"

    record(
        "Change history",
        f"""A scripted session of {edits:,} edits on the sample (30 % moves, 15 % renames, 10 %
durations, 10 % RACI letters, 10 % new steps (half connected), 5 % deletions, 5 % lane
changes, 10 % undos, 5 % redos), then the same session with the change log switched off in the
script. Load average at the end: {load} (2 cores, shared).

| bytes per entry (mean) | |
|---|---|
| payload as stored (JSON, deflate with a preset dictionary) | **{sizes["stored"]:.0f}** |
| the same payload as plain JSON / with zlib alone | {sizes["json"]:.0f} / {sizes["zlib"]:.0f} |
| time, author, action, label and sentence | {sizes["texts"]:.0f} |
| index rows per entry (ids touched) | {sizes["index rows"]:.1f} |

| file | bytes |
|---|---|
| grown by the session, log and all (after a checkpoint) | {per(growth)} |
| of which the change log's tables and index (dbstat) | {per(logged_bytes)} |
| the same session without the log: whole file | {plain_size:,} (with: {size_after:,}) |

| time | with log | without | added |
|---|---|---|---|
| one edit, median ms | {compare(median_with, median_without, 2)} |
| one edit, mean ms | {compare(mean_with, mean_without, 2)} |
| store a 5,000-task import (13,135 entities), median of 5 | {compare(imported, plainly, 0)} |

The History panel on the session's file with its log grown to {options.entries:,} entries
(copies of the session's entries, index rows included), offscreen, median of 5, ms:

| what | ms |
|---|---|
"""
        + "\n".join(panel),
    )


if __name__ == "__main__":
    main()
