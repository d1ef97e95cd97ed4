"""Reading the portfolio out of a workspace: its framework, its initiatives and their links,
and which status may follow which."""

from __future__ import annotations

from procdesk.model.elements import WeakPoint
from procdesk.model.portfolio import (
    BenefitModel,
    Framework,
    FrameworkBaseline,
    Initiative,
    InitiativeProcess,
    InitiativeStatus,
    InitiativeWeakPoint,
    default_framework,
)
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop

S = InitiativeStatus
MAIN_LINE = (S.PROPOSED, S.ASSESSED, S.APPROVED, S.IN_PROGRESS, S.DONE)
"""The way an initiative normally goes; it may skip ahead along it (a PMO may approve a
proposal it assessed in the meeting), but not go back."""

STATUS_LABELS: dict[InitiativeStatus, str] = {
    S.PROPOSED: tr_noop("Proposed", "initiative status"),
    S.ASSESSED: tr_noop("Assessed", "initiative status"),
    S.APPROVED: tr_noop("Approved", "initiative status"),
    S.IN_PROGRESS: tr_noop("In progress", "initiative status"),
    S.DONE: tr_noop("Done", "initiative status"),
    S.REJECTED: tr_noop("Rejected", "initiative status"),
    S.ON_HOLD: tr_noop("On hold", "initiative status"),
}
"""Marked with ``tr_noop``: shown through ``status_label``."""


def status_label(status: InitiativeStatus) -> str:
    return tr(STATUS_LABELS[status], "initiative status")


def next_statuses(current: InitiativeStatus) -> tuple[InitiativeStatus, ...]:
    """The statuses an initiative may go to from *current*.

    Ahead along the main line; to rejected or on hold from anything not yet done; from on
    hold back to any step of the main line before done; a rejected one may be proposed again;
    done is final.
    """
    if current == S.DONE:
        return ()
    if current == S.REJECTED:
        return (S.PROPOSED,)
    if current == S.ON_HOLD:
        return (*MAIN_LINE[:-1], S.REJECTED)
    ahead = MAIN_LINE[MAIN_LINE.index(current) + 1 :]
    return (*ahead, S.REJECTED, S.ON_HOLD)


def framework_of(workspace: Workspace) -> Framework:
    """The workspace's framework (the default one until it has its own)."""
    stored = workspace.in_scope("", Framework)
    return stored[0] if stored else default_framework()


def baselines_of(workspace: Workspace) -> list[FrameworkBaseline]:
    """The agreed versions of the framework, oldest first."""
    framework = framework_of(workspace)
    return sorted(workspace.in_scope(framework.id, FrameworkBaseline), key=lambda b: b.version)


def initiatives(workspace: Workspace) -> list[Initiative]:
    """Every initiative of the workspace, in the order they were made."""
    return workspace.in_scope("", Initiative)


def weak_point_links(workspace: Workspace, initiative_id: str) -> list[InitiativeWeakPoint]:
    return workspace.in_scope(initiative_id, InitiativeWeakPoint)


def weak_points_of(workspace: Workspace, initiative_id: str) -> list[WeakPoint]:
    """The weak points an initiative addresses."""
    return [
        workspace.get(link.weak_point_id, WeakPoint)
        for link in weak_point_links(workspace, initiative_id)
    ]


def process_links(workspace: Workspace, initiative_id: str) -> list[InitiativeProcess]:
    return workspace.in_scope(initiative_id, InitiativeProcess)


def process_ids_of(workspace: Workspace, initiative_id: str) -> list[str]:
    return [link.process_id for link in process_links(workspace, initiative_id)]


def benefit_model_of(workspace: Workspace, initiative_id: str) -> BenefitModel | None:
    """How the initiative's benefit is computed from a to-be, if it is."""
    models = workspace.in_scope(initiative_id, BenefitModel)
    return models[0] if models else None


def initiatives_addressing(workspace: Workspace, weak_point_id: str) -> list[Initiative]:
    """The initiatives that address a weak point."""
    found = [
        workspace.get(link.initiative_id, Initiative)
        for link in workspace.referrers(weak_point_id)
        if isinstance(link, InitiativeWeakPoint) and link.weak_point_id == weak_point_id
    ]
    return sorted(found, key=lambda i: i.title.casefold())
