"""Read a workspace file's SQLite header without opening it, to refuse bad files untouched.

SQLite keeps the facts we need at fixed offsets of its 100-byte header (page size, page
count, ``user_version``, ``application_id``), so a wrong, truncated or newer file is refused
before any SQLite connection could write to it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from procdesk.store.errors import (
    NotAWorkspaceError,
    WorkspaceDamagedError,
    WorkspaceTooNewError,
)
from procdesk.store.failures import cause
from procdesk.store.layout import APPLICATION_ID, SCHEMA_VERSION

_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class HeaderInfo:
    page_size: int
    page_count: int
    user_version: int
    application_id: int


def read_header(path: Path) -> HeaderInfo:
    """Parse the SQLite header of *path*; NotAWorkspaceError if it has none."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except IsADirectoryError as error:
        raise NotAWorkspaceError(f"{path} is a folder, not a workspace file") from error
    except OSError as error:
        raise NotAWorkspaceError(f"cannot read {path}: {cause(error)}") from error
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise NotAWorkspaceError(f"{path} is not a procdesk workspace (not a SQLite database)")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", header[28:32])
    (user_version,) = struct.unpack(">I", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    return HeaderInfo(page_size, page_count, user_version, application_id)


def check_workspace_file(path: Path) -> HeaderInfo:
    """Refuse, with a message, anything that is not an intact workspace this version can open."""
    info = read_header(path)
    if info.application_id != APPLICATION_ID:
        raise NotAWorkspaceError(
            f"{path} is a SQLite database of another program, not a procdesk workspace"
        )
    if info.user_version > SCHEMA_VERSION:
        raise WorkspaceTooNewError(
            f"{path} was written by a newer procdesk (file format {info.user_version}; "
            f"this version reads up to {SCHEMA_VERSION}): please update procdesk"
        )
    wal = path.with_name(path.name + "-wal")
    expected = info.page_size * info.page_count
    if path.stat().st_size < expected and not wal.exists():
        raise WorkspaceDamagedError(
            f"{path} is damaged: it is shorter than its header says (truncated copy?)"
        )
    return info
