"""Typographic signs of the portfolio's figures, named (the source stays plain ASCII)."""

from __future__ import annotations

DASH = "\u2013"
"""An en dash: "no value" in a table cell, and ranges (1 to 5)."""
MINUS = "\u2212"
TIMES = "\u00d7"
DIVIDED_BY = "\u00f7"
