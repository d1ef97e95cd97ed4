"""Who may do what, enforced by the database: viewer, editor and approver logins over TCP with
a password from a pgpass file, refused or allowed by grants and row-level security, with
procdesk's own checks bypassed where the database's refusal is what is tested."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from psycopg import errors as pg_errors

from procdesk.document import Document
from procdesk.model.changes import Change
from procdesk.model.elements import Step
from procdesk.model.release_intents import ReleaseIntents
from procdesk.model.releases import (
    Release,
    ReleaseStatus,
    latest_release,
    next_version,
    parse_version,
    status_of,
)
from procdesk.model.workspace import Workspace
from procdesk.store import pg_rows
from procdesk.store.origin import read_origin
from procdesk.store.pg_connect import RepositoryError, RepositoryRefusedError
from procdesk.team.admin import grant
from procdesk.team.session import Repository
from procdesk.team.sync import checkin
from tests.builders import snapshot
from tests.repository.helpers import PURCHASE, database_of, head, open_checkout, process_named
from tests.repository.helpers import repository as stored
from tests.repository.pg_server import PASSWORD, PostgresServer

ROLES = ("viewer", "editor", "approver")


@pytest.fixture
def logins(
    pg_server: PostgresServer, sample_repo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, str]]:
    """One login per role, each a TCP URL without password; the passwords in a pgpass file."""
    database = database_of(sample_repo)
    urls: dict[str, str] = {}
    lines: list[str] = []
    for role in ROLES:
        login = pg_server.new_login()
        grant(sample_repo, login, role)
        urls[role] = pg_server.tcp_url(database, login)
        lines.append(f"127.0.0.1:{pg_server.port}:{database}:{login}:{PASSWORD}")
    passfile = tmp_path / "pgpass"
    passfile.write_text("\n".join(lines) + "\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    yield urls


def _raw(url: str) -> psycopg.Connection[tuple[object, ...]]:
    """A plain psycopg connection: no procdesk check between the login and the database."""
    connection = psycopg.connect(url)
    connection.execute("SET search_path = procdesk")
    return connection


def _rename_first_task(document: Document, name: str) -> str:
    process = process_named(document.workspace, PURCHASE)
    diagram = document.workspace.diagrams_of(process.id)[0]
    task = next(s for s in document.workspace.elements_of(diagram.id, Step) if s.kind.is_activity)
    document.editor.rename(task.id, name)
    return task.id


def _new_release(document: Document) -> Release:
    """A new version of the purchase process, made in *document*."""
    process = process_named(document.workspace, PURCHASE)
    latest = latest_release(document.workspace, process.id)
    number = parse_version(latest.version) if latest is not None else None
    intents = ReleaseIntents(document.history)
    release_id = intents.release(process.id, next_version(number, True), "new version")
    return document.workspace.get(release_id, Release)


def test_each_login_sees_its_role(logins: dict[str, str]) -> None:
    for role, url in logins.items():
        with Repository(url) as repository:
            assert repository.role == role


def test_a_viewer_reads_but_the_database_refuses_its_writes(
    logins: dict[str, str], sample_repo: str, tmp_path: Path
) -> None:
    # given a viewer's check-out (reading is allowed), with a local edit
    with open_checkout(logins["viewer"], tmp_path / "v.procdesk", PURCHASE) as document:
        _rename_first_task(document, "Viewer's name")
        before, revision = snapshot(stored(sample_repo)), head(sample_repo)
        # when it checks in, then procdesk says no
        with pytest.raises(RepositoryRefusedError, match="may only read"):
            checkin(document)
        # and the database itself refuses, asked directly: no revision, no row
        with _raw(logins["viewer"]) as connection, pytest.raises(pg_errors.InsufficientPrivilege):
            pg_rows.head(connection, lock=True)
        with _raw(logins["viewer"]) as connection, pytest.raises(pg_errors.InsufficientPrivilege):
            pg_rows.write(connection, [Change(None, _new_step_like(document))], revision + 1)
        assert (snapshot(stored(sample_repo)), head(sample_repo)) == (before, revision)


def _new_step_like(document: Document) -> Step:
    """A copy of some step under a new id (a row a viewer would add)."""
    step = next(e for e in document.workspace if isinstance(e, Step))
    return replace(step, id="viewer-step")


def test_an_editor_checks_in_edits_but_not_releases(
    logins: dict[str, str], sample_repo: str, tmp_path: Path
) -> None:
    with open_checkout(logins["editor"], tmp_path / "e.procdesk", PURCHASE) as document:
        # given an editor's rename: it is checked in, signed by its login
        task = _rename_first_task(document, "Editor's name")
        result = checkin(document, "rename")
        assert result.checked_in
        assert getattr(stored(sample_repo).find(task), "name", None) == "Editor's name"
        with Repository(sample_repo) as repository, repository.reading() as connection:
            (entry,) = pg_rows.checkins(connection, result.revision - 1)
        login = psycopg.conninfo.conninfo_to_dict(logins["editor"])["user"]
        assert entry.committer == login
        # when the editor makes a release, then its check-in is refused, nothing written
        release = _new_release(document)
        revision = head(sample_repo)
        with pytest.raises(RepositoryRefusedError, match="approver"):
            checkin(document, "release")
        assert release.id not in stored(sample_repo) and head(sample_repo) == revision


def test_the_database_refuses_an_editor_release_rows_and_signing_as_another(
    logins: dict[str, str], sample_repo: str, tmp_path: Path
) -> None:
    with open_checkout(logins["editor"], tmp_path / "e.procdesk", PURCHASE) as document:
        release = _new_release(document)
    url = logins["editor"]
    # the releases table: no grant for editors
    with _raw(url) as connection, pytest.raises(pg_errors.InsufficientPrivilege):
        pg_rows.write(connection, [Change(None, release)], 99)
    # the revision marks of releases: row-level security
    with _raw(url) as connection, pytest.raises(pg_errors.InsufficientPrivilege):
        connection.execute(
            "INSERT INTO repo_revisions (id, tbl, revision) VALUES ('x', 'releases', 99)"
        )
    # a check-in log entry signed by another login: row-level security
    with _raw(url) as connection, pytest.raises(pg_errors.InsufficientPrivilege):
        connection.execute(
            "INSERT INTO repo_checkins (revision, author, committer, message, changes, payload) "
            "VALUES (99, 'x', 'postgres', 'forged', 0, '')"
        )
    assert release.id not in stored(sample_repo)


def test_an_approver_releases_and_approves(
    logins: dict[str, str], sample_repo: str, tmp_path: Path
) -> None:
    with open_checkout(logins["approver"], tmp_path / "a.procdesk", PURCHASE) as document:
        # given an approver releases a version, sends it to review and approves it
        release = _new_release(document)
        intents = ReleaseIntents(document.history)
        intents.submit(release.id)
        intents.approve(release.id, "Approver")
        # when checked in, then the repository holds the approved version for everyone
        assert checkin(document, "version approved").checked_in
    repository = stored(sample_repo)
    assert isinstance(repository.find(release.id), Release)
    assert status_of(repository, release.id) == ReleaseStatus.APPROVED
    with open_checkout(logins["viewer"], tmp_path / "v.procdesk", PURCHASE) as viewer:
        assert status_of(viewer.workspace, release.id) == ReleaseStatus.APPROVED


def test_no_password_is_stored_and_one_in_the_url_is_refused(
    logins: dict[str, str], pg_server: PostgresServer, tmp_path: Path
) -> None:
    url = logins["editor"]
    with open_checkout(url, tmp_path / "e.procdesk", PURCHASE) as document:
        origin = document.store.read(read_origin)
        assert origin is not None and origin.url == url
    assert PASSWORD.encode() not in (tmp_path / "e.procdesk").read_bytes()
    with_password = url.replace("@", f":{PASSWORD}@", 1)
    with pytest.raises(RepositoryError, match="stores no passwords"):
        open_checkout(with_password, tmp_path / "p.procdesk", PURCHASE)
    assert not (tmp_path / "p.procdesk").exists()


def test_a_wrong_password_is_one_sentence(
    logins: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", "wrong")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(RepositoryError, match="password authentication failed") as caught:
        Repository(logins["editor"])
    assert "\n" not in str(caught.value)


def test_tls_with_sslmode_require(
    logins: dict[str, str], pg_server: PostgresServer, tmp_path: Path
) -> None:
    if not pg_server.tls:
        pytest.skip("the test server has no certificate (openssl missing)")
    url = logins["viewer"] + "?sslmode=require"
    with Repository(url) as repository:
        ssl = repository.connection.execute(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).fetchone()
        assert ssl == (True,)
    with open_checkout(url, tmp_path / "tls.procdesk", PURCHASE) as document:
        assert isinstance(document.workspace, Workspace)
