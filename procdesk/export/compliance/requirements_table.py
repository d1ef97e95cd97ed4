"""Reading a requirements register from a CSV file or an Excel workbook.

Reading happens in two stages, so the window can show a preview with a column mapping
before anything is stored: :func:`read_table` turns the file into a header and rows of text
(the first sheet of a workbook, or one named "Requirements"); :func:`requirement_rows` maps
the columns to requirement fields and checks every row. Every row is checked before any is
stored, and a file with one bad row is refused whole with the reasons, row by row.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from procdesk.model.compliance_intents import RequirementRow
from procdesk.text import tr

MAX_ERRORS = 10
"""Row errors listed in one message; more are counted."""


class RequirementImportError(ValueError):
    """The file cannot be imported; nothing was changed."""


class Column(StrEnum):
    """The requirement fields a column can fill."""

    SOURCE = "source"
    CLAUSE = "clause"
    TITLE = "title"
    TEXT = "text"
    APPLICABLE = "applicable"
    REASON = "reason"


REQUIRED = (Column.SOURCE, Column.CLAUSE)

_HEADERS: dict[Column, tuple[str, ...]] = {
    Column.SOURCE: ("source", "standard", "regulation", "law", "quelle", "norm"),
    Column.CLAUSE: ("clause", "article", "clause id", "section", "klausel", "artikel"),
    Column.TITLE: ("title", "name", "titel"),
    Column.TEXT: ("text", "requirement", "description", "anforderung", "beschreibung"),
    Column.APPLICABLE: ("applicable", "applicability", "anwendbar"),
    Column.REASON: ("reason", "justification", "begründung", "grund"),
}

_YES = {"", "yes", "y", "true", "1", "x", "applicable", "ja", "j", "anwendbar"}
_NO = {"no", "n", "false", "0", "not applicable", "n/a", "na", "nein", "nicht anwendbar"}


@dataclass(frozen=True, slots=True)
class Table:
    """A file's header and rows, every cell as text; ``first_row`` is the first data row's
    number in the file (for messages)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    first_row: int = 2


def read_table(data: bytes, suffix: str) -> Table:
    """The header and rows of a CSV file (``.csv``) or a workbook (``.xlsx``)."""
    if suffix.lower() == ".xlsx":
        return _xlsx(data)
    if suffix.lower() == ".csv":
        return _csv(data)
    raise RequirementImportError(tr("give a .csv or .xlsx file"))


def _csv(data: bytes) -> Table:
    if b"\0" in data:
        raise RequirementImportError(tr("this is not a CSV text file"))
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
        raise RequirementImportError(message.format(reason=error)) from error
    return _table([[cell.strip() for cell in line] for line in lines])


def _xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook  # openpyxl: loaded only for workbooks

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise RequirementImportError(tr("this is not an Excel workbook (.xlsx)")) from error
    try:
        names = {name.casefold(): name for name in book.sheetnames}
        sheet = book[names.get("requirements", book.sheetnames[0])]
        lines = [[_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return _table(lines)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _table(lines: list[list[str]]) -> Table:
    lines = [line for line in lines]
    while lines and not any(lines[-1]):
        lines.pop()
    if not lines or not any(lines[0]):
        raise RequirementImportError(tr("the file has no header row"))
    width = len(lines[0])
    header = tuple(lines[0])
    rows = tuple(tuple((line + [""] * width)[:width]) for line in lines[1:])
    return Table(header, rows)


def guess_mapping(header: Sequence[str]) -> dict[Column, int]:
    """Which column fills which field, judged by the header's words (the preview's start)."""
    mapping: dict[Column, int] = {}
    names = [" ".join(h.split()).casefold() for h in header]
    for column, words in _HEADERS.items():
        for word in words:
            if word in names and names.index(word) not in mapping.values():
                mapping[column] = names.index(word)
                break
    return mapping


def requirement_rows(table: Table, mapping: Mapping[Column, int]) -> list[RequirementRow]:
    """Every non-empty row as a requirement, or the reasons (row by row) why not."""
    missing = [c for c in REQUIRED if c not in mapping]
    if missing:
        message = tr("no column is chosen for the {field}")
        raise RequirementImportError(message.format(field=field_name(missing[0])))
    rows: list[RequirementRow] = []
    errors: list[str] = []
    for offset, cells in enumerate(table.rows):
        number = table.first_row + offset
        if not any(cells):
            continue
        value = {c: cells[i] if i < len(cells) else "" for c, i in mapping.items()}
        problems: list[str] = []
        for column in REQUIRED:
            if not value.get(column, ""):
                problems.append(tr("the {field} is empty").format(field=field_name(column)))
        applicable_text = " ".join(value.get(Column.APPLICABLE, "").split()).casefold()
        if applicable_text not in _YES | _NO:
            message = tr("'{value}' is neither yes nor no")
            problems.append(message.format(value=value[Column.APPLICABLE]))
        if problems:
            errors.append(tr("row {row}: {reason}").format(row=number, reason="; ".join(problems)))
            continue
        rows.append(
            RequirementRow(
                row=number,
                source=value[Column.SOURCE],
                clause=value[Column.CLAUSE],
                title=value.get(Column.TITLE, ""),
                text=value.get(Column.TEXT, ""),
                applicable=applicable_text not in _NO,
                reason=value.get(Column.REASON, ""),
            )
        )
    if errors:
        shown = errors[:MAX_ERRORS]
        if len(errors) > MAX_ERRORS:
            more = len(errors) - MAX_ERRORS
            shown.append(tr("and %n more rows", None, more))
        raise RequirementImportError("\n".join(shown))
    if not rows:
        raise RequirementImportError(tr("the file holds no requirement"))
    return rows


def field_name(column: Column) -> str:
    """A field's name for people."""
    names = {
        Column.SOURCE: tr("source"),
        Column.CLAUSE: tr("clause"),
        Column.TITLE: tr("title"),
        Column.TEXT: tr("text"),
        Column.APPLICABLE: tr("applicability"),
        Column.REASON: tr("reason"),
    }
    return names[column]
