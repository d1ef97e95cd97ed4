"""The SOP PDF, read back with pypdf: every name is there, intact, and the layout holds up."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from procdesk.export.sop.content import Section, SopOptions, build_content
from procdesk.export.sop.document import sop_pdf
from procdesk.model.elements import StepKind
from tests.export.sop_builders import SMALL_SVG, linear, new_process, rich, wide_svg


def _pages(pdf: bytes) -> list[str]:
    """The text of each page, with all runs of whitespace made single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def _squeeze(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def rich_pdf() -> tuple[object, bytes]:
    built = rich()
    options = SopOptions(prepared_by="Anna Nowak", approved_by="Ørjan Åsheim")
    return built, sop_pdf(built.workspace, built.process, built.diagram, SMALL_SVG, options)


def test_every_step_role_kpi_and_weak_point_is_in_the_text(rich_pdf: tuple[object, bytes]) -> None:
    # given the SOP of a process written in Polish, Greek and Russian
    built, pdf = rich_pdf
    content = build_content(built.workspace, built.process, built.diagram)  # type: ignore[attr-defined]
    # when its text is extracted
    text = " ".join(_pages(pdf))
    # then every step name, role, KPI (name, target, latest) and weak point is there, intact
    for step in content.steps:
        assert _squeeze(step.name) in text
    for role in content.roles:
        assert role.name in text
    for kpi in content.kpis:
        assert kpi.name in text
    assert "≤ 14 d" in text and "12 d (2026-03-28)" in text
    assert "≥ 50%" in text and "42% (2026-03-28)" in text
    assert "✓ on target" in text and "✗ off target" in text
    for point in content.weak_points:
        assert point.description in text
        assert point.action in text
    assert "Zażółć gęślą jaźń — Ωμέγα — Привет" in text
    assert "Anna Nowak" in text and "Ørjan Åsheim" in text
    assert "Σύμβαση" in text and "Jan Kowalski" in text


def test_go_to_references_in_the_pdf_match_the_numbering(rich_pdf: tuple[object, bytes]) -> None:
    # given the rich SOP
    built, pdf = rich_pdf
    content = build_content(built.workspace, built.process, built.diagram)  # type: ignore[attr-defined]
    numbers = {s.id: s.number for s in content.steps}
    steps = built.steps  # type: ignore[attr-defined]
    # when the procedure text is read
    text = " ".join(_pages(pdf))
    # then the decision's references name the steps its flows lead to
    assert f"If the invoice is correct → go to step {numbers[steps['split']]}." in text
    assert f"Otherwise → go to step {numbers[steps['fix']]}." in text
    assert f"Then go back to step {numbers[steps['check']]}." in text


def test_step_references_are_links_to_the_steps(rich_pdf: tuple[object, bytes]) -> None:
    # given the rich SOP
    _, pdf = rich_pdf
    reader = PdfReader(io.BytesIO(pdf))
    # when the links of the procedure page are listed
    page = next(p for p in reader.pages if "Procedure Starts when" in _squeeze(p.extract_text()))
    links = [
        a.get_object()
        for a in page.get("/Annots") or []
        if a.get_object().get("/Subtype") == "/Link"
    ]
    # then every "step N" of the sentences is a link that jumps to a place on a page
    references = re.findall(r"steps? \d+", " ".join(_pages(pdf)).split("Procedure Starts when")[1])
    assert len(links) >= 8
    assert all("/Dest" in link or "/A" in link for link in links)
    assert references


def test_every_page_has_header_and_footer(rich_pdf: tuple[object, bytes]) -> None:
    # given the rich SOP
    _, pdf = rich_pdf
    # when each page is read
    pages = _pages(pdf)
    # then each says "Page X of Y", the version and status; all but the cover the document id
    for index, text in enumerate(pages, start=1):
        assert f"Page {index} of {len(pages)}" in text
        assert "Version 2.0 · Draft" in text
        if index > 1:
            assert "SOP-ΩΜ-7" in text


def test_contents_list_the_sections_with_page_numbers(rich_pdf: tuple[object, bytes]) -> None:
    # given the rich SOP
    _, pdf = rich_pdf
    pages = _pages(pdf)
    # when the contents page is read line by line
    contents = PdfReader(io.BytesIO(pdf)).pages[1].extract_text(extraction_mode="layout")
    # then each section is listed with the page where its heading is
    for title in ("Procedure", "Performance indicators", "Revision history"):
        match = re.search(rf"\d+ {title}[ .]*?(\d+)$", contents, re.MULTILINE)
        assert match, title
        page = int(match.group(1))
        assert re.search(rf"\d+ {title}", pages[page - 1])


def test_diagram_page_is_vector_with_selectable_text(rich_pdf: tuple[object, bytes]) -> None:
    # given the rich SOP with an SVG diagram
    _, pdf = rich_pdf
    reader = PdfReader(io.BytesIO(pdf))
    # when the page showing the diagram is found by its labels
    pages = [p for p in reader.pages if "Zbadaj wniosek" in (p.extract_text() or "")]
    # then its labels are text (Greek and Cyrillic intact) and it holds no raster image
    assert len(pages) == 1
    assert "Ωμέγα Привет" in pages[0].extract_text()
    assert len(pages[0].images) == 0


def test_all_text_is_set_in_embedded_dejavu(rich_pdf: tuple[object, bytes]) -> None:
    # given the rich SOP
    _, pdf = rich_pdf
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        fonts = {
            str(key): str(font.get_object()["/BaseFont"])
            for key, font in (page["/Resources"].get("/Font") or {}).items()
        }
        # when the text blocks of its content stream are read
        stream = page.get_contents().get_data().decode("latin-1")
        for block in re.findall(r"BT(.*?)ET", stream, re.DOTALL):
            shown = "Tj" in block or "TJ" in block
            used = re.findall(r"(/F[\w+]+) [\d.]+ Tf", block)
            # then every block that shows text does so in DejaVu Sans (reportlab's empty
            # state-setting blocks may name Helvetica but draw nothing with it)
            if shown:
                assert all("DejaVuSans" in fonts[key] for key in used), block


def test_one_step_process_makes_a_sensible_document() -> None:
    # given a process with a single task and nothing else recorded
    built = new_process("Tiny", ["Clerk"])
    built.editor.add_step(built.diagram, StepKind.TASK, "Only step", lane_id=built.lanes["Clerk"])
    # when its SOP is made without a diagram drawing
    pdf = sop_pdf(built.workspace, built.process, built.diagram, None, SopOptions())
    text = " ".join(_pages(pdf))
    # then the step is there and the empty sections say so instead of vanishing
    assert "Only step" in text and "Clerk" in text
    assert "No performance indicators are defined" in text
    assert "No weak points are recorded" in text
    assert "No revision history recorded" in text


def test_two_hundred_steps_break_across_pages_with_repeated_headers() -> None:
    # given a straight process of 200 tasks
    built = linear(200)
    # when its SOP is made
    pdf = sop_pdf(built.workspace, built.process, built.diagram, SMALL_SVG, SopOptions())
    pages = _pages(pdf)
    text = " ".join(pages)
    # then every task is there and the procedure table's header repeats on each page it runs on
    for index in range(1, 201):
        assert f"Task number {index} " in text
    procedure_pages = [p for p in pages if "Task number" in p and "Do the work" in p]
    assert len(procedure_pages) > 5
    assert all("Step and work instruction" in p for p in procedure_pages)


def test_sections_can_be_left_out() -> None:
    # given the rich process
    built = rich()
    options = SopOptions(sections=frozenset({Section.PROCEDURE}), page_size="Letter")
    # when only the procedure is asked for
    pdf = sop_pdf(built.workspace, built.process, built.diagram, SMALL_SVG, options)
    text = " ".join(_pages(pdf))
    # then the other sections are absent, the procedure is section 1, on Letter paper
    assert "1 Procedure" in text
    assert "Performance indicators" not in text and "Contents" not in text
    assert PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width == 612


def test_wide_diagram_goes_landscape_then_splits_but_stays_readable() -> None:
    # given a diagram of 8 columns (fits a landscape page) and one of 60 (does not)
    built = linear(1)
    for columns, parts in ((8, 0), (60, 4)):
        svg = wide_svg(columns)
        # when the SOP is made
        pdf = sop_pdf(built.workspace, built.process, built.diagram, svg, SopOptions())
        reader = PdfReader(io.BytesIO(pdf))
        diagram_pages = [p for p in reader.pages if "Box 1 " in _squeeze(p.extract_text() or "")]
        # then the diagram is on landscape pages, split into parts only when it must be
        assert diagram_pages
        assert all(p.mediabox.width > p.mediabox.height for p in diagram_pages)
        text = " ".join(_pages(pdf))
        if parts:
            assert re.search(r"part 1 of (\d+)", text)
            assert f"Box {columns}" in text
            # and each part draws only its own shapes (no hidden copies of the others)
            first = text.split("part 1 of")[1].split("part 2 of")[0]
            assert "Box 1 " in first and f"Box {columns} " not in first
        else:
            assert "part 1 of" not in text


def test_huge_names_and_instructions_still_lay_out() -> None:
    # given a step whose work instruction is longer than a page, in a process with a long name
    built = new_process("Procedure " * 40, ["Controller"])
    built.editor.add_step(
        built.diagram,
        StepKind.TASK,
        "Reconcile",
        lane_id=built.lanes["Controller"],
        instruction="Match every line of the statement. " * 600,
    )
    # when the SOP is made
    pages = _pages(sop_pdf(built.workspace, built.process, built.diagram, None, SopOptions()))
    # then the instruction runs over several pages and the header is cut short to fit
    assert sum("Match every line" in page for page in pages) >= 2
    assert "Procedure Procedure" in pages[1] and "…" in pages[1]


def test_many_roles_split_the_matrix_without_breaking_names() -> None:
    # given a process whose nine lanes have long names, one task each
    lanes = [f"Department of {word}" for word in "abcdefghi"]
    built = new_process("Wide matrix", lanes)
    for index, lane in enumerate(lanes):
        built.editor.add_step(
            built.diagram, StepKind.TASK, f"Work {index}", lane_id=built.lanes[lane]
        )
    # when its SOP is made
    text = " ".join(
        _pages(sop_pdf(built.workspace, built.process, built.diagram, None, SopOptions()))
    )
    # then the matrix is split into several tables and every role heads a column
    matrix = text.split("Responsibility matrix")[1].split("Procedure")[0]
    assert matrix.count("No. Step") >= 2
    assert all(lane in matrix for lane in lanes)


def test_unreadable_svg_is_refused_with_a_value_error() -> None:
    built = linear(1)
    with pytest.raises(ValueError, match="SVG"):
        sop_pdf(built.workspace, built.process, built.diagram, b"<not svg", SopOptions())


def test_unknown_page_size_is_refused() -> None:
    built = linear(1)
    with pytest.raises(ValueError, match="page size"):
        sop_pdf(built.workspace, built.process, built.diagram, None, SopOptions(page_size="A9"))
