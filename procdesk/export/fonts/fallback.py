"""Which face sets a character: the bundled DejaVu Sans first, then the installed fonts.

A name typed in Japanese, Korean or with an emoji needs glyphs DejaVu Sans does not have. The
fallback walks the candidates in order (the bundled faces, then the system's, as
:mod:`~procdesk.export.fonts.locations` ranks them) and takes the first face that has the
character, preferring a face of the same family in the asked weight and slant. Fonts are read
only as far as needed, and each answer is remembered.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path

from procdesk.export.fonts.coverage import CoverageCache, FaceInfo
from procdesk.export.fonts.locations import (
    FONT_DIRS_VARIABLE,
    FontSource,
    bundled_folder,
    candidate_sources,
    font_files,
)

PLACEHOLDER = "\ufffd"
"""Printed where no font has a character: visible (a diamond with a question mark), never a gap."""


def is_invisible(char: str) -> bool:
    """Whether *char* draws nothing of its own: controls, joiners, direction marks, variation
    selectors. Without a font for them they are left out rather than replaced."""
    code = ord(char)
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return True
    return unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")


def stand_in(char: str) -> str:
    """What is printed for *char* when no font has it: a space for a space, nothing for an
    invisible character, else the visible placeholder."""
    if is_invisible(char):
        return ""
    if unicodedata.category(char) == "Zs":
        return " "
    return PLACEHOLDER


def _default_sources() -> list[FontSource]:
    bundled = [FontSource(str(path)) for path in font_files([bundled_folder()])]
    return bundled + candidate_sources()


class FontFallback:
    """Finds the face for each character among the faces reportlab can embed in a PDF."""

    def __init__(
        self,
        sources: Callable[[], list[FontSource]] = _default_sources,
        cache: CoverageCache | None = None,
    ) -> None:
        self._sources = sources
        self._cache = cache or CoverageCache()
        self._list: list[FontSource] | None = None
        self._read: dict[FontSource, list[FaceInfo]] = {}
        self._rejected: set[tuple[str, int]] = set()
        self._chosen: dict[tuple[int, bool, bool], FaceInfo | None] = {}
        self._lock = threading.RLock()

    def _source_list(self) -> list[FontSource]:
        if self._list is None:
            self._list = self._sources()
        return self._list

    def _faces_of(self, source: FontSource) -> list[FaceInfo]:
        """The faces *source* stands for, read (through the cache) on first use."""
        if source not in self._read:
            faces = self._cache.faces(source.path)
            if source.index is not None:
                faces = [face for face in faces if face.index == source.index]
            self._read[source] = faces
        return self._read[source]

    def face_for(self, char: str, bold: bool = False, italic: bool = False) -> FaceInfo | None:
        """The face that sets *char* in the given style; None if no installed font has it."""
        key = (ord(char), bold, italic)
        with self._lock:
            if key not in self._chosen:
                self._chosen[key] = self._find(key[0], bold, italic)
                self._cache.save()
            return self._chosen[key]

    def reject(self, face: FaceInfo) -> None:
        """Use *face* no more (reportlab could not load it), and forget where it was chosen."""
        with self._lock:
            self._rejected.add((face.path, face.index))
            self._chosen = {key: f for key, f in self._chosen.items() if f != face}

    def _usable(self, face: FaceInfo) -> bool:
        return face.pdf_ready and (face.path, face.index) not in self._rejected

    def _find(self, code: int, bold: bool, italic: bool) -> FaceInfo | None:
        sources = self._source_list()
        first = next(
            (
                face
                for source in sources
                for face in self._faces_of(source)
                if self._usable(face) and face.covers(code)
            ),
            None,
        )
        if first is None or (first.bold, first.italic) == (bold, italic):
            return first
        # The same family in the asked style, where it is installed beside the first.
        folder = Path(first.path).parent
        for source in sources:
            if Path(source.path).parent != folder:
                continue
            for face in self._faces_of(source):
                if (
                    (face.bold, face.italic) == (bold, italic)
                    and face.family == first.family
                    and self._usable(face)
                    and face.covers(code)
                ):
                    return face
        return first


_shared: dict[str | None, FontFallback] = {}
_shared_lock = threading.Lock()


def shared_fallback() -> FontFallback:
    """The process's fallback for the current ``PROCDESK_FONT_DIRS`` setting."""
    key = os.environ.get(FONT_DIRS_VARIABLE)
    with _shared_lock:
        if key not in _shared:
            _shared[key] = FontFallback()
        return _shared[key]
