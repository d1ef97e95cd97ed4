"""SQLite engines for workspace files: PRAGMAs, real transactions, read-only mode, the lock.

The pysqlite driver's own transaction handling is switched off (``isolation_level=None``) and
SQLAlchemy emits ``BEGIN`` itself, as SQLAlchemy's SQLite notes recommend, so that migrations
(DDL) and ChangeSet writes are truly atomic.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event

from procdesk.store.errors import (
    ReadOnlyReason,
    WorkspaceError,
    WorkspaceInUseError,
    WorkspaceNotWritableError,
)
from procdesk.store.failures import cause


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on *path* with WAL, foreign keys and atomic transactions.

    Read-only access to a file that no one has open (no ``-wal`` beside it) uses SQLite's
    ``immutable`` mode, which creates no ``-wal``/``-shm`` files: looking at a file, or
    refusing a bad one, leaves the folder exactly as it was.
    """
    mode = "rw"
    if read_only:
        in_use = path.with_name(path.name + "-wal").exists()
        mode = "ro" if in_use else "ro&immutable=1"
    uri = f"{path.resolve().as_uri()}?mode={mode}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 2000")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def make_new_engine(path: Path) -> Engine:
    """An engine that may create *path* (for a new workspace)."""
    uri = f"{path.resolve().as_uri()}?mode=rwc"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def acquire_lock(path: Path) -> FileLock:
    """Hold the workspace's editing lock; WorkspaceInUseError if another process has it.

    The lock is an OS file lock (flock), so a crashed process never leaves a stale lock.
    """
    lock = FileLock(str(lock_path(path)), timeout=0)
    try:
        lock.acquire()
    except Timeout as error:
        raise WorkspaceInUseError(
            f"{path} is open in another procdesk window; it can be opened read-only"
        ) from error
    except OSError as error:
        message = f"cannot edit {path}: its lock file cannot be made ({cause(error)})"
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise WorkspaceNotWritableError(message, ReadOnlyReason.FOLDER) from error
        raise WorkspaceError(message) from error
    return lock
