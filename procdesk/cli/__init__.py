"""The command line: ``procdesk [WORKSPACE]`` opens the GUI; sub-commands work headless.

Each sub-command lives in its own module with a ``register(subparsers)`` function; the
contract (names, options, exit codes) is documented in the README and must stay stable.
Exit codes: 0 success, 1 the content has errors, 2 bad usage or bad input (one line on
stderr, nothing written).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from procdesk import __version__
from procdesk.cli import (
    analysis_commands,
    audit_commands,
    export_commands,
    import_commands,
    workspace_commands,
)
from procdesk.cli.common import UsageError, make_parser, run_handler

MODULES = (
    workspace_commands,
    import_commands,
    export_commands,
    analysis_commands,
    audit_commands,
)
"""Sub-command modules; each has ``NAMES`` and ``register(subparsers)``."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run procdesk with *argv* (default ``sys.argv[1:]``); returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    names = {name for module in MODULES for name in module.NAMES}
    if args and args[0] in names:
        parser, subparsers = make_parser(sub=True)
        for module in MODULES:
            module.register(subparsers)
        try:
            options = parser.parse_args(args)
        except UsageError as error:
            return error.report()
        return run_handler(options)
    return _gui(args)


def _gui(args: list[str]) -> int:
    parser, _ = make_parser(sub=False)
    parser.add_argument("workspace", nargs="?", help="workspace file to open (.procdesk)")
    parser.add_argument("--sample", action="store_true", help="open a fresh copy of the sample")
    parser.add_argument("--read-only", action="store_true", help="open without editing")
    parser.add_argument("--version", action="version", version=f"procdesk {__version__}")
    try:
        options = parser.parse_args(args)
    except UsageError as error:
        return error.report()
    if options.workspace and options.sample:
        return UsageError("give a workspace or --sample, not both").report()
    from procdesk.app import run_app

    return run_app(options.workspace, sample=options.sample, read_only=options.read_only)
