"""``procdesk export bpmn|sop|image``: one ``export`` command, one module per format.

Each format module has ``FORMAT`` (its name) and ``register(export_subparsers)``.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

NAMES = ("export",)

FORMAT_MODULES: tuple[ModuleType, ...] = ()
"""Format modules (``export_bpmn``, ``export_sop``, ``export_image``) in the order shown;
set at the end of this module, because they import ``add_target_arguments`` from it."""


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export",
        help="write a process as BPMN, an SOP PDF or an image, the portfolio, a fishbone, the "
        "audit report or the KPI measurements",
    )
    formats = export.add_subparsers(dest="format", required=True, parser_class=type(export))
    for module in FORMAT_MODULES:
        module.register(formats)


def add_target_arguments(parser: Any, suffixes: str, process_required: bool = True) -> None:
    """The options every export shares: WORKSPACE -p PROCESS [-d DIAGRAM] -o OUT [--version V]
    (an export that can also do without a process checks for ``-p`` itself)."""
    parser.add_argument("workspace", help="workspace file (.procdesk)")
    parser.add_argument("-p", "--process", required=process_required, help="process name or id")
    parser.add_argument("-d", "--diagram", help="diagram name, variant or id")
    parser.add_argument("-o", "--output", required=True, help=f"output file ({suffixes})")
    parser.add_argument(
        "--version", dest="release", help="export this released version (N.M), not the draft"
    )


from procdesk.cli import (  # noqa: E402 (they use add_target_arguments)
    export_audit,
    export_bpmn,
    export_fishbone,
    export_image,
    export_measurements,
    export_portfolio,
    export_sop,
)

FORMAT_MODULES = (
    *FORMAT_MODULES,
    export_bpmn,
    export_sop,
    export_image,
    export_portfolio,
    export_fishbone,
    export_audit,
    export_measurements,
)
