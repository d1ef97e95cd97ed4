"""Check-out: processes of a repository (and what the whole workspace shares) into a new
local workspace file that remembers where they came from.

The repository is read in one snapshot. What comes along is everything except what belongs
to the processes not chosen (their diagrams, KPIs, releases, links to them…): initiatives,
requirements, the role list, frameworks and maturity models come with any check-out. The file
is made under a temporary name and renamed into place with its origin recorded, so the path
either does not exist or is a complete checked-out workspace.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from procdesk.identity import current_author
from procdesk.model.change_log import utc_now
from procdesk.model.elements import Entity, Process
from procdesk.model.workspace import Workspace
from procdesk.store import pg_rows
from procdesk.store.errors import WorkspaceError
from procdesk.store.origin import Origin, write_origin
from procdesk.store.pg_connect import RepositoryError, storable_url
from procdesk.store.repository import WorkspaceStore
from procdesk.store.sqlite import lock_path
from procdesk.team.session import Repository


@dataclass(frozen=True, slots=True)
class CheckedOut:
    path: Path
    revision: int
    processes: tuple[Process, ...]
    entities: int


def list_processes(url: str) -> list[Process]:
    """The processes of the repository at *url*, for choosing what to check out."""
    with Repository(url) as repository, repository.reading() as connection:
        return [e for e in pg_rows.fetch_all(connection) if isinstance(e, Process)]


def choose(workspace: Workspace, keys: list[str]) -> list[Process]:
    """The processes *keys* name (ids, or names ignoring case); every process if none."""
    processes = workspace.processes()
    if not keys:
        return processes
    chosen: list[Process] = []
    for key in keys:
        by_id = [p for p in processes if p.id == key]
        by_name = [p for p in processes if p.name.casefold() == key.casefold()]
        matches = by_id or by_name
        if len(matches) > 1:
            raise RepositoryError(
                f"{len(matches)} processes are named {key!r}; give the process id instead"
            )
        if not matches:
            known = ", ".join(repr(p.name) for p in processes) or "none"
            raise RepositoryError(f"no process {key!r} in the repository (processes: {known})")
        if matches[0] not in chosen:
            chosen.append(matches[0])
    return chosen


def selection(workspace: Workspace, chosen: list[Process]) -> list[Entity]:
    """Everything but what belongs to the processes not chosen, in the repository's order."""
    others = [p.id for p in workspace.processes() if p not in chosen]
    left_out = {entity.id for entity in workspace.closure(others)}
    return [entity for entity in workspace if entity.id not in left_out]


def checkout(url: str, path: Path | str, keys: list[str], *, read_only: bool = False) -> CheckedOut:
    """Check the processes *keys* name out of the repository at *url* into a new file *path*."""
    url = storable_url(url)
    path = Path(path)
    if path.exists():
        raise WorkspaceError(f"{path} already exists; check out into a new file")
    if not path.parent.is_dir():
        raise WorkspaceError(f"cannot create {path}: folder {path.parent} does not exist")
    with Repository(url) as repository:
        with repository.reading() as connection:
            revision = pg_rows.head(connection)
            workspace = Workspace(pg_rows.fetch_all(connection))
        repository_id = repository.id
    chosen = choose(workspace, keys)
    entities = selection(workspace, chosen)
    temp = path.with_name(f".{path.name}.checkout-{os.getpid()}")
    origin = Origin(
        url=url,
        repository_id=repository_id,
        revision=revision,
        sync_seq=0,
        read_only=read_only,
        processes={p.id: revision for p in chosen},
        checked_out_at=utc_now(),
    )
    try:
        store = WorkspaceStore.create(temp, entities, current_author())
        try:
            standing = origin.moved_to(revision, store.log.last_seq(), origin.processes)
            store.in_transaction(lambda cursor: write_origin(cursor, standing, {}))
        finally:
            store.close()
        os.replace(temp, path)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
        with contextlib.suppress(OSError):
            lock_path(temp).unlink()
    return CheckedOut(path, revision, tuple(chosen), len(entities))
