"""Long tables laid out through a window of rows print exactly the pages one table prints:
the same rows on the same pages, drawn by the same commands in the same order."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from procdesk.export.sop import row_window
from procdesk.export.sop.content import SopOptions
from procdesk.export.sop.document import sop_pdf
from procdesk.export.sop.fonts import REGULAR, register_fonts
from procdesk.export.sop.row_window import RowWindow, long_table
from procdesk.export.sop.styles import ZEBRA_FILL, grid_style
from tests.export.pdf_reading import page_texts
from tests.export.sop_builders import linear

CELL = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=10.5)
ZEBRA = ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA_FILL])
WIDTHS = [30.0, 250.0, 150.0]


def _rows(count: int, tall: range = range(0)) -> list[list[object]]:
    """A header and *count* rows of one to five lines; the rows *tall* are longer than a page
    (about a page and a half each), so every page break among them falls inside a row."""
    register_fonts()
    rows: list[list[object]] = [[Paragraph(h, CELL) for h in ("No.", "Step", "Who")]]
    for index in range(count):
        words = "Check the request and note what is missing. " * (1 + index * 7 % 5 * 3)
        if index in tall:
            words = "Check the request and note what is missing. " * 120
        rows.append([str(index + 1), Paragraph(words, CELL), Paragraph(f"Role {index}", CELL)])
    return rows


def _pages(flowable: Flowable) -> list[bytes]:
    """Each page's drawing operators of a document holding *flowable* after a short text."""
    buffer = io.BytesIO()
    document = BaseDocTemplate(buffer, pagesize=A4, invariant=1)
    frame = Frame(50, 50, A4[0] - 100, A4[1] - 100, id="body")
    document.addPageTemplates([PageTemplate("page", [frame])])
    document.build([Paragraph("A table follows. " * 30, CELL), flowable])
    return [page.get_contents().get_data() for page in PdfReader(buffer).pages]


def _one_table(rows: Sequence[Sequence[object]], commands: list, split_in_row: int) -> LongTable:
    table = LongTable(rows, colWidths=WIDTHS, repeatRows=1, splitByRow=1, splitInRow=split_in_row)
    table.setStyle(TableStyle(commands))
    return table


@pytest.mark.parametrize(
    ("count", "tall", "split_in_row"),
    [(900, range(0), 0), (500, range(140, 180), 1)],
    ids=["rows of one to five lines", "rows longer than a page, broken across pages"],
)
def test_windowed_table_prints_the_pages_of_one_table(
    count: int, tall: range, split_in_row: int
) -> None:
    # given a table of hundreds of rows with a header, a grid and zebra stripes
    commands = [*grid_style(1), ZEBRA]
    options = {"colWidths": WIDTHS, "splitByRow": 1, "splitInRow": split_in_row}
    # when it is laid out through a window of rows, and as one reportlab table
    windowed = long_table(_rows(count, tall), commands, 1, **options)
    whole = _one_table(_rows(count, tall), commands, split_in_row)
    # then the window was used, and every page is drawn by the very same operators
    assert isinstance(windowed, RowWindow)
    windowed_pages, whole_pages = _pages(windowed), _pages(whole)
    assert len(windowed_pages) > (count + 40) // 50
    assert windowed_pages == whole_pages


def test_tables_with_row_specific_commands_or_few_rows_stay_whole() -> None:
    # given a long table with one tinted row, and a short one
    tinted = [*grid_style(1), ("BACKGROUND", (0, 7), (0, 7), ZEBRA_FILL)]
    # when they are made
    long_tinted = long_table(_rows(500), tinted, 1, colWidths=WIDTHS)
    short = long_table(_rows(row_window.WINDOW), [*grid_style(1), ZEBRA], 1, colWidths=WIDTHS)
    # then each is one reportlab table (a window would move the tinted row)
    assert isinstance(long_tinted, LongTable) and isinstance(short, LongTable)


def test_sop_of_four_hundred_steps_is_the_same_with_and_without_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # given a process of 400 tasks, whose procedure and matrix tables are windowed
    built = linear(400)

    def sop() -> bytes:
        return sop_pdf(built.workspace, built.process, built.diagram, None, SopOptions())

    # when its SOP is made, and made again with windows too large to be used
    windowed = sop()
    monkeypatch.setattr(row_window, "WINDOW", 10**6)
    whole = sop()
    # then every task is in it, and the two documents have the same pages with the same text
    pages = page_texts(windowed)
    text = " ".join(pages)
    assert all(f"Task number {index} " in text for index in range(1, 401))
    assert pages == page_texts(whole)
    reader, other = PdfReader(io.BytesIO(windowed)), PdfReader(io.BytesIO(whole))
    assert [p.get_contents().get_data() for p in reader.pages] == [
        p.get_contents().get_data() for p in other.pages
    ]
