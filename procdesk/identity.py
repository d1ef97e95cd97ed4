"""Who is working: the name written into change history, releases and sign-offs.

A process office needs to know who changed or released what. The name is, in order: what the
front end set (the window's preference), ``$PROCDESK_AUTHOR``, the operating-system account's
full name, its login name. It is a plain string kept in memory; nothing here touches Qt.
"""

from __future__ import annotations

import getpass
import os

_chosen: str | None = None


def current_author() -> str:
    """The name of the person making edits now (never empty)."""
    if _chosen:
        return _chosen
    from_environment = os.environ.get("PROCDESK_AUTHOR", "").strip()
    if from_environment:
        return from_environment
    return _account_name()


def set_author(name: str | None) -> None:
    """Use *name* from now on (None or blank: back to the environment and the account)."""
    global _chosen
    _chosen = (name or "").strip() or None


def _account_name() -> str:
    try:
        login = getpass.getuser()
    except (OSError, KeyError):
        return "unknown"
    try:
        import pwd

        full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):
        full = ""
    return full or login
