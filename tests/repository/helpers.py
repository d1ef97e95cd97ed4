"""Reading a repository straight from the database, to check what procdesk wrote there."""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable
from pathlib import Path

import psycopg

from procdesk.document import Document
from procdesk.model.elements import Process
from procdesk.model.workspace import Workspace
from procdesk.store import pg_rows
from procdesk.store.origin import read_origin
from procdesk.team.checkout import checkout, selection
from tests.builders import snapshot

PURCHASE = "Purchase requisition"


def open_checkout(url: str, path: Path, *processes: str, read_only: bool = False) -> Document:
    checkout(url, path, list(processes), read_only=read_only)
    return Document.open(path)


def repository(url: str) -> Workspace:
    """Everything the repository holds now."""
    with psycopg.connect(url) as connection:
        connection.execute("SET search_path = procdesk")
        return Workspace(pg_rows.fetch_all(connection))


def head(url: str) -> int:
    with psycopg.connect(url) as connection:
        connection.execute("SET search_path = procdesk")
        return pg_rows.head(connection)


def checkin_payloads(url: str) -> list[bytes]:
    with psycopg.connect(url) as connection:
        connection.execute("SET search_path = procdesk")
        return pg_rows.payloads(connection)


def as_checked_out(url: str, document: Document) -> dict[str, object]:
    """What the repository holds of *document*'s processes (and of the whole workspace)."""
    origin = document.store.read(read_origin)
    assert origin is not None
    stored = repository(url)
    chosen = [p for p in stored.processes() if p.id in origin.processes]
    return snapshot(Workspace(selection(stored, chosen)))


def level(url: str, *documents: Document) -> bool:
    """Whether each document holds exactly what the repository holds of it."""
    return all(snapshot(d.workspace) == as_checked_out(url, d) for d in documents)


def process_named(workspace: Workspace, name: str) -> Process:
    return next(p for p in workspace.processes() if p.name == name)


def database_of(url: str) -> str:
    """The database a repository URL names."""
    return str(psycopg.conninfo.conninfo_to_dict(url)["dbname"])


def forked(work: Callable[[], object]) -> int:
    """Run *work* in a forked child process (exit 0 when it returns, 1 when it raises); its
    pid. Forking skips a Python start, so a test can afford many clients."""
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        code = 1
        try:
            work()
            code = 0
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(code)
    return pid


def exit_code(pid: int) -> int:
    """Wait for child *pid*; its exit code (negative: the signal that ended it)."""
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)
