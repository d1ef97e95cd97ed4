"""Which issue an SOP is: its number, status, sign-offs, revision table and changes.

An SOP is printed either from the working draft (the live process) or from a released
version. The record says what the document claims about itself: the version and status on
the cover and in every footer, a watermark unless it is the approved issue (DRAFT while it
is a draft or in review, SUPERSEDED or RETIRED afterwards), the approval block filled from
the recorded approval, the revision table generated from the releases (after the revisions
typed by hand before the first release), and what changed since the last approved version.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.analysis.revision_compare import (
    DRAFT,
    RevisionComparison,
    Side,
    compare_revisions,
    last_approved,
    side,
)
from procdesk.export.sop import labels
from procdesk.model.elements import Process, ProcessStatus
from procdesk.model.releases import (
    Release,
    ReleaseStatus,
    approval_of,
    latest_release,
    parse_version,
    releases_of,
    status_of,
    status_word,
)
from procdesk.model.snapshots import SnapshotError, version_workspace
from procdesk.model.workspace import Workspace
from procdesk.text import capitalised, tr


def watermark_word(status: ReleaseStatus) -> str:
    """The word across every page of an issue in *status* ('' for the approved one)."""
    if status in (ReleaseStatus.DRAFT, ReleaseStatus.REVIEW):
        return tr("DRAFT", "watermark")
    if status == ReleaseStatus.SUPERSEDED:
        return tr("SUPERSEDED", "watermark")
    if status == ReleaseStatus.RETIRED:
        return tr("RETIRED", "watermark")
    return ""


@dataclass(frozen=True, slots=True)
class RevisionRow:
    """One line of the revision table."""

    version: str
    date: str
    author: str
    status: str
    summary: str


@dataclass(frozen=True, slots=True)
class SopRecord:
    """What the SOP says about its own issue (see the module docstring)."""

    version: str
    status: str
    watermark: str = ""
    prepared_by: str = ""
    prepared_on: str = ""
    approved_by: str = ""
    approved_on: str = ""
    revisions: tuple[RevisionRow, ...] = ()
    changes: RevisionComparison | None = None
    changes_svg: bytes | None = None
    """The revision overlay of the changes' first diagram, drawn by the caller (Qt)."""


def sop_record(workspace: Workspace, process_id: str, release: Release | None = None) -> SopRecord:
    """The record of the SOP of *release* (None: of the working draft), read from the live
    *workspace*."""
    process = workspace.get(process_id, Process)
    rows = revision_rows(workspace, process, release)
    changes = _changes(workspace, process_id, release)
    if release is not None:
        status = status_of(workspace, release.id)
        approval = approval_of(workspace, release.id)
        return SopRecord(
            version=release.version,
            status=capitalised(status_word(status)),
            watermark=watermark_word(status),
            prepared_by=release.author,
            prepared_on=release.date,
            approved_by=approval.by if approval else "",
            approved_on=approval.date if approval else "",
            revisions=rows,
            changes=changes,
        )
    last = latest_release(workspace, process_id)
    if last is not None:
        return SopRecord(
            version=tr("draft after {version}").format(version=last.version),
            status=capitalised(status_word(ReleaseStatus.DRAFT)),
            watermark=watermark_word(ReleaseStatus.DRAFT),
            revisions=rows,
            changes=changes,
        )
    typed = process.status != ProcessStatus.APPROVED
    return SopRecord(
        version=process.version,
        status=labels.process_status(process.status),
        watermark=watermark_word(ReleaseStatus.DRAFT) if typed else "",
        revisions=rows,
    )


def revision_rows(
    workspace: Workspace, process: Process, up_to: Release | None
) -> tuple[RevisionRow, ...]:
    """The typed revisions older than the first release, then every release up to *up_to*
    (all of them for the draft)."""
    releases = releases_of(workspace, process.id)
    if up_to is not None:
        limit = parse_version(up_to.version)
        releases = [
            r for r in releases if (parse_version(r.version) or (0, 0)) <= (limit or (0, 0))
        ]
    first = parse_version(releases[0].version) if releases else None
    rows = [
        RevisionRow(r.version, r.date, r.author, "", r.summary)
        for r in process.revisions
        if first is None or (parse_version(r.version) or (0, 0)) < first
    ]
    rows += [
        RevisionRow(
            r.version,
            r.date,
            r.author,
            capitalised(status_word(status_of(workspace, r.id))),
            r.summary,
        )
        for r in releases
    ]
    return tuple(rows)


def _changes(
    workspace: Workspace, process_id: str, release: Release | None
) -> RevisionComparison | None:
    """What changed since the last approved version before this issue (None: no such)."""
    start = last_approved(workspace, process_id, release)
    if start is None:
        return None
    try:
        after = side(workspace, process_id, release.version if release else DRAFT)
        before = Side(start.version, version_workspace(workspace, start))
    except (LookupError, SnapshotError):
        return None
    return compare_revisions(before, after, process_id)
