"""Crash safety: a process killed with SIGKILL at random moments loses no reported edit.

A child process edits the workspace and prints a line after each edit returns (i.e. after its
transaction committed). The parent kills it at a random moment, reopens the file and checks that
every reported edit is there, that SQLite's integrity check passes, and that the change log
holds no half entry: replaying it from nothing gives exactly what the file holds.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from procdesk.document import Document
from procdesk.model.elements import Step
from procdesk.store.log_codec import replay_all
from tests.builders import snapshot

CHILD = r"""
import sys
from procdesk.document import Document
from procdesk.model.elements import Lane, StepKind
from procdesk.model.geometry import Point

def report(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()

trial = int(sys.argv[2])
document = Document.open(sys.argv[1])
editor = document.editor
diagram = document.workspace.processes()[0]
diagram_id = document.workspace.diagrams_of(diagram.id)[0].id
lane = document.workspace.elements_of(diagram_id, Lane)[0]
print("READY", flush=True)
n = 0
while True:
    n += 1
    step = editor.add_step(
        diagram_id, StepKind.TASK, f"t{trial}-{n}", Point(100 + n, lane.bounds.center.y), lane.id
    )
    report(f"ADD {step}")
    editor.rename(step, f"t{trial}-{n}-renamed")
    report(f"RENAME {step} t{trial}-{n}-renamed")
    editor.move([step], 1, 0)
    editor.history.undo()
    report(f"UNDO-MOVE {step}")
"""

TRIALS = 20


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_reported_edit(tmp_path: Path) -> None:
    path = tmp_path / "crash.procdesk"
    Document.create(path, sample=True).close()
    rng = random.Random(20261121)
    added: set[str] = set()
    renamed: dict[str, str] = {}
    for trial in range(TRIALS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(trial)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        # only whole lines count: a kill may cut the last one
        for line in output.split("\n")[:-1]:
            parts = line.split()
            if parts and parts[0] == "ADD":
                added.add(parts[1])
            elif parts and parts[0] == "RENAME":
                renamed[parts[1]] = parts[2]
        # every reported edit survived, and the file is intact
        connection = sqlite3.connect(path)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.close()
        with Document.open(path) as document:
            steps = {s.id: s for s in document.workspace if isinstance(s, Step)}
            logged = replay_all(payload for _, payload in document.store.log.payloads())
            assert snapshot(logged) == snapshot(document.workspace), f"trial {trial}: log"
        assert added <= steps.keys(), f"trial {trial}: lost {added - steps.keys()}"
        for step_id, name in renamed.items():
            assert steps[step_id].name == name
    assert len(added) >= TRIALS // 2, "the child should have committed edits in most trials"
