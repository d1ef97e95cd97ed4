"""Schema migrations: one function per step from version N to N+1, run in one transaction.

Version 1 kept every weak-point field in JSON; version 2 lifts ``severity`` and ``status``
into columns so that findings can be filtered and sorted in SQL. Version 3 adds a table per
registered concept (``procdesk.model.catalog``): the store creates any that are missing, empty,
whenever it opens a file for editing, so the step itself only marks the file, and an older
procdesk, which would not know those tables, refuses it instead of orphaning their rows.
The same step gives exclusive gateways their ``marker_visible`` field (see
:func:`_gateway_markers`). Version 4 begins the change log with what the file holds.

The steps serve every store that holds these tables: a workspace file, and a team repository
on PostgreSQL (``pg_schema``), which starts at version 4 and marks its version in a table of
its own instead of SQLite's ``user_version``: each store passes its ``mark``.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import Connection, text

from procdesk.store.layout import SCHEMA_VERSION
from procdesk.store.log_baseline import write_baseline
from procdesk.store.log_tables import LOG_TABLES
from procdesk.store.schema import metadata


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


_DI_HINT = "{urn:procdesk:hint}di"
_DI_ATTRIBUTES_HINT = "{urn:procdesk:hint}di-attrs"


def _v2_to_v3(connection: Connection) -> None:
    """The concept tables are created by the store when missing; gateways get their X."""
    _gateway_markers(connection)


def marker_from_kept_di(attributes: list[list[str]]) -> bool:
    """Whether an exclusive gateway shows its X, by what procdesk 0.1 kept of its BPMN DI.

    0.1 kept a shape's DI id (hint ``di``) and every DI attribute it had no field for (hint
    ``di-attrs``, JSON pairs) in the element's foreign attributes. A gateway with a DI shows
    the X only where that said ``isMarkerVisible="true"`` (as bpmn-js draws it); one without
    a DI was drawn in procdesk or laid out on import, and procdesk's own show the X.
    """
    hints = {name: value for name, value in attributes}
    if _DI_HINT not in hints:
        return True
    try:
        kept = json.loads(hints.get(_DI_ATTRIBUTES_HINT, "[]"))
        return any(pair == ["isMarkerVisible", "true"] for pair in kept)
    except (TypeError, ValueError):
        return False


def _gateway_markers(connection: Connection) -> None:
    """Set ``marker_visible`` on every exclusive gateway stored without it.

    The field came after 0.1 (schema 2); read with its default, an imported gateway whose file
    hid the X would show it and export ``isMarkerVisible="true"``. Done in this step, not a
    later one: it is the step every released file takes, and it comes before version 4 writes
    the change log's first entry, which must hold the corrected gateways.
    """
    rows = connection.execute(
        text(
            "SELECT id, data FROM elements WHERE type = 'Step' "
            "AND json_extract(data, '$.kind') = 'exclusiveGateway' "
            "AND json_type(data, '$.marker_visible') IS NULL"
        )
    ).all()
    for element_id, stored in rows:
        data = json.loads(stored)
        foreign = data.get("foreign") or {}
        data["marker_visible"] = marker_from_kept_di(foreign.get("attributes") or [])
        connection.execute(
            text("UPDATE elements SET data = :data WHERE id = :id"),
            {"data": json.dumps(data, ensure_ascii=False), "id": element_id},
        )


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
