"""The connection lost in the middle of a check-in (the server ends the session while the
check-in waits for its turn): one sentence, nothing written on either side, and the same
changes check in once the repository is back."""

from __future__ import annotations

import threading
from pathlib import Path

import psycopg

from procdesk.model.elements import Step
from procdesk.store.pg_connect import RepositoryUnreachableError
from procdesk.team.pending import standing
from procdesk.team.sync import SyncResult, checkin
from tests.builders import snapshot
from tests.repository.helpers import PURCHASE, head, level, open_checkout, repository
from tests.repository.pg_server import wait_until


def test_a_session_ended_mid_check_in_writes_nothing(sample_repo: str, tmp_path: Path) -> None:
    # given a pending rename, and another session holding the repository's revision row
    document = open_checkout(sample_repo, tmp_path / "mine.procdesk", PURCHASE)
    task = next(e for e in document.workspace if isinstance(e, Step) and e.kind.is_activity)
    document.editor.rename(task.id, "Sent over a lost line")
    before, revision = snapshot(repository(sample_repo)), head(sample_repo)
    holder = psycopg.connect(sample_repo)
    holder.execute("SELECT revision FROM procdesk.repo_head FOR UPDATE")
    outcome: list[BaseException | SyncResult] = []

    def run() -> None:
        try:
            outcome.append(checkin(document, "lost"))
        except BaseException as error:  # handed to the test's thread
            outcome.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    waiting = (
        "SELECT pid FROM pg_stat_activity "
        "WHERE application_name = 'procdesk' AND wait_event_type = 'Lock'"
    )
    with psycopg.connect(sample_repo, autocommit=True) as admin:
        # when the server ends the check-in's session while it waits for its turn
        assert wait_until(lambda: admin.execute(waiting).fetchone() is not None)
        (pid,) = admin.execute(waiting).fetchone() or (0,)
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    worker.join(30)
    holder.rollback()
    holder.close()
    # then the check-in says so in one sentence, and nothing changed on either side
    (error,) = outcome
    assert isinstance(error, RepositoryUnreachableError), error
    assert "nothing was changed there" in str(error) and "\n" not in str(error)
    assert (snapshot(repository(sample_repo)), head(sample_repo)) == (before, revision)
    assert list(standing(document).pending) == [task.id]
    # and the same change checks in afterwards
    result = checkin(document, "again")
    assert result.checked_in and level(sample_repo, document)
    document.close()
