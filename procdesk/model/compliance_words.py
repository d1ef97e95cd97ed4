"""The words shown for the compliance registers' enumerated values, in the user's language.

The tables hold the English marked with ``tr_noop`` and are translated when shown, since the
window installs its translator only after these modules are imported.
"""

from __future__ import annotations

from enum import StrEnum

from procdesk.model.compliance import (
    Control,
    ControlAutomation,
    ControlFrequency,
    ControlType,
    Requirement,
    Risk,
    RiskCategory,
)
from procdesk.model.elements import Process
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop

_WORDS: dict[StrEnum, tuple[str, str]] = {
    RiskCategory.COMPLIANCE: (tr_noop("Compliance", "risk category"), "risk category"),
    RiskCategory.FRAUD: (tr_noop("Fraud", "risk category"), "risk category"),
    RiskCategory.FINANCIAL: (tr_noop("Financial", "risk category"), "risk category"),
    RiskCategory.OPERATIONAL: (tr_noop("Operational", "risk category"), "risk category"),
    RiskCategory.INFORMATION: (tr_noop("Information security", "risk category"), "risk category"),
    RiskCategory.OTHER: (tr_noop("Other", "risk category"), "risk category"),
    ControlType.PREVENTIVE: (tr_noop("Preventive", "control type"), "control type"),
    ControlType.DETECTIVE: (tr_noop("Detective", "control type"), "control type"),
    ControlAutomation.MANUAL: (tr_noop("Manual", "control automation"), "control automation"),
    ControlAutomation.AUTOMATED: (
        tr_noop("Automated", "control automation"),
        "control automation",
    ),
    ControlFrequency.EACH_CASE: (tr_noop("Each case", "control frequency"), "control frequency"),
    ControlFrequency.DAILY: (tr_noop("Daily", "control frequency"), "control frequency"),
    ControlFrequency.WEEKLY: (tr_noop("Weekly", "control frequency"), "control frequency"),
    ControlFrequency.MONTHLY: (tr_noop("Monthly", "control frequency"), "control frequency"),
    ControlFrequency.QUARTERLY: (tr_noop("Quarterly", "control frequency"), "control frequency"),
    ControlFrequency.YEARLY: (tr_noop("Yearly", "control frequency"), "control frequency"),
}


def word(value: StrEnum) -> str:
    """The word for a category, control type, automation or frequency."""
    found = _WORDS.get(value)
    return tr(*found) if found else str(value.value)


def applicability(requirement: Requirement) -> str:
    """ "Applicable" or "Not applicable", for tables."""
    return tr("Applicable") if requirement.applicable else tr("Not applicable")


def element_label(workspace: Workspace, element_id: str) -> str:
    """A finding's element for people: a clause, a risk, a control, a step."""
    entity = workspace.find(element_id)
    if isinstance(entity, Requirement):
        return entity.label
    if isinstance(entity, Risk):
        return entity.description or entity.id
    if isinstance(entity, Control | Process):
        return entity.name or entity.id
    name = getattr(entity, "name", "")
    return str(name) if name else element_id
