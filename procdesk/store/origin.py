"""Where a checked-out workspace came from, and where it stands: store-level facts, kept in
tables of the workspace file beside its content (never model entities, never in a release).

- ``repo_origin``: the repository's URL (never with a password), its identity, the
  repository revision the workspace last met it at (``revision``), the change log entry that
  was the last one then (``sync_seq``: later entries are local changes not yet checked in),
  and whether it was checked out read-only;
- ``repo_origin_processes``: the processes checked out, each with the revision it came at;
- ``repo_base``: for what was still pending when the workspace last met the repository, the
  repository's value of it then (a row, or NULL for "not there"): the base of a three-way
  merge that the change log alone no longer gives after an update.

They are written only in the transaction of the edit they belong to (a check-out, an update,
a check-in), so the workspace never claims a revision whose changes it lacks.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from procdesk.model.elements import Entity
from procdesk.store.codec import from_row, table_of, tables
from procdesk.store.layout import Column, ColumnType, TableLayout
from procdesk.store.rows import encode_json, row_values

ORIGIN_TABLES = (
    TableLayout(
        "repo_origin",
        (
            Column("key", ColumnType.STRING, primary_key=True),
            Column("value", ColumnType.TEXT, nullable=False),
        ),
    ),
    TableLayout(
        "repo_origin_processes",
        (
            Column("process_id", ColumnType.STRING, primary_key=True),
            Column("revision", ColumnType.INTEGER, nullable=False),
        ),
    ),
    TableLayout(
        "repo_base",
        (
            Column("id", ColumnType.STRING, primary_key=True),
            Column("tbl", ColumnType.STRING, nullable=False),
            Column("row", ColumnType.TEXT),
        ),
    ),
)
"""The origin's tables: made by the first check-out, so that neither a new workspace nor a
repository has them."""


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a workspace was checked out from and where it stands."""

    url: str
    repository_id: str
    revision: int
    sync_seq: int
    read_only: bool = False
    processes: dict[str, int] = field(default_factory=dict)
    checked_out_at: str = ""

    def moved_to(self, revision: int, sync_seq: int, processes: Mapping[str, int]) -> Origin:
        return replace(self, revision=revision, sync_seq=sync_seq, processes=dict(processes))


def create_tables(cursor: sqlite3.Cursor) -> None:
    for table in ORIGIN_TABLES:
        names = ", ".join(
            f"{c.name} {'INTEGER' if c.type is ColumnType.INTEGER else 'TEXT'}"
            + (" PRIMARY KEY" if c.primary_key else "")
            + (" NOT NULL" if not c.nullable and not c.primary_key else "")
            for c in table.columns
        )
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {table.name} ({names})")


def read_origin(cursor: sqlite3.Cursor) -> Origin | None:
    """The workspace's origin, or None when it was not checked out from a repository."""
    present = cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'repo_origin'"
    ).fetchone()
    if present is None:
        return None
    values = dict(cursor.execute("SELECT key, value FROM repo_origin").fetchall())
    if "url" not in values:
        return None
    processes = dict(
        cursor.execute("SELECT process_id, revision FROM repo_origin_processes").fetchall()
    )
    return Origin(
        url=values["url"],
        repository_id=values.get("repository_id", ""),
        revision=int(values.get("revision", "0")),
        sync_seq=int(values.get("sync_seq", "0")),
        read_only=values.get("read_only") == "1",
        processes={str(k): int(v) for k, v in processes.items()},
        checked_out_at=values.get("checked_out_at", ""),
    )


def read_bases(cursor: sqlite3.Cursor) -> dict[str, Entity | None]:
    """The stored bases of what was pending at the last meeting with the repository."""
    by_name = {table.name: table for table in tables()}
    bases: dict[str, Entity | None] = {}
    for entity_id, table_name, row in cursor.execute("SELECT id, tbl, row FROM repo_base"):
        bases[entity_id] = None if row is None else _entity(by_name[table_name], row)
    return bases


def write_origin(
    cursor: sqlite3.Cursor, origin: Origin, bases: Mapping[str, Entity | None] | None = None
) -> None:
    """Record *origin*, and replace the stored bases with *bases* (when given)."""
    create_tables(cursor)
    values = {
        "url": origin.url,
        "repository_id": origin.repository_id,
        "revision": str(origin.revision),
        "sync_seq": str(origin.sync_seq),
        "read_only": "1" if origin.read_only else "0",
        "checked_out_at": origin.checked_out_at,
    }
    cursor.executemany(
        "INSERT INTO repo_origin (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(values.items()),
    )
    cursor.execute("DELETE FROM repo_origin_processes")
    cursor.executemany(
        "INSERT INTO repo_origin_processes (process_id, revision) VALUES (?, ?)",
        list(origin.processes.items()),
    )
    if bases is None:
        return
    cursor.execute("DELETE FROM repo_base")
    cursor.executemany(
        "INSERT INTO repo_base (id, tbl, row) VALUES (?, ?, ?)",
        [
            (entity_id, _table_name(entity_id, value), _row(value))
            for entity_id, value in bases.items()
        ],
    )


def forget_origin(cursor: sqlite3.Cursor) -> None:
    """Make the workspace a plain one of its own: no origin, no standing, no bases."""
    create_tables(cursor)
    for table in ORIGIN_TABLES:
        cursor.execute(f"DELETE FROM {table.name}")


def _table_name(entity_id: str, value: Entity | None) -> str:
    return table_of(value).name if value is not None else ""


def _row(value: Entity | None) -> str | None:
    if value is None:
        return None
    names = [column.name for column in table_of(value).columns]
    return encode_json(dict(zip(names, row_values(value), strict=True)))


def _entity(table: TableLayout, row: str) -> Entity:
    values: dict[str, Any] = json.loads(row)
    values["data"] = json.loads(values.get("data") or "{}")
    return from_row(table, values)
