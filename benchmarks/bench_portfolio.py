"""Portfolio timings: 500 initiatives scored on 8 criteria.

Measures the register (weighted scores, ranks with tie-breaks, payback, NPV), the exact
sensitivity of the top 5 and of the top 50, the XLSX export and reading it back, and the
register table in the window: building its model, sorting by a column, filtering by text
and by status. Made through the Editor, stored in memory.
Run: ``.venv/bin/python benchmarks/bench_portfolio.py``; results go to ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from benchmarks.results import record
from procdesk.analysis.portfolio.register import build_register
from procdesk.document import Document
from procdesk.export.portfolio.xlsx_reader import read_plan
from procdesk.export.portfolio.xlsx_writer import portfolio_xlsx
from procdesk.model.commands import AddEntities
from procdesk.model.portfolio import Criterion, Initiative, InitiativeStatus, Score
from procdesk.ui.portfolio.register_model import RegisterModel
from procdesk.ui.portfolio.register_view import RegisterView

INITIATIVES = 500
CRITERIA = 8
RUNS = 5


def build(folder: Path) -> Document:
    """A workspace with *INITIATIVES* initiatives, each scored on every one of 8 criteria."""
    document = Document.create(folder / "bench.procdesk")
    editor = document.editor
    rng = random.Random(7)
    criteria = tuple(
        Criterion(f"c{k}", f"Criterion {k}", float(rng.randint(5, 30))) for k in range(CRITERIA)
    )
    editor.set_framework(criteria=criteria)
    statuses = list(InitiativeStatus)
    entities = tuple(
        Initiative(
            id=f"Initiative_{i:05d}",
            title=f"Initiative {i}",
            owner=f"Owner {i % 17}",
            status=statuses[i % len(statuses)],
            cost=float(rng.randint(1, 200) * 500),
            effort=float(rng.randint(1, 120)),
            benefit=float(rng.randint(0, 100) * 1000),
            scores=tuple(Score(c.key, rng.randint(1, 5)) for c in criteria),
        )
        for i in range(INITIATIVES)
    )
    document.history.execute(AddEntities(entities, "bench"))
    return document


def timed(action: Callable[[], object], runs: int = RUNS) -> float:
    """The median wall time of *action* in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        document = build(Path(folder))
        workspace = document.workspace
        register = build_register(workspace)
        rows: list[tuple[str, float]] = [
            ("register: scores, ranks, payback, NPV", timed(lambda: build_register(workspace))),
            ("sensitivity, top 5 (8 criteria)", timed(lambda: register.sensitivity(5))),
            ("sensitivity, top 50 (8 criteria)", timed(lambda: register.sensitivity(50))),
        ]
        data = portfolio_xlsx(workspace, register)
        rows.append(("XLSX export (4 sheets)", timed(lambda: portfolio_xlsx(workspace, register))))
        rows.append(("XLSX read back and checked", timed(lambda: read_plan(document.editor, data))))
        model = RegisterModel(document)
        view = RegisterView(model)
        view.resize(1400, 800)
        view.show()
        app.processEvents()
        rows.append(("register table: build the model", timed(lambda: RegisterModel(document))))
        rows.append(("register table: rebuild after an edit", timed(model.reload)))
        cost = model.column_of("cost")

        def sort() -> None:
            view.table.sortByColumn(cost, Qt.SortOrder.DescendingOrder)
            view.table.sortByColumn(cost, Qt.SortOrder.AscendingOrder)
            app.processEvents()

        def text_filter() -> None:
            view.text_filter.setText("Initiative 4")
            app.processEvents()
            view.text_filter.setText("")
            app.processEvents()

        def status_filter() -> None:
            view.status_filter.setCurrentIndex(2)
            app.processEvents()
            view.status_filter.setCurrentIndex(0)
            app.processEvents()

        rows.append(("register table: sort by cost, both ways", timed(sort)))
        rows.append(("register table: text filter set and cleared", timed(text_filter)))
        rows.append(("register table: status filter set and cleared", timed(status_filter)))
        view.close()
        document.close()
    body = "\n".join(
        [
            f"{INITIATIVES} initiatives x {CRITERIA} criteria, median of {RUNS} runs; "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the end "
            "(a shared machine: the table timings include repainting a 1400 x 800 view).",
            "",
            "| what | ms |",
            "|---|---:|",
            *(f"| {name} | {ms:.1f} |" for name, ms in rows),
        ]
    )
    record("Portfolio (bench_portfolio.py)", body)


if __name__ == "__main__":
    main()
