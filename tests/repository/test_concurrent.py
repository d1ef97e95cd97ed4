"""Two clients, two operating-system processes, editing the same process at the same time and
checking in after every edit: check-ins take turns at the database, each merges the other's
work, nothing is lost, and both workspaces end level with the repository."""

from __future__ import annotations

import os
from pathlib import Path

from procdesk.document import Document
from procdesk.model.elements import Step, StepKind
from procdesk.model.geometry import Point
from procdesk.store import pg_rows
from procdesk.team.session import Repository
from procdesk.team.sync import checkin, update
from tests.repository.helpers import (
    PURCHASE,
    exit_code,
    forked,
    head,
    level,
    open_checkout,
    process_named,
    repository,
)

ROUNDS = 6


def _tasks(document: Document) -> list[Step]:
    process = process_named(document.workspace, PURCHASE)
    diagram = document.workspace.diagrams_of(process.id)[0]
    found = document.workspace.elements_of(diagram.id, Step)
    return sorted((s for s in found if s.kind.is_activity and s.name), key=lambda s: s.name)


def _client(path: Path, who: int, ids: list[str], start: int) -> None:
    """Rename my own task (*ids*[who]), edit my attribute of the shared task (*ids*[2]), add a
    step; check in; ROUNDS times."""
    own, shared = ids[who], ids[2]
    with Document.open(path) as document:
        diagram = document.workspace.get(own, Step).diagram_id
        assert os.read(start, 1) == b"s"
        for round_ in range(ROUNDS):
            document.editor.rename(own, f"client {who} round {round_}")
            if who == 0:
                document.editor.update([shared], instruction=f"instruction {round_}")
            else:
                document.editor.update([shared], role=f"role {round_}")
            document.editor.add_step(
                diagram, StepKind.TASK, f"added by {who} in {round_}", Point(200 + round_, 600)
            )
            result = checkin(document, f"client {who} round {round_}")
            assert result.checked_in and not result.conflicts, result


def test_two_clients_check_in_the_same_process_at_once(sample_repo: str, tmp_path: Path) -> None:
    # given two check-outs of the purchase process and two client processes, held at a gate
    paths = [tmp_path / "one.procdesk", tmp_path / "two.procdesk"]
    for path in paths:
        with open_checkout(sample_repo, path, PURCHASE) as document:
            ids = [task.id for task in _tasks(document)[:3]]
    first = head(sample_repo)
    start, gate = os.pipe()
    pids = [
        forked(lambda p=path, w=who: _client(p, w, ids, start)) for who, path in enumerate(paths)
    ]
    # when both are let go at once
    os.write(gate, b"ss")
    codes = [exit_code(pid) for pid in pids]
    os.close(start)
    os.close(gate)
    # then every check-in went through, one revision each, and both clients' work is there
    assert codes == [0, 0]
    assert head(sample_repo) == first + 2 * ROUNDS
    with Repository(sample_repo) as repo, repo.reading() as connection:
        committed = pg_rows.checkins(connection, first)
    assert sorted(c.message for c in committed) == sorted(
        f"client {who} round {r}" for who in (0, 1) for r in range(ROUNDS)
    )
    stored = repository(sample_repo)
    with Document.open(paths[0]) as one, Document.open(paths[1]) as two:
        for who in (0, 1):
            assert stored.get(ids[who], Step).name == f"client {who} round {ROUNDS - 1}"
        shared = stored.get(ids[2], Step)
        assert shared.instruction == f"instruction {ROUNDS - 1}"
        assert shared.role == f"role {ROUNDS - 1}"
        added = {s.name for s in stored if isinstance(s, Step) and s.name.startswith("added by")}
        assert len(added) == 2 * ROUNDS
        # and after an update each, both workspaces hold what the repository holds
        update(one)
        update(two)
        assert level(sample_repo, one, two)
