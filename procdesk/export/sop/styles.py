"""The SOP's typography and colours: one place, so every page looks like the same document.

One family (DejaVu Sans) in a few sizes, a single accent colour for headings and table heads,
and hairline grids: the sober look of a controlled document that gets printed and signed.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from procdesk.export.sop.fonts import BOLD, OBLIQUE, REGULAR
from procdesk.text import tr

ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5B6573")
GRID = colors.HexColor("#B9C1CC")
HEAD_FILL = colors.HexColor("#E6EBF2")
ZEBRA_FILL = colors.HexColor("#F6F8FA")
GOOD = colors.HexColor("#1E7B34")
BAD = colors.HexColor("#B3261E")
SEVERITY_FILLS = {
    5: colors.HexColor("#F6D3D0"),
    4: colors.HexColor("#FBE3CC"),
    3: colors.HexColor("#FBF0C7"),
    2: colors.HexColor("#E3EEDB"),
    1: colors.HexColor("#E8ECF1"),
}

MARGIN = 18 * mm
HEADER_GAP = 9 * mm
"""Distance between the page edge and the header / footer text baseline."""

PAGE_SIZES = {"A4": A4, "LETTER": LETTER}


def page_size(name: str) -> tuple[float, float]:
    """Portrait page size for "A4" or "Letter"; ValueError for anything else."""
    try:
        size: tuple[float, float] = PAGE_SIZES[name.upper()]
    except KeyError:
        message = tr("unknown page size {name} (use A4 or Letter)").format(name=repr(name))
        raise ValueError(message) from None
    return size


def _style(name: str, **values: object) -> ParagraphStyle:
    """A style; without a parent it starts from the document's body text."""
    base: dict[str, object] = {}
    if "parent" not in values:
        base = {
            "fontName": REGULAR,
            "fontSize": 9.5,
            "leading": 12.5,
            "textColor": colors.black,
            "alignment": TA_LEFT,
        }
    base.update(values)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True, slots=True)
class Styles:
    """All paragraph styles of the document."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_center: ParagraphStyle
    head: ParagraphStyle
    head_center: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    toc_title: ParagraphStyle
    toc_1: ParagraphStyle
    toc_2: ParagraphStyle
    good: ParagraphStyle
    bad: ParagraphStyle


def make_styles() -> Styles:
    cell = _style("cell", fontSize=8.5, leading=11)
    head = _style("head", fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT)
    return Styles(
        body=_style("body", spaceAfter=5),
        small=_style("small", fontSize=8, leading=10.5),
        muted=_style("muted", fontName=OBLIQUE, fontSize=8, leading=10.5, textColor=MUTED),
        cell=cell,
        cell_bold=_style("cell_bold", parent=cell, fontName=BOLD),
        cell_center=_style("cell_center", parent=cell, alignment=TA_CENTER),
        head=head,
        head_center=_style("head_center", parent=head, alignment=TA_CENTER),
        h1=_style(
            "h1",
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=7,
            keepWithNext=1,
        ),
        h2=_style(
            "h2",
            fontName=BOLD,
            fontSize=10.5,
            leading=13.5,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        cover_kicker=_style(
            "cover_kicker", fontName=BOLD, fontSize=10, leading=13, textColor=MUTED
        ),
        cover_title=_style(
            "cover_title", fontName=BOLD, fontSize=24, leading=30, textColor=ACCENT, spaceAfter=6
        ),
        cover_subtitle=_style("cover_subtitle", fontSize=12, leading=16, textColor=MUTED),
        toc_title=_style("toc_title", fontName=BOLD, fontSize=14, leading=18, textColor=ACCENT),
        toc_1=_style("toc_1", fontSize=10, leading=16, leftIndent=0),
        toc_2=_style("toc_2", fontSize=9, leading=13, leftIndent=14, textColor=MUTED),
        good=_style("good", parent=cell, fontName=BOLD, textColor=GOOD, alignment=TA_CENTER),
        bad=_style("bad", parent=cell, fontName=BOLD, textColor=BAD, alignment=TA_CENTER),
    )


def grid_style(header_rows: int = 1) -> list[tuple[object, ...]]:
    """The table look shared by every table: hairline grid, tinted head row, top-aligned cells."""
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL))
        commands.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT))
    return commands
