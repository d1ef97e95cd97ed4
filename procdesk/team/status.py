"""Where a checked-out workspace stands: its origin, its local changes not yet checked in,
and (asked of the server) the check-ins waiting for it."""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.document import Document
from procdesk.store import pg_rows
from procdesk.team.pending import Standing, describe_pending, standing
from procdesk.team.session import Repository


@dataclass(frozen=True, slots=True)
class Remote:
    """The repository's side: its revision, the check-ins since the workspace's, the role."""

    revision: int
    waiting: tuple[pg_rows.Checkin, ...]
    login: str
    role: str


@dataclass(frozen=True, slots=True)
class Status:
    standing: Standing
    local_changes: tuple[str, ...]
    remote: Remote | None


def status(document: Document, *, offline: bool = False) -> Status:
    """The standing of *document*; with the repository's side unless *offline*."""
    state = standing(document)
    lines = tuple(describe_pending(document, state.pending))
    if offline:
        return Status(state, lines, None)
    with Repository(state.origin.url) as repository:
        with repository.reading() as connection:
            revision = pg_rows.head(connection)
            waiting = tuple(pg_rows.checkins(connection, state.origin.revision))
        remote = Remote(revision, waiting, repository.login, repository.role)
    return Status(state, lines, remote)
