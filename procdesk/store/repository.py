"""The workspace file as a store: create, open (with refusals and migration), load, write.

``write`` persists one ChangeSet in one transaction: removed rows are deleted, added and
updated rows are upserted, the change log gains its entry (``log_tables``), and deferred
foreign keys are checked at commit.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock
from sqlalchemy import Connection, Engine, Table, select, text
from sqlalchemy.exc import SQLAlchemyError

from procdesk.files import umask
from procdesk.model.change_log import Action, LogEntry, entry_for
from procdesk.model.changes import Change, ChangeSet
from procdesk.model.elements import Entity
from procdesk.model.workspace import Workspace
from procdesk.store import schema
from procdesk.store.codec import BASE_TABLES, concept_tables, from_row, table_of, tables
from procdesk.store.errors import WorkspaceDamagedError, WorkspaceError
from procdesk.store.fileinfo import check_workspace_file
from procdesk.store.log_reader import LogReader
from procdesk.store.log_tables import LOG_TABLES
from procdesk.store.log_writer import append_entry
from procdesk.store.migrations import migrate
from procdesk.store.rows import row_values
from procdesk.store.sqlite import acquire_lock, make_engine, make_new_engine

SUFFIX = ".procdesk"


_BATCH = 500
"""Ids per DELETE statement (SQLite limits the number of bound parameters)."""


@dataclass(frozen=True, slots=True)
class _Upsert:
    """``INSERT … ON CONFLICT(id) DO UPDATE`` for one table, with its column order."""

    sql: str
    columns: tuple[str, ...]

    @classmethod
    def of(cls, table: Table) -> _Upsert:
        columns = tuple(c.name for c in table.columns)
        names = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        sql = (
            f"INSERT INTO {table.name} ({names}) VALUES ({marks}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}"
        )
        return cls(sql, columns)


_UPSERT_SQL: dict[str, _Upsert] = {}


def _upsert(table_name: str) -> _Upsert:
    upsert = _UPSERT_SQL.get(table_name)
    if upsert is None:
        table = next(t for t in tables() if t.name == table_name)
        upsert = _UPSERT_SQL[table_name] = _Upsert.of(table)
    return upsert


class WorkspaceStore:
    """One open workspace file. Use ``create`` or ``open``; ``close`` when done."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock | None, read_only: bool):
        self.path = path
        self.read_only = read_only
        self._engine = engine
        self._lock = lock

    # opening -----------------------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: Path, entities: list[Entity] | None = None, author: str = ""
    ) -> WorkspaceStore:
        """Create a new workspace file at *path* (which must not exist), holding *entities*.

        The file is built under a temporary name and renamed into place, so *path* either
        does not exist or is a complete workspace. Its change log starts with the entities,
        written by *author*.
        """
        path = Path(path)
        if path.exists():
            raise WorkspaceError(f"{path} already exists")
        if not path.parent.is_dir():
            raise WorkspaceError(f"cannot create {path}: folder {path.parent} does not exist")
        try:
            handle, temp_name = tempfile.mkstemp(
                prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
            )
        except OSError as error:
            raise WorkspaceError(f"cannot create {path}: {error.strerror}") from error
        os.close(handle)
        temp = Path(temp_name)
        try:
            temp.unlink()
            engine = make_new_engine(temp)
            with engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id = {schema.APPLICATION_ID}")
                connection.exec_driver_sql(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
                schema.metadata.create_all(connection, tables=[*tables(), *LOG_TABLES])
            engine.dispose()
            store = cls(temp, make_engine(temp), None, read_only=False)
            try:
                content = ChangeSet(tuple(_added(entities or [])))
                store.write(content, entry_for(content, Workspace(), Action.CREATE, author))
            finally:
                store.close()
            os.replace(temp, path)
        except (OSError, SQLAlchemyError) as error:
            for leftover in (
                temp,
                temp.with_name(temp.name + "-wal"),
                temp.with_name(temp.name + "-shm"),
            ):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise WorkspaceError(f"cannot create {path}: {reason(error)}") from error
        return cls.open(path)

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> WorkspaceStore:
        """Open an existing workspace, refusing bad files without changing a byte of them."""
        path = Path(path)
        if not path.exists():
            raise WorkspaceError(f"{path} does not exist")
        info = check_workspace_file(path)
        lock = None if read_only else acquire_lock(path)
        try:
            _verify(make_engine(path, read_only=True), path)
            engine = make_engine(path, read_only=read_only)
            if info.user_version < schema.SCHEMA_VERSION:
                if read_only:
                    raise WorkspaceError(
                        f"{path} is in an older format; open it for editing once to upgrade it"
                    )
                engine.dispose()
                backup = path.with_name(f"{path.name}.v{info.user_version}.bak")
                shutil.copy2(path, backup)
                engine = make_engine(path)
                with engine.begin() as connection:
                    migrate(connection, info.user_version)
            if not read_only:
                _provide_concept_tables(engine)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(path, engine, lock, read_only)

    def close(self) -> None:
        self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # reading and writing -----------------------------------------------------------------------
    def load(self) -> list[Entity]:
        """Every entity in the file (Core rows, no ORM objects: loading stays fast)."""
        entities: list[Entity] = []
        try:
            with self._engine.connect() as connection:
                present = _table_names(connection)
                for table in tables():
                    if table.name not in present:  # a concept newer than a read-only file
                        continue
                    for row in connection.execute(select(table)).mappings():
                        entities.append(from_row(table, row))
        except (SQLAlchemyError, ValueError, KeyError, TypeError) as error:
            raise WorkspaceDamagedError(f"{self.path} is damaged: {reason(error)}") from error
        return entities

    @property
    def log(self) -> LogReader:
        """Queries on this file's change log."""
        return LogReader(self._engine)

    def write(self, changeset: ChangeSet, entry: LogEntry) -> None:
        """Persist *changeset* and its change log *entry* in one transaction (all of it or,
        on error, none of it).

        Rows go to SQLite through the driver's ``executemany`` with the JSON column encoded
        here: for an import of thousands of elements that halves the time SQLAlchemy's
        per-row parameter processing takes, and for a single edit it changes nothing.
        """
        if self.read_only:
            raise WorkspaceError(f"{self.path} is open read-only")
        removed: dict[str, list[str]] = defaultdict(list)
        upserts: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        written: dict[str, tuple[Any, ...]] = {}
        for change in changeset.changes:
            if change.after is None:
                removed[table_of(change.entity).name].append(change.id)
            else:
                table = table_of(change.after).name
                row = written[change.id] = row_values(change.after)
                upserts[table].append(row)
        with self._engine.begin() as connection:
            cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
            try:
                for name, ids in removed.items():
                    for start in range(0, len(ids), _BATCH):
                        chunk = ids[start : start + _BATCH]
                        marks = ",".join("?" * len(chunk))
                        cursor.execute(f"DELETE FROM {name} WHERE id IN ({marks})", chunk)
                for name, rows in upserts.items():
                    cursor.executemany(_upsert(name).sql, rows)
                append_entry(cursor, changeset, entry, written)
            finally:
                cursor.close()

    def backup_to(self, destination: Path) -> None:
        """Copy the workspace, consistent, to *destination* with SQLite's online backup."""
        destination = Path(destination)
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent
        )
        os.close(handle)
        try:
            raw = self._engine.raw_connection()
            try:
                source = raw.driver_connection
                assert isinstance(source, sqlite3.Connection)
                target = sqlite3.connect(temp_name)
                try:
                    source.backup(target)
                    target.execute("PRAGMA journal_mode = WAL")
                finally:
                    target.close()
            finally:
                raw.close()
            os.chmod(temp_name, 0o666 & ~umask())
            os.replace(temp_name, destination)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            raise


def reason(error: BaseException) -> str:
    """The useful part of a database error: the driver's message, without SQL and links."""
    original = getattr(error, "orig", None)
    if original is not None:
        return str(original)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def _verify(engine: Engine, path: Path) -> None:
    """Refuse a damaged file or one missing our tables, before anything is written."""
    try:
        with engine.connect() as connection:
            result = connection.execute(text("PRAGMA quick_check")).scalar()
            names = {
                row[0]
                for row in connection.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'table'")
                )
            }
    except SQLAlchemyError as error:
        raise WorkspaceDamagedError(
            f"{path} is damaged and cannot be read ({reason(error)})"
        ) from error
    finally:
        engine.dispose()
    if result != "ok":
        raise WorkspaceDamagedError(f"{path} is damaged: {result}")
    missing = {t.name for t in BASE_TABLES} - names
    if missing:
        raise WorkspaceDamagedError(f"{path} is damaged: table {sorted(missing)[0]} is missing")


def _table_names(connection: Connection) -> set[str]:
    rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
    return {row[0] for row in rows}


def _provide_concept_tables(engine: Engine) -> None:
    """Create the tables of concepts this file has not seen yet (empty: nothing to migrate)."""
    with engine.connect() as connection:
        missing = [t for t in concept_tables() if t.name not in _table_names(connection)]
    if missing:
        with engine.begin() as connection:
            schema.metadata.create_all(connection, tables=missing)


def _added(entities: list[Entity]) -> list[Change]:
    return [Change(None, e) for e in entities]
