"""The author's name: chosen, from the environment, or the account's."""

from __future__ import annotations

import getpass
import pwd

import pytest

from procdesk.identity import current_author, set_author


def test_chosen_name_wins_then_environment_then_account(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROCDESK_AUTHOR", "  M. Keller ")
    try:
        set_author("A. Schmidt")
        assert current_author() == "A. Schmidt"
        set_author("   ")
        assert current_author() == "M. Keller"
        monkeypatch.delenv("PROCDESK_AUTHOR")
        login = getpass.getuser()
        full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
        assert current_author() == (full or login)
    finally:
        set_author(None)
