"""A client killed with SIGKILL in the middle of a check-in: the repository holds all of the
check-in or none of it, and the workspace still checks in afterwards.

Each trial gives the workspace a large pending change (an attribute of two hundred steps), then
a child process opens the workspace, says "go" and checks in; the parent kills it after a
random fraction of the time a whole check-in takes (measured on the first, uncut trial). The
child is forked from the test process, so a trial costs the check-in, not a Python start.
"""

from __future__ import annotations

import os
import random
import signal
import time
from dataclasses import replace
from pathlib import Path

import psycopg

from procdesk.document import Document
from procdesk.model.changes import Change
from procdesk.model.elements import Step
from procdesk.model.merge_commands import ApplyMerge
from procdesk.store import pg_rows
from procdesk.team.pending import standing
from procdesk.team.sync import checkin
from tests.repository.helpers import (
    PURCHASE,
    exit_code,
    forked,
    head,
    level,
    open_checkout,
)

TRIALS = 30
BULK = 200


def _bulk_steps(document: Document) -> None:
    """Add BULK copies of a task (one edit), so a check-in has much to write."""
    task = next(e for e in document.workspace if isinstance(e, Step) and e.kind.is_activity)
    copies = [replace(task, id=f"bulk-{k}", name=f"bulk {k}") for k in range(BULK)]
    document.history.execute(ApplyMerge(tuple(Change(None, c) for c in copies), "bulk"))


def _mark(document: Document, trial: int) -> None:
    ids = [f"bulk-{k}" for k in range(BULK)]
    document.editor.update(ids, instruction=f"trial {trial}")


def _instructions(url: str) -> set[str]:
    """The instructions the repository holds for the bulk steps (all of them must be there)."""
    with psycopg.connect(url) as connection:
        connection.execute("SET search_path = procdesk")
        stored = pg_rows.fetch(connection, [f"bulk-{k}" for k in range(BULK)])
    assert len(stored) == BULK
    return {s.instruction for s in stored.values() if isinstance(s, Step)}


def _checkin_in_child(path: Path, kill_after: float | None) -> float:
    """Fork a child that checks *path* in; kill it *kill_after* seconds after it starts the
    check-in (None: let it finish). Returns the seconds from start to the end."""
    read, write = os.pipe()

    def work() -> None:
        os.close(read)
        with Document.open(path) as document:
            os.write(write, b"g")
            checkin(document, "bulk")

    pid = forked(work)
    os.close(write)
    assert os.read(read, 1) == b"g"
    os.close(read)
    started = time.monotonic()
    if kill_after is not None:
        time.sleep(kill_after)
        os.kill(pid, signal.SIGKILL)
    code = exit_code(pid)
    assert code in ((0,) if kill_after is None else (0, -signal.SIGKILL))
    return time.monotonic() - started


def test_a_client_killed_mid_check_in_leaves_all_or_nothing(
    sample_repo: str, tmp_path: Path
) -> None:
    path = tmp_path / "bulk.procdesk"
    with open_checkout(sample_repo, path, PURCHASE) as document:
        _bulk_steps(document)
    # the first check-in runs whole: how long a check-in of the bulk takes
    duration = _checkin_in_child(path, None)
    rng = random.Random(20261207)
    outcomes = {"none": 0, "whole": 0}
    with Document.open(path) as document:
        _mark(document, 0)
    for trial in range(TRIALS):
        # given a large pending change (the bulk's instruction becomes "trial N")
        revision = head(sample_repo)
        before = _instructions(sample_repo)
        # when the child checking it in is killed at a random moment
        _checkin_in_child(path, rng.uniform(0.0, duration * 1.2))
        # then the repository has none of it, or all of it in one new revision
        found = _instructions(sample_repo)
        if head(sample_repo) == revision:
            assert found == before, f"trial {trial}: part written"
            outcomes["none"] += 1
        else:
            assert head(sample_repo) == revision + 1
            assert found == {f"trial {trial}"}, f"trial {trial}: part written"
            outcomes["whole"] += 1
        # and the workspace checks in afterwards (and takes the next change)
        with Document.open(path) as document:
            result = checkin(document, "after the kill")
            assert not result.conflicts
            assert _instructions(sample_repo) == {f"trial {trial}"}
            if trial == TRIALS - 1:
                assert not standing(document).pending
                assert level(sample_repo, document)
            else:
                _mark(document, trial + 1)
    assert outcomes["none"] > 0, outcomes
