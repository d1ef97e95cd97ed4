"""Check-in and update: a checked-out workspace and its repository brought level.

Both merge the workspace's pending changes with what others checked in since its base
revision (``model.merge``). An update applies the plan to the workspace only. A check-in
runs, in ONE PostgreSQL transaction, from taking the repository's next revision (a row lock
that makes check-ins take turns) to writing the merged rows and the check-in log entry; a
conflict, a refusal of the database or a lost connection ends it with nothing written. Then
the workspace takes others' work as one undoable, logged edit, in the same SQLite
transaction as its new standing (revision, log position, bases). Should the workspace not get
that far (killed, disk full), nothing is lost: the merge is idempotent, so the next update or
check-in finds its own changes already in the repository and settles level.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from procdesk.document import Document
from procdesk.identity import current_author
from procdesk.model.changes import Change, ChangeSet
from procdesk.model.elements import Entity, Process
from procdesk.model.merge import Conflict, MergePlan, plan_merge
from procdesk.model.merge_commands import ApplyMerge
from procdesk.model.merge_values import Side
from procdesk.model.registry import kind_of
from procdesk.store import pg_rows
from procdesk.store.origin import Origin, write_origin
from procdesk.store.pg_connect import RepositoryError, RepositoryRefusedError
from procdesk.store.pg_schema import APPROVED_TABLES
from procdesk.team.pending import Standing, standing
from procdesk.team.session import Repository
from procdesk.text import tr


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What a check-in or an update did (nothing, when ``conflicts`` stopped it)."""

    revision: int
    sent: int = 0
    received: int = 0
    conflicts: tuple[Conflict, ...] = ()
    checked_in: bool = False


class _Stop(Exception):
    """Leaves the check-in's transaction without writing (a conflict, nothing to write)."""


class _PgView:
    """The repository as the merge sees it, inside the open transaction."""

    def __init__(self, connection: pg_rows.Connection) -> None:
        self._connection = connection

    def closure(self, ids: object) -> list[Entity]:
        return pg_rows.closure(self._connection, list(ids))  # type: ignore[call-overload]


def _repository(document: Document, state: Standing) -> Repository:
    repository = Repository(state.origin.url)
    if state.origin.repository_id and repository.id != state.origin.repository_id:
        repository.close()
        raise RepositoryError(
            f"{repository.shown} is not the repository {document.path} was checked out from"
        )
    return repository


def _changed(connection: pg_rows.Connection, base: int) -> dict[str, Entity | None]:
    ids = pg_rows.changed_since(connection, base)
    values = pg_rows.fetch(connection, ids)
    return {i: values.get(i) for i in ids}


def _plan(
    document: Document,
    state: Standing,
    connection: pg_rows.Connection,
    resolutions: Mapping[str, Side] | None,
) -> MergePlan:
    return plan_merge(
        state.pending,
        _changed(connection, state.origin.revision),
        document.workspace,
        _PgView(connection),
        state.origin.processes,
        resolutions,
    )


def update(document: Document, resolutions: Mapping[str, Side] | None = None) -> SyncResult:
    """Bring others' check-ins into *document*: one undoable edit (nothing on a conflict)."""
    state = standing(document)
    with _repository(document, state) as repository, repository.reading() as connection:
        head = pg_rows.head(connection)
        if head == state.origin.revision:
            return SyncResult(head)
        plan = _plan(document, state, connection, resolutions)
    if plan.conflicts:
        return SyncResult(state.origin.revision, conflicts=plan.conflicts)
    label = tr("Update from repository (revision {revision})").format(revision=head)
    _apply(document, state.origin, plan.to_local, label, head, plan.bases)
    return SyncResult(head, received=len(plan.to_local))


def checkin(document: Document, message: str = "", author: str = "") -> SyncResult:
    """Send *document*'s pending changes to its repository in one transaction."""
    state = standing(document)
    if state.origin.read_only:
        raise RepositoryError(f"{document.path} was checked out read-only; it cannot check in")
    with _repository(document, state) as repository:
        if state.pending and not repository.may("editor"):
            raise RepositoryRefusedError(
                f"login {repository.login!r} may only read the repository at {repository.shown}"
            )
        outcome: list[MergePlan] = []
        try:
            with repository.writing() as connection:
                revision = pg_rows.head(connection, lock=True)
                plan = _plan(document, state, connection, None)
                outcome.append(plan)
                if plan.conflicts or not plan.to_repository:
                    raise _Stop
                _refuse_unapproved(repository, plan.to_repository)
                pg_rows.write(connection, plan.to_repository, revision)
                pg_rows.append_checkin(
                    connection,
                    revision,
                    author or current_author(),
                    message,
                    ChangeSet(plan.to_repository),
                )
        except _Stop:
            revision -= 1  # the transaction ended without a new revision
    plan = outcome[0]
    if plan.conflicts:
        return SyncResult(state.origin.revision, conflicts=plan.conflicts)
    sent = len(plan.to_repository)
    label = (
        tr("Check-in: revision {revision}").format(revision=revision)
        if sent
        else tr("Update from repository (revision {revision})").format(revision=revision)
    )
    _apply(document, state.origin, plan.to_local, label, revision, {})
    return SyncResult(revision, sent=sent, received=len(plan.to_local), checked_in=bool(sent))


def _refuse_unapproved(repository: Repository, changes: tuple[Change, ...]) -> None:
    """Say so before the database does: releases and sign-offs are an approver's."""
    if repository.may("approver"):
        return
    for change in changes:
        kind = kind_of(change.entity)
        if kind is not None and kind.table in APPROVED_TABLES:
            raise RepositoryRefusedError(
                f"login {repository.login!r} is not an approver of the repository at "
                f"{repository.shown}: only approvers check in releases and sign-offs "
                f"({change.id})"
            )


def _apply(
    document: Document,
    origin: Origin,
    changes: tuple[Change, ...],
    label: str,
    revision: int,
    bases: Mapping[str, Entity | None],
) -> None:
    """Apply *changes* as one edit and record the new standing in the same transaction."""
    present = {p.id for p in document.workspace.processes()}
    for change in changes:
        if isinstance(change.entity, Process):
            (present.add if change.after is not None else present.discard)(change.id)
    processes = {p: origin.processes.get(p, revision) for p in present}

    def record(cursor: sqlite3.Cursor, seq: int) -> None:
        write_origin(cursor, origin.moved_to(revision, seq, processes), bases)

    if not changes:
        seq = document.store.log.last_seq()
        document.store.in_transaction(lambda cursor: record(cursor, seq))
        return
    with document.store.riding_along(record), _editable(document):
        document.history.execute(ApplyMerge(changes, label))


@contextlib.contextmanager
def _editable(document: Document) -> Iterator[None]:
    """Let a read-only check-out take others' work (its own edits stay refused)."""
    history = document.history
    was = history.read_only
    history.read_only = False
    try:
        yield
    finally:
        history.read_only = was
