"""The command line: ``procdesk [WORKSPACE]`` opens the GUI; sub-commands work headless.

Each sub-command lives in its own module with a ``register(subparsers)`` function; the
contract (names, options, exit codes) is documented in the README and must stay stable.
Start-up: a module imports at its top only what registering its options needs; what running
the command needs (reportlab, openpyxl, the analyses with networkx and numpy…) is imported in
its handler, so that a scripted ``procdesk import`` does not spend most of its time loading
packages for other commands (``tests/cli/test_startup_imports.py`` holds every command to it).
Exit codes: 0 success, 1 the content has errors, 2 bad usage or bad input (one line on
stderr, nothing written).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from procdesk import __version__
from procdesk.cli import (
    analysis_commands,
    audit_commands,
    export_commands,
    import_commands,
    landscape_commands,
    launch,
    maturity_commands,
    portfolio_commands,
    raci_commands,
    repo_commands,
    report_commands,
    versions_commands,
    workspace_commands,
)
from procdesk.cli.common import UsageError, make_parser, run_handler

MODULES = (
    workspace_commands,
    import_commands,
    export_commands,
    analysis_commands,
    landscape_commands,
    audit_commands,
    portfolio_commands,
    versions_commands,
    raci_commands,
    maturity_commands,
    repo_commands,
    report_commands,
)
"""Sub-command modules; each has ``NAMES`` and ``register(subparsers)``."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run procdesk with *argv* (default ``sys.argv[1:]``); returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    parser, subparsers = _command_parser()
    if args and args[0] in subparsers.choices:
        try:
            options = parser.parse_args(args)
        except UsageError as error:
            return error.report()
        return run_handler(options)
    return _gui(args, subparsers.choices)


def run() -> NoReturn:
    """The ``procdesk`` command: :func:`main` on the process's own arguments, then its exit.

    A sub-command's process ends as soon as its work is done and its output flushed: the
    interpreter's orderly shutdown would only free, one by one, the objects of a large
    workspace (a tenth of the time of a 5,000-task import) that the operating system takes
    back at once. Everything that must reach the disk has by then: each command closes its
    workspace, its files and its connections before it returns. The window takes the
    ordinary way out, so that Qt hands over the clipboard and closes its windows.
    """
    args = sys.argv[1:]
    code = main(args)
    if args and any(args[0] in module.NAMES for module in MODULES):
        _leave(code)
    sys.exit(code)


def _leave(code: int) -> NoReturn:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a reader gone: nothing reaches it
            stream.flush()
    os._exit(code)


def _command_parser() -> tuple[argparse.ArgumentParser, Any]:
    parser, subparsers = make_parser(sub=True)
    for module in MODULES:
        module.register(subparsers)
    return parser, subparsers


def _gui(args: list[str], commands: dict[str, argparse.ArgumentParser]) -> int:
    usage = launch.command_usage("procdesk [--sample] [--read-only] [WORKSPACE]", commands)
    parser, _ = make_parser(sub=False)
    parser.usage = usage.removeprefix("usage: ")
    parser.epilog = launch.MORE_HELP
    parser.add_argument("workspace", nargs="?", help="workspace file to open (.procdesk)")
    parser.add_argument("--sample", action="store_true", help="open a fresh copy of the sample")
    parser.add_argument("--read-only", action="store_true", help="open without editing")
    parser.add_argument("--version", action="version", version=f"procdesk {__version__}")
    try:
        options = parser.parse_args(args)
        if options.workspace and options.sample:
            raise UsageError("give a workspace or --sample, not both")
        if options.workspace:
            dialogs = launch.dialogs_seen()
            launch.check_argument(options.workspace, commands, usage, dialogs=dialogs)
        if (no_display := launch.missing_display()) is not None:
            raise UsageError(no_display)
    except UsageError as error:
        return error.report()
    from procdesk.app import run_app

    return run_app(options.workspace, sample=options.sample, read_only=options.read_only)
