"""Every command in every bad situation: the exit code, one line on stderr naming the file and
the cause, no traceback anywhere, and the workspace byte-identical with no new side files.

Commands run through ``procdesk.cli.main`` in this process where nothing more is needed; a
situation that needs a process of its own (permissions that bind root, a read-only or full
disk) runs all its commands in one ``tests.cli.sweep_runner`` process; the window's command
line runs as real ``python -m procdesk`` processes without a display, so a regression shows
as a failure, not as a window that never closes.

Measured on the 2-core development machine (CPU seconds, user + system): 21 s as described;
111 s with ``PROCDESK_SWEEP_SUBPROCESS=1``, which runs every command as a ``python -m
procdesk`` process of its own (each start costs about 0.7 s) and passes the same way.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from procdesk.document import Document
from tests import unwritable
from tests.cli.sweep_cases import (
    BARE,
    BPMN,
    COMMANDS,
    GUI_CASES,
    MAKERS,
    MEASUREMENTS,
    REQUIREMENTS,
    SITUATIONS,
    Situation,
    argv,
)
from tests.cli.sweep_runner import Result, run_command

ROOT = Path(__file__).resolve().parents[2]
SIDE_SUFFIXES = ("-wal", "-shm")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.procdesk"
    Document.create(path, sample=True).close()
    return path


@dataclass(frozen=True)
class State:
    """A workspace's bytes and the side files beside it (``-wal``, ``-shm``, the lock)."""

    data: bytes | None
    side_files: frozenset[str]

    @classmethod
    def of(cls, path: Path, folder: Path | None = None) -> State:
        folder = folder or path.parent
        names = (path.name + s for s in SIDE_SUFFIXES)
        present = {n for n in (*names, f".{path.name}.lock") if (folder / n).exists()}
        seen = folder / path.name
        return cls(seen.read_bytes() if seen.is_file() else None, frozenset(present))


@dataclass
class Prepared:
    """One command, its folder made ready for one situation."""

    command: str
    argv: list[str]
    workspace: Path
    written: list[Path]
    before: State
    holder: subprocess.Popen[str] | None = None
    protected: list[Path] = field(default_factory=list)

    def release(self) -> None:
        if self.holder is not None:
            assert self.holder.stdin is not None
            self.holder.stdin.close()
            self.holder.wait(timeout=60)
        for path in self.protected:
            path.chmod(0o755)


HOLD = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("holding", flush=True)
sys.stdin.read()
"""


def hold_write_lock(path: Path) -> subprocess.Popen[str]:
    """Another program in the middle of a write transaction on *path*, until its stdin closes.

    A process of its own: reading the file in this process would drop that program's POSIX
    locks if it lived here (closing any descriptor of a file releases all of a process's locks).
    """
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
    return holder


def prepare(situation: Situation, command: str, folder: Path, sample: Path) -> Prepared:
    disk, out = folder / "ws", folder / "out"
    disk.mkdir(parents=True)
    out.mkdir()
    path = disk / "w.procdesk"
    bpmn = folder / "in.bpmn"
    bpmn.write_text(BPMN, encoding="utf-8")
    bpmn.with_suffix(".csv").write_text(REQUIREMENTS, encoding="utf-8")
    bpmn.with_suffix(".measurements.csv").write_text(MEASUREMENTS, encoding="utf-8")
    if not situation.room:  # a full disk gets its copy once it is mounted
        situation.make(sample, path)
    workspace = disk / "new.procdesk" if command == "new" and situation.new_file else path
    if situation.room:
        out = disk
    prepared = Prepared(
        command, argv(command, workspace, out, bpmn), workspace, [out / "out.bpmn"], State.of(path)
    )
    prepared.written += [out / "out.pdf", out / "out.png", out / "out.xlsx", out / "bundle"]
    if situation.room:
        prepared.before = State(sample.read_bytes(), frozenset())
    if situation.name == "locked":
        prepared.holder = hold_write_lock(path)
        prepared.before = State.of(path)
    elif situation.name in ("read-only-file", "unreadable"):
        path.chmod(0o444 if situation.name == "read-only-file" else 0)
        prepared.protected.append(path)
    elif situation.name == "read-only-folder":
        disk.chmod(0o555)
        prepared.protected.append(disk)
    return prepared


def _setup(situation: Situation, jobs: list[Prepared], sample: Path) -> tuple[str, str]:
    """The shell commands that make *situation*'s disks before its commands run, and after."""
    disks = [job.workspace.parent for job in jobs]
    if situation.name == "read-only-disk":
        return unwritable.read_only_mounts(disks), ""
    if not situation.room:
        return "", ""
    size = -(-sample.stat().st_size // 4096) * 4096 + situation.room
    for disk in disks:
        disk.with_name(disk.name + "-after").mkdir()
    setup = " && ".join(unwritable.tiny_disk(d, size, [(sample, d / "w.procdesk")]) for d in disks)
    return setup, " && ".join(f"cp -a {d}/. {d}-after/" for d in disks)


def _in_namespace(isolation: str, jobs: list[Prepared], setup: str, teardown: str) -> list[Result]:
    """All *jobs* in one process, in the namespace *isolation* needs."""
    prefix = unwritable.unprivileged() if isolation == "unprivileged" else None
    if isolation == "mounts":
        prefix = unwritable.private_mounts()
    if prefix is None:
        pytest.skip(
            unwritable.NO_UNPRIVILEGED if isolation == "unprivileged" else unwritable.NO_MOUNTS
        )
    command = [sys.executable, "-m", "tests.cli.sweep_runner"]
    stdin = json.dumps([job.argv for job in jobs])
    done = unwritable.run(
        command, prefix=prefix, setup=setup, teardown=teardown, stdin=stdin, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return [Result(**result) for result in json.loads(done.stdout)]


Outcomes = dict[tuple[str, str], tuple[Prepared, Result]]
"""(situation, command) → the prepared command and what it did."""


@pytest.fixture(scope="module")
def batches(
    tmp_path_factory: pytest.TempPathFactory, sample: Path
) -> Iterator[Callable[[Situation], Outcomes]]:
    """Every situation that needs a process of its own, run together with the others that
    need the same kind of process (one interpreter, one start of Qt), once per module."""
    done: dict[str, Outcomes] = {}

    def results(situation: Situation) -> Outcomes:
        isolation = situation.isolation
        if isolation not in done:
            kin = [s for s in SITUATIONS.values() if s.isolation == isolation]
            jobs: list[tuple[Situation, Prepared]] = []
            setups, teardowns = [], []
            for each in kin:
                root = tmp_path_factory.mktemp(each.name)
                prepared = [prepare(each, c, root / c, sample) for c in COMMANDS]
                jobs += [(each, job) for job in prepared]
                setup, teardown = _setup(each, prepared, sample)
                setups += [setup] if setup else []
                teardowns += [teardown] if teardown else []
            try:
                outcomes = _in_namespace(
                    isolation, [job for _, job in jobs], " && ".join(setups), " && ".join(teardowns)
                )
            finally:
                for _, job in jobs:
                    job.release()
            done[isolation] = {
                (each.name, job.command): (job, result)
                for (each, job), result in zip(jobs, outcomes, strict=True)
            }
        return done[isolation]

    yield results


def assert_one_line(result: Result, fragment: str, names: list[Path] | None = None) -> str:
    """Exit 2, one ``procdesk: error:`` line holding *fragment* (and one of *names*)."""
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.code == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("procdesk: error: ") and fragment in lines[0], lines[0]
    if names:
        assert any(str(name) in lines[0] for name in names), lines[0]
    return lines[0]


@pytest.mark.parametrize("situation", list(SITUATIONS))
@pytest.mark.parametrize("command", COMMANDS)
def test_command_in_a_bad_situation(
    command: str,
    situation: str,
    tmp_path: Path,
    sample: Path,
    batches: Callable[[Situation], Outcomes],
) -> None:
    # given the command's workspace in the situation
    case = SITUATIONS[situation]
    if case.isolation:
        job, result = batches(case)[(situation, command)]
    else:
        job = prepare(case, command, tmp_path / command, sample)
        try:
            # when the command runs
            result = run_command(job.argv)
            after = State.of(job.workspace.with_name("w.procdesk"))
        finally:
            job.release()
    if case.room:
        after = State.of(
            job.workspace.with_name("w.procdesk"), job.workspace.parent.with_name("ws-after")
        )
    elif case.isolation:
        after = State.of(job.workspace.with_name("w.procdesk"))
    # then it answers as expected, in one line that names the file, without a traceback
    code, fragment = case.expect(command)
    if code == 2:
        assert_one_line(result, fragment, [job.workspace, *job.written])
    else:
        assert "Traceback" not in result.stdout + result.stderr, result.stderr
        assert (result.code, result.stderr) == (code, ""), result.stderr
    if case.name == "missing" and command == "new":
        return  # the one success that creates a file
    # and the workspace is byte-identical, with no side file that was not there before
    assert after.data == job.before.data
    expected_side = job.before.side_files
    if command in case.opens_for_editing:
        expected_side |= {".w.procdesk.lock"}
    assert after.side_files == expected_side
    if code == 2:
        assert not any(path.exists() for path in job.written)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_without_arguments_or_with_an_unknown_option(command: str, sample: Path) -> None:
    # given the command with nothing after it, or with an option it does not know
    bare = run_command(BARE[command])
    copy = sample.with_name(f"{command}.procdesk")
    copy.write_bytes(sample.read_bytes())
    unknown = run_command([*argv(command, copy, copy.parent, copy), "--frobnicate"])
    # then each is refused in one line, and nothing is written
    assert_one_line(bare, "required")
    assert_one_line(unknown, "unrecognized arguments: --frobnicate")
    assert copy.read_bytes() == sample.read_bytes()
    assert State.of(copy).side_files == frozenset()


@pytest.fixture(scope="module")
def gui_files(tmp_path_factory: pytest.TempPathFactory, sample: Path) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("gui")
    files = {"folder": folder}
    for name in ("text", "png", "truncated", "newer"):
        files[name] = folder / f"{name}.procdesk"
        MAKERS[name](sample, files[name])
    files["bpmn"] = folder / "process.bpmn"
    files["bpmn"].write_text(BPMN, encoding="utf-8")
    return files


@pytest.mark.parametrize("case", list(GUI_CASES))
def test_the_window_command_refuses_before_any_window_opens(
    case: str, gui_files: dict[str, Path]
) -> None:
    # given no display, and an argument the window could not open
    if case == "no-arguments" and sys.platform in ("win32", "darwin"):
        pytest.skip("a display is always there on Windows and macOS")
    args, fragment = GUI_CASES[case]
    args = [a.format(**{k: str(v) for k, v in gui_files.items()}) for a in args]
    files = {name: path for name, path in gui_files.items() if path.is_file()}
    before = {name: State.of(path) for name, path in files.items()}
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    # when procdesk is started with it
    done = subprocess.run(
        [sys.executable, "-m", "procdesk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    # then it exits at once with 2 and a message (the usage after an unknown word)
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    assert done.returncode == 2, done.stderr
    first, *rest = done.stderr.splitlines()
    assert first.startswith("procdesk: error: ") and fragment in first, first
    if case.startswith(("bogus", "missing-path")):
        assert rest[0].startswith("usage: procdesk") and "procdesk import" in done.stderr
    else:
        assert rest == []
    # and every file is as it was, with nothing beside it
    assert {name: State.of(path) for name, path in files.items()} == before


BAD_SOURCES: dict[str, tuple[Callable[[Path], None], str]] = {
    "missing": (lambda path: None, "no such file"),
    "folder": (lambda path: path.mkdir(), "it is a folder"),
    "empty": (lambda path: path.write_bytes(b""), "the file is empty"),
    "text": (lambda path: path.write_text("name,amount\n"), "not well-formed XML"),
    "png": (lambda path: MAKERS["png"](path, path), "not well-formed XML"),
}


@pytest.mark.parametrize("source", list(BAD_SOURCES))
def test_import_of_a_file_that_is_no_bpmn(source: str, sample: Path, tmp_path: Path) -> None:
    # given a workspace, and a FILE.bpmn that is missing, a folder, empty or not XML
    workspace = tmp_path / "w.procdesk"
    workspace.write_bytes(sample.read_bytes())
    make, fragment = BAD_SOURCES[source]
    bpmn = tmp_path / "in.bpmn"
    make(bpmn)
    # when it is imported, then the import is refused in one line naming the file
    assert_one_line(run_command(["import", str(workspace), str(bpmn)]), fragment, [bpmn.name])
    # and the workspace is byte-identical, with no -wal or -shm beside it
    assert workspace.read_bytes() == sample.read_bytes()
    assert State.of(workspace).side_files <= {".w.procdesk.lock"}
