"""Reaching a team repository on PostgreSQL: the URL, the password, the connection, and every
failure as one sentence.

A repository is named by a libpq URL, ``postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=…]``,
passed to libpq as it is (TLS, unix sockets, ``passfile``, ``service`` all work as libpq
documents them). procdesk stores no passwords: a URL that holds one may be used once but is
refused for storing; the password comes from the URL, ``PGPASSWORD``, the system keyring (the
optional ``keyring`` package: service ``procdesk``, user name the URL without password) or
libpq's password file.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.conninfo import conninfo_to_dict

from procdesk.store.errors import WorkspaceError

SCHEMES = ("postgresql", "postgres")
KEYRING_SERVICE = "procdesk"
SCHEMA = "procdesk"
"""The PostgreSQL schema that holds a repository's tables."""


class RepositoryError(WorkspaceError):
    """A repository cannot be reached or used; ``str()`` is one sentence for the user."""


class RepositoryUnreachableError(RepositoryError):
    """The server did not answer, refused the login, or has no such database."""


class RepositoryRefusedError(RepositoryError):
    """The database refused an operation this login may not do (its role)."""


def check_url(url: str) -> dict[str, Any]:
    """The libpq parameters of *url*; RepositoryError when it is no PostgreSQL URL."""
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme not in SCHEMES:
        raise RepositoryError(f"{url!r} is not a PostgreSQL URL (postgresql://USER@HOST/DATABASE)")
    try:
        params: dict[str, Any] = conninfo_to_dict(url)
    except psycopg.ProgrammingError as error:
        raise RepositoryError(f"{url!r} is not a valid PostgreSQL URL: {error}") from error
    if not params.get("dbname"):
        raise RepositoryError(f"{url!r} names no database (postgresql://USER@HOST/DATABASE)")
    return params


def without_password(url: str) -> str:
    """*url* with any password taken out of it (what may be shown or stored)."""
    parts = urlsplit(url)
    userinfo, at, hostport = parts.netloc.rpartition("@")
    if at and ":" in userinfo:
        userinfo = userinfo.split(":", 1)[0]
    netloc = f"{userinfo}@{hostport}" if at else hostport
    query = "&".join(
        pair for pair in parts.query.split("&") if pair and not pair.startswith("password=")
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def storable_url(url: str) -> str:
    """*url* checked for keeping in a workspace: RepositoryError when it holds a password."""
    params = check_url(url)
    if params.get("password"):
        raise RepositoryError(
            "the URL holds a password, and procdesk stores no passwords: give "
            f"{without_password(url)} and keep the password in ~/.pgpass, PGPASSWORD "
            "or the keyring"
        )
    return url


def keyring_password(url: str) -> str | None:
    """The password kept in the system keyring for *url*, if the keyring package is there."""
    if os.environ.get("PROCDESK_KEYRING", "1") == "0":
        return None
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        password = keyring.get_password(KEYRING_SERVICE, without_password(url))
    except (KeyringError, RuntimeError, OSError):
        return None
    return password or None


def connect(url: str, *, autocommit: bool = False) -> psycopg.Connection[Any]:
    """A connection to the repository database at *url*, its schema on the search path."""
    params = check_url(url)
    extra: dict[str, Any] = {"application_name": "procdesk"}
    if not params.get("password") and not os.environ.get("PGPASSWORD"):
        password = keyring_password(url)
        if password:
            extra["password"] = password
    if "connect_timeout" not in params:
        extra["connect_timeout"] = 10
    shown = without_password(url)
    try:
        connection = psycopg.connect(url, autocommit=autocommit, **extra)
    except psycopg.OperationalError as error:
        raise RepositoryUnreachableError(
            f"cannot reach the repository at {shown}: {reason(error)}"
        ) from error
    except psycopg.Error as error:
        raise RepositoryError(f"cannot use the repository at {shown}: {reason(error)}") from error
    try:
        connection.execute(f"SET search_path = {SCHEMA}, pg_catalog")
        connection.execute("SET idle_in_transaction_session_timeout = '60s'")
        connection.execute("SET lock_timeout = '30s'")
        if not autocommit:
            connection.commit()
    except psycopg.Error as error:
        connection.close()
        raise RepositoryError(f"cannot use the repository at {shown}: {reason(error)}") from error
    return connection


def reason(error: BaseException) -> str:
    """What went wrong, in one line: the server's FATAL message, else libpq's first line."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    for line in lines:
        if "FATAL:" in line:
            return line.split("FATAL:", 1)[1].strip()
    if not lines:
        return type(error).__name__
    first = lines[0].removeprefix("connection failed:").strip()
    if "failed:" in first:
        first = first.rsplit("failed:", 1)[1].strip()
    return first or type(error).__name__
