"""``procdesk versions`` and ``procdesk release``: a process's released versions, and a new one.

``versions`` lists them (``--json``: ``{"versions": [{"version", "status", "date", "author",
"approver", "summary"}]}``). ``release`` freezes the process as ``--version`` with a
``--summary``, approved at once when ``--approver`` names who approved it. A process whose
diagrams have lint errors is not released (exit 1, the errors on stderr) unless ``--force``;
a number that exists, is lower than the last or is not N.M is refused (exit 2).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from procdesk.cli.common import (
    EXIT_CONTENT_ERRORS,
    EXIT_OK,
    fail,
    find_process,
    open_document,
)
from procdesk.model.commands import CommandError
from procdesk.model.history import PersistError
from procdesk.model.numbering import propose, refusal, rule_text
from procdesk.model.release_intents import ReleaseIntents
from procdesk.model.releases import (
    approval_of,
    releases_of,
    status_of,
    status_word,
)
from procdesk.model.workspace import Workspace

NAMES = ("versions", "release")


def register(subparsers: Any) -> None:
    listing = subparsers.add_parser("versions", help="list the released versions of a process")
    listing.add_argument("workspace", help="workspace file (.procdesk)")
    listing.add_argument("-p", "--process", required=True, help="process name or id")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_versions)

    release = subparsers.add_parser("release", help="release a process as a new version")
    release.add_argument("workspace", help="workspace file (.procdesk)")
    release.add_argument("-p", "--process", required=True, help="process name or id")
    release.add_argument("--version", dest="number", help="the version number, N.M (e.g. 1.3)")
    release.add_argument("--summary", required=True, help="what changed, for the revision table")
    release.add_argument("--approver", default="", help="approve it at once, in this name")
    release.add_argument(
        "--force", action="store_true", help="release even though a diagram has lint errors"
    )
    release.set_defaults(handler=_release)


def version_rows(workspace: Workspace, process_id: str) -> list[dict[str, Any]]:
    """The process's versions as ``versions --json`` lists them, lowest first."""
    rows: list[dict[str, Any]] = []
    for release in releases_of(workspace, process_id):
        approval = approval_of(workspace, release.id)
        rows.append(
            {
                "version": release.version,
                "status": status_of(workspace, release.id).value,
                "date": release.date,
                "author": release.author,
                "approver": approval.by if approval else None,
                "summary": release.summary,
            }
        )
    return rows


def _versions(options: argparse.Namespace) -> int:
    with open_document(options.workspace) as document:
        process = find_process(document, options.process)
        rows = version_rows(document.workspace, process.id)
        proposal = propose(document.workspace, process.id)
    if options.json:
        print(json.dumps({"versions": rows}, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(process.name)
    if not rows:
        print("  no released versions yet")
    for row in rows:
        approver = f"  approved by {row['approver']}" if row["approver"] else ""
        print(f"  {row['version']:<8}{row['status']:<12}{row['date']:<12}{row['author']}{approver}")
        if row["summary"]:
            print(f"          {row['summary']}")
    kind = "major" if proposal.major else "minor"
    print(f"next version: {proposal.version} ({kind}; {rule_text()})")
    return EXIT_OK


def _release(options: argparse.Namespace) -> int:
    with open_document(options.workspace, read_only=False) as document:
        workspace = document.workspace
        process = find_process(document, options.process)
        if not options.number:
            proposal = propose(workspace, process.id)
            kind = "major" if proposal.major else "minor"
            fail(f"give --version; the next version would be {proposal.version} ({kind})")
        refused = refusal(workspace, process.id, options.number)
        if refused:
            fail(f"cannot release {process.name!r}: {refused}")
        from procdesk.analysis.readiness import release_blockers  # networkx: only when used

        blockers = release_blockers(workspace, process.id)
        if blockers and not options.force:
            for blocker in blockers:
                finding = blocker.finding
                print(
                    f"{blocker.diagram.name}: error {finding.rule} {finding.element}: "
                    f"{finding.message}",
                    file=sys.stderr,
                )
            print(
                f"procdesk: {process.name!r} has {len(blockers)} lint error(s): not released "
                "(give --force to release it anyway)",
                file=sys.stderr,
            )
            return EXIT_CONTENT_ERRORS
        intents = ReleaseIntents(document.history)
        try:
            release_id = intents.release(
                process.id, options.number, options.summary, approver=options.approver
            )
        except (CommandError, PersistError) as error:
            fail(f"cannot release {process.name!r}: {error}")
        status = status_word(status_of(workspace, release_id))
    print(f"{process.name}: version {options.number.strip()} released ({status})")
    return EXIT_OK
