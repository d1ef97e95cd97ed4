"""The workspace file: every edit persisted, reopened equal, Save As, read-only, the lock."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from procdesk.document import Document
from procdesk.model.compliance import Control, ControlRequirement, Requirement
from procdesk.model.elements import Step
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.portfolio import Framework, FrameworkBaseline, Initiative
from procdesk.model.roles import Role
from procdesk.sample import build_sample
from procdesk.store.errors import WorkspaceError, WorkspaceInUseError
from tests.builders import snapshot


def reopened(path: Path) -> dict[str, object]:
    with Document.open(path, read_only=True) as document:
        return snapshot(document.workspace)


def test_sample_round_trips_through_the_file(sample_path: Path) -> None:
    # the file holds exactly what the builder made (ids aside, which are random per build)
    state = reopened(sample_path)
    built = build_sample()
    assert sorted(type(e).__name__ for e in state.values()) == sorted(
        type(e).__name__ for e in built
    )


def test_each_edit_undo_and_redo_is_on_disk_at_once(
    sample_doc: Document, sample_path: Path
) -> None:
    step = next(s for s in sample_doc.workspace if isinstance(s, Step))
    sample_doc.editor.rename(step.id, "Zażółć gęślą jaźń ✓")
    assert reopened(sample_path) == snapshot(sample_doc.workspace)
    sample_doc.history.undo()
    assert reopened(sample_path) == snapshot(sample_doc.workspace)
    sample_doc.history.redo()
    assert reopened(sample_path)[step.id].name == "Zażółć gęślą jaźń ✓"  # type: ignore[attr-defined]


def test_delete_and_undo_cascade_persist(sample_doc: Document, sample_path: Path) -> None:
    process = sample_doc.workspace.processes()[0]
    sample_doc.editor.delete([process.id])
    # only the workspace-wide registers and the role list stay: initiatives lose their links,
    # controls their steps, not themselves
    left = reopened(sample_path)
    assert left == snapshot(sample_doc.workspace)
    assert {type(e) for e in left.values()} == {
        Initiative,
        Framework,
        FrameworkBaseline,
        Role,
        Requirement,
        Control,
        ControlRequirement,
    }
    sample_doc.history.undo()
    assert reopened(sample_path) == snapshot(sample_doc.workspace)


def test_failed_write_leaves_memory_equal_to_disk(sample_doc: Document, sample_path: Path) -> None:
    # given the file becomes unwritable under our feet (another program locks it)
    blocker = sqlite3.connect(sample_path, timeout=0.1)
    blocker.execute("BEGIN EXCLUSIVE")
    step = next(s for s in sample_doc.workspace if isinstance(s, Step))
    before = snapshot(sample_doc.workspace)
    try:
        # when an edit is made, it fails with a message and memory is reverted
        with pytest.raises(PersistError):
            sample_doc.editor.rename(step.id, "never stored")
        assert snapshot(sample_doc.workspace) == before
    finally:
        blocker.rollback()
        blocker.close()
    assert reopened(sample_path) == before


def test_save_as_copies_and_continues_on_the_copy(
    sample_doc: Document, sample_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.procdesk"
    sample_doc.save_as(copy)
    assert sample_doc.path == copy
    step = next(s for s in sample_doc.workspace if isinstance(s, Step))
    sample_doc.editor.rename(step.id, "Only in the copy")
    assert reopened(copy)[step.id].name == "Only in the copy"  # type: ignore[attr-defined]
    assert reopened(sample_path)[step.id].name != "Only in the copy"  # type: ignore[attr-defined]


def test_second_process_is_told_the_workspace_is_in_use(
    sample_doc: Document, sample_path: Path
) -> None:
    code = (
        "import sys\n"
        "from procdesk.document import Document\n"
        "from procdesk.store.errors import WorkspaceInUseError\n"
        "try:\n"
        f"    Document.open({str(sample_path)!r})\n"
        "except WorkspaceInUseError as e:\n"
        "    print('IN USE:', e)\n"
        f"d = Document.open({str(sample_path)!r}, read_only=True)\n"
        "print('READ ONLY', len(d.workspace))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "IN USE:" in result.stdout and "read-only" in result.stdout
    assert f"READ ONLY {len(sample_doc.workspace)}" in result.stdout


def test_lock_is_released_on_close_and_on_crash(sample_path: Path) -> None:
    Document.open(sample_path).close()
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, signal; from procdesk.document import Document; "
            f"Document.open({str(sample_path)!r}); os.kill(os.getpid(), signal.SIGKILL)",
        ]
    )
    assert killed.returncode != 0
    Document.open(sample_path).close()


def test_read_only_document_refuses_edits(sample_path: Path) -> None:
    with Document.open(sample_path, read_only=True) as document:
        process = document.workspace.processes()[0]
        with pytest.raises(ReadOnlyError):
            document.editor.rename(process.id, "x")


def test_open_in_same_process_twice_is_refused(sample_doc: Document, sample_path: Path) -> None:
    with pytest.raises(WorkspaceInUseError):
        Document.open(sample_path)


def test_create_refuses_existing_file_and_missing_folder(sample_path: Path, tmp_path: Path) -> None:
    before = sample_path.read_bytes()
    with pytest.raises(WorkspaceError, match="already exists"):
        Document.create(sample_path)
    assert sample_path.read_bytes() == before
    with pytest.raises(WorkspaceError, match="does not exist"):
        Document.create(tmp_path / "no" / "such.procdesk")
    assert not (tmp_path / "no").exists()
