"""The situations the error sweep puts every command in, and what each command must answer.

A situation prepares, in a folder of its own for each command, the WORKSPACE argument: missing,
a folder, a text file, a PNG, a truncated or newer workspace, a directory where SQLite's -wal
file belongs, one locked by another program's write transaction (held by a process of its
own), an unreadable one, a write-protected file or folder, a read-only disk, a full disk and
one too full even for SQLite's WAL index. All are genuine: permissions are made to bind even
root (``tests.unwritable``), the disks are a read-only bind mount and tiny tmpfs mounts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from procdesk.resources import resource
from procdesk.store.layout import SCHEMA_VERSION

PROCESS = "Purchase requisition"
COMMANDS = (
    "new",
    "import",
    "list",
    "export-bpmn",
    "export-sop",
    "export-image",
    "check",
    "compare",
    "landscape",
    "export-landscape",
    "export-bundle",
    "audit",
    "export-audit",
    "import-requirements",
    "report",
    "export-measurements",
    "import-measurements",
)
BARE = {
    "new": ["new"],
    "import": ["import"],
    "list": ["list"],
    "export-bpmn": ["export", "bpmn"],
    "export-sop": ["export", "sop"],
    "export-image": ["export", "image"],
    "check": ["check"],
    "compare": ["compare"],
    "landscape": ["landscape"],
    "export-landscape": ["export", "image", "--landscape"],
    "export-bundle": ["export", "sop", "--all"],
    "audit": ["audit"],
    "export-audit": ["export", "audit"],
    "import-requirements": ["import", "--requirements"],
    "report": ["report"],
    "export-measurements": ["export", "measurements"],
    "import-measurements": ["import", "--measurements"],
}
"""Each command with no arguments at all."""
BRIEF_SOPS = [f"--omit={section}" for section in ("diagram", "procedure", "roles", "kpis")]
"""The bundle's SOPs without their longest sections: the sweep is about files, not layout."""

BPMN = """<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
  <process id="Imported" isExecutable="false">
    <startEvent id="S"/><task id="T" name="Check"/><endEvent id="E"/>
    <sequenceFlow id="F1" sourceRef="S" targetRef="T"/>
    <sequenceFlow id="F2" sourceRef="T" targetRef="E"/>
  </process>
</definitions>
"""
FULL_DISK_ROOM = 40 * 1024
"""Free room on the full disk: SQLite's 32 KiB WAL index fits, an import's log does not, nor
an empty workspace (72 KiB) or any export of the sample."""
NO_ROOM = 8 * 1024
"""Free room on the disk that is full before anything is opened: not even the WAL index fits."""
REQUIREMENTS = "source,clause,title\n" + "".join(
    f"Sweep standard,{n},A requirement long enough to fill a disk that is nearly full\n"
    for n in range(1, 801)
)
"""A requirements register; its import writes more than the full disk has room for."""
MEASUREMENTS = "KPI,Date,Value\n" + "".join(
    f"Time to hire,{date(2020, 1, 1) + timedelta(days=n)},{40 + n % 9}\n" for n in range(1000)
)
"""1,000 daily values of one KPI: their import writes more than the full disk has room for."""


def argv(command: str, workspace: Path, out: Path, bpmn: Path) -> list[str]:
    """The command line of *command* on *workspace*, writing exports into *out*."""
    target = ["-p", PROCESS, "-o"]
    return {
        "new": ["new", str(workspace)],
        "import": ["import", str(workspace), str(bpmn)],
        "list": ["list", str(workspace)],
        "export-bpmn": ["export", "bpmn", str(workspace), *target, str(out / "out.bpmn")],
        "export-sop": ["export", "sop", str(workspace), *target, str(out / "out.pdf")],
        "export-image": ["export", "image", str(workspace), *target, str(out / "out.png")],
        "check": ["check", str(workspace)],
        "compare": ["compare", str(workspace), "-p", PROCESS],
        "landscape": ["landscape", str(workspace), "--json"],
        "export-landscape": [
            "export",
            "image",
            str(workspace),
            "--landscape",
            "-o",
            str(out / "out.png"),
        ],
        "export-bundle": [
            "export",
            "sop",
            str(workspace),
            "--all",
            "-o",
            str(out / "bundle"),
            *BRIEF_SOPS,
        ],
        "audit": ["audit", str(workspace)],
        "export-audit": ["export", "audit", str(workspace), "-o", str(out / "out.pdf")],
        "import-requirements": [
            "import",
            str(workspace),
            str(bpmn.with_suffix(".csv")),
            "--requirements",
        ],
        "report": ["report", str(workspace), "--period", "2026-11", "-o", str(out / "out.pdf")],
        "export-measurements": [
            "export",
            "measurements",
            str(workspace),
            "-o",
            str(out / "out.xlsx"),
        ],
        "import-measurements": [
            "import",
            str(workspace),
            str(bpmn.with_suffix(".measurements.csv")),
            "--measurements",
        ],
    }[command]


Expected = tuple[int, str]
"""Exit code and a piece of the one line on stderr."""
OK: Expected = (0, "")
EXISTS: Expected = (2, "already exists")


def _copy(sample: Path, path: Path) -> None:
    path.write_bytes(sample.read_bytes())


def _newer(sample: Path, path: Path) -> None:
    _copy(sample, path)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()


def _wal_blocked(sample: Path, path: Path) -> None:
    _copy(sample, path)
    path.with_name(path.name + "-wal").mkdir()


MAKERS: dict[str, Callable[[Path, Path], None]] = {
    "missing": lambda sample, path: None,
    "folder": lambda sample, path: path.mkdir(),
    "text": lambda sample, path: path.write_text("name,amount\nPaper,12\n"),
    "png": lambda sample, path: path.write_bytes(
        resource("icons", "app", "org.procdesk.Procdesk-16.png").read_bytes()
    ),
    "truncated": lambda sample, path: path.write_bytes(sample.read_bytes()[:50_000]),
    "newer": _newer,
    "wal-blocked": _wal_blocked,
}


@dataclass(frozen=True)
class Situation:
    """How to make the WORKSPACE argument, what each command answers, how it is run."""

    name: str
    expected: dict[str, Expected]
    make: Callable[[Path, Path], None] = _copy
    isolation: str = ""
    """"" (this process), "unprivileged" (chmod binds) or "mounts" (a private mount table)."""
    new_file: bool = False
    """``new`` gets a fresh name in the workspace's folder rather than the existing file."""
    room: int = 0
    """Free bytes on a full disk (a tmpfs) that holds the workspace; 0: not on one."""
    opens_for_editing: frozenset[str] = field(default_factory=frozenset)
    """Commands that get as far as opening the workspace for editing (and so leave its lock
    file, as every editing session does: the lock library keeps it on purpose)."""

    def expect(self, command: str) -> Expected:
        return self.expected.get(command, self.expected["*"])


FULL: dict[str, Expected] = {
    "*": OK,
    "new": (2, "the disk is full"),
    "import": (2, "the disk is full"),
    "export-bpmn": (2, "the disk is full"),
    "export-sop": (2, "the disk is full"),
    "export-image": (2, "the disk is full"),
    "export-landscape": (2, "the disk is full"),
    "export-bundle": (2, "the disk is full"),
    "export-audit": (2, "the disk is full"),
    "import-requirements": (2, "the disk is full"),
    "report": (2, "the disk is full"),
    "export-measurements": (2, "the disk is full"),
    "import-measurements": (2, "the disk is full"),
}


EDITING = frozenset({"import", "import-requirements", "import-measurements"})


def _refused_by_all(fragment: str, new: Expected = EXISTS) -> dict[str, Expected]:
    return {"*": (2, fragment), "new": new}


SITUATIONS = {
    s.name: s
    for s in [
        Situation("missing", _refused_by_all("does not exist", new=OK), MAKERS["missing"]),
        Situation("folder", _refused_by_all("is a folder", (2, "is a folder")), MAKERS["folder"]),
        Situation("text", _refused_by_all("not a procdesk workspace"), MAKERS["text"]),
        Situation("png", _refused_by_all("not a procdesk workspace"), MAKERS["png"]),
        Situation("truncated", _refused_by_all("damaged"), MAKERS["truncated"]),
        Situation("newer", _refused_by_all("newer procdesk"), MAKERS["newer"]),
        Situation("wal-blocked", _refused_by_all("-wal/-shm"), MAKERS["wal-blocked"]),
        Situation(
            "locked",
            {
                "*": OK,
                "new": EXISTS,
                "import": (2, "another program is writing to it"),
                "import-requirements": (2, "another program is writing to it"),
                "import-measurements": (2, "another program is writing to it"),
            },
            opens_for_editing=EDITING,
        ),
        Situation(
            "read-only-file",
            {
                "*": OK,
                "new": EXISTS,
                "import": (2, "the file is write-protected"),
                "import-requirements": (2, "the file is write-protected"),
                "import-measurements": (2, "the file is write-protected"),
            },
            isolation="unprivileged",
        ),
        Situation(
            "unreadable",
            {"*": (2, "cannot read"), "new": EXISTS},
            isolation="unprivileged",
        ),
        Situation(
            "read-only-folder",
            {
                "*": OK,
                "new": (2, "cannot create"),
                "import": (2, "is write-protected"),
                "import-requirements": (2, "is write-protected"),
                "import-measurements": (2, "is write-protected"),
            },
            isolation="unprivileged",
            new_file=True,
        ),
        Situation(
            "read-only-disk",
            {
                "*": OK,
                "new": (2, "the disk is read-only"),
                "import": (2, "read-only disk"),
                "import-requirements": (2, "read-only disk"),
                "import-measurements": (2, "read-only disk"),
            },
            isolation="mounts",
            new_file=True,
        ),
        Situation(
            "full-disk",
            {**FULL, "export-measurements": OK},  # the sample's 167 values take 12 KiB
            isolation="mounts",
            new_file=True,
            room=FULL_DISK_ROOM,
            opens_for_editing=EDITING,
        ),
        Situation(
            "disk-without-room",
            FULL,
            isolation="mounts",
            new_file=True,
            room=NO_ROOM,
            opens_for_editing=EDITING,
        ),
    ]
}

GUI_CASES: dict[str, tuple[list[str], str]] = {
    "no-arguments": ([], "no display"),
    "unknown-option": (["--frobnicate"], "unrecognized arguments"),
    "bogus-word": (["frobnicate"], "unknown command or file: frobnicate"),
    "missing": (["{folder}/missing.procdesk"], "procdesk new"),
    "missing-path": (["{folder}/no/such/plan.txt"], "unknown command or file"),
    "folder": (["{folder}"], "is a folder"),
    "text": (["{text}"], "not a procdesk workspace"),
    "png": (["{png}"], "not a procdesk workspace"),
    "bpmn": (["{bpmn}"], "procdesk import WORKSPACE"),
    "truncated": (["{truncated}"], "damaged"),
    "newer": (["{newer}"], "newer procdesk"),
}
"""``procdesk [WORKSPACE]`` (the window) with what it must refuse before any window opens."""
