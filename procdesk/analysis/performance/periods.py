"""Calendar periods of a KPI's frequency: the day, the ISO week (Monday to Sunday), the month,
the quarter and the year a date falls in, and the months a report can be asked for.

A KPI's frequency is stored as text: the offered ones in English ("monthly", "quarterly"…),
others as typed. Those that name a calendar period have one here; "per case" and frequencies
typed by hand have none, so they are never overdue and their trend is read month by month.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from procdesk.text import tr


class Frequency(StrEnum):
    """The calendar periods a KPI can be measured in."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


_WORDS = {
    "daily": Frequency.DAILY,
    "weekly": Frequency.WEEKLY,
    "monthly": Frequency.MONTHLY,
    "quarterly": Frequency.QUARTERLY,
    "yearly": Frequency.YEARLY,
    "annually": Frequency.YEARLY,
    "annual": Frequency.YEARLY,
}


def frequency_of(text: str) -> Frequency | None:
    """The calendar period a stored frequency names; None for "per case" and typed ones."""
    return _WORDS.get(" ".join(text.split()).casefold())


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """One period, from ``start`` to ``end`` (both days included)."""

    start: date
    end: date
    frequency: Frequency

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def previous(self) -> Period:
        return period_of(self.frequency, self.start - timedelta(days=1))

    def next(self) -> Period:
        return period_of(self.frequency, self.end + timedelta(days=1))

    @property
    def label(self) -> str:
        """A short name that reads alike in every language: ``2026-11``, ``2026-Q3``,
        ``2026-W48``, ``2026`` or ``2026-12-06``."""
        if self.frequency == Frequency.MONTHLY:
            return f"{self.start.year}-{self.start.month:02d}"
        if self.frequency == Frequency.QUARTERLY:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.frequency == Frequency.WEEKLY:
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.frequency == Frequency.YEARLY:
            return str(self.start.year)
        return self.start.isoformat()


@lru_cache(maxsize=8192)
def period_of(frequency: Frequency, day: date) -> Period:
    """The period of *frequency* that *day* falls in (remembered: a dashboard asks for the
    same months of thousands of KPIs)."""
    if frequency == Frequency.DAILY:
        return Period(day, day, frequency)
    if frequency == Frequency.WEEKLY:
        monday = day - timedelta(days=day.weekday())
        return Period(monday, monday + timedelta(days=6), frequency)
    if frequency == Frequency.MONTHLY:
        return _months(day.year, day.month, 1, frequency)
    if frequency == Frequency.QUARTERLY:
        return _months(day.year, (day.month - 1) // 3 * 3 + 1, 3, frequency)
    return Period(date(day.year, 1, 1), date(day.year, 12, 31), frequency)


def _months(year: int, first: int, count: int, frequency: Frequency) -> Period:
    last = first + count - 1
    return Period(
        date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]), frequency
    )


def periods_up_to(last: Period, count: int) -> list[Period]:
    """*count* periods in a row, oldest first, the last being *last*."""
    found = [last]
    while len(found) < count:
        found.append(found[-1].previous())
    return found[::-1]


def last_complete(frequency: Frequency, day: date) -> Period:
    """The latest period of *frequency* that is over before *day* begins."""
    return period_of(frequency, day).previous()


_MONTH = re.compile(r"(\d{4})-(\d{2})")


def parse_month(text: str) -> Period:
    """The month ``YYYY-MM`` names; ValueError with the reason when it names none."""
    match = _MONTH.fullmatch(text.strip())
    if match is None:
        raise ValueError(
            tr("'{text}' is not a month: write YYYY-MM, e.g. 2026-11").format(text=text)
        )
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12 or year < 1:
        raise ValueError(tr("'{text}' is not a month: months run from 01 to 12").format(text=text))
    return period_of(Frequency.MONTHLY, date(year, month, 1))


def last_full_month(today: date) -> Period:
    """The month before the one *today* falls in: the default period of a monthly report."""
    return last_complete(Frequency.MONTHLY, today)
