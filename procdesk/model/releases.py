"""Released versions of a process and their sign-offs: what auditors examine.

A ``Release`` freezes a process as version N.M: who released it, when, why, and a snapshot of
everything that belongs to the process (``snapshots``). It is never changed afterwards; its
life (submitted for review, approved, superseded, retired) is a list of ``SignOff`` entities,
each saying who moved it to which status on which day. Both are plain registered entities, so
a release travels on the one edit road like any other edit: one ChangeSet, one transaction,
one undo step, and the same rows for everyone who later shares the workspace.

The status workflow::

    draft ──submit──▶ review ──approve──▶ approved ──(a later version approved)──▶ superseded
      │                 │                    │
      └─────────────────┴──────retire────────┴──▶ retired

The live process is always the working draft; a release is a frozen copy of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from procdesk.model.elements import Entity
from procdesk.model.registry import entity_kind
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop


class ReleaseStatus(StrEnum):
    DRAFT = "draft"
    REVIEW = "review"
    APPROVED = "approved"
    SUPERSEDED = "superseded"
    RETIRED = "retired"


STATUS_WORDS: dict[ReleaseStatus, str] = {
    ReleaseStatus.DRAFT: tr_noop("draft", "release status"),
    ReleaseStatus.REVIEW: tr_noop("in review", "release status"),
    ReleaseStatus.APPROVED: tr_noop("approved", "release status"),
    ReleaseStatus.SUPERSEDED: tr_noop("superseded", "release status"),
    ReleaseStatus.RETIRED: tr_noop("retired", "release status"),
}


def status_word(status: ReleaseStatus) -> str:
    """A release status in the reader's words ("in review")."""
    return tr(STATUS_WORDS[status], "release status")


TRANSITIONS: dict[ReleaseStatus, frozenset[ReleaseStatus]] = {
    ReleaseStatus.DRAFT: frozenset({ReleaseStatus.REVIEW, ReleaseStatus.RETIRED}),
    ReleaseStatus.REVIEW: frozenset({ReleaseStatus.APPROVED, ReleaseStatus.RETIRED}),
    ReleaseStatus.APPROVED: frozenset({ReleaseStatus.SUPERSEDED, ReleaseStatus.RETIRED}),
    ReleaseStatus.SUPERSEDED: frozenset(),
    ReleaseStatus.RETIRED: frozenset(),
}
"""Which status a release may move to from each status (superseding happens by itself)."""


def _counted_releases(n: int) -> str:
    return tr("%n releases", None, n)


def _counted_sign_offs(n: int) -> str:
    return tr("%n sign-offs", None, n)


@entity_kind(
    table="releases",
    scope="process_id",
    refs=("process_id",),
    noun=tr_noop("release", "element kind"),
    in_snapshots=False,
    counted=_counted_releases,
)
@dataclass(frozen=True, slots=True, kw_only=True)
class Release(Entity):
    """Version *version* of a process, frozen on *date* by *author*.

    ``snapshot`` is the process's content as compressed canonical JSON (``snapshots``) and
    ``digest`` the SHA-256 of that JSON, so a damaged or altered snapshot is noticed.
    ``entities`` counts what the snapshot holds.
    """

    process_id: str
    version: str
    date: str
    author: str = ""
    summary: str = ""
    snapshot: str = ""
    digest: str = ""
    entities: int = 0


@entity_kind(
    table="release_sign_offs",
    scope="release_id",
    refs=("release_id",),
    noun=tr_noop("sign-off", "element kind"),
    in_snapshots=False,
    counted=_counted_sign_offs,
)
@dataclass(frozen=True, slots=True, kw_only=True)
class SignOff(Entity):
    """*by* moved a release to *status* on *date*; ``seq`` orders a release's sign-offs."""

    release_id: str
    status: ReleaseStatus
    by: str = ""
    date: str = ""
    seq: int = 0


# version numbers ---------------------------------------------------------------------------------
VERSION_FORM = re.compile(r"^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$")
"""N.M: two whole numbers without leading zeros (1.0, 1.12, 2.3)."""


def parse_version(text: str) -> tuple[int, int] | None:
    """``"1.12"`` → ``(1, 12)``; None when *text* is not of the form N.M."""
    found = VERSION_FORM.match(text.strip())
    return (int(found.group(1)), int(found.group(2))) if found else None


def is_version(text: str) -> bool:
    """Whether *text* reads as a version number (N.M), as ``compare --from`` tells them apart."""
    return parse_version(text) is not None


def next_version(previous: tuple[int, int] | None, major: bool) -> str:
    """The number after *previous*: (1, 2) → "2.0" for a major change, "1.3" for a minor one."""
    if previous is None:
        return "1.0"
    return f"{previous[0] + 1}.0" if major else f"{previous[0]}.{previous[1] + 1}"


# reading releases --------------------------------------------------------------------------------
def _number(release: Release) -> tuple[int, int]:
    return parse_version(release.version) or (0, 0)


def releases_of(workspace: Workspace, process_id: str) -> list[Release]:
    """The process's releases, lowest version first."""
    return sorted(workspace.in_scope(process_id, Release), key=_number)


def find_release(workspace: Workspace, process_id: str, version: str) -> Release | None:
    """The release *version* of a process, if there is one."""
    wanted = parse_version(version)
    return next((r for r in releases_of(workspace, process_id) if _number(r) == wanted), None)


def sign_offs_of(workspace: Workspace, release_id: str) -> list[SignOff]:
    """A release's sign-offs, first to last."""
    return sorted(workspace.in_scope(release_id, SignOff), key=lambda s: s.seq)


def status_of(workspace: Workspace, release_id: str) -> ReleaseStatus:
    """Where a release stands now: its last sign-off's status (draft when it has none)."""
    sign_offs = sign_offs_of(workspace, release_id)
    return sign_offs[-1].status if sign_offs else ReleaseStatus.DRAFT


def approval_of(workspace: Workspace, release_id: str) -> SignOff | None:
    """The sign-off that approved a release (it stays after the release is superseded)."""
    found = [s for s in sign_offs_of(workspace, release_id) if s.status == ReleaseStatus.APPROVED]
    return found[-1] if found else None


def approved_release(workspace: Workspace, process_id: str) -> Release | None:
    """The version of a process in force now: the one whose status is approved."""
    approved = [
        r
        for r in releases_of(workspace, process_id)
        if status_of(workspace, r.id) == ReleaseStatus.APPROVED
    ]
    return approved[-1] if approved else None


def last_approved_before(workspace: Workspace, release: Release) -> Release | None:
    """The highest version below *release* that was ever approved (for "changes since")."""
    number = _number(release)
    earlier = [
        r
        for r in releases_of(workspace, release.process_id)
        if _number(r) < number and approval_of(workspace, r.id) is not None
    ]
    return earlier[-1] if earlier else None


def latest_release(workspace: Workspace, process_id: str) -> Release | None:
    """The highest version of a process, whatever its status."""
    releases = releases_of(workspace, process_id)
    return releases[-1] if releases else None
