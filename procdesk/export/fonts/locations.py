"""Where fonts are: the bundled folder, the folders the user names, the system's own.

``PROCDESK_FONT_DIRS`` (folders separated by the platform's path separator) replaces the
system's font folders in procdesk's search; set to an empty value, procdesk uses its bundled
DejaVu Sans alone. On Linux without it, fontconfig's own order for "sans-serif" is kept, so
the fonts and languages the user prefers come first.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from procdesk.resources import resource

FONT_DIRS_VARIABLE = "PROCDESK_FONT_DIRS"
FONT_SUFFIXES = frozenset({".ttf", ".ttc", ".otf", ".otc"})
_DEMOTED = ("mono", "serif", "unifont", "lastresort", "last resort")
"""Words in a file name that put a font after the others: a sans-serif reads best beside
DejaVu Sans, and pixel or placeholder fonts are a last resort."""


@dataclass(frozen=True, slots=True)
class FontSource:
    """A font file, and which of its faces to use: one (*index*) or, when None, every face
    of a collection (.ttc)."""

    path: str
    index: int | None = None


def bundled_folder() -> Path:
    """The fonts that ship with procdesk (DejaVu Sans)."""
    return resource("fonts")


def configured_folders() -> list[Path] | None:
    """The folders ``PROCDESK_FONT_DIRS`` names; None when it is not set."""
    value = os.environ.get(FONT_DIRS_VARIABLE)
    if value is None:
        return None
    return [Path(part).expanduser() for part in value.split(os.pathsep) if part.strip()]


def system_folders() -> list[Path]:
    """The operating system's font folders (system-wide and the user's own)."""
    home = Path.home()
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windows / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [
            Path("/System/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"),
            home / "Library" / "Fonts",
        ]
    data = Path(os.environ.get("XDG_DATA_HOME", home / ".local" / "share"))
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        data / "fonts",
        home / ".fonts",
    ]


def _rank(path: Path) -> tuple[int, str]:
    name = path.name.lower()
    demoted = any(word in name for word in _DEMOTED) and "sans" not in name
    return (1 if demoted else 0, str(path))


def font_files(folders: list[Path]) -> list[Path]:
    """Every font file below *folders*, sans-serif faces first, then by path."""
    found: set[Path] = set()
    for folder in folders:
        if not folder.is_dir():
            continue
        for root, _, names in os.walk(folder):
            found.update(
                Path(root, name) for name in names if Path(name).suffix.lower() in FONT_SUFFIXES
            )
    return sorted(found, key=_rank)


def _fontconfig_order() -> list[FontSource] | None:
    """Every face fontconfig knows, in its order of preference for sans-serif text."""
    command = shutil.which("fc-match")
    if command is None:
        return None
    try:
        result = subprocess.run(
            [command, "--sort", "--all", "--format", "%{file}|%{index}\\n", "sans-serif"],
            capture_output=True,
            text=True,
            timeout=20,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    faces: list[FontSource] = []
    for line in result.stdout.splitlines():
        path, _, index = line.rpartition("|")
        if path and Path(path).suffix.lower() in FONT_SUFFIXES:
            faces.append(FontSource(path, int(index) if index.isdigit() else 0))
    return faces or None


def candidate_sources() -> list[FontSource]:
    """The installed fonts a fallback may use, best first (each once).

    fontconfig names a collection's faces one by one; a file found by walking the folders
    stands for all of its faces.
    """
    folders = configured_folders()
    if folders is None and sys.platform not in ("win32", "darwin"):
        ordered = _fontconfig_order()
        if ordered is not None:
            return list(dict.fromkeys(ordered))
    files = font_files(system_folders() if folders is None else folders)
    return [FontSource(str(path)) for path in files]
