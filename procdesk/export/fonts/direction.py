"""Right-to-left text for a renderer that places glyphs one after another (reportlab).

reportlab writes characters left to right as they come and does not join Arabic letters.
Hebrew and Arabic are therefore put into visual order with the Unicode bidirectional
algorithm (python-bidi) and Arabic letters into their joined presentation forms
(arabic-reshaper) before they are set. Widths are measured on the joined forms, whose order
does not change a width; the reordering happens per line, as the algorithm asks, when a line
is drawn.

reportlab hands over one line (or one styled piece of it) at a time, not the paragraph, so
the paragraph's direction is judged from the line: right to left only when it holds no
left-to-right letter. A Hebrew or Arabic name then reads right to left, and in a line of an
English or German document it keeps its place among the other words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi import get_display

_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_reshaper = ArabicReshaper(configuration={"delete_harakat": False})


def right_to_left_characters() -> re.Pattern[str]:
    """The pattern of characters of right-to-left scripts (Hebrew, Arabic, Syriac…)."""
    return _RIGHT_TO_LEFT


@lru_cache(maxsize=4096)
def joined(text: str) -> str:
    """*text* with Arabic letters in their joined forms (unchanged without Arabic)."""
    if not _ARABIC.search(text):
        return text
    return str(_reshaper.reshape(text))


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """One line of *text* joined and in the order its glyphs are placed, left to right."""
    if not _RIGHT_TO_LEFT.search(text):
        return text
    left_to_right = any(unicodedata.bidirectional(char) == "L" for char in text)
    return str(get_display(joined(text), base_dir="L" if left_to_right else "R"))
