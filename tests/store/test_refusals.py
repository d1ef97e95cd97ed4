"""Bad files are refused with one clear message and left byte-identical (no side files either)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from procdesk.document import Document
from procdesk.store.errors import (
    NotAWorkspaceError,
    WorkspaceDamagedError,
    WorkspaceError,
    WorkspaceTooNewError,
)
from procdesk.store.layout import APPLICATION_ID, SCHEMA_VERSION


def _text_file(path: Path, sample: Path) -> None:
    path.write_text("name,amount\nPaper,12\n")


def _empty_file(path: Path, sample: Path) -> None:
    path.write_bytes(b"")


def _other_sqlite(path: Path, sample: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()


def _truncated(path: Path, sample: Path) -> None:
    data = sample.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _corrupt(path: Path, sample: Path) -> None:
    data = bytearray(sample.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page, len(data) - page, page):
        data[offset + 8 : offset + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))


def _newer(path: Path, sample: Path) -> None:
    path.write_bytes(sample.read_bytes())
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()


def _missing_table(path: Path, sample: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    connection.execute("CREATE TABLE processes (id TEXT)")
    connection.commit()
    connection.close()


CASES: list[tuple[Callable[[Path, Path], None], type[WorkspaceError], str]] = [
    (_text_file, NotAWorkspaceError, "not a SQLite database"),
    (_empty_file, NotAWorkspaceError, "not a SQLite database"),
    (_other_sqlite, NotAWorkspaceError, "another program"),
    (_truncated, WorkspaceDamagedError, "damaged"),
    (_corrupt, WorkspaceDamagedError, "damaged"),
    (_newer, WorkspaceTooNewError, "newer procdesk"),
    (_missing_table, WorkspaceDamagedError, "missing"),
]


@pytest.mark.parametrize(
    ("make", "error", "message"), CASES, ids=lambda c: getattr(c, "__name__", "")
)
@pytest.mark.parametrize("read_only", [False, True])
def test_bad_file_is_refused_untouched(
    tmp_path: Path,
    sample_path: Path,
    make: Callable[[Path, Path], None],
    error: type[WorkspaceError],
    message: str,
    read_only: bool,
) -> None:
    # given a bad file in a folder of its own
    folder = tmp_path / "bad"
    folder.mkdir()
    path = folder / "bad.procdesk"
    make(path, sample_path)
    before = path.read_bytes()
    listing = sorted(p.name for p in folder.iterdir())
    # when it is opened, it is refused with a message that says why
    with pytest.raises(error, match=message):
        Document.open(path, read_only=read_only)
    # then it is byte-identical and nothing else appeared beside it
    assert path.read_bytes() == before
    leftovers = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert leftovers == [n for n in listing if not n.startswith(".")]
    assert all(not p.name.endswith(("-wal", "-shm")) for p in folder.iterdir())


def test_folder_and_missing_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="folder"):
        Document.open(tmp_path)
    with pytest.raises(WorkspaceError, match="does not exist"):
        Document.open(tmp_path / "missing.procdesk")
    assert list(tmp_path.iterdir()) == []
