"""Opening a workspace file, besides SQLite itself: the checks, the upgrade, the side files.

``WorkspaceStore.open`` runs these in order: ``verify`` refuses a damaged file before anything
is written; ``upgrade`` migrates an older one after keeping a copy; ``provide_concept_tables``
adds the tables of concepts the file has not seen; ``SideFiles`` tidies up after a failure.
Only the upgrade and the new tables need SQLAlchemy (imported then): opening a current file
is the driver's work alone.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from procdesk.store.codec import BASE_TABLES, concept_tables
from procdesk.store.errors import WorkspaceDamagedError
from procdesk.store.failures import cause, database_errors, is_damage, storage_failure
from procdesk.store.sqlite import connect, make_engine

if TYPE_CHECKING:
    from sqlalchemy import Engine


class SideFiles:
    """The ``-wal`` and ``-shm`` files beside a workspace, as they were before it was opened.

    When opening for editing fails half-way (a disk too full for SQLite's WAL index), SQLite
    can leave an empty ``-wal`` and a partial ``-shm`` behind, and a read-only look at the
    file would then fail on them. Files that were not there before, and hold nothing (the
    ``-wal`` is empty), are removed again.
    """

    def __init__(self, path: Path) -> None:
        self.wal = path.with_name(path.name + "-wal")
        self.shm = path.with_name(path.name + "-shm")
        self.existed = self.wal.exists() or self.shm.exists()

    def remove_empty_new_ones(self) -> None:
        if self.existed:
            return
        try:
            if self.wal.exists() and self.wal.stat().st_size > 0:
                return  # it has content: SQLite recovers it at the next open
            self.wal.unlink(missing_ok=True)
            self.shm.unlink(missing_ok=True)
        except OSError:
            pass


def upgrade(path: Path, from_version: int) -> None:
    """Keep a copy ``NAME.vN.bak`` of an older file, then migrate it in one transaction.

    If the migration fails, the data is as it was, but not the bytes: switching the file to
    WAL mode rewrote its header. The copy just made is put back in its place, so the file is
    byte-identical again (and a backup that was not there before is gone with it).
    """
    from procdesk.store.migrations import migrate

    backup = path.with_name(f"{path.name}.v{from_version}.bak")
    made_backup = not backup.exists()
    copied = False
    engine: Engine | None = None
    try:
        shutil.copy2(path, backup)
        copied = True
        engine = make_engine(path)
        with engine.begin() as connection:
            migrate(connection, from_version)
    except BaseException as error:
        if engine is not None:
            engine.dispose()
        with contextlib.suppress(OSError):
            if copied and made_backup:
                os.replace(backup, path)
            elif copied:
                shutil.copy2(backup, path)
            elif made_backup:
                backup.unlink(missing_ok=True)  # a partial copy (the disk filled up)
        if isinstance(error, database_errors()):
            raise storage_failure(path, "upgrade", error) from error
        raise
    engine.dispose()


def verify(path: Path) -> None:
    """Refuse a damaged file or one missing our tables, before anything is written."""
    try:
        connection = connect(path, read_only=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
            names = table_names(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        if is_damage(error):
            raise WorkspaceDamagedError(
                f"{path} is damaged and cannot be read ({cause(error)})"
            ) from error
        raise storage_failure(path, "read", error) from error
    if result != "ok":
        raise WorkspaceDamagedError(f"{path} is damaged: {result}")
    missing = {t.name for t in BASE_TABLES} - names
    if missing:
        raise WorkspaceDamagedError(f"{path} is damaged: table {sorted(missing)[0]} is missing")


def table_names(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in rows}


def provide_concept_tables(connection: sqlite3.Connection, path: Path) -> None:
    """Create the tables of concepts this file has not seen yet (empty: nothing to migrate)."""
    missing = [t for t in concept_tables() if t.name not in table_names(connection)]
    if not missing:
        return
    from procdesk.store.schema import metadata, sa_tables

    engine = make_engine(path)
    try:
        with engine.begin() as transaction:
            metadata.create_all(transaction, tables=sa_tables(missing))
    finally:
        engine.dispose()
