"""A team repository's schema on PostgreSQL: the workspace's own tables, and what sharing adds.

The content tables are the workspace file's (``codec.tables()``: the same SQLAlchemy
definitions, one per registered entity kind), created by SQLAlchemy in the schema
``procdesk``; upgrades run the same migration steps (``migrations``). Sharing adds:

- ``repo_meta``: schema version, the repository's identity, the names of its three roles;
- ``repo_head``: the repository revision, one row: a check-in locks it, so check-ins follow
  one another and revisions are handed out in the order they commit;
- ``repo_revisions``: per row of content, the revision that last wrote it, whether that was
  a removal (a tombstone), and the order it was first stored in: optimistic concurrency per
  row, and "what changed since revision N" in one indexed query;
- ``repo_refs``: which row refers to which id (the model's ``references``), so what depends
  on an element is found without reading every table;
- ``repo_checkins``: the check-in log (revision, time, author, the PostgreSQL login that
  made it, message, and the ChangeSet as the change log's compact payload).

Who may do what is the database's to enforce, not the client's: three roles per repository,
DATABASE_viewer (read), DATABASE_editor (check in) and DATABASE_approver (also releases and
sign-offs), each holding the one before; GRANTs give the tables, and row-level security sees
that only approvers write the revision rows of releases and sign-offs, and that a check-in
is signed by the login that makes it.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, NullPool, create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from procdesk.identity import current_author
from procdesk.model.change_log import utc_now
from procdesk.store.codec import tables
from procdesk.store.layout import SCHEMA_VERSION
from procdesk.store.migrations import migrate
from procdesk.store.pg_connect import SCHEMA, RepositoryError, connect, reason, without_password
from procdesk.store.schema import metadata, sa_tables

FORMAT = 1
"""The layout of the tables sharing adds (``repo_*``)."""

APPROVED_TABLES = ("releases", "release_sign_offs")
"""Content only an approver may check in."""

ROLES = ("viewer", "editor", "approver")

_EXTRA_TABLES = """
CREATE TABLE repo_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE repo_head (id int PRIMARY KEY CHECK (id = 1), revision bigint NOT NULL);
INSERT INTO repo_head VALUES (1, 0);
CREATE TABLE repo_revisions (
    id text PRIMARY KEY,
    tbl text NOT NULL,
    revision bigint NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    position bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX repo_revisions_revision ON repo_revisions (revision);
CREATE TABLE repo_refs (ref_id text NOT NULL, id text NOT NULL, PRIMARY KEY (ref_id, id));
CREATE INDEX repo_refs_id ON repo_refs (id);
CREATE TABLE repo_checkins (
    revision bigint PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    author text NOT NULL,
    committer text NOT NULL DEFAULT current_user,
    message text NOT NULL,
    changes integer NOT NULL,
    payload bytea NOT NULL
);
"""


def ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def role_names(database: str) -> dict[str, str]:
    """The three roles of the repository in *database* (PostgreSQL names are ≤ 63 bytes)."""
    stem = database.encode("utf-8")[:50].decode("utf-8", "ignore")
    return {role: f"{stem}_{role}" for role in ROLES}


def _engine(url: str) -> Any:
    return create_engine("postgresql+psycopg://", creator=lambda: connect(url), poolclass=NullPool)


def init_repository(url: str) -> str:
    """Create the repository at *url* (an empty database), or bring an older one up to date.
    Returns what was done, in words. One transaction: all of it or nothing."""
    shown = without_password(url)
    engine = _engine(url)
    try:
        with engine.begin() as connection:
            found = _schema_version(connection)
            if found is None:
                _create(connection)
                done = f"created the repository at {shown} (schema {SCHEMA_VERSION})"
            elif found > SCHEMA_VERSION:
                raise RepositoryError(
                    f"the repository at {shown} has schema {found}, newer than this "
                    f"procdesk ({SCHEMA_VERSION}): update procdesk"
                )
            else:
                if found < SCHEMA_VERSION:
                    migrate(connection, found, _mark)
                done = (
                    f"the repository at {shown} is up to date (schema {SCHEMA_VERSION})"
                    if found == SCHEMA_VERSION
                    else f"upgraded the repository at {shown} to schema {SCHEMA_VERSION}"
                )
            metadata.create_all(connection, tables=sa_tables(tables()))  # a newer procdesk's kinds
            _grant(connection)
    except SQLAlchemyError as error:
        cause = getattr(error, "orig", None) or error
        raise RepositoryError(
            f"cannot set up the repository at {shown}: {reason(cause)}"
        ) from error
    finally:
        engine.dispose()
    return done


def _schema_version(connection: Connection) -> int | None:
    present = connection.execute(
        text("SELECT 1 FROM information_schema.schemata WHERE schema_name = :s"), {"s": SCHEMA}
    ).first()
    if present is None:
        return None
    value = connection.execute(
        text("SELECT value FROM repo_meta WHERE key = 'schema_version'")
    ).scalar()
    return int(value) if value is not None else None


def _mark(connection: Connection, version: int) -> None:
    connection.execute(
        text("UPDATE repo_meta SET value = :v WHERE key = 'schema_version'"), {"v": str(version)}
    )


def _create(connection: Connection) -> None:
    connection.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    connection.exec_driver_sql(f"SET search_path = {SCHEMA}, pg_catalog")
    for statement in _EXTRA_TABLES.split(";"):
        if statement.strip():
            connection.exec_driver_sql(statement)
    database = str(connection.execute(text("SELECT current_database()")).scalar())
    names = role_names(database)
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "format": str(FORMAT),
        "repository_id": str(uuid.uuid4()),
        "created_at": utc_now(),
        "created_by": current_author(),
        **{f"role_{role}": name for role, name in names.items()},
    }
    connection.execute(
        text("INSERT INTO repo_meta (key, value) VALUES (:k, :v)"),
        [{"k": key, "v": value} for key, value in meta.items()],
    )


def read_roles(connection: Connection) -> dict[str, str]:
    rows = connection.execute(
        text("SELECT key, value FROM repo_meta WHERE key LIKE 'role\\_%'")
    ).all()
    return {str(key).removeprefix("role_"): str(value) for key, value in rows}


def _grant(connection: Connection) -> None:
    """Roles, GRANTs and row-level security (again, idempotent, after every init)."""
    names = read_roles(connection)
    viewer, editor, approver = (ident(names[role]) for role in ROLES)
    for role in ROLES:
        name = names[role]
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
        ).first()
        if exists is None:
            connection.exec_driver_sql(f"CREATE ROLE {ident(name)} NOLOGIN")
    database = str(connection.execute(text("SELECT current_database()")).scalar())
    content = [t.name for t in tables() if t.name not in APPROVED_TABLES]
    statements = [
        f"GRANT {viewer} TO {editor}",
        f"GRANT {editor} TO {approver}",
        f"GRANT CONNECT ON DATABASE {ident(database)} TO {viewer}",
        f"GRANT USAGE ON SCHEMA {SCHEMA} TO {viewer}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {SCHEMA} TO {viewer}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(ident(n) for n in content)} TO {editor}",
        f"GRANT INSERT, UPDATE, DELETE ON repo_revisions, repo_refs TO {editor}",
        f"GRANT INSERT ON repo_checkins TO {editor}",
        f"GRANT UPDATE ON repo_head TO {editor}",
        f"GRANT INSERT, DELETE ON {', '.join(APPROVED_TABLES)} TO {approver}",
        "ALTER TABLE repo_revisions ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE repo_checkins ENABLE ROW LEVEL SECURITY",
    ]
    approved = ", ".join(literal(n) for n in APPROVED_TABLES)
    may_write = f"(tbl NOT IN ({approved}) OR pg_has_role({literal(names['approver'])}, 'MEMBER'))"
    policies = {
        ("repo_revisions", "revisions_read"): "FOR SELECT USING (true)",
        ("repo_revisions", "revisions_insert"): f"FOR INSERT TO {editor} WITH CHECK {may_write}",
        ("repo_revisions", "revisions_update"): (
            f"FOR UPDATE TO {editor} USING {may_write} WITH CHECK {may_write}"
        ),
        ("repo_revisions", "revisions_delete"): f"FOR DELETE TO {editor} USING {may_write}",
        ("repo_checkins", "checkins_read"): "FOR SELECT USING (true)",
        ("repo_checkins", "checkins_signed"): (
            f"FOR INSERT TO {editor} WITH CHECK (committer = current_user)"
        ),
    }
    for statement in statements:
        connection.exec_driver_sql(statement)
    for (table, policy), rule in policies.items():
        connection.exec_driver_sql(f"DROP POLICY IF EXISTS {policy} ON {table}")
        connection.exec_driver_sql(f"CREATE POLICY {policy} ON {table} {rule}")
