"""A real PostgreSQL server for the repository tests: started once per test process, a fresh
database (and repository) per test.

Where no server can be started (PostgreSQL not installed, no account to run it as) these
tests skip and say why; with ``PROCDESK_REQUIRE_POSTGRES=1`` (CI) they fail instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.repository.pg_server import PostgresServer, ServerUnavailable

os.environ["PROCDESK_KEYRING"] = "0"  # no desktop keyring lookups, unless a test asks


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    try:
        server = PostgresServer.start()
    except (ServerUnavailable, OSError) as error:
        if os.environ.get("PROCDESK_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PROCDESK_REQUIRE_POSTGRES=1 but no PostgreSQL server: {error}")
        pytest.skip(f"no PostgreSQL server can be started here: {error}")
    yield server
    server.stop()


@pytest.fixture
def repo_url(pg_server: PostgresServer) -> str:
    """An empty repository in a fresh database (the superuser's socket URL)."""
    from procdesk.store.pg_schema import init_repository

    url = pg_server.url(pg_server.new_database())
    init_repository(url)
    return url


@pytest.fixture
def sample_repo(repo_url: str, tmp_path: Path) -> str:
    """A repository holding the sample organisation as revision 1."""
    from procdesk.document import Document
    from procdesk.team.seed import seed

    with Document.create(tmp_path / "seed.procdesk", sample=True) as document:
        seed(repo_url, document)
    return repo_url
