"""A reportlab font that sets every character: DejaVu Sans, and what it lacks in another font.

reportlab sets a string in one font; a character that font lacks comes out blank. The
:class:`FallbackFont` is registered under DejaVu Sans's names, so every paragraph, table cell,
heading, header, footer and diagram label uses it. When it writes a string it splits the string
into runs, each in the first face that has its characters (DejaVu Sans, then the installed
fonts, see :mod:`procdesk.export.fonts.fallback`), and writes each run in its own embedded,
subset font. A character no face has is printed as a visible placeholder and noted, so the
export can say so. Hebrew and Arabic are set in visual order, Arabic joined.

reportlab hands a TrueType font's text to ``splitString`` (which cuts it into pieces, each in
one subset of the font) and asks ``getSubsetInternalName`` for the PDF name of each piece's
subset; the fallback's pieces carry the run's face in the upper bits of the subset number.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from reportlab.pdfbase.ttfonts import TTFError, TTFont

from procdesk.export.fonts.coverage import FaceInfo
from procdesk.export.fonts.direction import joined, right_to_left_characters, visual
from procdesk.export.fonts.fallback import PLACEHOLDER, FontFallback, stand_in
from procdesk.export.fonts.missing import note_missing

_SLOT_SHIFT = 16
"""Subset numbers of a fallback run: face slot << 16 | the face's own subset number."""
_WIDE_TARGET = re.compile(r"<([0-9A-F]{2})> <([0-9A-F]{5,6})>")


def _utf16(match: re.Match[str]) -> str:
    code = int(match.group(2), 16) - 0x10000
    high, low = 0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)
    return f"<{match.group(1)}> <{high:04X}{low:04X}>"


class EmbeddedFace(TTFont):  # type: ignore[misc]
    """A TrueType face embedded as a subset whose text also extracts right beyond U+FFFF.

    reportlab writes a character such as 🚀 (U+1F680) into the font's ToUnicode map as five
    hex digits, which readers take for U+1F68: copied or searched text would be wrong. The
    map is rewritten with the UTF-16 surrogate pair that PDF asks for.
    """

    def addObjects(self, doc: Any) -> None:
        super().addObjects(doc)
        for name, stream in doc.idToObject.items():
            content = getattr(stream, "content", None)
            if name.startswith("toUnicodeCMap:") and isinstance(content, str):
                stream.content = _WIDE_TARGET.sub(_utf16, content)


_faces: dict[tuple[str, int], EmbeddedFace] = {}
_faces_lock = threading.Lock()


def _embedded(face: FaceInfo) -> EmbeddedFace:
    """One reportlab font per installed face, shared by every document of the process."""
    key = (face.path, face.index)
    with _faces_lock:
        if key not in _faces:
            name = f"procdesk-fallback-{len(_faces) + 1}"
            _faces[key] = EmbeddedFace(name, face.path, subfontIndex=face.index)
        return _faces[key]


class FallbackFont(EmbeddedFace):
    """A DejaVu Sans face that hands the characters it lacks to the faces that have them."""

    def __init__(
        self, name: str, path: str, fallback: FontFallback, bold: bool, italic: bool
    ) -> None:
        super().__init__(name, path)
        self.bold, self.italic = bold, italic
        own = {chr(code) for code in self.face.charToGlyph}
        self._own = frozenset(own)
        rtl = right_to_left_characters()
        self._plain = frozenset(char for char in own if not rtl.match(char))
        """Characters this face sets as they are: the fast path for almost every string."""
        widths, default = self.face.charWidths, self.face.defaultWidth
        self._plain_widths: dict[str, float] = {
            char: float(widths.get(ord(char), default)) for char in self._plain
        }
        self._lock = threading.Lock()
        self.use(fallback)

    def use(self, fallback: FontFallback) -> None:
        """Take fallback faces from *fallback* from now on."""
        with self._lock:
            self.fallback = fallback
            self._parts: list[EmbeddedFace] = []
            self._slot_of_part: dict[str, int] = {}
            self._slots: dict[str, int | None] = {}

    def _slot(self, char: str) -> int | None:
        """0: this face sets *char*; k ≥ 1: fallback face k does; None: no face has it."""
        if char in self._own:
            return 0
        with self._lock:
            if char not in self._slots:
                self._slots[char] = self._find_slot(char)
            return self._slots[char]

    def _find_slot(self, char: str) -> int | None:
        while (face := self.fallback.face_for(char, self.bold, self.italic)) is not None:
            try:
                part = _embedded(face)
            except (TTFError, OSError, ValueError, IndexError):
                self.fallback.reject(face)  # fontTools could read it, reportlab cannot
                continue
            if part.fontName not in self._slot_of_part:
                self._parts.append(part)
                self._slot_of_part[part.fontName] = len(self._parts)
            return self._slot_of_part[part.fontName]
        return None

    def _runs(self, text: str) -> list[tuple[int, str]]:
        """*text* cut into runs of one face each; characters without one get stand-ins."""
        runs: list[tuple[int, str]] = []
        for char in text:
            slot = self._slot(char)
            if slot is None:
                original, char, slot = char, stand_in(char), 0
                if char == PLACEHOLDER:
                    note_missing(original)
            if not char:
                continue
            if runs and runs[-1][0] == slot:
                runs[-1] = (slot, runs[-1][1] + char)
            else:
                runs.append((slot, char))
        return runs

    def _part(self, slot: int) -> TTFont:
        return self if slot == 0 else self._parts[slot - 1]

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if isinstance(text, bytes):
            text = text.decode(encoding or "utf8")
        try:  # the fast path: reportlab's own sum, without its per-character lookups
            return 0.001 * size * sum(map(self._plain_widths.__getitem__, text))
        except KeyError:
            pass  # a character this face lacks, or one of a right-to-left script
        return sum(
            float(TTFont.stringWidth(self._part(slot), run, size))
            for slot, run in self._runs(joined(text))
        )

    def splitString(
        self, text: str | bytes, doc: Any, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        if isinstance(text, bytes):
            text = text.decode(encoding or "utf-8")
        if self._plain.issuperset(text):
            return list(super().splitString(text, doc, encoding))
        pieces: list[tuple[int, bytes]] = []
        for slot, run in self._runs(visual(text)):
            for subset, data in TTFont.splitString(self._part(slot), run, doc):
                pieces.append((slot << _SLOT_SHIFT | subset, data))
        return pieces

    def getSubsetInternalName(self, subset: int, doc: Any) -> str:
        slot = subset >> _SLOT_SHIFT
        if slot == 0:
            return str(super().getSubsetInternalName(subset, doc))
        part = self._parts[slot - 1]
        return str(part.getSubsetInternalName(subset & ((1 << _SLOT_SHIFT) - 1), doc))
