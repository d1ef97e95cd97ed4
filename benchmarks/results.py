"""Keep each benchmark's latest results as one section of ``benchmarks/RESULTS.md``.

A section starts at a ``## <title>`` line and runs to the next ``## `` line; recording a section
replaces the previous one with the same title, so the file always holds the last run of each.
"""

from __future__ import annotations

import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

RESULTS = Path(__file__).with_name("RESULTS.md")


def machine() -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"{stamp}, Python {sys.version.split()[0]}, {platform.machine()}, {platform.system()}"


def record(title: str, body: str) -> None:
    """Replace (or add) the section *title* of RESULTS.md with *body*."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    lines = text.splitlines()
    heading = f"## {title}"
    out: list[str] = []
    skipping = False
    for line in lines:
        if line.startswith("## "):
            skipping = line.strip() == heading
        if not skipping:
            out.append(line)
    section = [heading, "", f"_{machine()}_", "", body.strip(), ""]
    RESULTS.write_text("\n".join([*out, "", *section]).replace("\n\n\n", "\n\n"), encoding="utf-8")
    print("\n".join(section))
