"""Writing tables into a workbook that opens ready to work in: a bold, tinted header row that
stays in view, a filter on every column, columns wide enough to read, and real dates and
numbers in the cells (a date cell shows as a date, a share as a percentage).

Sheets are written in openpyxl's write-only mode, row by row: a workbook of 100,000
measurements is written several times faster than cell by cell, and takes a fraction of the
memory.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

HEAD_FONT = Font(bold=True, color="1F3A5F")
HEAD_FILL = PatternFill("solid", fgColor="E6EBF2")
PERCENT = "0.0%"


def new_book() -> Workbook:
    """An empty workbook for :func:`add_table` (write-only: sheets are written row by row)."""
    return Workbook(write_only=True)


def add_table(
    book: Workbook,
    title: str,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    widths: Sequence[float],
    formats: Mapping[int, str] | None = None,
) -> WriteOnlyWorksheet:
    """A sheet *title* holding *header* and *rows*; *formats* gives a column (by index) a
    number format, such as ``PERCENT``. A date or a datetime is written as one."""
    sheet = book.create_sheet(title)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    head = []
    for text in header:
        cell = WriteOnlyCell(sheet, text)
        cell.font, cell.fill = HEAD_FONT, HEAD_FILL
        head.append(cell)
    sheet.append(head)
    formats = formats or {}
    count = 0
    for row in rows:
        values: list[object] = list(row)
        for index, number_format in formats.items():
            if index < len(values) and values[index] is not None:
                cell = WriteOnlyCell(sheet, values[index])
                cell.number_format = number_format
                values[index] = cell
        sheet.append(values)
        count += 1
    if count:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{count + 1}"
    return sheet


def add_lines(book: Workbook, title: str, lines: Iterable[Sequence[object]]) -> None:
    """A sheet of plain lines (a title, a few labelled values), the first column wide."""
    sheet = book.create_sheet(title)
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 60
    for line in lines:
        sheet.append(list(line))


def book_bytes(book: Workbook) -> bytes:
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()
