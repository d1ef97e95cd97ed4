"""What ``procdesk repo`` prints: conflicts side by side, and a workspace's standing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from procdesk.document import Document
from procdesk.model.elements import Process
from procdesk.model.merge import Conflict
from procdesk.model.merge_text import attribute_rows, headline, users_text

if TYPE_CHECKING:  # the PostgreSQL driver loads only when a repo command runs
    from procdesk.team.status import Status


def change_word(base: object, mine: object) -> str:
    """'added', 'removed' or 'changed' (the JSON's words)."""
    if base is None:
        return "added"
    if mine is None:
        return "removed"
    return "changed"


def print_conflicts(document: Document, conflicts: tuple[Conflict, ...]) -> None:
    """Each conflict: the element, what each side did, its attributes base / mine / theirs."""
    for conflict in conflicts:
        print(f"conflict: {headline(conflict)}  [{conflict.id}]")
        users = users_text(conflict, (document.workspace,))
        if users:
            print(f"  {users}")
        rows = attribute_rows(conflict)
        width = max(len(row[0]) for row in rows)
        for name, base, mine, theirs in rows:
            print(f"  {name:<{width}}  base: {base}  mine: {mine}  theirs: {theirs}")


def _process_name(document: Document, process_id: str) -> str:
    process = document.workspace.find(process_id)
    return process.name if isinstance(process, Process) else ""


def status_json(document: Document, report: Status) -> dict[str, Any]:
    """``repo status --json``."""
    origin = report.standing.origin
    remote = report.remote
    return {
        "origin": {
            "url": origin.url,
            "repository": origin.repository_id,
            "revision": origin.revision,
            "read_only": origin.read_only,
            "checked_out_at": origin.checked_out_at,
            "processes": [
                {"id": p, "name": _process_name(document, p), "revision": revision}
                for p, revision in origin.processes.items()
            ],
        },
        "local_changes": [
            {"id": entity_id, "change": change_word(base, mine), "description": line}
            for (entity_id, (base, mine)), line in zip(
                report.standing.pending.items(), report.local_changes, strict=True
            )
        ],
        "remote": None
        if remote is None
        else {
            "revision": remote.revision,
            "login": remote.login,
            "role": remote.role,
            "waiting": [
                {
                    "revision": c.revision,
                    "at": c.at,
                    "author": c.author,
                    "login": c.committer,
                    "message": c.message,
                    "changes": c.changes,
                }
                for c in remote.waiting
            ],
        },
    }


def print_status(document: Document, report: Status) -> None:
    origin = report.standing.origin
    mode = " (read-only)" if origin.read_only else ""
    print(f"origin: {origin.url}{mode}")
    print(f"base revision: {origin.revision}")
    for process_id, revision in origin.processes.items():
        print(f"  {_process_name(document, process_id)}  [{process_id}] since revision {revision}")
    print(f"local changes not checked in: {len(report.local_changes)}")
    for line in report.local_changes:
        print(f"  {line}")
    remote = report.remote
    if remote is None:
        print("remote: not asked (--offline)")
        return
    print(
        f"repository revision: {remote.revision} ({len(remote.waiting)} check-in(s) waiting); "
        f"login {remote.login} ({remote.role or 'no role'})"
    )
    for checkin in remote.waiting:
        print(
            f"  r{checkin.revision}  {checkin.at}  {checkin.author}: {checkin.message} "
            f"({checkin.changes} changes)"
        )
