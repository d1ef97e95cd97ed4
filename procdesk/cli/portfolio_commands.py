"""``procdesk initiatives``: the improvement portfolio's register in rank order.

With ``--json`` it prints the framework and every initiative (the README gives the shape);
``--framework-version N`` ranks under an agreed earlier version of the framework. The
workspace is only read.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from procdesk.cli.common import EXIT_OK, fail, open_document

if TYPE_CHECKING:
    from procdesk.analysis.portfolio.register import Register

NAMES = ("initiatives",)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("initiatives", help="the improvement initiatives, ranked")
    parser.add_argument("workspace", help="workspace file (.procdesk)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_version_argument(parser)
    parser.set_defaults(handler=_initiatives)


def add_version_argument(parser: Any) -> None:
    parser.add_argument(
        "--framework-version",
        type=int,
        metavar="N",
        help="rank under agreed framework version N (default: the current framework)",
    )


def load_register(options: argparse.Namespace) -> Register:
    """The register of the workspace named in *options*, or a UsageError."""
    from procdesk.analysis.portfolio.register import build_register  # see procdesk.cli

    with open_document(options.workspace) as document:
        try:
            return build_register(document.workspace, options.framework_version)
        except ValueError as error:
            fail(str(error))


def _initiatives(options: argparse.Namespace) -> int:
    from procdesk.analysis.portfolio.benefit import amount  # see procdesk.cli: start-up
    from procdesk.analysis.portfolio.register import register_json
    from procdesk.analysis.portfolio.scoring import TIE_BREAK_RULE, tie_label

    result = load_register(options)
    if options.json:
        print(json.dumps(register_json(result), indent=2, ensure_ascii=False))
        return EXIT_OK
    weights = result.weights
    agreed = f", agreed {weights.baselined_on}" if weights.baselined_on else ""
    print(f"{weights.name}, version {weights.version}{agreed}")
    for criterion, weight in zip(weights.criteria, weights.normalised, strict=True):
        print(f"  {weight * 100:5.1f} %  {criterion.name}")
    print(TIE_BREAK_RULE)
    print()
    print(f"{'rank':>4}  {'score':>5}  {'status':<11}  {'benefit':>10}  {'payback':>7}  title")
    for row in result.rows:
        rank = str(row.rank) if row.rank is not None else "-"
        payback = f"{row.payback:.1f}" if row.payback is not None else "-"
        note = f"  ({tie_label(row.tie_break)})" if row.tie_break else ""
        print(
            f"{rank:>4}  {row.score:5.2f}  {row.initiative.status.value:<11}  "
            f"{amount(row.benefit):>10}  {payback:>7}  {row.initiative.title}{note}"
        )
    return EXIT_OK
