"""An SOP's PDF bookmarks and its internal links lead to the pages their headings and steps
are on (read back with pypdf), not all to the first page."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination

from procdesk.export.sop.content import SopOptions
from procdesk.export.sop.document import sop_pdf
from tests.export.sop_builders import SMALL_SVG, rich


@pytest.fixture(scope="module")
def reader() -> PdfReader:
    built = rich()
    pdf = sop_pdf(built.workspace, built.process, built.diagram, SMALL_SVG, SopOptions())
    return PdfReader(io.BytesIO(pdf))


def _flat(outline: list[object]) -> list[Destination]:
    found: list[Destination] = []
    for item in outline:
        if isinstance(item, list):
            found += _flat(item)
        else:
            assert isinstance(item, Destination)
            found.append(item)
    return found


def _page_text(reader: PdfReader, index: int) -> str:
    return " ".join((reader.pages[index].extract_text() or "").split())


def test_every_bookmark_leads_to_the_page_of_its_heading(reader: PdfReader) -> None:
    # given the rich SOP of several pages
    assert len(reader.pages) >= 5
    # when its outline is read
    entries = _flat(reader.outline)
    # then each entry's page holds the heading it names, and they are not all on page 1
    pages = [reader.get_destination_page_number(entry) for entry in entries]
    for entry, page in zip(entries, pages, strict=True):
        title = re.sub(r"^\d+(\.\d+)* ", "", str(entry.title))
        assert title in _page_text(reader, page), (entry.title, page)
    assert pages == sorted(pages) and len(set(pages)) >= 4


def _numbers_at(reader: PdfReader, index: int) -> list[tuple[float, str]]:
    """(height on the page, text) of every step number in the procedure's first column."""
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if re.fullmatch(r"\d+", text.strip()):
            found.append((tm[5] * cm[3] + cm[5], text.strip()))

    reader.pages[index].extract_text(visitor_text=visit)
    return found


def test_step_links_jump_to_the_row_of_the_step(reader: PdfReader) -> None:
    # given the "step N" links of the rich SOP's procedure
    pages = [page.indirect_reference for page in reader.pages]
    targets = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            link = annotation.get_object()
            dest = link.get("/Dest") if link.get("/Subtype") == "/Link" else None
            if dest is not None and dest[1] == "/XYZ":  # a place on a page: a step's row
                targets.append((pages.index(dest[0]), float(dest[3])))
    assert len(targets) >= 8
    # when the page each jumps to is read
    # then a step number stands in the first column just below the place it jumps to
    for index, top in targets:
        rows = [height for height, _ in _numbers_at(reader, index) if top - 20 <= height <= top]
        assert rows, (index, top)
    assert min(index for index, _ in targets) > 1
