"""Review due dates: a typed review date, or an approved version older than its interval."""

from __future__ import annotations

from datetime import date

import pytest

from procdesk.analysis.reviews import add_months, overdue_reviews, review_due
from procdesk.model.commands import CommandError
from procdesk.model.elements import Process, ProcessStatus
from tests.model.release_builders import Released, released_process


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 15), 12, date(2027, 1, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
    ],
)
def test_months_are_added_as_calendars_do(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def _due(built: Released, today: date) -> str | None:
    process = built.workspace.get(built.process, Process)
    due = review_due(built.workspace, process, today)
    return None if due is None else due.due.isoformat()


def test_a_new_draft_is_never_due() -> None:
    built = released_process()
    assert _due(built, date(2030, 1, 1)) is None


def test_a_passed_review_date_is_due() -> None:
    # given a review date of 1 June 2026
    built = released_process()
    built.editor.update([built.process], review_date="2026-06-01")
    # then it is due after that day, not on it
    assert _due(built, date(2026, 6, 1)) is None
    assert _due(built, date(2026, 6, 2)) == "2026-06-01"


def test_an_approved_version_older_than_its_interval_is_due() -> None:
    # given version 1.0 approved on 15 January 2026, reviewed every 6 months
    built = released_process()
    built.editor.update([built.process], review_interval_months=6)
    built.releases.release(
        built.process, "1.0", "x", approver="Chief", approved_on="2026-01-15", on="2026-01-10"
    )
    # then it falls due on 15 July 2026 and is overdue from the next day
    assert _due(built, date(2026, 7, 15)) is None
    assert _due(built, date(2026, 7, 16)) == "2026-07-15"
    process = built.workspace.get(built.process, Process)
    reason = review_due(built.workspace, process, date(2026, 7, 16))
    assert reason is not None and "Version 1.0 was approved on 2026-01-15" in reason.reason
    # and a newer approval starts the interval again
    built.releases.release(built.process, "1.1", "y", approver="Chief", approved_on="2026-07-01")
    assert _due(built, date(2026, 7, 16)) is None


def test_a_draft_version_does_not_count_as_approved() -> None:
    built = released_process()
    built.releases.release(built.process, "1.0", "x", on="2020-01-01")
    assert _due(built, date(2030, 1, 1)) is None


def test_before_releases_a_typed_approval_counts_from_the_effective_date() -> None:
    built = released_process()
    built.editor.update([built.process], status=ProcessStatus.APPROVED, effective_date="2025-03-01")
    assert _due(built, date(2026, 3, 1)) is None
    assert _due(built, date(2026, 3, 2)) == "2026-03-01"


def test_the_earlier_reason_gives_the_due_date_and_both_are_said() -> None:
    built = released_process()
    built.editor.update([built.process], review_date="2026-09-01")
    built.releases.release(built.process, "1.0", "x", approver="C", approved_on="2025-01-01")
    process = built.workspace.get(built.process, Process)
    due = review_due(built.workspace, process, date(2026, 10, 1))
    assert due is not None and due.due == date(2026, 1, 1)
    assert "2026-09-01" in due.reason and "2025-01-01" in due.reason
    assert [d.process_id for d in overdue_reviews(built.workspace, date(2026, 10, 1))] == [
        built.process
    ]


def test_a_review_interval_outside_1_to_120_months_is_refused() -> None:
    built = released_process()
    with pytest.raises(CommandError, match="1 to 120 months"):
        built.editor.update([built.process], review_interval_months=0)
