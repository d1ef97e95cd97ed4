"""``procdesk repo``: init, grant, checkout, checkin, update and status on a real server, and
bad input as one line on stderr, exit 2, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procdesk.cli import main
from procdesk.document import Document
from procdesk.model.elements import Step
from tests.repository.helpers import PURCHASE, head, process_named
from tests.repository.pg_server import PostgresServer


def _first_task(path: Path) -> Step:
    with Document.open(path, read_only=True) as document:
        process = process_named(document.workspace, PURCHASE)
        diagram = document.workspace.diagrams_of(process.id)[0]
        steps = document.workspace.elements_of(diagram.id, Step)
        return sorted((s for s in steps if s.kind.is_activity), key=lambda s: s.id)[0]


def _rename(path: Path, step_id: str, name: str) -> None:
    with Document.open(path) as document:
        document.editor.rename(step_id, name)


def test_init_from_a_workspace_checkout_checkin_and_status(
    pg_server: PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # given a workspace and an empty database
    source = tmp_path / "office.procdesk"
    Document.create(source, sample=True).close()
    url = pg_server.url(pg_server.new_database())
    # when the repository is made from it, and a process checked out
    assert main(["repo", "init", url, "--from", str(source)]) == 0
    work = tmp_path / "ann.procdesk"
    assert main(["repo", "checkout", url, str(work), "-p", PURCHASE]) == 0
    out = capsys.readouterr().out
    assert "created the repository" in out and f"'{PURCHASE}' at revision 1" in out
    # and a rename checked in
    task = _first_task(work)
    _rename(work, task.id, "Renamed on the command line")
    assert main(["repo", "status", str(work), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in status["local_changes"]] == [task.id]
    assert status["remote"]["revision"] == 1 and status["remote"]["role"] == "owner"
    assert main(["repo", "checkin", str(work), "-m", "rename"]) == 0
    # then the repository is at revision 2 and the workspace has nothing pending
    assert capsys.readouterr().out.startswith("checked in 1 change(s) as revision 2")
    assert head(url) == 2
    assert main(["repo", "status", str(work), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["local_changes"] == []


def test_a_conflict_is_listed_and_settled_with_keep_mine(
    sample_repo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ann, ben = tmp_path / "ann.procdesk", tmp_path / "ben.procdesk"
    for path in (ann, ben):
        assert main(["repo", "checkout", sample_repo, str(path), "-p", PURCHASE]) == 0
    task = _first_task(ann)
    _rename(ann, task.id, "Ann's")
    _rename(ben, task.id, "Ben's")
    assert main(["repo", "checkin", str(ann)]) == 0
    capsys.readouterr()
    # when Ben checks in: exit 1, the conflict side by side, nothing checked in
    revision = head(sample_repo)
    assert main(["repo", "checkin", str(ben)]) == 1
    out, err = capsys.readouterr()
    assert f"[{task.id}]" in out and "mine: 'Ben's'" in out and "theirs: 'Ann's'" in out
    assert "nothing was checked in" in err and head(sample_repo) == revision
    # then keeping his version and checking in again goes through
    assert main(["repo", "update", str(ben), "--keep-mine", task.id]) == 0
    assert main(["repo", "checkin", str(ben)]) == 0
    assert head(sample_repo) == revision + 1


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["repo", "checkout", "mysql://x@y/z", "{dir}/a.procdesk"], "not a PostgreSQL URL"),
        (["repo", "checkout", "postgresql://x@127.0.0.1:1/z", "{dir}/a.procdesk"], "cannot reach"),
        (["repo", "checkin", "{dir}/plain.procdesk"], "was not checked out from a repository"),
        (["repo", "status", "{dir}/plain.procdesk"], "was not checked out from a repository"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    plain = tmp_path / "plain.procdesk"
    Document.create(plain).close()
    before = sorted(p.name for p in tmp_path.iterdir())
    code = main([a.format(dir=tmp_path) for a in args])
    _, err = capsys.readouterr()
    assert code == 2
    assert words in err and len(err.strip().splitlines()) == 1, err
    assert sorted(p.name for p in tmp_path.iterdir()) == before
