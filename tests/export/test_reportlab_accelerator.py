"""reportlab writes the PDF's numbers with its C helpers (package rl-accel), and the SOP comes
out byte for byte as it does with reportlab's pure-Python fallback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reportlab.lib import rl_accel

ROOT = Path(__file__).resolve().parents[2]
SOP = """
import sys
if sys.argv[1] == "python":
    sys.modules["_rl_accel"] = None  # as if rl-accel were not installed
from reportlab.lib import rl_accel
from procdesk.export.sop.content import SopOptions
from procdesk.export.sop.document import sop_pdf
from tests.export.sop_builders import linear, wide_svg
built = linear(12)
pdf = sop_pdf(built.workspace, built.process, built.diagram, wide_svg(60), SopOptions())
sys.stdout.buffer.write(rl_accel.fp_str.__module__.encode() + b"\\n" + pdf)
"""


def _sop_with(helpers: str) -> tuple[str, bytes]:
    """The SOP made in a fresh interpreter with the C or the Python helpers: which module
    formatted the numbers, and the PDF (dates and ids fixed by reportlab's invariant mode)."""
    env = {**os.environ, "RL_invariant": "1"}
    done = subprocess.run(
        [sys.executable, "-c", SOP, helpers], cwd=ROOT, env=env, capture_output=True, check=True
    )
    module, _, pdf = done.stdout.partition(b"\n")
    return module.decode(), pdf


def test_numbers_are_formatted_by_the_c_helpers() -> None:
    # given procdesk as installed, with its dependencies
    # then reportlab found its C helpers instead of falling back to Python
    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.fp_str(0.5, 1.23456789, -2.0, 1e-9) == ".5 1.234568 -2 0"


def test_the_sop_is_the_same_with_the_c_helpers_as_without() -> None:
    # given an SOP with tables, text and a diagram split into parts
    # when it is made once with the C helpers and once with the Python fallback
    c_module, c_pdf = _sop_with("c")
    python_module, python_pdf = _sop_with("python")
    # then each run used the helpers it was meant to, and the two PDFs are the same bytes
    assert (c_module, python_module) == ("_rl_accel", "reportlab.lib.rl_accel")
    assert c_pdf.startswith(b"%PDF") and c_pdf == python_pdf
