"""Colouring the landscape by one figure (a heat map): status, KPI light, weak points or owner.

Each choice gives every process shape a fill and names its colours in a legend, so a chief
process officer sees at a glance where reviews are due, KPIs are off or weak points pile up, and
who owns what. Without a choice, shapes are white and carry their figures as small marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from procdesk.analysis.kpis import KpiStatus
from procdesk.analysis.landscape import ProcessCard
from procdesk.model.elements import ProcessStatus
from procdesk.text import tr, tr_noop


class ColourBy(StrEnum):
    NOTHING = "nothing"
    STATUS = "status"
    KPIS = "kpis"
    WEAK_POINTS = "weak-points"
    OWNER = "owner"


CHOICES: dict[ColourBy, str] = {
    ColourBy.NOTHING: tr_noop("No colours", "landscape colouring"),
    ColourBy.STATUS: tr_noop("Status and review", "landscape colouring"),
    ColourBy.KPIS: tr_noop("KPI traffic light", "landscape colouring"),
    ColourBy.WEAK_POINTS: tr_noop("Open weak points", "landscape colouring"),
    ColourBy.OWNER: tr_noop("Owner", "landscape colouring"),
}
"""The colourings, in the order the choice lists them (translate with ``tr(…, context)``)."""
CHOICE_CONTEXT = "landscape colouring"
DASH = "\u2013"

LIGHTS: dict[KpiStatus, str] = {
    KpiStatus.GREEN: "#16a34a",
    KpiStatus.AMBER: "#f59e0b",
    KpiStatus.RED: "#dc2626",
    KpiStatus.GREY: "#9ca3af",
}
"""The traffic light's own colours (the small lamp on every shape)."""

_KPI_FILLS = {
    KpiStatus.GREEN: "#bbf7d0",
    KpiStatus.AMBER: "#fde68a",
    KpiStatus.RED: "#fecaca",
    KpiStatus.GREY: "#e5e7eb",
}
_STATUS_FILLS = {
    ProcessStatus.DRAFT: "#e5e7eb",
    ProcessStatus.REVIEW: "#fde68a",
    ProcessStatus.APPROVED: "#bbf7d0",
}
OVERDUE_FILL = "#fecaca"
_WEAK_FILLS = ("#ffffff", "#fee2e2", "#fecaca", "#fca5a5", "#f87171")
"""No open weak point, 1, 2 to 3, 4 to 5, 6 or more."""
_OWNER_FILLS = (
    "#dbeafe",
    "#fce7f3",
    "#dcfce7",
    "#fef3c7",
    "#ede9fe",
    "#cffafe",
    "#ffedd5",
    "#e0e7ff",
    "#f5f5f4",
    "#fae8ff",
)

STATUS_WORDS: dict[ProcessStatus, str] = {
    ProcessStatus.DRAFT: tr_noop("Draft", "process status"),
    ProcessStatus.REVIEW: tr_noop("In review", "process status"),
    ProcessStatus.APPROVED: tr_noop("Approved", "process status"),
}
KPI_WORDS: dict[KpiStatus, str] = {
    KpiStatus.GREEN: tr_noop("KPIs on target", "KPI light"),
    KpiStatus.AMBER: tr_noop("KPIs slightly off target", "KPI light"),
    KpiStatus.RED: tr_noop("KPIs off target", "KPI light"),
    KpiStatus.GREY: tr_noop("No KPI data", "KPI light"),
}


def status_word(status: ProcessStatus) -> str:
    return tr(STATUS_WORDS[status], "process status")


def kpi_word(status: KpiStatus) -> str:
    return tr(KPI_WORDS[status], "KPI light")


@dataclass(frozen=True, slots=True)
class Colouring:
    """The fills of one colouring for the cards of one view, and its legend."""

    by: ColourBy
    fills: dict[str, str]
    """Process id → fill (``#rrggbb``); a process not listed stays white."""
    legend: tuple[tuple[str, str], ...]
    """(fill, words) pairs, in reading order."""


def colouring(by: ColourBy, cards: list[ProcessCard]) -> Colouring:
    """The fills *by* gives each card, and the legend naming the colours used."""
    if by == ColourBy.STATUS:
        fills = {c.id: OVERDUE_FILL if c.review_overdue else _STATUS_FILLS[c.status] for c in cards}
        legend = [(_STATUS_FILLS[s], status_word(s)) for s in ProcessStatus]
        legend.append((OVERDUE_FILL, tr("Review overdue")))
        return Colouring(by, fills, tuple(legend))
    if by == ColourBy.KPIS:
        fills = {c.id: _KPI_FILLS[c.kpi_status] for c in cards}
        return Colouring(by, fills, tuple((_KPI_FILLS[s], kpi_word(s)) for s in KpiStatus))
    if by == ColourBy.WEAK_POINTS:
        fills = {c.id: _WEAK_FILLS[_weak_tier(c.weak_points_open)] for c in cards}
        words = (tr("none"), "1", f"2{DASH}3", f"4{DASH}5", tr("6 or more"))
        return Colouring(by, fills, tuple(zip(_WEAK_FILLS, words, strict=True)))
    if by == ColourBy.OWNER:
        owners = sorted({c.owner for c in cards}, key=str.casefold)
        shade = {o: _OWNER_FILLS[i % len(_OWNER_FILLS)] for i, o in enumerate(owners)}
        fills = {c.id: shade[c.owner] for c in cards}
        owned = tuple((shade[o], o or tr("No owner")) for o in owners)
        return Colouring(by, fills, owned)
    return Colouring(by, {}, ())


def _weak_tier(count: int) -> int:
    if count <= 0:
        return 0
    if count == 1:
        return 1
    return 2 if count <= 3 else (3 if count <= 5 else 4)
