"""What an export or a compare reads: the working draft, or a released version of it.

``--version V`` names a released version of the process (N.M); the export then reads that
version's own workspace, made from its snapshot, and says which version it is.
"""

from __future__ import annotations

from procdesk.cli.common import fail
from procdesk.document import Document
from procdesk.model.elements import Process
from procdesk.model.releases import Release, find_release, is_version, releases_of
from procdesk.model.snapshots import SnapshotError, version_workspace
from procdesk.model.workspace import Workspace


def released(document: Document, process: Process, version: str) -> Release:
    """The release *version* of *process*, or a UsageError naming the versions there are."""
    release = find_release(document.workspace, process.id, version) if is_version(version) else None
    if release is None:
        known = ", ".join(r.version for r in releases_of(document.workspace, process.id))
        fail(f"process {process.name!r} has no version {version!r} (versions: {known or 'none'})")
    return release


def source(
    document: Document, process: Process, version: str | None
) -> tuple[Workspace, Release | None]:
    """The workspace to read for *process*: the live one, or that of its *version*."""
    if version is None:
        return document.workspace, None
    release = released(document, process, version)
    try:
        return version_workspace(document.workspace, release), release
    except SnapshotError as error:
        fail(f"cannot read version {release.version} of {process.name!r}: {error}")
