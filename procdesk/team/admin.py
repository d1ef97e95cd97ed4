"""Giving a login its role in a repository: viewer, editor or approver (exactly one).

The login is made (without a password: its administrator sets one with ``ALTER ROLE … PASSWORD``
or uses the server's own authentication) when the server does not know it yet. Only a login
that may create roles and grant the repository's roles can do this: the database says so.
"""

from __future__ import annotations

from procdesk.store.pg_connect import RepositoryError
from procdesk.store.pg_schema import ROLES, ident
from procdesk.team.session import Repository


def grant(url: str, user: str, role: str) -> str:
    """Give *user* the *role* in the repository at *url* (and no other); what was done."""
    if role not in ROLES:
        raise RepositoryError(f"no role {role!r}: choose viewer, editor or approver")
    if not user.strip():
        raise RepositoryError("give the login name of the person")
    with Repository(url) as repository, repository.writing() as connection:
        names = {r: repository.meta[f"role_{r}"] for r in ROLES}
        exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [user]).fetchone()
        made = exists is None
        if made:
            connection.execute(f"CREATE ROLE {ident(user)} LOGIN")
        for other in ROLES:
            connection.execute(f"REVOKE {ident(names[other])} FROM {ident(user)}")
        connection.execute(f"GRANT {ident(names[role])} TO {ident(user)}")
        shown = repository.shown
    made_text = (
        " (a new login without a password: set one with ALTER ROLE … PASSWORD)" if made else ""
    )
    return f"{user} is now {'an' if role[0] in 'aeiou' else 'a'} {role} of {shown}{made_text}"
