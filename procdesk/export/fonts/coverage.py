"""Which characters a font file has, read once with fontTools and kept in the user's cache.

Reading the character map of every installed font takes seconds on a machine with hundreds of
them, so what was read is cached in ``font-coverage.json`` in the user cache folder, keyed by
file path, modification time and size: a font that is replaced is read again.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from bisect import bisect_right
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

from platformdirs import user_cache_dir

CACHE_VERSION = 2
_COLOUR_TABLES = ("COLR", "CBDT", "sbix", "SVG ")
"""Tables of colour fonts (layered, bitmap or SVG emoji): no outline a PDF could embed."""


@dataclass(frozen=True, slots=True)
class FaceInfo:
    """One face of a font file: its name, style, kind of outlines and covered characters."""

    path: str
    index: int
    family: str
    bold: bool
    italic: bool
    truetype: bool
    """Quadratic (``glyf``) outlines: reportlab can embed these, not CFF ones."""
    colour: bool
    embeddable: bool
    """The font's licence bits allow embedding a subset in a document."""
    ranges: tuple[int, ...]
    """Covered code points as flat (first, last) pairs, sorted; left empty for a face a PDF
    cannot use, whose character map is never needed (and slow to read: CJK CFF fonts)."""

    @property
    def pdf_ready(self) -> bool:
        """Whether reportlab can embed this face in a PDF."""
        return self.truetype and not self.colour and self.embeddable

    def covers(self, code: int) -> bool:
        position = bisect_right(self.ranges, code)
        # An odd position lies inside a (first, last) pair; a code equal to a pair's last
        # lands just after it, at an even position.
        return position % 2 == 1 or (position > 0 and self.ranges[position - 1] == code)


def _ranges(codes: set[int]) -> tuple[int, ...]:
    flat: list[int] = []
    for code in sorted(codes):
        if flat and flat[-1] == code - 1:
            flat[-1] = code
        else:
            flat += [code, code]
    return tuple(flat)


def _face(path: str, index: int, font: TTFont) -> FaceInfo:
    names = font.get("name")
    family = ""
    if names is not None:
        family = str(names.getBestFamilyName() or names.getDebugName(1) or "")
    os2 = font.get("OS/2")
    selection = os2.fsSelection if os2 is not None else 0
    fs_type = os2.fsType if os2 is not None else 0
    mac_style = font["head"].macStyle if "head" in font else 0
    face = FaceInfo(
        path=path,
        index=index,
        family=family,
        bold=bool(selection & 0x20 or mac_style & 0x01),
        italic=bool(selection & 0x01 or mac_style & 0x02),
        truetype="glyf" in font,
        colour=any(tag in font for tag in _COLOUR_TABLES),
        embeddable=not (fs_type == 0x0002 or fs_type & 0x0300),
        ranges=(),
    )
    if not face.pdf_ready:
        return face
    return replace(face, ranges=_ranges(set(font.getBestCmap() or {})))


def read_faces(path: str) -> list[FaceInfo]:
    """Every face in the font file at *path* (none if it cannot be read as a font)."""
    from fontTools.ttLib import TTCollection, TTFont, TTLibError  # only when a font is read

    try:
        if Path(path).suffix.lower() in (".ttc", ".otc"):
            collection = TTCollection(path, lazy=True)
            try:
                return [_face(path, i, font) for i, font in enumerate(collection.fonts)]
            finally:
                collection.close()
        with TTFont(path, lazy=True, fontNumber=0) as font:
            return [_face(path, 0, font)]
    except (OSError, TTLibError, KeyError, ValueError, AssertionError, IndexError, TypeError):
        return []  # broken or foreign files sit in font folders too: they cover nothing


def cache_file() -> Path:
    return Path(user_cache_dir("procdesk")) / "font-coverage.json"


class CoverageCache:
    """The faces of font files, read through the cache file (thread-safe)."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file or cache_file()
        self._entries: dict[str, dict[str, Any]] | None = None
        self._memo: dict[str, tuple[tuple[int, int], list[FaceInfo]]] = {}
        self._dirty = False
        self._lock = threading.Lock()

    def _load(self) -> dict[str, dict[str, Any]]:
        if self._entries is None:
            try:
                data = json.loads(self.file.read_text(encoding="utf-8"))
                valid = isinstance(data, dict) and data.get("version") == CACHE_VERSION
                self._entries = dict(data["fonts"]) if valid else {}
            except (OSError, ValueError, KeyError, TypeError):
                self._entries = {}
        return self._entries

    def faces(self, path: str) -> list[FaceInfo]:
        """The faces of *path*, from the cache when the file has not changed since."""
        try:
            stat = os.stat(path)
        except OSError:
            return []
        version = (stat.st_mtime_ns, stat.st_size)
        with self._lock:
            known = self._memo.get(path)
            if known is not None and known[0] == version:
                return known[1]
            faces = self._faces(path, version)
            self._memo[path] = (version, faces)
            return faces

    def _faces(self, path: str, version: tuple[int, int]) -> list[FaceInfo]:
        entries = self._load()
        entry = entries.get(path) or {}
        if (entry.get("mtime"), entry.get("size")) == version:
            try:
                return [_from_json(face) for face in entry["faces"]]
            except (KeyError, TypeError, ValueError):
                pass  # an entry from a damaged cache: read the font again
        faces = read_faces(path)
        entries[path] = {
            "mtime": version[0],
            "size": version[1],
            "faces": [_to_json(face) for face in faces],
        }
        self._dirty = True
        return faces

    def save(self) -> None:
        """Write what was read since the last save (quietly skipped where it cannot be)."""
        with self._lock:
            if not self._dirty or self._entries is None:
                return
            data = json.dumps({"version": CACHE_VERSION, "fonts": self._entries})
            try:
                self.file.parent.mkdir(parents=True, exist_ok=True)
                handle, temp = tempfile.mkstemp(prefix=".font-coverage.", dir=self.file.parent)
            except OSError:
                return  # a read-only home: the fonts are simply read again next time
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    stream.write(data)
                os.replace(temp, self.file)
                self._dirty = False
            except OSError:
                Path(temp).unlink(missing_ok=True)


def _to_json(face: FaceInfo) -> dict[str, Any]:
    data = asdict(face)
    data["ranges"] = list(face.ranges)
    return data


def _from_json(data: dict[str, Any]) -> FaceInfo:
    values = dict(data)
    values["ranges"] = tuple(int(code) for code in values["ranges"])
    return FaceInfo(**values)
