"""Root-cause analysis timings: the fishbone of the sample's approval wait (17 causes) and a
large one (6 categories x 20 causes x 2 sub-causes = 360 causes).

Measures reading the tree from the workspace, the pure layout (text measured in the PDF's
font), painting it with Qt at 1:1 into an image, the reportlab Drawing and a one-page PDF, and
an edit as the dialog sees it: one cause added through the Editor (written to the workspace
file) until the fishbone view has laid itself out again.
Run: ``.venv/bin/python benchmarks/bench_root_cause.py``; results go to
``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from benchmarks.results import record
from procdesk.analysis.fishbone_layout import layout_fishbone, reader_legend
from procdesk.document import Document
from procdesk.export.root_cause.drawing import fishbone_drawing, fishbone_pdf, pdf_measure
from procdesk.model.editor import Editor
from procdesk.model.elements import WeakPoint
from procdesk.model.root_cause_queries import fishbone_of, has_analysis
from procdesk.ui.canvas.fonts import load_fonts
from procdesk.ui.root_cause.fishbone_view import FishboneView
from procdesk.ui.root_cause.painter import paint_fishbone

RUNS = 7


def timed(action: Callable[[], object], runs: int = RUNS) -> float:
    """The median wall time of *action* in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def sample_point(editor: Editor) -> str:
    ws = editor.workspace
    return next(
        p.id
        for p in ws
        if isinstance(p, WeakPoint)
        and p.description.startswith("Approvals")
        and has_analysis(ws, p.id)
    )


def large_point(editor: Editor) -> str:
    """A weak point with 6 categories of 20 causes, each with two sub-causes."""
    diagram = editor.workspace.get(sample_point(editor), WeakPoint).diagram_id
    point = editor.add_weak_point(diagram, None, description="Orders are late in every plant")
    for category in editor.start_fishbone(point):
        for n in range(20):
            cause = editor.add_cause(
                category, f"Cause number {n} of this category", confirmed=n % 3 == 0
            )
            for m in range(2):
                editor.add_cause(category, f"Sub-cause {m} of cause {n}", parent_id=cause)
    return point


def measure_point(document: Document, point: str) -> list[float]:
    editor, ws = document.editor, document.workspace
    tree = fishbone_of(ws, point)
    assert tree is not None
    layout = layout_fishbone(tree, pdf_measure, legend=reader_legend())

    def paint() -> None:
        image = QImage(round(layout.width), round(layout.height), QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        paint_fishbone(painter, layout)
        painter.end()

    view = FishboneView(document, point)
    category = tree.bones[0].id

    def edit() -> None:
        editor.add_cause(category, "One more cause")
        assert view.picture is not None

    return [
        timed(lambda: fishbone_of(ws, point)),
        timed(lambda: layout_fishbone(tree, pdf_measure, legend=reader_legend())),
        timed(paint),
        timed(lambda: fishbone_drawing(layout)),
        timed(lambda: fishbone_pdf(ws, point), 3),
        timed(edit),
        float(len(tree.causes())),
        layout.width,
        layout.height,
    ]


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    load_fonts()
    folder = tempfile.TemporaryDirectory()
    document = Document.create(Path(folder.name) / "bench.procdesk", sample=True)
    editor = document.editor
    rows = []
    for name, point in (
        ("sample approval wait", sample_point(editor)),
        ("6 x 20 causes, 2 sub-causes each", large_point(editor)),
    ):
        values = measure_point(document, point)
        read, lay, paint, drawing, pdf, edit, causes, width, height = values
        rows.append(
            f"| {name} ({causes:.0f} causes, {width:.0f} x {height:.0f}) | {read:.2f} | "
            f"{lay:.1f} | {paint:.1f} | {drawing:.1f} | {pdf:.0f} | {edit:.1f} |"
        )
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    body = "\n".join(
        [
            f"Median of {RUNS} runs (the PDF: of 3). *edit*: one cause added through the "
            "Editor (one SQLite transaction) until the fishbone view has read and laid out the "
            "tree again. "
            f"Load average at the end: {load} (2 cores; other work was running).",
            "",
            "| fishbone | read ms | layout ms | Qt paint ms | Drawing ms | PDF ms | edit ms |",
            "|---|---|---|---|---|---|---|",
            *rows,
        ]
    )
    record("Root-cause analysis", body)
    document.close()
    folder.cleanup()
    del app


if __name__ == "__main__":
    main()
