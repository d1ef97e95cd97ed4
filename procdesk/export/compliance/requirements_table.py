"""Reading a requirements register from a CSV file or an Excel workbook.

Reading happens in two stages, so the window can show a preview with a column mapping
before anything is stored: :func:`read_table` turns the file into a header and rows of text
(the first sheet of a workbook, or one named "Requirements"); :func:`requirement_rows` maps
the columns to requirement fields and checks every row. Every row is checked before any is
stored, and a file with one bad row is refused whole with the reasons, row by row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum

from procdesk.export.tabular import (
    Table,
    TableError,
    error_lines,
    guess_columns,
    read_cells,
    text_table,
)
from procdesk.model.compliance_intents import RequirementRow
from procdesk.text import tr


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


def read_table(data: bytes, suffix: str) -> Table[str]:
    """The header and rows (as text) of a CSV file or a workbook (its sheet "Requirements",
    else its first)."""
    try:
        return text_table(read_cells(data, suffix, sheet="requirements"))
    except TableError as error:
        raise RequirementImportError(str(error)) from error


def guess_mapping(header: Sequence[str]) -> dict[Column, int]:
    """Which column fills which field, judged by the header's words (the preview's start)."""
    return guess_columns(header, _HEADERS)


def requirement_rows(table: Table[str], mapping: Mapping[Column, int]) -> list[RequirementRow]:
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
        raise RequirementImportError(error_lines(errors))
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
