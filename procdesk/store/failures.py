"""Operating-system and SQLite errors in words a user can act on, naming the file.

SQLite says "database or disk is full", "attempt to write a readonly database" or "unable to
open database file"; SQLAlchemy wraps that with the SQL and a link. A user needs the file and
the cause in one line ("cannot write to plan.procdesk: the disk is full"), which is what
``storage_failure`` makes of any of them.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
import sys
from pathlib import Path

from procdesk.store.errors import WorkspaceDamagedError, WorkspaceError

_SQLITE_CAUSES = (
    ("SQLITE_FULL", "the disk is full"),
    ("SQLITE_READONLY_DIRECTORY", "its folder is write-protected"),
    ("SQLITE_READONLY_DBMOVED", "the file was moved or deleted while it was open"),
    ("SQLITE_READONLY", "the file is write-protected"),
    ("SQLITE_BUSY", "another program is writing to it"),
    ("SQLITE_LOCKED", "another program is writing to it"),
    ("SQLITE_PERM", "permission denied"),
    ("SQLITE_NOMEM", "out of memory"),
)
"""SQLite result-code names (extended codes start with the primary's) and what they mean."""

_EXPLAINED_WITH_DETAIL = (
    ("SQLITE_CANTOPEN", "it, or the -wal/-shm file SQLite keeps beside it, cannot be opened"),
    ("SQLITE_IOERR", "the disk reported an error"),
)
"""Causes vague enough that SQLite's own words follow in brackets."""

_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
NEEDED_ROOM = 64 * 1024

_OS_CAUSES = {
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EFBIG: "the file is too large for this disk",
    errno.EISDIR: "it is a folder",
    errno.ENOENT: "it does not exist",
}
if hasattr(errno, "EDQUOT"):  # not on every platform
    _OS_CAUSES[errno.EDQUOT] = "the disk quota is used up"


def database_errors() -> tuple[type[BaseException], ...]:
    """The errors a file's storage may raise: the OS's, the driver's and, once something has
    loaded SQLAlchemy (which alone raises its errors), SQLAlchemy's."""
    errors: tuple[type[BaseException], ...] = (OSError, sqlite3.Error)
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_errors is not None:
        errors += (sqlalchemy_errors.SQLAlchemyError,)
    return errors


def _driver_error(error: BaseException) -> BaseException:
    """The sqlite3 error inside a SQLAlchemy error, else *error* itself."""
    original = getattr(error, "orig", None)
    return original if isinstance(original, BaseException) else error


def sqlite_error_name(error: BaseException) -> str:
    """The SQLite result-code name of *error* (``SQLITE_FULL``…), or "" if it has none."""
    driver = _driver_error(error)
    if isinstance(driver, sqlite3.Error):
        return str(getattr(driver, "sqlite_errorname", "") or "")
    return ""


def is_damage(error: BaseException) -> bool:
    """Whether *error* says the file's content is broken (not that it cannot be reached)."""
    return sqlite_error_name(error).startswith(_DAMAGE)


def cause(error: BaseException) -> str:
    """Why an operation failed, in a few words: "the disk is full", "permission denied"…"""
    driver = _driver_error(error)
    name = sqlite_error_name(driver)
    for prefix, words in _SQLITE_CAUSES:
        if name.startswith(prefix):
            return words
    for prefix, words in _EXPLAINED_WITH_DETAIL:
        if name.startswith(prefix):
            return f"{words} ({driver})"
    if isinstance(driver, OSError):
        if driver.errno in _OS_CAUSES:
            return _OS_CAUSES[driver.errno]
        return driver.strerror or str(driver)
    return str(driver)


def disk_nearly_full(path: Path) -> bool:
    """Whether the disk holding *path* has less room than SQLite needs to open it for writing
    (its 32 KiB WAL index and a few pages of log)."""
    try:
        return shutil.disk_usage(path.absolute().parent).free < NEEDED_ROOM
    except OSError:
        return False


def storage_failure(path: Path, doing: str, error: BaseException) -> WorkspaceError:
    """The WorkspaceError to raise when *doing* (e.g. "write to") *path* failed with *error*.

    SQLite reports a disk too full for its WAL index as an I/O error or as a file it cannot
    open; the free space tells which it was.
    """
    if is_damage(error):
        return WorkspaceDamagedError(f"{path} is damaged ({_driver_error(error)})")
    name = sqlite_error_name(error)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) and disk_nearly_full(path):
        return WorkspaceError(f"cannot {doing} {path}: the disk is full")
    return WorkspaceError(f"cannot {doing} {path}: {cause(error)}")
