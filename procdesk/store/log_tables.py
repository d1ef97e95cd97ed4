"""The change log's tables: one row per persisted ChangeSet, and an index of what it touched.

``change_log`` holds the entry (time, author, action, undo label, sentence) and the ChangeSet
itself as a compact payload (``log_codec``); ``change_log_elements`` lists, per entry, the
ids it touched (``procdesk.model.change_log.touched_ids``), keyed by id first so that the
history of one step or one process is a range scan, newest first, however long the log.

The log is append-only: triggers refuse every UPDATE and DELETE, so not even a bug can
rewrite what happened. ``seq`` is AUTOINCREMENT, never reused.
"""

from __future__ import annotations

from sqlalchemy import (
    DDL,
    Column,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    event,
)

from procdesk.store.schema import metadata

change_log = Table(
    "change_log",
    metadata,
    Column("seq", Integer, primary_key=True),
    Column("at", String, nullable=False),
    Column("author", Text, nullable=False),
    Column("action", String, nullable=False),
    Column("label", Text, nullable=False),
    Column("description", Text, nullable=False),
    Column("changes", Integer, nullable=False),
    Column("payload", LargeBinary, nullable=False),
    sqlite_autoincrement=True,
)

change_log_elements = Table(
    "change_log_elements",
    metadata,
    Column("element_id", String, primary_key=True),
    Column("seq", Integer, ForeignKey("change_log.seq"), primary_key=True),
    sqlite_with_rowid=False,
)

LOG_TABLES: tuple[Table, ...] = (change_log, change_log_elements)


def _append_only(table: Table) -> None:
    for verb in ("UPDATE", "DELETE"):
        trigger = f"{table.name}_no_{verb.lower()}"
        event.listen(
            table,
            "after_create",
            DDL(  # type: ignore[no-untyped-call]
                f"CREATE TRIGGER {trigger} BEFORE {verb} ON {table.name} "
                "BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END"
            ),
        )


for _table in LOG_TABLES:
    _append_only(_table)
