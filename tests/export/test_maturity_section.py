"""The maturity section of a PDF report, built into a page and read back with pypdf: the
profile table, the history and the changes of level of the sample's purchase requisition,
and the note for a process never assessed."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate

from procdesk.analysis.maturity import maturity_report
from procdesk.analysis.maturity_radar import radar_profiles
from procdesk.export.maturity.radar_chart import radar_drawing
from procdesk.export.maturity.section import maturity_section
from procdesk.export.sop.fonts import REGULAR, register_fonts
from procdesk.export.sop.styles import MARGIN, make_styles
from procdesk.model.maturity import MaturityModel
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample
from tests.builders import draw_simple

WIDTH = landscape(A4)[0] - 2 * MARGIN


def pdf_text(flowables: list[object]) -> str:
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=landscape(A4), initialFontName=REGULAR)
    document.build(flowables)
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages)


def sample() -> tuple[Workspace, str]:
    workspace = Workspace(build_sample())
    return workspace, workspace.processes()[0].id


def test_the_section_reads_back_profile_history_and_changes() -> None:
    workspace, process = sample()
    report = maturity_report(workspace, process)
    text = pdf_text(maturity_section(report, make_styles(), WIDTH))
    assert "PEMM process enablers (2007): latest assessment on 2026-02-16" in text
    assert "Hammer" in text
    assert "History of assessments" in text and "Changes of level" in text
    # the radar's spokes and legend are text in the drawing
    for word in (
        "Design",
        "Performers",
        "Owner",
        "Infrastructure",
        "Metrics",
        "Target",
        "2025-03-10",
    ):
        assert word in text
    # the profile row of infrastructure: level P-1, target P-3, gap 2
    assert "Infrastructure P-1 P-3 2" in " ".join(text.split())


def test_a_process_never_assessed_gets_a_note() -> None:
    drawn = draw_simple()
    report = maturity_report(drawn.workspace, drawn.process)
    assert report is None
    text = pdf_text(maturity_section(report, make_styles(), WIDTH))
    assert "No maturity assessment is recorded yet." in text


def test_the_radar_drawing_places_one_polygon_per_profile() -> None:
    workspace, process = sample()
    report = maturity_report(workspace, process)
    assert report is not None
    model = workspace.get(report.model.id, MaturityModel)
    profiles = radar_profiles(model, report, report.latest)
    drawing = radar_drawing(
        [d.name for d in model.dimensions], ["P-1", "P-2", "P-3", "P-4"], profiles, 300, 260
    )
    polygons = [c for c in drawing.contents if type(c).__name__ == "Polygon"]
    # four rings and three profiles (the earlier assessment, the latest, the target)
    assert len(polygons) == 4 + 3
    assert [p.name for p in profiles] == ["2025-03-10", "2026-02-16", "Target"]
    assert polygons[-1].strokeDashArray == (4, 2)
