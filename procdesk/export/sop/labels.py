"""The words the SOP prints for enumerated values: statuses, categories, severities, months.

The model stores these as identifiers ("in-progress", "it-gap"); the document shows words in
the reader's language. The tables hold the English marked with ``tr_noop`` and are translated
when the document is made, since the GUI installs its translator only after import. A value
without an entry (a newer model, a hand-edited file) is shown as :func:`words` spells it.
"""

from __future__ import annotations

from enum import StrEnum

from procdesk.model.elements import ProcessStatus, WeakPointCategory, WeakPointStatus
from procdesk.text import capitalised, tr, tr_noop

PROCESS_STATUS = "process status"
WEAK_POINT_STATUS = "weak point status"
CATEGORY = "weak point category"
SEVERITY = "weak point severity"
MONTH = "month, abbreviated"
FREQUENCY = "how often a KPI is measured"

_PROCESS_STATUSES: dict[StrEnum, str] = {
    ProcessStatus.DRAFT: tr_noop("Draft", "process status"),
    ProcessStatus.REVIEW: tr_noop("Review", "process status"),
    ProcessStatus.APPROVED: tr_noop("Approved", "process status"),
}

_WEAK_POINT_STATUSES: dict[StrEnum, str] = {
    WeakPointStatus.OPEN: tr_noop("Open", "weak point status"),
    WeakPointStatus.IN_PROGRESS: tr_noop("In progress", "weak point status"),
    WeakPointStatus.RESOLVED: tr_noop("Resolved", "weak point status"),
}

_CATEGORIES: dict[StrEnum, str] = {
    WeakPointCategory.BOTTLENECK: tr_noop("Bottleneck", "weak point category"),
    WeakPointCategory.WAITING: tr_noop("Waiting", "weak point category"),
    WeakPointCategory.REWORK: tr_noop("Rework", "weak point category"),
    WeakPointCategory.MANUAL: tr_noop("Manual", "weak point category"),
    WeakPointCategory.REDUNDANCY: tr_noop("Redundancy", "weak point category"),
    WeakPointCategory.HANDOFF: tr_noop("Handoff", "weak point category"),
    WeakPointCategory.COMPLIANCE: tr_noop("Compliance", "weak point category"),
    WeakPointCategory.IT_GAP: tr_noop("IT gap", "weak point category"),
    WeakPointCategory.OTHER: tr_noop("Other", "weak point category"),
}

SEVERITY_WORDS = {
    5: tr_noop("Critical", "weak point severity"),
    4: tr_noop("High", "weak point severity"),
    3: tr_noop("Medium", "weak point severity"),
    2: tr_noop("Low", "weak point severity"),
    1: tr_noop("Minor", "weak point severity"),
}

_MONTHS = (
    tr_noop("Jan", "month, abbreviated"),
    tr_noop("Feb", "month, abbreviated"),
    tr_noop("Mar", "month, abbreviated"),
    tr_noop("Apr", "month, abbreviated"),
    tr_noop("May", "month, abbreviated"),
    tr_noop("Jun", "month, abbreviated"),
    tr_noop("Jul", "month, abbreviated"),
    tr_noop("Aug", "month, abbreviated"),
    tr_noop("Sep", "month, abbreviated"),
    tr_noop("Oct", "month, abbreviated"),
    tr_noop("Nov", "month, abbreviated"),
    tr_noop("Dec", "month, abbreviated"),
)

_FREQUENCIES = {
    "daily": tr_noop("daily", "how often a KPI is measured"),
    "weekly": tr_noop("weekly", "how often a KPI is measured"),
    "monthly": tr_noop("monthly", "how often a KPI is measured"),
    "quarterly": tr_noop("quarterly", "how often a KPI is measured"),
    "yearly": tr_noop("yearly", "how often a KPI is measured"),
    "per case": tr_noop("per case", "how often a KPI is measured"),
}
"""The frequencies the KPI form offers; anything typed in by hand is printed as typed."""


def words(value: str) -> str:
    """An enum value as a label: 'it-gap' → 'It gap', 'in-progress' → 'In progress'."""
    text = value.replace("-", " ").replace("_", " ")
    if text.lower() == "it gap":
        return "IT gap"
    return capitalised(text)


def _label(table: dict[StrEnum, str], note: str, value: StrEnum) -> str:
    source = table.get(value)
    return tr(source, note) if source is not None else words(value.value)


def process_status(value: ProcessStatus) -> str:
    return _label(_PROCESS_STATUSES, PROCESS_STATUS, value)


def weak_point_status(value: WeakPointStatus) -> str:
    return _label(_WEAK_POINT_STATUSES, WEAK_POINT_STATUS, value)


def category(value: WeakPointCategory) -> str:
    return _label(_CATEGORIES, CATEGORY, value)


def severity(value: int) -> str:
    source = SEVERITY_WORDS.get(value)
    return tr(source, SEVERITY) if source is not None else str(value)


def month(number: int) -> str:
    """The abbreviated name of month *number* (1 to 12)."""
    return tr(_MONTHS[number - 1], MONTH)


def frequency(value: str) -> str:
    source = _FREQUENCIES.get(value.strip().casefold())
    return tr(source, FREQUENCY) if source is not None else value
