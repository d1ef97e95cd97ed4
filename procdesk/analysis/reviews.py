"""Which processes are due for review: a controlled document is looked at again regularly.

A process is overdue when its review date (typed on the process) has passed, or when the
version in force was approved longer ago than the process's review interval (12 months
unless set otherwise). Before the first release, a process typed as approved counts from its
effective date. The date a review fell due is the earlier of the two.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from procdesk.model.elements import Process, ProcessStatus
from procdesk.model.releases import approval_of, approved_release, latest_release
from procdesk.model.workspace import Workspace
from procdesk.text import tr


def add_months(start: date, months: int) -> date:
    """*start* plus whole *months*, on the last day of the month when the day is missing."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class ReviewDue:
    """A process whose review is overdue: since when, and why (in the user's words)."""

    process_id: str
    due: date
    reason: str


def review_due(workspace: Workspace, process: Process, today: date) -> ReviewDue | None:
    """Whether *process* is overdue for review on *today*, and why."""
    found: list[tuple[date, str]] = []
    typed = _day(process.review_date)
    if typed is not None and typed < today:
        message = tr("Its review date, {date}, has passed.")
        found.append((typed, message.format(date=typed.isoformat())))
    approved, since = _in_force(workspace, process)
    if approved is not None and since is not None:
        due = add_months(since, process.review_interval_months)
        if due < today:
            message = tr(
                "Version {version} was approved on {date}, more than %n months ago.",
                None,
                process.review_interval_months,
            )
            found.append((due, message.format(version=approved, date=since.isoformat())))
    if not found:
        return None
    due, _ = min(found)
    return ReviewDue(process.id, due, " ".join(reason for _, reason in found))


def _in_force(workspace: Workspace, process: Process) -> tuple[str | None, date | None]:
    """The version in force and the day it was approved (None, None if none is)."""
    release = approved_release(workspace, process.id)
    if release is not None:
        sign_off = approval_of(workspace, release.id)
        return release.version, _day(sign_off.date) if sign_off else None
    if latest_release(workspace, process.id) is None and process.status == ProcessStatus.APPROVED:
        return process.version, _day(process.effective_date)
    return None, None


def overdue_reviews(workspace: Workspace, today: date | None = None) -> list[ReviewDue]:
    """Every process overdue for review, in the order of the process tree."""
    day = today or date.today()
    found = (review_due(workspace, p, day) for p in workspace.processes())
    return [due for due in found if due is not None]
