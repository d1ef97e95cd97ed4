"""The release intents: release a process, submit, approve, retire, start a new draft.

A facade beside the Editor (over the same History), so each intent is one undo step on the
one edit road. Who acts is ``procdesk.identity.current_author()``; the day is today unless
the caller says otherwise (an approval recorded afterwards, a test).
"""

from __future__ import annotations

from datetime import date

from procdesk.identity import current_author
from procdesk.model.changes import ChangeSet
from procdesk.model.editor_core import EditorCore
from procdesk.model.release_commands import CreateRelease, MoveRelease, RestoreRelease
from procdesk.model.releases import Release, ReleaseStatus


def today() -> str:
    return date.today().isoformat()


class ReleaseIntents(EditorCore):
    """Releases of processes, each intent one undo step."""

    def release(
        self,
        process_id: str,
        version: str,
        summary: str,
        *,
        approver: str = "",
        approved_on: str = "",
        on: str = "",
    ) -> str:
        """Freeze the process as *version*; with *approver*, approved at once. Returns the
        release's id; CommandError if the number is taken, lower than the last, or malformed."""
        command = CreateRelease(
            process_id, version, summary, current_author(), on or today(), approver, approved_on
        )
        changeset = self.run(command)
        return next(e.id for e in changeset.added() if isinstance(e, Release))

    def submit(self, release_id: str, on: str = "") -> ChangeSet:
        """Send a draft version to review."""
        return self.run(
            MoveRelease(release_id, ReleaseStatus.REVIEW, current_author(), on or today())
        )

    def approve(self, release_id: str, approver: str, on: str = "") -> ChangeSet:
        """Approve a version in review; the version in force until now is superseded."""
        return self._move(release_id, ReleaseStatus.APPROVED, approver, on)

    def retire(self, release_id: str, on: str = "") -> ChangeSet:
        """Withdraw a version: it is no longer (or never will be) in force."""
        return self.run(
            MoveRelease(release_id, ReleaseStatus.RETIRED, current_author(), on or today())
        )

    def restore(self, release_id: str) -> ChangeSet:
        """New draft from version: make the live process what the version froze."""
        return self.run(RestoreRelease(release_id))

    def _move(self, release_id: str, status: ReleaseStatus, by: str, on: str) -> ChangeSet:
        return self.run(MoveRelease(release_id, status, by, on or today()))
