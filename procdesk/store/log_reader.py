"""Reading the change log: pages of entries, newest first, by indexed queries.

A History panel on a log of 100,000 entries must open at once, so nothing here reads more
than a page: entries are asked for "older than seq N" (keyset paging on the primary key, or
on the ``(element_id, seq)`` index for one element or process), filtered in SQL by date range
and text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, text

from procdesk.model.change_log import Action, LogEntry

_COLUMNS = "l.seq, l.at, l.author, l.action, l.label, l.description, l.changes"


@dataclass(frozen=True, slots=True)
class LogFilter:
    """Which entries to show: of one element (or process), in a date range, containing text.

    ``since`` and ``until`` are ISO times in UTC as the log writes them (``until`` is
    exclusive); ``words`` is matched, ignoring case, against the sentence, the undo label
    and the author.
    """

    element_id: str | None = None
    since: str | None = None
    until: str | None = None
    words: str = ""


class LogReader:
    """Queries on the change log of one open workspace file."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def page(
        self, where: LogFilter, older_than: int | None = None, limit: int = 200
    ) -> list[LogEntry]:
        """Up to *limit* entries matching *where*, newest first, all older than *older_than*."""
        return self._query(where, "<", older_than, limit)

    def newer(self, where: LogFilter, than: int, limit: int = 1000) -> list[LogEntry]:
        """Entries matching *where* written after entry *than*, newest first."""
        return self._query(where, ">", than, limit)

    def last_seq(self) -> int:
        """The number of the newest entry (0 for an empty log)."""
        with self._engine.connect() as connection:
            value = connection.execute(text("SELECT max(seq) FROM change_log")).scalar()
        return int(value or 0)

    def count(self) -> int:
        with self._engine.connect() as connection:
            value = connection.execute(text("SELECT count(*) FROM change_log")).scalar()
        return int(value or 0)

    def touched(self, seq: int) -> tuple[str, ...]:
        """The ids entry *seq* touched."""
        with self._engine.connect() as connection:
            rows = connection.execute(
                text("SELECT element_id FROM change_log_elements WHERE seq = :seq"), {"seq": seq}
            )
            return tuple(row[0] for row in rows)

    def payloads(self, after: int = 0, up_to: int | None = None) -> Iterator[tuple[int, bytes]]:
        """``(seq, payload)`` of every entry after *after* (up to *up_to*), oldest first."""
        sql = "SELECT seq, payload FROM change_log WHERE seq > :after"
        parameters: dict[str, Any] = {"after": after}
        if up_to is not None:
            sql += " AND seq <= :up_to"
            parameters["up_to"] = up_to
        with self._engine.connect() as connection:
            for seq, payload in connection.execute(text(sql + " ORDER BY seq"), parameters):
                yield int(seq), bytes(payload)

    def _query(
        self, where: LogFilter, direction: str, bound: int | None, limit: int
    ) -> list[LogEntry]:
        conditions: list[str] = []
        parameters: dict[str, Any] = {"limit": limit}
        if where.element_id is not None:
            source = "change_log_elements e JOIN change_log l ON l.seq = e.seq"
            key = "e.seq"
            conditions.append("e.element_id = :element")
            parameters["element"] = where.element_id
        else:
            source, key = "change_log l", "l.seq"
        if bound is not None:
            conditions.append(f"{key} {direction} :bound")
            parameters["bound"] = bound
        if where.since:
            conditions.append("l.at >= :since")
            parameters["since"] = where.since
        if where.until:
            conditions.append("l.at < :until")
            parameters["until"] = where.until
        if where.words.strip():
            conditions.append(
                "(l.description LIKE :words ESCAPE '\\' OR l.label LIKE :words ESCAPE '\\' "
                "OR l.author LIKE :words ESCAPE '\\')"
            )
            parameters["words"] = f"%{_escaped(where.words.strip())}%"
        clause = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        sql = f"SELECT {_COLUMNS} FROM {source}{clause} ORDER BY {key} DESC LIMIT :limit"
        with self._engine.connect() as connection:
            rows = connection.execute(text(sql), parameters).all()
        return [
            LogEntry(
                seq=int(row[0]),
                at=row[1],
                author=row[2],
                action=Action(row[3]),
                label=row[4],
                description=row[5],
                changes=int(row[6]),
            )
            for row in rows
        ]


def _escaped(words: str) -> str:
    """*words* with LIKE's wildcards taken literally."""
    return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
