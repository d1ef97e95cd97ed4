"""``procdesk repo …``: a team repository on PostgreSQL, from the command line.

``init`` makes (or upgrades) a repository, ``grant`` gives a login its role, ``checkout``
makes a local workspace of chosen processes, ``checkin`` and ``update`` bring workspace and
repository level, ``status`` says where a workspace stands. A conflict stops a check-in or
an update with nothing changed on either side (exit 1, the conflicts on stdout); ``update``
with ``--keep-mine``/``--take-theirs`` settles them. Every failure (no server, a wrong
password, another schema, a workspace not checked out, a URL that is not PostgreSQL's) is one
line on stderr, exit 2, nothing changed. The PostgreSQL driver is loaded only here, when used.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from procdesk.cli.common import EXIT_CONTENT_ERRORS, EXIT_OK, fail, open_document
from procdesk.cli.repo_output import print_conflicts, print_status, status_json
from procdesk.model.merge_values import Side

NAMES = ("repo",)


def register(subparsers: Any) -> None:
    repo = subparsers.add_parser("repo", help="a team repository on PostgreSQL")
    commands = repo.add_subparsers(dest="repo_command", required=True, parser_class=type(repo))

    init = commands.add_parser("init", help="create (or upgrade) a repository in a database")
    init.add_argument("url", help="postgresql://USER@HOST/DATABASE (an empty database)")
    init.add_argument("--from", dest="source", help="start it with this workspace's content")
    init.set_defaults(handler=_init)

    grant = commands.add_parser("grant", help="give a login its role in a repository")
    grant.add_argument("url")
    grant.add_argument("user", help="the PostgreSQL login")
    grant.add_argument("role", choices=("viewer", "editor", "approver"))
    grant.set_defaults(handler=_grant)

    checkout = commands.add_parser("checkout", help="check processes out into a new workspace")
    checkout.add_argument("url")
    checkout.add_argument("workspace", help="the new workspace file (.procdesk)")
    checkout.add_argument(
        "-p", "--process", nargs="+", default=[], help="process names or ids (default: all)"
    )
    checkout.add_argument("--read-only", action="store_true", help="to read and export only")
    checkout.set_defaults(handler=_checkout)

    checkin = commands.add_parser("checkin", help="send the local changes to the repository")
    checkin.add_argument("workspace")
    checkin.add_argument("-m", "--message", default="", help="what the check-in is about")
    checkin.set_defaults(handler=_checkin)

    update = commands.add_parser("update", help="bring others' check-ins into the workspace")
    update.add_argument("workspace")
    update.add_argument(
        "--keep-mine", nargs="+", default=[], metavar="ID", help="settle conflicts: mine wins"
    )
    update.add_argument(
        "--take-theirs", nargs="+", default=[], metavar="ID", help="settle conflicts: theirs win"
    )
    update.set_defaults(handler=_update)

    status = commands.add_parser("status", help="where a checked-out workspace stands")
    status.add_argument("workspace")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.add_argument("--offline", action="store_true", help="without asking the server")
    status.set_defaults(handler=_status)


def _init(options: argparse.Namespace) -> int:
    from procdesk.store.pg_schema import init_repository
    from procdesk.team.seed import seed

    if options.source:
        with open_document(options.source) as document:
            print(init_repository(options.url))
            revision, count = seed(options.url, document)
            print(f"revision {revision}: {count} elements from {document.path}")
        return EXIT_OK
    print(init_repository(options.url))
    return EXIT_OK


def _grant(options: argparse.Namespace) -> int:
    from procdesk.team.admin import grant

    print(grant(options.url, options.user, options.role))
    return EXIT_OK


def _checkout(options: argparse.Namespace) -> int:
    from procdesk.team.checkout import checkout

    done = checkout(
        options.url, options.workspace, list(options.process), read_only=options.read_only
    )
    names = ", ".join(repr(p.name) for p in done.processes) or "no process"
    mode = " (read-only)" if options.read_only else ""
    print(f"{done.path}: {names} at revision {done.revision}, {done.entities} elements{mode}")
    return EXIT_OK


def _checkin(options: argparse.Namespace) -> int:
    from procdesk.team.sync import checkin

    with open_document(options.workspace, read_only=False) as document:
        result = checkin(document, options.message)
        if result.conflicts:
            print_conflicts(document, result.conflicts)
            print(
                f"procdesk: {len(result.conflicts)} conflict(s): nothing was checked in; "
                f"settle them with procdesk repo update {options.workspace} "
                "--keep-mine ID… / --take-theirs ID…, then check in again",
                file=sys.stderr,
            )
            return EXIT_CONTENT_ERRORS
    if result.checked_in:
        print(f"checked in {result.sent} change(s) as revision {result.revision}", end="")
    else:
        print(f"nothing to check in; at revision {result.revision}", end="")
    print(f"; {result.received} change(s) from others applied" if result.received else "")
    return EXIT_OK


def _update(options: argparse.Namespace) -> int:
    from procdesk.team.sync import update

    mine, theirs = set(options.keep_mine), set(options.take_theirs)
    if mine & theirs:
        fail(f"{sorted(mine & theirs)[0]} is both kept and taken; choose one side")
    choices = {i: Side.MINE for i in mine} | {i: Side.THEIRS for i in theirs}
    with open_document(options.workspace, read_only=False) as document:
        result = update(document, choices)
        if result.conflicts:
            print_conflicts(document, result.conflicts)
            print(
                f"procdesk: {len(result.conflicts)} conflict(s): nothing was changed; "
                "settle them with --keep-mine ID… / --take-theirs ID…",
                file=sys.stderr,
            )
            return EXIT_CONTENT_ERRORS
    print(f"at revision {result.revision}; {result.received} change(s) applied")
    return EXIT_OK


def _status(options: argparse.Namespace) -> int:
    from procdesk.team.status import status

    with open_document(options.workspace) as document:
        report = status(document, offline=options.offline)
        if options.json:
            data: dict[str, Any] = status_json(document, report)
            print(json.dumps(data, indent=2, ensure_ascii=False))
        else:
            print_status(document, report)
    return EXIT_OK
