"""Characters no installed font has: noted while a document is set, then told to the user.

A signed-off SOP that silently drops text is the worst failure an SOP tool can have, so every
character printed as a placeholder is noted, and the export says which ones they are and which
font package would print them (``no font for 漢字 (U+6F22 U+5B57), shown as �: install
fonts-wqy-microhei``).
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from procdesk.text import tr

MAX_LISTED = 8
"""Characters named in a warning; the rest are counted."""

_CJK = frozenset({"Hani", "Hira", "Kana", "Hang", "Bopo", "Hrkt", "Yiii"})
_SYMBOLS = frozenset({"Zyyy", "Zinh", "Zzzz"})


def _script(char: str) -> str:
    from fontTools import unicodedata as fontdata  # only when there is something to report

    return str(fontdata.script(char))


def _public(char: str) -> bool:
    """Whether fonts for *char* can be had: not a private-use or unassigned code point."""
    return unicodedata.category(char) not in ("Co", "Cn", "Cs")


def debian_package(char: str) -> str | None:
    """The Debian/Ubuntu package whose fonts have *char* and can be embedded in a PDF (None
    for a private-use or unassigned character, which no package provides)."""
    if not _public(char):
        return None
    script = _script(char)
    if script in _CJK:
        return "fonts-wqy-microhei"
    if script in _SYMBOLS:
        return "fonts-symbola"
    return "fonts-noto-core"


def font_family(char: str) -> str | None:
    """A freely available TrueType font that has *char* (for Windows and macOS)."""
    if not _public(char):
        return None
    script = _script(char)
    if script in _CJK:
        return "WenQuanYi Micro Hei"
    if script in _SYMBOLS:
        return "Symbola"
    from fontTools import unicodedata as fontdata

    return f"Noto Sans {fontdata.script_name(script, default=script)}"


class MissingGlyphs:
    """The characters of one export that no font had, in the order they first appeared."""

    def __init__(self) -> None:
        self._characters: dict[str, None] = {}

    def add(self, char: str) -> None:
        self._characters[char] = None

    @property
    def characters(self) -> list[str]:
        return list(self._characters)

    def __bool__(self) -> bool:
        return bool(self._characters)

    def message(self, shown_as: str, platform: str = sys.platform) -> str:
        """One line: the characters, what stands in their place and what to install."""
        chars = self.characters
        listed = chars[:MAX_LISTED]
        codes = " ".join(f"U+{ord(c):04X}" for c in listed)
        characters = f"{''.join(listed)} ({codes})"
        if len(chars) > MAX_LISTED:
            extra = len(chars) - MAX_LISTED
            characters = tr("{characters} and %n more", None, extra).format(characters=characters)
        linux = platform.startswith("linux")
        hints = [debian_package(c) if linux else font_family(c) for c in chars]
        named = ", ".join(dict.fromkeys(hint for hint in hints if hint))
        if not named:
            text = tr("no font for {characters}, shown as {placeholder}")
        elif linux:
            text = tr("no font for {characters}, shown as {placeholder}: install {packages}")
        else:
            text = tr(
                "no font for {characters}, shown as {placeholder}: "
                "install a font that has them, such as {fonts}"
            )
        return text.format(characters=characters, placeholder=shown_as, packages=named, fonts=named)


_noting: ContextVar[MissingGlyphs | None] = ContextVar("procdesk_missing_glyphs", default=None)


@contextmanager
def noting_missing_glyphs(into: MissingGlyphs | None = None) -> Iterator[MissingGlyphs]:
    """Collect, while the block runs (in this thread), every character set without a font,
    in *into* or in a new collection."""
    missing = MissingGlyphs() if into is None else into
    token = _noting.set(missing)
    try:
        yield missing
    finally:
        _noting.reset(token)


def note_missing(char: str) -> None:
    """Note *char* as printed without a font (by whoever is collecting, if anyone is)."""
    missing = _noting.get()
    if missing is not None:
        missing.add(char)
