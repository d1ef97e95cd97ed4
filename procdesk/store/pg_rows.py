"""A repository's rows: reading entities, writing a check-in's changes, the check-in log.

Rows are the workspace file's rows (``rows.row_values``, ``codec.from_row``): the same
columns, the same JSON. Every write also records, per row, the revision that wrote it (and a
tombstone for a removal) and which ids it refers to, so that "what changed since revision
N" and "what depends on this element" are indexed queries however large the repository.
All of it runs on one psycopg connection inside the caller's transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg

from procdesk.model.changes import Change, ChangeSet
from procdesk.model.elements import Entity
from procdesk.model.references import references
from procdesk.store.codec import from_row, table_of, tables
from procdesk.store.log_codec import encode
from procdesk.store.rows import row_values

Connection = psycopg.Connection[Any]


@dataclass(frozen=True, slots=True)
class Checkin:
    """One entry of the check-in log."""

    revision: int
    at: str
    author: str
    committer: str
    message: str
    changes: int


def _tables() -> dict[str, Any]:
    return {table.name: table for table in tables()}


def head(connection: Connection, *, lock: bool = False) -> int:
    """The repository's revision; with *lock*, the next one, held until the transaction
    ends (check-ins take their turn here)."""
    if lock:
        sql = "UPDATE repo_head SET revision = revision + 1 WHERE id = 1 RETURNING revision"
    else:
        sql = "SELECT revision FROM repo_head WHERE id = 1"
    row = connection.execute(sql).fetchone()
    assert row is not None
    return int(row[0])


def changed_since(connection: Connection, revision: int, up_to: int | None = None) -> list[str]:
    """Ids written after *revision* (up to *up_to*), in the order they were first stored."""
    sql = "SELECT id FROM repo_revisions WHERE revision > %s"
    parameters: list[Any] = [revision]
    if up_to is not None:
        sql += " AND revision <= %s"
        parameters.append(up_to)
    rows = connection.execute(sql + " ORDER BY position", parameters).fetchall()
    return [str(row[0]) for row in rows]


def fetch(connection: Connection, ids: Sequence[str]) -> dict[str, Entity]:
    """The stored values of *ids* that exist (removed ones are absent), in their order."""
    if not ids:
        return {}
    by_table: dict[str, list[str]] = defaultdict(list)
    for entity_id, table_name in connection.execute(
        "SELECT id, tbl FROM repo_revisions WHERE id = ANY(%s) AND NOT deleted", [list(ids)]
    ):
        by_table[table_name].append(entity_id)
    known = _tables()
    found: dict[str, Entity] = {}
    for table_name, table_ids in by_table.items():
        table = known[table_name]
        cursor = connection.execute(f"SELECT * FROM {table_name} WHERE id = ANY(%s)", [table_ids])
        names = [column.name for column in cursor.description or ()]
        for row in cursor:
            entity = from_row(table, dict(zip(names, row, strict=True)))
            found[entity.id] = entity
    return {i: found[i] for i in ids if i in found}


def fetch_all(connection: Connection) -> list[Entity]:
    """Every entity of the repository, in the order they were first stored."""
    entities: list[tuple[int, Entity]] = []
    for table in tables():
        cursor = connection.execute(
            f"SELECT r.position, t.* FROM {table.name} t JOIN repo_revisions r USING (id)"
        )
        names = [column.name for column in cursor.description or ()][1:]
        for row in cursor:
            entities.append((row[0], from_row(table, dict(zip(names, row[1:], strict=True)))))
    entities.sort(key=lambda pair: pair[0])
    return [entity for _, entity in entities]


def closure(connection: Connection, ids: Iterable[str]) -> list[Entity]:
    """*ids* and everything that depends on them, transitively, as stored now."""
    found: list[str] = []
    seen: set[str] = set()
    frontier = [i for i in dict.fromkeys(ids)]
    while frontier:
        seen.update(frontier)
        found.extend(frontier)
        rows = connection.execute(
            "SELECT DISTINCT id FROM repo_refs WHERE ref_id = ANY(%s)", [frontier]
        ).fetchall()
        frontier = [str(row[0]) for row in rows if row[0] not in seen]
    return list(fetch(connection, found).values())


def write(connection: Connection, changes: Sequence[Change], revision: int) -> None:
    """Store *changes* as revision *revision*: rows, revision marks and references."""
    removed: dict[str, list[str]] = defaultdict(list)
    added: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    updated: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    marks: list[tuple[str, str, int, bool]] = []
    refs: list[tuple[str, str]] = []
    for change in changes:
        table = table_of(change.entity).name
        marks.append((change.id, table, revision, change.after is None))
        if change.after is None:
            removed[table].append(change.id)
            continue
        values = row_values(change.after)
        (added if change.before is None else updated)[table].append(values)
        refs.extend((ref, change.id) for ref in dict.fromkeys(references(change.after)))
    known = _tables()
    with connection.cursor() as cursor:
        for table_name, ids in removed.items():
            cursor.execute(f"DELETE FROM {table_name} WHERE id = ANY(%s)", [ids])
        for table_name, rows in added.items():
            names = [column.name for column in known[table_name].columns]
            cursor.executemany(
                f"INSERT INTO {table_name} ({', '.join(names)}) "
                f"VALUES ({', '.join(['%s'] * len(names))})",
                rows,
            )
        for table_name, rows in updated.items():
            names = [column.name for column in known[table_name].columns]
            sets = ", ".join(f"{name} = %s" for name in names[1:])
            cursor.executemany(
                f"UPDATE {table_name} SET {sets} WHERE id = %s",
                [(*row[1:], row[0]) for row in rows],
            )
        cursor.executemany(
            "INSERT INTO repo_revisions (id, tbl, revision, deleted) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (id) DO UPDATE SET tbl = excluded.tbl, revision = excluded.revision, "
            "deleted = excluded.deleted",
            marks,
        )
        cursor.execute(
            "DELETE FROM repo_refs WHERE id = ANY(%s)", [[change.id for change in changes]]
        )
        if refs:
            cursor.executemany("INSERT INTO repo_refs (ref_id, id) VALUES (%s, %s)", refs)


def append_checkin(
    connection: Connection, revision: int, author: str, message: str, changeset: ChangeSet
) -> None:
    """Log check-in *revision* with its ChangeSet as the change log's compact payload."""
    connection.execute(
        "INSERT INTO repo_checkins (revision, author, message, changes, payload) "
        "VALUES (%s, %s, %s, %s, %s)",
        [revision, author, message, len(changeset.changes), encode(changeset)],
    )


def checkins(connection: Connection, after: int, limit: int = 1000) -> list[Checkin]:
    """Check-ins after revision *after*, oldest first."""
    rows = connection.execute(
        "SELECT revision, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
        "author, committer, message, changes FROM repo_checkins WHERE revision > %s "
        "ORDER BY revision LIMIT %s",
        [after, limit],
    ).fetchall()
    return [Checkin(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), int(r[5])) for r in rows]


def payloads(connection: Connection, after: int = 0) -> list[bytes]:
    """The payloads of the check-ins after *after*, oldest first (a replay reads them)."""
    rows = connection.execute(
        "SELECT payload FROM repo_checkins WHERE revision > %s ORDER BY revision", [after]
    ).fetchall()
    return [bytes(row[0]) for row in rows]
