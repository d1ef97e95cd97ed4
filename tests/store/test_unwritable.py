"""Workspaces that cannot be written, or not completely: refused or opened read-only with the
reason, every failure in one sentence naming the file, and the file left byte-identical."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from procdesk.document import Document
from procdesk.model.history import PersistError
from procdesk.store.errors import (
    ReadOnlyReason,
    WorkspaceDamagedError,
    WorkspaceError,
    WorkspaceInUseError,
)
from tests import unwritable
from tests.store.test_migration import make_v1_file

ROOT = Path(__file__).resolve().parents[2]


def test_a_workspace_another_process_edits_opens_read_only_with_the_reason(
    sample_doc: Document, sample_path: Path
) -> None:
    # given the sample open for editing
    # when it is opened again, for editing if possible
    with Document.open_or_read_only(sample_path) as second:
        # then it is open read-only, and says why
        assert second.read_only and second.read_only_reason == ReadOnlyReason.IN_USE
    with pytest.raises(WorkspaceInUseError) as refused:
        Document.open(sample_path)
    assert refused.value.reason == ReadOnlyReason.IN_USE


def test_a_write_blocked_by_another_program_names_the_file_and_the_cause(
    sample_doc: Document, sample_path: Path
) -> None:
    # given another program in the middle of a write transaction
    blocker = sqlite3.connect(sample_path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    process = sample_doc.workspace.processes()[0]
    try:
        # when an edit is made, then it is refused in one sentence
        with pytest.raises(PersistError) as refused:
            sample_doc.editor.rename(process.id, "Never stored")
    finally:
        blocker.close()
    assert str(refused.value) == f"cannot write to {sample_path}: another program is writing to it"


def test_a_folder_where_the_log_belongs_is_a_reason_not_damage(sample_path: Path) -> None:
    # given a folder where SQLite keeps the workspace's write-ahead log
    (sample_path.parent / f"{sample_path.name}-wal").mkdir()
    before = sample_path.read_bytes()
    # when it is opened, then the message says what cannot be opened, and calls nothing damaged
    for read_only in (True, False):
        with pytest.raises(WorkspaceError, match="-wal/-shm") as refused:
            Document.open(sample_path, read_only=read_only)
        assert not isinstance(refused.value, WorkspaceDamagedError)
        assert str(sample_path) in str(refused.value)
    assert sample_path.read_bytes() == before


def test_an_upgrade_that_fails_leaves_the_file_byte_identical(tmp_path: Path) -> None:
    # given an old workspace that its upgrade cannot handle (a column it adds is there already)
    path = tmp_path / "old.procdesk"
    make_v1_file(path)
    connection = sqlite3.connect(path)
    connection.execute("ALTER TABLE weak_points ADD COLUMN severity INTEGER")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    # when it is opened for editing, then it is refused with the reason
    with pytest.raises(WorkspaceError, match=r"cannot upgrade .*duplicate column name"):
        Document.open(path)
    # and the file is byte-identical (not even switched to WAL), with no backup or log beside it
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".old.procdesk.lock", "old.procdesk"]


SAVE_AS = """
import sys
from procdesk.document import Document
with Document.open(sys.argv[1], read_only=True) as document:
    try:
        document.save_as(sys.argv[2])
    except Exception as error:
        print(type(error).__name__, error)
"""


def test_save_as_onto_a_full_disk_says_so_and_leaves_nothing_there(
    sample_path: Path, tmp_path: Path
) -> None:
    # given a disk with room for less than the workspace
    prefix = unwritable.private_mounts()
    if prefix is None:
        pytest.skip(unwritable.NO_MOUNTS)
    disk = tmp_path / "disk"
    disk.mkdir()
    target = disk / "copy.procdesk"
    # when the workspace is saved as a copy there
    done = unwritable.run(
        [sys.executable, "-c", SAVE_AS, str(sample_path), str(target)],
        prefix=prefix,
        setup=unwritable.tiny_disk(disk, 48 * 1024),
        teardown=f"ls -A {disk}",
        cwd=ROOT,
    )
    # then it says the disk is full, names the copy, and no temporary file is left on the disk
    assert done.returncode == 0, done.stderr
    message, *listing = done.stdout.splitlines()
    assert message == f"WorkspaceError cannot write {target}: the disk is full"
    assert listing == []
