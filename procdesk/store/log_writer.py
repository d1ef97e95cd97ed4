"""Appending to the change log, inside the transaction that writes the change itself.

Both the store's ``write`` and the upgrade that begins the log of an older file add entries
here, through the driver's cursor of the open transaction: an entry and its ChangeSet are
committed together or not at all, so a crash never leaves half an entry.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from procdesk.model.change_log import LogEntry
from procdesk.model.changes import ChangeSet
from procdesk.store.log_codec import encode

INSERT_ENTRY = (
    "INSERT INTO change_log (at, author, action, label, description, changes, payload) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
INSERT_TOUCHED = "INSERT INTO change_log_elements (element_id, seq) VALUES (?, ?)"


def append_entry(
    cursor: sqlite3.Cursor,
    changeset: ChangeSet,
    entry: LogEntry,
    rows: dict[str, tuple[Any, ...]],
) -> int:
    """Add *entry* with *changeset* as its payload; *rows* are the rows just written, by id.
    Returns the entry's number."""
    return append(cursor, entry, len(changeset.changes), encode(changeset, rows), entry.touched)


def append(
    cursor: sqlite3.Cursor, entry: LogEntry, changes: int, payload: bytes, touched: Iterable[str]
) -> int:
    """Add *entry* with a ready *payload* and the ids it *touched*; returns its number."""
    cursor.execute(
        INSERT_ENTRY,
        (
            entry.at,
            entry.author,
            entry.action.value,
            entry.label,
            entry.description,
            changes,
            payload,
        ),
    )
    seq = cursor.lastrowid
    assert seq is not None
    cursor.executemany(INSERT_TOUCHED, [(element_id, seq) for element_id in touched])
    return seq
