"""Persistent preferences: window geometry and recent workspaces, in QSettings.

Everything is stored under organization "procdesk", application "procdesk", always as an INI
file; tests point IniFormat at a temporary folder (``QSettings.setPath``) so the user's
settings stay untouched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "procdesk"
APPLICATION = "procdesk"
RECENT_KEY = "recentWorkspaces"
MAX_RECENT = 10


def app_settings() -> QSettings:
    """procdesk's settings: an INI file in the user's config folder (``QSettings.setPath``)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def recent_workspaces(settings: QSettings) -> list[str]:
    """Recently opened workspace paths, newest first, only those that still exist."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    items = value if isinstance(value, list) else []
    paths = [v for v in items if isinstance(v, str)]
    return [p for p in paths if Path(p).exists()]


def remember_workspace(settings: QSettings, path: Path | str) -> None:
    """Put *path* at the top of the recent list."""
    entry = str(Path(path).resolve())
    paths = [p for p in recent_workspaces(settings) if p != entry]
    settings.setValue(RECENT_KEY, [entry, *paths][:MAX_RECENT])
    settings.sync()
