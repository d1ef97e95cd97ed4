"""SQLite connections and engines for workspace files: PRAGMAs, real transactions, read-only
mode, the lock.

The store opens, loads and writes through one connection of the sqlite3 driver
(:func:`connect`); SQLAlchemy engines on the same file (:func:`make_engine`) serve migrations
and queries, and are made only when those are needed. Both set the same PRAGMAs. The driver's
own transaction handling is switched off (``isolation_level=None``) and ``BEGIN`` is sent
explicitly (SQLAlchemy does it on each ``begin``, as its SQLite notes recommend), so that
migrations (DDL) and ChangeSet writes are truly atomic.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock, Timeout

from procdesk.store.errors import (
    ReadOnlyReason,
    WorkspaceError,
    WorkspaceInUseError,
    WorkspaceNotWritableError,
)
from procdesk.store.failures import cause

if TYPE_CHECKING:
    from sqlalchemy import Engine


def _uri(path: Path, read_only: bool) -> str:
    """The file's URI for *read_only* or editing access.

    Read-only access to a file that no one has open (no ``-wal`` beside it) uses SQLite's
    ``immutable`` mode, which creates no ``-wal``/``-shm`` files: looking at a file, or
    refusing a bad one, leaves the folder exactly as it was.
    """
    mode = "rw"
    if read_only:
        in_use = path.with_name(path.name + "-wal").exists()
        mode = "ro" if in_use else "ro&immutable=1"
    return f"{path.resolve().as_uri()}?mode={mode}"


def _configure(connection: sqlite3.Connection, read_only: bool) -> None:
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 2000")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _open(uri: str) -> sqlite3.Connection:
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A driver connection to *path* with WAL, foreign keys and explicit transactions."""
    connection = _open(_uri(path, read_only))
    try:
        _configure(connection, read_only)
    except BaseException:
        connection.close()
        raise
    return connection


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """A SQLAlchemy engine on *path*, its connections set up as :func:`connect` sets one up."""
    return _engine(_uri(path, read_only), lambda opened: _configure(opened, read_only))


def make_new_engine(path: Path) -> Engine:
    """An engine that may create *path* (for a new workspace)."""
    return _engine(f"{path.resolve().as_uri()}?mode=rwc", None)


def _engine(uri: str, configure: Callable[[sqlite3.Connection], None] | None) -> Engine:
    """An engine on *uri* that sends ``BEGIN`` itself and *configure*s each new connection."""
    from sqlalchemy import create_engine, event

    engine = create_engine("sqlite://", creator=lambda: _open(uri))
    if configure is not None:

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
            configure(dbapi_connection)

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
