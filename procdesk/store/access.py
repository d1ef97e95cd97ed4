"""Can this workspace be edited? Asked of the file system before SQLite opens it for writing.

SQLite opens a write-protected file read-only without a word and fails only at the first
write, and in WAL mode it leaves ``-wal``/``-shm`` files behind it; so a workspace that cannot
be written is recognised here first and refused with the reason (or, in the window, opened
read-only). What the file system does not tell in advance (another program's lock, a full
disk) still surfaces as a SQLite error and is described by ``procdesk.store.failures``.
"""

from __future__ import annotations

import os
from pathlib import Path

from procdesk.store.errors import ReadOnlyReason, WorkspaceNotWritableError


def on_read_only_disk(path: Path) -> bool:
    """Whether *path* lies on a file system mounted read-only (where the OS says so)."""
    if not hasattr(os, "statvfs"):
        return False
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def write_refusal(path: Path) -> WorkspaceNotWritableError | None:
    """Why the existing workspace *path* cannot be edited, or None if editing can be tried."""
    folder = path.absolute().parent
    if on_read_only_disk(path):
        reason, why = ReadOnlyReason.DISK, "it is on a read-only disk"
    elif not os.access(path, os.W_OK):
        reason, why = ReadOnlyReason.FILE, "the file is write-protected"
    elif not os.access(folder, os.W_OK | os.X_OK):
        reason, why = ReadOnlyReason.FOLDER, f"its folder {folder} is write-protected"
    else:
        return None
    return WorkspaceNotWritableError(f"cannot edit {path}: {why}", reason)
