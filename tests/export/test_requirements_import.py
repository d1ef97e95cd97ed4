"""Reading a requirements register from CSV and XLSX: columns found by their headers, every
row checked before any is kept, one clear message for a bad file."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from procdesk.export.compliance.requirements_table import (
    Column,
    RequirementImportError,
    guess_mapping,
    read_table,
    requirement_rows,
)


def workbook(rows: list[list[object]], sheet: str = "Requirements") -> bytes:
    book = Workbook()
    book.active.title = "Notes"
    target = book.create_sheet(sheet)
    for row in rows:
        target.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_semicolon_csv_with_german_headers_and_a_bom() -> None:
    data = (
        "Quelle;Klausel;Titel;Anforderung;Anwendbar;Begründung\n"
        'ISO 9001:2015;8.4;Externe Anbieter;"Kriterien; Bewertung";ja;\n'
        "ISO 9001:2015;8.3;Entwicklung;;nein;Wir entwickeln nichts\n"
    ).encode("utf-8-sig")
    table = read_table(data, ".csv")
    rows = requirement_rows(table, guess_mapping(table.header))
    assert [(r.row, r.clause, r.applicable, r.reason) for r in rows] == [
        (2, "8.4", True, ""),
        (3, "8.3", False, "Wir entwickeln nichts"),
    ]
    assert rows[0].text == "Kriterien; Bewertung"


def test_a_workbook_reads_its_requirements_sheet() -> None:
    data = workbook(
        [
            ["Source", "Article", "Title", "Applicable"],
            ["GDPR", "Art. 5", "Principles", "yes"],
            [None, None, None, None],
            ["GDPR", 32, "Security of processing", "no"],
        ]
    )
    table = read_table(data, ".xlsx")
    rows = requirement_rows(table, guess_mapping(table.header))
    assert [(r.row, r.source, r.clause, r.applicable) for r in rows] == [
        (2, "GDPR", "Art. 5", True),
        (4, "GDPR", "32", False),
    ]


def test_every_bad_row_is_named() -> None:
    data = b"source,clause,applicable\nSOX,404,yes\n,302,yes\nSOX,,perhaps\n"
    table = read_table(data, ".csv")
    with pytest.raises(RequirementImportError) as caught:
        requirement_rows(table, guess_mapping(table.header))
    assert str(caught.value).splitlines() == [
        "row 3: the source is empty",
        "row 4: the clause is empty; 'perhaps' is neither yes nor no",
    ]


def test_a_mapping_without_a_clause_column_is_refused() -> None:
    table = read_table(b"source,name\nSOX,Four eyes\n", ".csv")
    mapping = guess_mapping(table.header)
    assert mapping == {Column.SOURCE: 0, Column.TITLE: 1}
    with pytest.raises(RequirementImportError, match="no column is chosen for the clause"):
        requirement_rows(table, mapping)
    # the preview may map the column by hand
    rows = requirement_rows(table, {Column.SOURCE: 0, Column.CLAUSE: 1})
    assert rows[0].clause == "Four eyes"


@pytest.mark.parametrize(
    ("data", "suffix", "message"),
    [
        (b'source,clause\n"SOX,404\n', ".csv", "the CSV file is malformed"),
        (b"\x89PNG\r\n\x1a\n\0\0", ".csv", "not a CSV text file"),
        (b"PK\x03\x04 not really a zip", ".xlsx", "not an Excel workbook"),
        (b"", ".csv", "no header row"),
        (b"source,clause\n", ".csv", None),
        (b"source,clause\n", ".txt", "give a .csv or .xlsx file"),
    ],
)
def test_malformed_files_are_refused(data: bytes, suffix: str, message: str | None) -> None:
    with pytest.raises(RequirementImportError, match=message or "holds no requirement"):
        table = read_table(data, suffix)
        requirement_rows(table, guess_mapping(table.header))
