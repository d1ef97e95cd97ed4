"""Reading a table from a CSV file or an Excel workbook: what every column-mapped import
(a requirements register, KPI measurements) starts from.

:func:`read_cells` turns a file into a header and rows. A CSV file's cells are text; a
workbook's keep the types Excel gave them (numbers, dates), so an importer can take a real
date or number as it is and read text only where the sheet holds text. :func:`text_table`
turns every cell into text for importers that want nothing else. Rows are padded to the
header's width and blank rows at the end are dropped; ``first_row`` is the number of the
first data row in the file, so messages can name rows as a spreadsheet shows them.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Generic, TypeVar

from procdesk.text import tr

Cell = str | int | float | bool | datetime | date | time | timedelta | None
"""A cell's value: text from a CSV file, whatever Excel stored from a workbook."""

C = TypeVar("C", bound=Cell)
K = TypeVar("K")

MAX_ERRORS = 10
"""Row errors listed in one message; more are counted."""


class TableError(ValueError):
    """The file cannot be read as a table; the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class Table(Generic[C]):
    """A file's header (as text) and its rows; ``first_row`` is the first data row's number
    in the file (for messages)."""

    header: tuple[str, ...]
    rows: tuple[tuple[C, ...], ...]
    first_row: int = 2


def read_cells(data: bytes, suffix: str, sheet: str = "") -> Table[Cell]:
    """The header and rows of a CSV file (``.csv``) or a workbook (``.xlsx``); of a workbook,
    the sheet named *sheet* (in any case) if it has one, else the first."""
    if suffix.lower() == ".xlsx":
        return _xlsx(data, sheet)
    if suffix.lower() == ".csv":
        return _csv(data)
    raise TableError(tr("give a .csv or .xlsx file"))


def cell_text(value: Cell) -> str:
    """A cell as the text a person sees: whole numbers without ``.0``, a date without a time
    of midnight."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.time() == time():
        return value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def text_table(table: Table[Cell]) -> Table[str]:
    """*table* with every cell as text."""
    rows = tuple(tuple(cell_text(cell) for cell in row) for row in table.rows)
    return Table(table.header, rows, table.first_row)


def is_blank(row: Sequence[Cell]) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in row)


def guess_columns(header: Sequence[str], words: Mapping[K, Sequence[str]]) -> dict[K, int]:
    """Which column fills which field, judged by the header's words: each field takes the
    first of its *words* that names a column not taken yet (the start of a preview's mapping).
    """
    mapping: dict[K, int] = {}
    names = [" ".join(h.split()).casefold() for h in header]
    for field, candidates in words.items():
        for word in candidates:
            if word in names and names.index(word) not in mapping.values():
                mapping[field] = names.index(word)
                break
    return mapping


def error_lines(errors: Sequence[str]) -> str:
    """The first row errors, one a line, and how many more there are."""
    shown = list(errors[:MAX_ERRORS])
    if len(errors) > MAX_ERRORS:
        shown.append(tr("and %n more rows", None, len(errors) - MAX_ERRORS))
    return "\n".join(shown)


def _csv(data: bytes) -> Table[Cell]:
    if b"\0" in data:
        raise TableError(tr("this is not a CSV text file"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        lines = [row for row in csv.reader(io.StringIO(text), dialect, strict=True)]
    except csv.Error as error:
        message = tr("the CSV file is malformed: {reason}")
        raise TableError(message.format(reason=error)) from error
    return _table([[cell.strip() for cell in line] for line in lines])


def _xlsx(data: bytes, sheet: str) -> Table[Cell]:
    from openpyxl import load_workbook  # openpyxl: loaded only for workbooks

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise TableError(tr("this is not an Excel workbook (.xlsx)")) from error
    try:
        names = {name.casefold(): name for name in book.sheetnames}
        chosen = book[names.get(sheet.casefold(), book.sheetnames[0])]
        lines = [[_typed(v) for v in row] for row in chosen.iter_rows(values_only=True)]
    finally:
        book.close()
    return _table(lines)


def _typed(value: object) -> Cell:
    if isinstance(value, str):
        return value.strip()
    if value is None or isinstance(value, int | float | datetime | date | time | timedelta):
        return value
    return str(value)


def _table(lines: list[list[Cell]]) -> Table[Cell]:
    while lines and is_blank(lines[-1]):
        lines.pop()
    if not lines or is_blank(lines[0]):
        raise TableError(tr("the file has no header row"))
    width = len(lines[0])
    header = tuple(cell_text(cell) for cell in lines[0])
    rows = tuple(tuple((line + [None] * width)[:width]) for line in lines[1:])
    return Table(header, rows)
