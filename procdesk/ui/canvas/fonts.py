"""Application-wide look: the bundled DejaVu fonts, so labels measure the same everywhere.

What DejaVu Sans lacks (Chinese, Japanese, Korean, emoji…) Qt takes from the installed fonts
by itself (fontconfig on Linux, the system's own fallback on Windows and macOS): checked for
CJK and emoji in offscreen rendering. What no installed font has, Qt draws as DejaVu Sans's
empty box; :func:`note_uncovered` tells such characters apart so that an image export can
say which they are. ``PROCDESK_FONT_DIRS`` limits Qt to the named folders as it limits the
PDF (:mod:`procdesk.export.fonts.locations`), in a process that sets it before it starts.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from platformdirs import user_cache_dir
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

from procdesk.export.fonts.fallback import is_invisible
from procdesk.export.fonts.locations import bundled_folder, configured_folders, font_files
from procdesk.export.fonts.missing import note_missing

_loaded = False


def prepare_font_environment() -> None:
    """Before the Qt application exists: with ``PROCDESK_FONT_DIRS`` set, let Qt (through
    fontconfig) see only the bundled fonts and the named folders, as the PDF export does."""
    folders = configured_folders()
    if (
        folders is None
        or sys.platform in ("win32", "darwin")
        or "FONTCONFIG_FILE" in os.environ
        or QGuiApplication.instance() is not None
    ):
        return
    searched = [bundled_folder(), *folders]
    dirs = "".join(f"  <dir>{escape(str(folder.resolve()))}</dir>\n" for folder in searched)
    cache = Path(user_cache_dir("procdesk")) / "fontconfig"
    config = (
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f"<fontconfig>\n{dirs}  <cachedir>{escape(str(cache))}</cachedir>\n</fontconfig>\n"
    )
    digest = hashlib.sha256(config.encode()).hexdigest()[:12]
    path = cache / f"fonts-{digest}.conf"
    try:
        cache.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_text(config, encoding="utf-8")
    except OSError:
        return  # no cache folder: Qt keeps the system's fonts
    os.environ["FONTCONFIG_FILE"] = str(path)


def load_fonts() -> None:
    """Register the bundled fonts once (labels and exports use DejaVu Sans), and the fonts of
    the folders ``PROCDESK_FONT_DIRS`` names, which the system may not know."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    folders = [bundled_folder(), *(configured_folders() or [])]
    for path in font_files(folders):
        QFontDatabase.addApplicationFont(str(path))


_metrics: dict[str, QFontMetrics] = {}


def uncovered(font: QFont, text: str) -> list[str]:
    """The visible characters of *text* that neither *font* nor Qt's fallback fonts have."""
    metrics = _metrics.get(font.key())
    if metrics is None:
        metrics = _metrics[font.key()] = QFontMetrics(font)
    return [
        char
        for char in dict.fromkeys(text)
        if not char.isspace() and not is_invisible(char) and not metrics.inFontUcs4(ord(char))
    ]


def note_uncovered(font: QFont, text: str) -> None:
    """Note the characters of *text* that no font has (for whoever collects them)."""
    for char in uncovered(font, text):
        note_missing(char)
