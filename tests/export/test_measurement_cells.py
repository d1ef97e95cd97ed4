"""Reading measurements from pasted cells and CSV text."""

from __future__ import annotations

import pytest

from procdesk.export.measurements.cells import Measured, parse_date, parse_text, parse_value


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2025-03-31", "2025-03-31"), ("31.03.2025", "2025-03-31"), ("2025/03/31", "2025-03-31")],
)
def test_dates(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2025-02-30", "March", "", "31/03/2025"])
def test_not_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12.5", 12.5), ("12,5", 12.5), ("95 %", 95.0), ("1,234.5", 1234.5), ("1.234,5", 1234.5)],
)
def test_values(text: str, expected: float) -> None:
    assert parse_value(text) == expected


@pytest.mark.parametrize("text", ["n/a", "", "nan", "inf", "1,2,3"])
def test_not_values(text: str) -> None:
    assert parse_value(text) is None


def test_header_and_blank_lines_are_skipped() -> None:
    # given CSV text with a header, a blank line and a note with a comma (quoted)
    text = 'date,value,note\n2025-01-31,4,"late, audited"\n\n2025-02-28,5\n'
    # then two measurements are read, notes kept
    assert parse_text(text) == (
        [Measured("2025-01-31", 4.0, "late, audited"), Measured("2025-02-28", 5.0)],
        [],
    )


def test_each_bad_row_is_reported_with_its_line() -> None:
    # given a row without a value and a row with neither a date nor a number
    measured, errors = parse_text("2025-01-31\t4\n2025-02-28\n\nsoon\tmany\n")
    # then the good row is read and both bad rows are reported by line number
    assert measured == [Measured("2025-01-31", 4.0)]
    assert errors == [
        "line 2: needs a date and a value",
        "line 4: 'soon' is not a date (use YYYY-MM-DD); 'many' is not a number",
    ]


def test_empty_text_is_an_error() -> None:
    assert parse_text("\n\n")[1] == ["no measurements found: expected rows of date, value[, note]"]
