"""Small real font files for tests, made with fontTools' FontBuilder: every glyph is a box.

They let the font fallback be tested on a machine with no fonts beyond DejaVu Sans: a folder of
these, named by ``PROCDESK_FONT_DIRS``, is all procdesk may use.
"""

from __future__ import annotations

from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import newTable

UNITS = 1000
ADVANCE = 900


def _box(pen: TTGlyphPen | T2CharStringPen) -> None:
    pen.moveTo((100, 0))
    pen.lineTo((100, 700))
    pen.lineTo((800, 700))
    pen.lineTo((800, 0))
    pen.closePath()


def make_font(
    path: Path,
    family: str,
    characters: str,
    *,
    cff: bool = False,
    colour: bool = False,
    bold: bool = False,
) -> Path:
    """Write a font named *family* whose glyphs for *characters* are boxes.

    *cff* gives it PostScript (CFF) outlines, which reportlab cannot embed; *colour* adds an
    (empty) colour table, as colour emoji fonts have.
    """
    names = [".notdef", *[f"uni{ord(c):04X}" for c in characters]]
    builder = FontBuilder(UNITS, isTTF=not cff)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): f"uni{ord(c):04X}" for c in characters})
    if cff:
        outlines = {}
        for name in names:
            pen = T2CharStringPen(ADVANCE, None)
            _box(pen)
            outlines[name] = pen.getCharString()
        builder.setupCFF(family.replace(" ", ""), {"FullName": family}, outlines, {})
    else:
        glyphs = {}
        for name in names:
            pen = TTGlyphPen(None)
            _box(pen)
            glyphs[name] = pen.glyph()
        builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (ADVANCE, 100) for name in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    style = "Bold" if bold else "Regular"
    ps_name = family.replace(" ", "") + ("-Bold" if bold else "")
    builder.setupNameTable({"familyName": family, "styleName": style, "psName": ps_name})
    builder.setupOS2(fsSelection=0x20 if bold else 0x40, usWeightClass=700 if bold else 400)
    builder.setupPost()
    builder.font["head"].macStyle = 1 if bold else 0
    if colour:
        table = newTable("COLR")
        table.version = 0
        table.ColorLayers = {}
        builder.font["COLR"] = table
    builder.save(str(path))
    return path
