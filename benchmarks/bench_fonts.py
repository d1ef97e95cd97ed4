"""SOP PDF with names in many scripts: what the font fallback costs.

The 100-step process of ``bench_sop`` is exported twice: with its Latin names (every character
in DejaVu Sans: the fallback's fast path) and with names and instructions in Japanese, Chinese,
Korean, Arabic, Hebrew and with emoji (set in the installed fonts). The first look-up of the
installed fonts is timed with an empty and with a filled coverage cache.
Run: ``.venv/bin/python benchmarks/bench_fonts.py``; results go to ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_sop import build, median_ms
from benchmarks.results import record
from procdesk.export.fonts.coverage import CoverageCache
from procdesk.export.fonts.fallback import FontFallback
from procdesk.export.fonts.missing import noting_missing_glyphs
from procdesk.export.sop.content import SopOptions
from procdesk.export.sop.document import sop_pdf
from procdesk.model.editor import Editor
from procdesk.model.elements import Step, StepKind
from procdesk.model.history import History
from procdesk.model.workspace import Workspace
from procdesk.ui.canvas.render import diagram_svg

NAMES = (
    "申請を承認する",
    "审批采购申请",
    "구매 요청 승인",
    "الموافقة على الطلب",
    "אישור הבקשה",
    "Ship 🚀📦",
)


def rename_all(steps: int) -> tuple[Workspace, str, str]:
    """The bench process with every task renamed, in turn, into one of NAMES."""
    workspace, process, diagram = build(steps)
    editor = Editor(History(workspace))
    tasks = [
        e
        for e in workspace.elements_of(diagram)
        if isinstance(e, Step) and e.kind == StepKind.USER_TASK
    ]
    for index, task in enumerate(tasks):
        name = NAMES[index % len(NAMES)]
        editor.rename(task.id, f"{name} {index}")
    return workspace, process, diagram


def pdf_row(label: str, case: tuple[Workspace, str, str]) -> str:
    workspace, process, diagram = case
    options = SopOptions(prepared_by="A. Nowak")
    svg = diagram_svg(workspace, diagram)

    def export() -> bytes:
        return sop_pdf(workspace, process, diagram, svg, options)

    with noting_missing_glyphs() as missing:
        export()
    wall = median_ms(export)
    cpu = median_ms(export, time.process_time)
    return f"| {label} | {wall:.0f} | {cpu:.0f} | {len(missing.characters)} |"


def lookup_ms(cache_file: Path) -> float:
    """Time to find a face for every character of NAMES with a fresh fallback."""
    fallback = FontFallback(cache=CoverageCache(cache_file))
    start = time.perf_counter()
    for char in "".join(NAMES):
        fallback.face_for(char)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    rows = [
        pdf_row("100 steps, Latin names", build(100)),
        pdf_row("100 steps, 6 scripts", rename_all(100)),
    ]
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder) / "coverage.json"
        cold = lookup_ms(cache)
        warm = lookup_ms(cache)
    record(
        "SOP PDF in many scripts",
        "Median of 3 runs of `sop_pdf` (ms, wall and CPU); *missing* counts characters no "
        "installed font has. The same process with Latin names and with names in Japanese, "
        "Chinese, Korean, Arabic, Hebrew and emoji. First look-up of the installed fonts for "
        f"those characters: {cold:.0f} ms with an empty coverage cache, {warm:.0f} ms with "
        f"the cache filled (load average {os.getloadavg()[0]:.1f} at the end of the run).\n\n"
        "| process | PDF ms | PDF CPU ms | missing |\n|---|---|---|---|\n" + "\n".join(rows),
    )


if __name__ == "__main__":
    main()
