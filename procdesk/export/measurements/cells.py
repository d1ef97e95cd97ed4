"""Reading KPI measurements from text: pasted spreadsheet cells, a CSV file, a cell.

Rows are ``date, value[, note]``. A header row is recognised and skipped. Every bad row is
reported with its line number and the reason; the caller imports nothing unless every row is
good, so an import is never half done. Dates may be ISO (``2025-03-31``), ``31.03.2025`` or
``2025/03/31``; values may use a decimal comma (``12,5``) and a trailing ``%``.

The KPI panel reads pasted rows with :func:`parse_text`; the column-mapped import of a whole
file (``procdesk.export.measurements.mapping``) reads each text cell with :func:`parse_date`
and :func:`parse_value`, so a date or a number means the same wherever it is typed.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import datetime

from procdesk.text import tr

_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%Y/%m/%d")
_HEADER_WORDS = re.compile(r"date|datum|day|month|period|value|wert", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Measured:
    """One good row: an ISO date, a value and a note."""

    date: str
    value: float
    note: str = ""


def parse_date(text: str) -> str | None:
    """The ISO form of *text*, or None when it is not a date we read."""
    text = text.strip()
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return None


def parse_value(text: str) -> float | None:
    """The number in *text* (decimal comma and a trailing % allowed), or None."""
    cleaned = text.strip().removesuffix("%").strip().replace("\u00a0", "").replace(" ", "")
    if "," in cleaned and "." in cleaned:
        # Whichever comes last is the decimal mark: 1,234.5 and 1.234,5 both mean 1234.5.
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def split_rows(text: str) -> list[list[str]]:
    """Cells of pasted text (tab-separated, as spreadsheets copy) or of a CSV file."""
    # Spreadsheets copy cells with tabs; CSV files written with a decimal comma use ";".
    sample = text.splitlines()[:50]
    delimiter = ","
    for candidate in ("\t", ";"):
        if any(candidate in line for line in sample):
            delimiter = candidate
            break
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def parse_rows(rows: list[list[str]]) -> tuple[list[Measured], list[str]]:
    """Good rows and one message per bad row ("line 3: …"); blank lines are skipped."""
    measured: list[Measured] = []
    errors: list[str] = []
    header_seen = False
    for number, cells in enumerate(rows, start=1):
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        if not header_seen and not measured and not errors and _is_header(cells):
            header_seen = True
            continue
        if len(cells) < 2 or not cells[1]:
            errors.append(tr("line {number}: needs a date and a value").format(number=number))
            continue
        day, value = parse_date(cells[0]), parse_value(cells[1])
        problems = []
        if day is None:
            problems.append(not_a_date(cells[0]))
        if value is None:
            problems.append(not_a_number(cells[1]))
        if problems:
            line = tr("line {number}: {problems}")
            errors.append(line.format(number=number, problems="; ".join(problems)))
            continue
        assert day is not None and value is not None
        note = ", ".join(c for c in cells[2:] if c)
        measured.append(Measured(day, value, note))
    return measured, errors


def parse_text(text: str) -> tuple[list[Measured], list[str]]:
    """Parse pasted or CSV text; see ``parse_rows``."""
    measured, errors = parse_rows(split_rows(text))
    if not measured and not errors:
        errors.append(tr("no measurements found: expected rows of date, value[, note]"))
    return measured, errors


def not_a_date(text: str) -> str:
    """The reason *text* was refused as a date, for the user."""
    return tr("'{text}' is not a date (use YYYY-MM-DD)").format(text=text)


def not_a_number(text: str) -> str:
    """The reason *text* was refused as a number, for the user."""
    return tr("'{text}' is not a number").format(text=text)


def _is_header(cells: list[str]) -> bool:
    return parse_date(cells[0]) is None and bool(_HEADER_WORDS.search(" ".join(cells)))
