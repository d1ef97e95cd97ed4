"""The freedesktop .desktop entry: launcher, icon and file association in one place."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib

import pytest

from tests.packaging.paths import APP_ID, DESKTOP_FILE, ICON_DIR, MIME_TYPE, ROOT


def read_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(DESKTOP_FILE.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_entry_has_the_keys_a_launcher_needs() -> None:
    # given the desktop entry
    entry = read_entry()
    # then it is an application entry with name, command, icon, file type and menu categories
    assert entry["Type"] == "Application"
    for key in ("Name", "Exec", "Icon", "MimeType", "Categories"):
        assert entry.get(key, "").strip(), f"{key} is missing or empty"
    assert entry["Terminal"] == "false"


def test_exec_runs_the_installed_command_with_one_file() -> None:
    # given the command that pip installs
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    # when the desktop runs the entry
    command, *arguments = read_entry()["Exec"].split()
    # then it starts that command with a single file (one window per workspace)
    assert command in scripts
    assert arguments == ["%f"]


def test_icon_and_mime_type_match_the_shipped_files() -> None:
    entry = read_entry()
    # the icon name is the app id, and the icon exists under that name
    assert entry["Icon"] == APP_ID
    assert (ICON_DIR / f"{APP_ID}.svg").is_file()
    # the entry opens procdesk workspaces; lists end with a semicolon
    assert entry["MimeType"].split(";") == [MIME_TYPE, ""]
    assert entry["Categories"].endswith(";")
    assert "Office" in entry["Categories"].split(";")


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate not installed (Debian package desktop-file-utils)",
)
def test_desktop_file_validate_accepts_it() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()
