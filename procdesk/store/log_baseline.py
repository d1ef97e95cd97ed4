"""The first entry of a change log begun on a file that already has content.

A file written before procdesk kept a change log gains the log when it is upgraded (schema
version 4). Its first entry adds everything the file held, row by row as stored, so that
replaying the log from an empty workspace still gives the workspace: what a check-in to a
team repository will rely on.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

from procdesk.identity import current_author
from procdesk.model.change_log import Action, LogEntry, utc_now
from procdesk.store.codec import tables
from procdesk.store.log_codec import encode_rows
from procdesk.store.log_writer import append
from procdesk.text import tr


def write_baseline(connection: Connection) -> None:
    """Log every row the file holds as one entry (nothing when the file is empty)."""
    present = {
        row[0]
        for row in connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
    }
    stored: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
    for table in tables():
        if table.name not in present:
            continue
        result = connection.execute(text(f"SELECT * FROM {table.name}"))
        rows = [tuple(row) for row in result]
        stored[table.name] = (list(result.keys()), rows)
    ids = [str(row[names.index("id")]) for names, rows in stored.values() for row in rows]
    if not ids:
        return
    entry = LogEntry(
        at=utc_now(),
        author=current_author(),
        action=Action.BASELINE,
        label=tr("Change log begun"),
        description=tr("The workspace as it was when its change log began"),
    )
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        append(cursor, entry, len(ids), encode_rows(stored), ids)
    finally:
        cursor.close()
