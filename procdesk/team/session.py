"""An open connection to a team repository, checked before use: is it a repository, of this
procdesk's schema, with every table this procdesk writes, and may this login read it?

Failures of the database while working (the connection lost, a statement the login's role may
not run) come out as one sentence through ``failures()``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from types import TracebackType
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from procdesk.store.codec import tables
from procdesk.store.layout import SCHEMA_VERSION
from procdesk.store.pg_connect import (
    SCHEMA,
    RepositoryError,
    RepositoryRefusedError,
    RepositoryUnreachableError,
    connect,
    reason,
    without_password,
)
from procdesk.store.pg_schema import ROLES


class Repository:
    """A repository at *url*, connected and verified (use as a context manager)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.shown = without_password(url)
        self.connection: psycopg.Connection[Any] = connect(url)
        try:
            with self.failures("open"):
                self.meta = self._verify()
                self.login, self.role = self._role()
                self.connection.commit()
        except BaseException:
            self.connection.close()
            raise

    @property
    def id(self) -> str:
        return self.meta.get("repository_id", "")

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Repository:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # checks ------------------------------------------------------------------------------------
    def _verify(self) -> dict[str, str]:
        try:
            rows = self.connection.execute("SELECT key, value FROM repo_meta").fetchall()
        except pg_errors.UndefinedTable as error:
            raise RepositoryError(
                f"{self.shown} is not a procdesk repository "
                f"(procdesk repo init {self.shown} creates one)"
            ) from error
        except pg_errors.InsufficientPrivilege as error:
            login = self.connection.info.user
            raise RepositoryRefusedError(
                f"login {login!r} has no role in the repository at {self.shown} (its "
                f"administrator gives one: procdesk repo grant URL {login} viewer)"
            ) from error
        meta = {str(key): str(value) for key, value in rows}
        found = int(meta.get("schema_version", "0"))
        if found != SCHEMA_VERSION:
            newer = found > SCHEMA_VERSION
            raise RepositoryError(
                f"the repository at {self.shown} has schema {found}; this procdesk reads "
                f"schema {SCHEMA_VERSION}: "
                + ("update procdesk" if newer else f"run procdesk repo init {self.shown}")
            )
        present = {
            str(row[0])
            for row in self.connection.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                [SCHEMA],
            )
        }
        missing = sorted(t.name for t in tables() if t.name not in present)
        if missing:
            raise RepositoryError(
                f"the repository at {self.shown} lacks tables this procdesk writes "
                f"({', '.join(missing[:3])}…): its administrator runs "
                f"procdesk repo init {self.shown}"
            )
        return meta

    def _role(self) -> tuple[str, str]:
        """The login and its highest role: owner, approver, editor or viewer."""
        row = self.connection.execute(
            "SELECT current_user, rolsuper OR pg_has_role(current_user, "
            "(SELECT nspowner FROM pg_namespace WHERE nspname = %s), 'MEMBER') "
            "FROM pg_roles WHERE rolname = current_user",
            [SCHEMA],
        ).fetchone()
        assert row is not None
        login, owner = str(row[0]), bool(row[1])
        if owner:
            return login, "owner"
        for role in reversed(ROLES):
            name = self.meta.get(f"role_{role}", "")
            member = self.connection.execute(
                "SELECT pg_has_role(current_user, %s, 'MEMBER')", [name]
            ).fetchone()
            if member is not None and member[0]:
                return login, role
        return login, ""

    def may(self, role: str) -> bool:
        """Whether this login holds *role* (or a higher one)."""
        order = ["", *ROLES, "owner"]
        return order.index(self.role) >= order.index(role)

    # transactions ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def reading(self) -> Iterator[psycopg.Connection[Any]]:
        """A read-only transaction on one snapshot: the head and every row agree."""
        with self.failures("read"), self.connection.transaction():
            self.connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield self.connection

    @contextlib.contextmanager
    def writing(self) -> Iterator[psycopg.Connection[Any]]:
        """A transaction: committed when the block ends, rolled back if it raises."""
        with self.failures("write to"), self.connection.transaction():
            yield self.connection

    @contextlib.contextmanager
    def failures(self, doing: str) -> Iterator[None]:
        """Database errors inside the block as one sentence (RepositoryError)."""
        try:
            yield
        except pg_errors.InsufficientPrivilege as error:
            raise RepositoryRefusedError(
                f"the repository at {self.shown} refused login {self.connection.info.user!r}: "
                f"{reason(error)}"
            ) from error
        except pg_errors.LockNotAvailable as error:
            raise RepositoryError(
                f"the repository at {self.shown} is busy with another check-in; try again"
            ) from error
        except psycopg.OperationalError as error:
            if not self.connection.broken and not self.connection.closed:
                raise RepositoryError(
                    f"cannot {doing} the repository at {self.shown}: {reason(error)}"
                ) from error
            raise RepositoryUnreachableError(
                f"lost the repository at {self.shown} ({reason(error)}); nothing was changed there"
            ) from error
        except psycopg.Error as error:
            raise RepositoryError(
                f"cannot {doing} the repository at {self.shown}: {reason(error)}"
            ) from error
