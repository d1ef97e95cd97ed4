"""Schema migrations: one function per step from version N to N+1, run in one transaction.

Version 1 kept every weak-point field in JSON; version 2 lifts ``severity`` and ``status``
into columns so that findings can be filtered and sorted in SQL. Version 3 adds a table per
registered concept (``procdesk.model.catalog``): the store creates any that are missing, empty,
whenever it opens a file for editing, so the step itself only marks the file, and an older
procdesk, which would not know those tables, refuses it instead of orphaning their rows.

The steps serve every store that holds these tables: a workspace file, and a team repository
on PostgreSQL (``pg_schema``), which starts at version 4 and marks its version in a table of
its own instead of SQLite's ``user_version``: each store passes its ``mark``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, text

from procdesk.store.log_baseline import write_baseline
from procdesk.store.log_tables import LOG_TABLES
from procdesk.store.schema import SCHEMA_VERSION, metadata


def _v1_to_v2(connection: Connection) -> None:
    connection.execute(
        text("ALTER TABLE weak_points ADD COLUMN severity INTEGER NOT NULL DEFAULT 3")
    )
    connection.execute(
        text("ALTER TABLE weak_points ADD COLUMN status VARCHAR NOT NULL DEFAULT 'open'")
    )
    connection.execute(
        text(
            "UPDATE weak_points SET "
            "severity = coalesce(json_extract(data, '$.severity'), 3), "
            "status = coalesce(json_extract(data, '$.status'), 'open'), "
            "data = json_remove(data, '$.severity', '$.status')"
        )
    )


def _v2_to_v3(connection: Connection) -> None:
    """Nothing to change: the concept tables are created by the store when missing."""


def _v3_to_v4(connection: Connection) -> None:
    metadata.create_all(connection, tables=list(LOG_TABLES))
    write_baseline(connection)


MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}
"""``MIGRATIONS[n]`` upgrades a file of version n to n + 1."""


def mark_workspace_file(connection: Connection, version: int) -> None:
    connection.execute(text(f"PRAGMA user_version = {version}"))


def migrate(
    connection: Connection,
    from_version: int,
    mark: Callable[[Connection, int], None] = mark_workspace_file,
) -> None:
    """Upgrade an open store from *from_version* to ``SCHEMA_VERSION`` and *mark* it so
    (caller commits)."""
    for version in range(from_version, SCHEMA_VERSION):
        MIGRATIONS[version](connection)
    mark(connection, SCHEMA_VERSION)
