"""Every character of an SOP is printed: in DejaVu Sans, in an installed font, or visibly.

The first tests use a font made by the test, found through ``PROCDESK_FONT_DIRS``; the last
need the machine's CJK and emoji fonts and ``pdftotext`` (see :mod:`tests.world_names`).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from procdesk.export.fonts.locations import FONT_DIRS_VARIABLE
from procdesk.export.fonts.missing import noting_missing_glyphs
from procdesk.export.sop.content import SopOptions
from procdesk.export.sop.document import sop_pdf
from procdesk.model.elements import StepKind
from tests.export.sop_builders import add, new_process
from tests.font_files import make_font
from tests.world_names import NAMES, pdftotext, readable, require_fonts


def _svg(*labels: str) -> bytes:
    """A drawing with one text per label, as the renderer would hand it over."""
    texts = "".join(
        f'<text x="20" y="{40 + 30 * i}" font-family="DejaVu Sans" font-size="12">{label}</text>'
        for i, label in enumerate(labels)
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" viewBox="0 0 600 400">'
        f"{texts}</svg>"
    ).encode()


def _fonts_in(pdf: bytes) -> set[str]:
    """The BaseFont names of every font a page of *pdf* uses."""
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font") or {}
        names.update(str(font.get_object()["/BaseFont"]) for font in fonts.values())
    return names


def test_a_character_dejavu_lacks_comes_from_the_font_that_has_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given besides DejaVu Sans only a font with 申 and 🚀 (each glyph a box)
    make_font(tmp_path / "box.ttf", "Test Box", "申🚀")
    monkeypatch.setenv(FONT_DIRS_VARIABLE, str(tmp_path))
    built = new_process("Proces 申 🚀", ["Dział 申"])
    add(built, "a", StepKind.USER_TASK, "Zatwierdź 申 🚀 請", "Dział 申", 0)
    # when its SOP is made, the diagram's label included
    with noting_missing_glyphs() as missing:
        pdf = sop_pdf(
            built.workspace, built.process, built.diagram, _svg("Etykieta 申 🚀"), SopOptions()
        )
    # then the names come out whole, 申 and 🚀 from the box font, which is embedded as a subset
    text = readable(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "Zatwierdź 申 🚀 \ufffd" in text
    assert "Proces 申 🚀" in text and "Dział 申" in text and "Etykieta 申 🚀" in text
    assert any(name.endswith("+TestBox") for name in _fonts_in(pdf))
    # and 請, which no font has, is printed as the placeholder and reported
    assert missing.characters == ["請"]


def test_without_other_fonts_the_sop_is_still_written_and_says_what_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # given only the bundled fonts
    monkeypatch.setenv(FONT_DIRS_VARIABLE, "")
    built = new_process("Kraków", ["Zespół"])
    add(built, "a", StepKind.USER_TASK, NAMES["Japanese"], "Zespół", 0)
    add(built, "b", StepKind.USER_TASK, NAMES["Greek"], "Zespół", 1)
    # when the SOP is made
    with noting_missing_glyphs() as missing:
        pdf = sop_pdf(built.workspace, built.process, built.diagram, None, SopOptions())
    # then the Japanese name is printed as placeholders, the Greek one as it is
    text = readable(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "\ufffd" * len(NAMES["Japanese"]) in text
    assert NAMES["Greek"] in text
    # and each missing character is named once, in order
    assert missing.characters == list(dict.fromkeys(NAMES["Japanese"]))


def test_names_in_every_script_are_found_again_in_the_pdf() -> None:
    # given step and lane names in Japanese, Chinese, Korean, Greek, Cyrillic, Polish,
    # Arabic, Hebrew and with emoji, and the machine's fonts for them
    every = "".join(NAMES.values())
    require_fonts(every)
    process_name = "多言語 プロセス 🚀"
    built = new_process(process_name, ["営業 😀", "Склад"])
    for column, (script, name) in enumerate(NAMES.items()):
        lane = "営業 😀" if column % 2 else "Склад"
        add(built, script, StepKind.USER_TASK, name, lane, column, instruction=f"{name}.")
    options = SopOptions(prepared_by="山田 太郎", approved_by="אברהם כהן")
    # when its SOP is made, with a diagram labelled with the same names
    with noting_missing_glyphs() as missing:
        pdf = sop_pdf(built.workspace, built.process, built.diagram, _svg(*NAMES.values()), options)
    # then pdftotext finds every name, in the tables and in the diagram, and no placeholder
    text = pdftotext(pdf)
    for script, name in NAMES.items():
        assert text.count(name) >= 4, f"{script} name {name!r} is missing"
    assert "山田 太郎" in text and "אברהם כהן" in text and "営業 😀" in text
    assert "\ufffd" not in text and not missing
    # and the page headers name the process on every page after the cover
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert text.count(process_name) >= pages


def test_a_long_name_without_spaces_breaks_inside_its_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a step named with 48 characters and no space, as Japanese names are
    make_font(tmp_path / "box.ttf", "Test Box", "申請")
    monkeypatch.setenv(FONT_DIRS_VARIABLE, str(tmp_path))
    name = "申請" * 24
    built = new_process("Proces", ["Dział"])
    add(built, "a", StepKind.USER_TASK, name, "Dział", 0)
    # when its SOP is made
    pdf = sop_pdf(built.workspace, built.process, built.diagram, None, SopOptions())
    # then in the procedure table the name is broken over lines, not run into the next column
    page = next(
        p.extract_text() or ""
        for p in PdfReader(io.BytesIO(pdf)).pages
        if "Step and work instruction" in (p.extract_text() or "")
    )
    procedure = page.split("Step and work instruction", 1)[1]
    lines = [line for line in procedure.splitlines() if "申請" in line]
    assert len(lines) >= 2 and all(name not in line for line in lines)
    assert name in "".join(line.strip() for line in lines)
