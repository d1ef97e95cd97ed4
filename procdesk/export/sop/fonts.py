"""The SOP's typeface: DejaVu Sans, embedded, so every name renders as its author typed it.

The PDF base-14 fonts (Helvetica…) only cover Latin-1: no Polish ``ż``, no Greek, no Cyrillic,
no ✓. DejaVu Sans covers all of them and may be redistributed, so it ships in
``resources/fonts``; reportlab embeds only the glyphs a document uses. What DejaVu Sans lacks
(Chinese, Japanese, Korean, emoji…) each face hands on to the installed fonts that have it
(:mod:`procdesk.export.sop.fallback_font`).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from procdesk.export.fonts.fallback import shared_fallback
from procdesk.export.sop.fallback_font import FallbackFont
from procdesk.resources import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"
FAMILY = REGULAR

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
    BOLD_OBLIQUE: "DejaVuSans-BoldOblique.ttf",
}
_STYLES = {
    REGULAR: (False, False),
    BOLD: (True, False),
    OBLIQUE: (False, True),
    BOLD_OBLIQUE: (True, True),
}
"""Each face's (bold, italic): the fallback looks for the same style in other fonts."""
_SYSTEM_FOLDER = Path("/usr/share/fonts/truetype/dejavu")


class FontMissingError(RuntimeError):
    """The bundled font files are not where they should be (a broken installation)."""


def font_file(name: str) -> Path:
    """The TrueType file of font *name*: the bundled copy, else the system's DejaVu."""
    file_name = _FILES[name]
    for folder in (resource("fonts"), _SYSTEM_FOLDER):
        candidate = folder / file_name
        if candidate.is_file():
            return candidate
    raise FontMissingError(f"font file {file_name} not found in {resource('fonts')}")


def register_fonts() -> None:
    """Register the DejaVu Sans family with reportlab (once), each face with the fallback for
    the current font settings.

    The family mapping lets ``<b>`` and ``<i>`` in paragraphs pick the bold and oblique faces.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    fallback = shared_fallback()
    for name, (bold, italic) in _STYLES.items():
        if name not in registered:
            face = FallbackFont(name, str(font_file(name)), fallback, bold, italic)
            pdfmetrics.registerFont(face)
        font = pdfmetrics.getFont(name)
        if isinstance(font, FallbackFont) and font.fallback is not fallback:
            font.use(fallback)
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, OBLIQUE)
    addMapping(FAMILY, 1, 1, BOLD_OBLIQUE)


def face_for(font_name: str) -> str:
    """The DejaVu face matching another font's weight and slant (e.g. a diagram's labels)."""
    lowered = font_name.lower()
    bold = "bold" in lowered
    slanted = "italic" in lowered or "oblique" in lowered
    if bold and slanted:
        return BOLD_OBLIQUE
    if bold:
        return BOLD
    if slanted:
        return OBLIQUE
    return REGULAR
