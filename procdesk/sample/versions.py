"""The sample's released versions: the purchase requisition as version 1.2, in review.

The TOML file types the process's history by hand (1.0, 1.1, 1.2, status "in review"), as a
workspace from before releases would. This part releases 1.2 as what the sample draws, by
the author and on the day that revision names, and submits it for review; so the versions
dock has a version to approve, view or compare at first start, and the SOP's revision table
shows the typed 1.0 and 1.1 and then the released 1.2. Its snapshot holds the KPI values
known on that day, so the draft has the months measured since.
"""

from __future__ import annotations

from procdesk.model.elements import Process
from procdesk.model.release_commands import CreateRelease, MoveRelease
from procdesk.model.releases import Release, ReleaseStatus
from procdesk.sample.book import SampleBook


def add_released_versions(book: SampleBook) -> None:
    """Release the purchase requisition as its typed version, and submit it for review."""
    editor = book.editor
    process = editor.workspace.get(book.id("purchase"), Process)
    typed = next(r for r in process.revisions if r.version == process.version)
    changeset = editor.run(
        CreateRelease(process.id, typed.version, typed.summary, typed.author, typed.date)
    )
    release = next(e for e in changeset.added() if isinstance(e, Release))
    editor.run(MoveRelease(release.id, ReleaseStatus.REVIEW, typed.author, typed.date))
    book.name("purchase/release/1.2", release.id)
