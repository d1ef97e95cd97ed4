"""Step names in many scripts, and what tests of them need from the machine.

Tests that need a system font (a CJK font, an emoji font) or ``pdftotext`` skip and say what
to install when it is missing, unless ``PROCDESK_REQUIRE_FONTS=1`` (set by CI), when they fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata

import pytest

from procdesk.export.fonts.coverage import CoverageCache
from procdesk.export.fonts.fallback import FontFallback
from procdesk.export.fonts.missing import debian_package

NAMES = {
    "Japanese": "申請を承認する",
    "Chinese": "审批采购申请",
    "Korean": "구매 요청 승인",
    "Greek": "Έλεγχος αίτησης",
    "Cyrillic": "Проверить заявку",
    "Polish": "Zażółć gęślą jaźń",
    "Arabic": "الموافقة على الطلب",
    "Hebrew": "אישור הבקשה",
    "emoji": "Ship it 🚀📦",
}
"""One step name per script; short enough to stay on one line in every table."""

_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _unavailable(message: str) -> None:
    if os.environ.get("PROCDESK_REQUIRE_FONTS") == "1":
        pytest.fail(message)
    pytest.skip(message)


def require_fonts(text: str) -> None:
    """Skip (fail under PROCDESK_REQUIRE_FONTS=1) unless installed fonts that a PDF can embed
    have every character of *text*."""
    fallback = FontFallback(cache=CoverageCache())
    lacking = [c for c in dict.fromkeys(text) if not c.isspace() and fallback.face_for(c) is None]
    if lacking:
        packages = ", ".join(dict.fromkeys(str(debian_package(c)) for c in lacking))
        _unavailable(f"no installed font has {''.join(lacking)}: install {packages}")


def require_tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        _unavailable(f"{name} not found: install {package}")
    return str(path)


def readable(text: str) -> str:
    """Extracted PDF text as a person reads it: Arabic presentation forms back to letters
    (NFKC), direction marks dropped, runs of white space made single spaces."""
    text = _BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(text.split())


def pdftotext(pdf: bytes) -> str:
    """The text of *pdf* as poppler's pdftotext extracts it (in logical order), made readable."""
    tool = require_tool("pdftotext", "poppler-utils")
    result = subprocess.run([tool, "-", "-"], input=pdf, capture_output=True, check=True)
    return readable(result.stdout.decode("utf-8"))
