"""Font coverage, the fallback's choice of face, stand-ins, warnings and right-to-left order.

Fonts here are made by the test (:mod:`tests.font_files`) and found through the real
``PROCDESK_FONT_DIRS`` setting, so these tests need no system fonts.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest

from procdesk.export.fonts.coverage import CoverageCache, FaceInfo
from procdesk.export.fonts.direction import joined, visual
from procdesk.export.fonts.fallback import PLACEHOLDER, FontFallback, stand_in
from procdesk.export.fonts.locations import FONT_DIRS_VARIABLE, bundled_folder
from procdesk.export.fonts.missing import MissingGlyphs
from tests.font_files import make_font


def _face(ranges: tuple[int, ...]) -> FaceInfo:
    return FaceInfo("x.ttf", 0, "X", False, False, True, False, True, ranges)


def test_a_face_covers_exactly_its_ranges() -> None:
    # given a face with A to C and Ā
    face = _face((0x41, 0x43, 0x100, 0x100))
    # then it covers those four and nothing around them
    assert [c for c in (0x40, 0x41, 0x42, 0x43, 0x44, 0xFF, 0x100, 0x101) if face.covers(c)] == [
        0x41,
        0x42,
        0x43,
        0x100,
    ]


def test_coverage_comes_from_the_cache_until_the_font_file_changes(tmp_path: Path) -> None:
    # given a font with two characters, read once through a cache file
    font = make_font(tmp_path / "box.ttf", "Test Box", "申承")
    cache_file = tmp_path / "cache" / "coverage.json"
    first = CoverageCache(cache_file).faces(str(font))
    assert [f.family for f in first] == ["Test Box"] and first[0].covers(ord("申"))
    # (the cache is written when asked)
    reading = CoverageCache(cache_file)
    reading.faces(str(font))
    reading.save()
    # when the cached entry is altered to cover only "A", the font file left as it is
    data = json.loads(cache_file.read_text(encoding="utf-8"))
    data["fonts"][str(font)]["faces"][0]["ranges"] = [0x41, 0x41]
    cache_file.write_text(json.dumps(data), encoding="utf-8")
    # then a new reader believes the cache
    cached = CoverageCache(cache_file).faces(str(font))[0]
    assert cached.covers(0x41) and not cached.covers(ord("申"))
    # and once the font file changes, it reads the font again
    stat = font.stat()
    os.utime(font, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    fresh = CoverageCache(cache_file).faces(str(font))[0]
    assert fresh.covers(ord("申")) and not fresh.covers(0x41)


def test_a_file_that_is_no_font_covers_nothing(tmp_path: Path) -> None:
    # given a file named like a font that holds something else
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font at all" * 10)
    # then it has no faces, and reading it raises nothing
    assert CoverageCache(tmp_path / "cache.json").faces(str(broken)) == []


@pytest.fixture
def font_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder named by PROCDESK_FONT_DIRS: a CFF and a colour font that come first by name,
    then a TrueType box font in regular and bold, all four with 申 and 🚀."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    make_font(folder / "a-cff.otf", "Test Cff", "申🚀", cff=True)
    make_font(folder / "b-colour.ttf", "Test Colour", "申🚀", colour=True)
    make_font(folder / "c-box.ttf", "Test Box", "申🚀")
    make_font(folder / "d-box-bold.ttf", "Test Box", "申🚀", bold=True)
    monkeypatch.setenv(FONT_DIRS_VARIABLE, str(folder))
    return folder


def test_the_first_face_a_pdf_can_embed_is_chosen(font_folder: Path) -> None:
    # given the folder as the only fonts besides the bundled ones
    fallback = FontFallback(cache=CoverageCache(font_folder.parent / "cache.json"))
    # when faces are looked up
    regular = fallback.face_for("申")
    bold = fallback.face_for("🚀", bold=True)
    # then CFF and colour fonts are passed over, and bold text gets the family's bold face
    assert regular is not None and Path(regular.path).name == "c-box.ttf"
    assert bold is not None and Path(bold.path).name == "d-box-bold.ttf"
    # and DejaVu Sans comes first for what it has; what nothing has gets no face
    polish = fallback.face_for("ż")
    assert polish is not None and Path(polish.path).parent == bundled_folder()
    assert fallback.face_for("承") is None


def test_an_empty_setting_leaves_only_the_bundled_fonts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given PROCDESK_FONT_DIRS set to nothing
    monkeypatch.setenv(FONT_DIRS_VARIABLE, "")
    fallback = FontFallback(cache=CoverageCache(tmp_path / "cache.json"))
    # then only DejaVu Sans's characters have a face
    assert fallback.face_for("Ω") is not None
    assert fallback.face_for("申") is None


def test_characters_without_a_font_get_a_visible_stand_in() -> None:
    # a letter gets the placeholder, a space stays a space, an invisible joiner disappears
    assert stand_in("申") == PLACEHOLDER == "\ufffd"
    assert stand_in("\u3000") == " "
    assert stand_in("\u200d") == ""
    assert stand_in("\ufe0f") == ""


def test_the_warning_names_the_characters_their_codes_and_the_package() -> None:
    # given two Chinese characters without a font
    missing = MissingGlyphs()
    for char in "漢字漢":
        missing.add(char)
    # then the warning names each once, with its code, and the Debian package to install
    assert missing.message("\ufffd", platform="linux") == (
        "no font for 漢字 (U+6F22 U+5B57), shown as \ufffd: install fonts-wqy-microhei"
    )


def test_the_warning_names_a_package_per_script_and_fonts_elsewhere() -> None:
    # given an emoji and a Malayalam letter without a font
    missing = MissingGlyphs()
    missing.add("🚀")
    missing.add("ആ")
    # then Linux users are told the packages, others a font for each
    assert missing.message("?", platform="linux").endswith(
        "(U+1F680 U+0D06), shown as ?: install fonts-symbola, fonts-noto-core"
    )
    assert missing.message("?", platform="win32").endswith("such as Symbola, Noto Sans Malayalam")


def test_no_package_is_named_for_private_use_characters() -> None:
    # given a private-use character (its glyph belongs to one font or none)
    missing = MissingGlyphs()
    missing.add("\U0010fffd")
    # then the warning names it and gives no advice that could not help
    assert missing.message("?", platform="linux") == "no font for \U0010fffd (U+10FFFD), shown as ?"


def test_a_long_list_of_characters_is_cut_and_counted() -> None:
    # given ten characters without a font
    missing = MissingGlyphs()
    for char in "一二三四五六七八九十":
        missing.add(char)
    # then eight are named and the two others counted
    message = missing.message("?", platform="linux")
    assert message.startswith("no font for 一二三四五六七八 (U+4E00 U+4E8C")
    assert "U+516B) and 2 more, shown as ?" in message


def test_hebrew_reads_right_to_left_and_keeps_its_place_in_a_line() -> None:
    # a Hebrew word alone is reversed for left-to-right placement
    assert visual("אישור") == "רושיא"
    # inside an English line the word is reversed in place, the line's order kept
    assert visual("Step אב done") == "Step בא done"
    # and a number after Hebrew joins the right-to-left run, as the bidi algorithm says
    assert visual("Step אב 3") == "Step 3 בא"
    # text without right-to-left letters is left alone
    assert visual("Zażółć") == "Zażółć"


def test_arabic_letters_are_joined_and_reversed() -> None:
    # given an Arabic word
    word = "مرحبا"
    shown = visual(word)
    # then every letter is in a joined presentation form, placed right to left
    assert all(0xFE70 <= ord(char) <= 0xFEFF for char in shown)
    assert unicodedata.normalize("NFKC", shown)[::-1] == word
    # and lam followed by alef becomes their ligature; diacritics are kept
    assert joined("لا") == "\ufefb"
    assert "\u064e" in joined("مَ")
