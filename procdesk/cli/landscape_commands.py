"""``procdesk landscape WORKSPACE [--json]``: the process landscape — every process with its
band, parent, owner, status, KPI light and open weak points, the interfaces between processes,
and the references to processes that are missing.

The exit code is 0 also when references are unresolved: they are warnings, as in ``check``.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from procdesk.cli.common import EXIT_OK, open_document

if TYPE_CHECKING:
    from procdesk.analysis.landscape import Landscape

NAMES = ("landscape",)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "landscape", help="the process landscape: bands, hierarchy, interfaces, status"
    )
    parser.add_argument("workspace", help="workspace file (.procdesk)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=_landscape)


def _landscape(options: argparse.Namespace) -> int:
    from procdesk.analysis.landscape import build_landscape  # see procdesk.cli: start-up

    with open_document(options.workspace) as document:
        landscape = build_landscape(document.workspace)
    if options.json:
        print(json.dumps(landscape.to_json(), indent=2, ensure_ascii=False))
    else:
        print("\n".join(text_lines(landscape)))
    return EXIT_OK


def text_lines(landscape: Landscape) -> list[str]:
    """The landscape as plain text, band by band, then interfaces and unresolved references."""
    cards = landscape.cards
    lines: list[str] = []
    band = None
    for card in cards.values():
        if card.band != band:
            band = card.band
            lines.append(f"{band.value.capitalize()} processes")
        status = card.status.value + (", review overdue" if card.review_overdue else "")
        owner = card.owner or "no owner"
        indent = "  " * card.level
        weak = card.weak_points_open
        points = f"{weak} open weak point" + ("" if weak == 1 else "s")
        lines.append(
            f"{indent}{card.name}  ({owner}; {status}; KPIs {card.kpi_status.value}; "
            f"{points})  [{card.id}]"
        )
    if not cards:
        lines.append("(no processes)")
    if landscape.report.interfaces:
        lines.append("Interfaces")
    for interface in landscape.report.interfaces:
        source, target = cards[interface.source].name, cards[interface.target].name
        via = f"  '{interface.via}'" if interface.via else ""
        lines.append(f"  {source} -> {target}  {interface.kind.value}{via}")
    if landscape.report.unresolved:
        lines.append("Unresolved")
    for entry in landscape.report.unresolved:
        lines.append(f"  {cards[entry.process].name}: {entry.message}  [{entry.rule}]")
    return lines
