"""The workspace file as a store: create, open (with refusals and migration), load, write.

``write`` persists one ChangeSet in one transaction: removed rows are deleted, added and
updated rows are upserted, the change log gains its entry (``log_tables``), and deferred
foreign keys are checked at commit.

Opening, loading and writing go through one connection of the sqlite3 driver, and so need
nothing but the table layouts; a SQLAlchemy engine on the same file is made the first time
something asks for one (a new file's tables, a migration, ``query``, the change log's
reader), so that a scripted import never loads SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from filelock import FileLock

from procdesk.files import umask
from procdesk.model.change_log import Action, LogEntry, entry_for
from procdesk.model.changes import Change, ChangeSet
from procdesk.model.elements import Entity
from procdesk.model.workspace import Workspace
from procdesk.store.access import write_refusal
from procdesk.store.codec import from_row, table_of, tables
from procdesk.store.errors import WorkspaceDamagedError, WorkspaceError
from procdesk.store.failures import cause, database_errors, is_damage, storage_failure
from procdesk.store.fileinfo import check_workspace_file
from procdesk.store.layout import APPLICATION_ID, SCHEMA_VERSION, TableLayout
from procdesk.store.log_writer import append_entry
from procdesk.store.opening import (
    SideFiles,
    provide_concept_tables,
    table_names,
    upgrade,
    verify,
)
from procdesk.store.rows import row_values
from procdesk.store.sqlite import acquire_lock, connect, make_engine, make_new_engine

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from procdesk.store.log_reader import LogReader

SUFFIX = ".procdesk"

T = TypeVar("T")
Rider = Callable[[sqlite3.Cursor, int], None]
"""Work done in an edit's transaction after its change log entry (given the entry's number)."""


_BATCH = 500
"""Ids per DELETE statement (SQLite limits the number of bound parameters)."""


@dataclass(frozen=True, slots=True)
class _Upsert:
    """``INSERT … ON CONFLICT(id) DO UPDATE`` for one table, with its column order."""

    sql: str
    columns: tuple[str, ...]

    @classmethod
    def of(cls, table: TableLayout) -> _Upsert:
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

    def __init__(
        self, path: Path, connection: sqlite3.Connection, lock: FileLock | None, read_only: bool
    ):
        self.path = path
        self.read_only = read_only
        self._connection = connection
        self._engine: Engine | None = None
        self._lock = lock
        self._riders: list[Rider] = []

    @property
    def engine(self) -> Engine:
        """A SQLAlchemy engine on the file (made, and SQLAlchemy loaded, at the first call)."""
        if self._engine is None:
            self._engine = make_engine(self.path, read_only=self.read_only)
        return self._engine

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
        if path.is_dir():
            raise WorkspaceError(f"{path} is a folder; give the new workspace a file name")
        if path.exists():
            raise WorkspaceError(f"{path} already exists")
        if not path.parent.is_dir():
            raise WorkspaceError(f"cannot create {path}: folder {path.parent} does not exist")
        try:
            handle, temp_name = tempfile.mkstemp(
                prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
            )
        except OSError as error:
            raise WorkspaceError(f"cannot create {path}: {cause(error)}") from error
        os.close(handle)
        temp = Path(temp_name)
        try:
            temp.unlink()
            _create_tables(temp)
            store = cls(temp, connect(temp), None, read_only=False)
            try:
                content = ChangeSet(tuple(_added(entities or [])))
                store.write(content, entry_for(content, Workspace(), Action.CREATE, author))
            finally:
                store.close()
            os.replace(temp, path)
        except database_errors() as error:
            for leftover in (
                temp,
                temp.with_name(temp.name + "-wal"),
                temp.with_name(temp.name + "-shm"),
            ):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise WorkspaceError(f"cannot create {path}: {cause(error)}") from error
        return cls.open(path)

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> WorkspaceStore:
        """Open an existing workspace, refusing bad files without changing a byte of them.

        For editing, a file that cannot be written (write-protected, in a write-protected
        folder or on a read-only disk) is refused before SQLite or the lock touch anything:
        WorkspaceNotWritableError, whose ``reason`` lets the window open it read-only instead.
        """
        path = Path(path)
        if not path.exists():
            raise WorkspaceError(f"{path} does not exist")
        info = check_workspace_file(path)
        if not read_only and (refusal := write_refusal(path)) is not None:
            raise refusal
        verify(path)
        lock = None if read_only else acquire_lock(path)
        side_files = SideFiles(path)
        connection: sqlite3.Connection | None = None
        try:
            if info.user_version < SCHEMA_VERSION:
                if read_only:
                    raise WorkspaceError(
                        f"{path} is in an older format; open it for editing once to upgrade it"
                    )
                upgrade(path, info.user_version)
            connection = connect(path, read_only=read_only)
            if not read_only:
                provide_concept_tables(connection, path)
        except BaseException as error:
            if connection is not None:
                connection.close()
            side_files.remove_empty_new_ones()
            if lock is not None:
                lock.release()
            if isinstance(error, database_errors()):
                raise storage_failure(path, "open" if read_only else "edit", error) from error
            raise
        return cls(path, connection, lock, read_only)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self._connection.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # reading and writing -----------------------------------------------------------------------
    def load(self) -> list[Entity]:
        """Every entity in the file (Core rows, no ORM objects: loading stays fast)."""
        entities: list[Entity] = []
        try:
            present = table_names(self._connection)
            cursor = self._connection.cursor()
            try:
                for table in tables():
                    if table.name not in present:  # a concept newer than a read-only file
                        continue
                    # the JSON column last, where the rows are decoded (SQLAlchemy's JSON type
                    # gave it parsed; the driver gives text)
                    names = (*(n for n in table.column_names if n != "data"), "data")
                    cursor.execute(f"SELECT {', '.join(names)} FROM {table.name}")
                    entities.extend(
                        from_row(table, dict(zip(names, _decoded(row), strict=True)))
                        for row in cursor
                    )
            finally:
                cursor.close()
        except sqlite3.Error as error:
            if is_damage(error):
                raise WorkspaceDamagedError(f"{self.path} is damaged: {cause(error)}") from error
            raise storage_failure(self.path, "read", error) from error
        except (ValueError, KeyError, TypeError) as error:
            raise WorkspaceDamagedError(f"{self.path} is damaged: {cause(error)}") from error
        return entities

    @property
    def log(self) -> LogReader:
        """Queries on this file's change log."""
        from procdesk.store.log_reader import LogReader

        return LogReader(self.engine)

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

        def persist(cursor: sqlite3.Cursor) -> None:
            for name, ids in removed.items():
                for start in range(0, len(ids), _BATCH):
                    chunk = ids[start : start + _BATCH]
                    marks = ",".join("?" * len(chunk))
                    cursor.execute(f"DELETE FROM {name} WHERE id IN ({marks})", chunk)
            for name, rows in upserts.items():
                cursor.executemany(_upsert(name).sql, rows)
            seq = append_entry(cursor, changeset, entry, written)
            for rider in self._riders:
                rider(cursor, seq)

        self.in_transaction(persist)

    @contextlib.contextmanager
    def riding_along(self, rider: Rider) -> Iterator[None]:
        """Within the block, every write also runs *rider* in its transaction, with the
        number of the change log entry just written (store-level facts that must change
        with an edit or not at all: where a checked-out workspace stands)."""
        self._riders.append(rider)
        try:
            yield
        finally:
            self._riders.remove(rider)

    def in_transaction(self, work: Callable[[sqlite3.Cursor], T]) -> T:
        """Run *work* on a cursor of one transaction of its own (committed when it returns)."""
        if self.read_only:
            raise WorkspaceError(f"{self.path} is open read-only")
        connection = self._connection
        try:
            cursor = connection.cursor()
            try:
                cursor.execute("BEGIN")
                try:
                    result = work(cursor)
                    cursor.execute("COMMIT")
                except BaseException:
                    if connection.in_transaction:
                        connection.rollback()
                    raise
            finally:
                cursor.close()
        except sqlite3.Error as error:
            raise storage_failure(self.path, "write to", error) from error
        return result

    def read(self, work: Callable[[sqlite3.Cursor], T]) -> T:
        """Run *work* on a cursor for reading (the store's own connection: no SQLAlchemy)."""
        try:
            cursor = self._connection.cursor()
            try:
                return work(cursor)
            finally:
                cursor.close()
        except sqlite3.Error as error:
            raise storage_failure(self.path, "read", error) from error

    def query(self, work: Callable[[Connection], T]) -> T:
        """Run *work* on a SQLAlchemy connection for reading."""
        try:
            with self.engine.connect() as connection:
                return work(connection)
        except database_errors() as error:
            raise storage_failure(self.path, "read", error) from error

    def backup_to(self, destination: Path) -> None:
        """Copy the workspace, consistent, to *destination* with SQLite's online backup."""
        destination = Path(destination)
        temp_name = ""
        try:
            handle, temp_name = tempfile.mkstemp(
                prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent
            )
            os.close(handle)
            target = sqlite3.connect(temp_name)
            try:
                self._connection.backup(target)
                target.execute("PRAGMA journal_mode = WAL")
            finally:
                target.close()
            os.chmod(temp_name, 0o666 & ~umask())
            os.replace(temp_name, destination)
        except BaseException as error:
            if temp_name:
                for leftover in (temp_name, f"{temp_name}-wal", f"{temp_name}-shm"):
                    with contextlib.suppress(OSError):
                        os.unlink(leftover)
            if isinstance(error, database_errors()):
                raise storage_failure(destination, "write", error) from error
            raise


def _create_tables(path: Path) -> None:
    """Make *path* a workspace file with every table and no content."""
    from procdesk.store.log_tables import LOG_TABLES
    from procdesk.store.schema import metadata, sa_tables

    engine = make_new_engine(path)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            metadata.create_all(connection, tables=[*sa_tables(tables()), *LOG_TABLES])
    finally:
        engine.dispose()


def _decoded(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A row with its last column, ``data``, parsed from JSON."""
    *values, data = row
    return (*values, json.loads(data) if data is not None else None)


def _added(entities: list[Entity]) -> list[Change]:
    return [Change(None, e) for e in entities]
