"""Commands that release a process, move a release through its workflow and restore one.

Each plans an ordinary ChangeSet, so releasing, approving and restoring are undone, persisted
and announced like any other edit. A release is only ever *added* (with its snapshot) and its
sign-offs are only ever added: no command here changes a frozen snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from procdesk.model.changes import Change, ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.elements import Entity, KpiMeasurement, Process
from procdesk.model.ids import new_id
from procdesk.model.numbering import refusal
from procdesk.model.references import references
from procdesk.model.releases import (
    TRANSITIONS,
    Release,
    ReleaseStatus,
    SignOff,
    approved_release,
    parse_version,
    sign_offs_of,
    status_of,
    status_word,
)
from procdesk.model.snapshots import SnapshotError, decode, encode, members
from procdesk.model.workspace import Workspace
from procdesk.text import tr


def _sign_off(release_id: str, status: ReleaseStatus, by: str, on: str, seq: int) -> SignOff:
    return SignOff(
        id=new_id("SignOff"), release_id=release_id, status=status, by=by, date=on, seq=seq
    )


def _next_sign_off(
    workspace: Workspace, release_id: str, status: ReleaseStatus, by: str, on: str
) -> SignOff:
    return _sign_off(release_id, status, by, on, len(sign_offs_of(workspace, release_id)))


@dataclass(frozen=True, slots=True)
class CreateRelease:
    """Freeze *process_id* as *version*; with an *approver*, submitted and approved at once."""

    process_id: str
    version: str
    summary: str
    author: str
    on: str
    approver: str = ""
    approved_on: str = ""
    label: str = ""
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        process = workspace.find(self.process_id)
        if not isinstance(process, Process):
            raise CommandError(tr("there is no process {id}").format(id=self.process_id))
        refused = refusal(workspace, self.process_id, self.version)
        if refused:
            raise CommandError(refused)
        frozen = members(workspace, self.process_id, up_to=self.on)
        snapshot, digest = encode(frozen)
        release = Release(
            id=new_id("Release"),
            process_id=self.process_id,
            version=self.version.strip(),
            date=self.on,
            author=self.author,
            summary=self.summary.strip(),
            snapshot=snapshot,
            digest=digest,
            entities=len(frozen),
        )
        added: list[Entity] = [release]
        if self.approver.strip():
            approved_on = self.approved_on or self.on
            added += [
                _sign_off(release.id, ReleaseStatus.REVIEW, self.author, self.on, 0),
                _sign_off(
                    release.id, ReleaseStatus.APPROVED, self.approver.strip(), approved_on, 1
                ),
            ]
            added += _superseding(workspace, release, approved_on)
        label = self.label or tr("Release version {version} of {process}").format(
            version=release.version, process=process.name
        )
        return ChangeSet(tuple(Change(None, e) for e in added), label)


def _superseding(workspace: Workspace, release: Release, on: str) -> list[Entity]:
    """The sign-off that supersedes the version in force when *release* is approved *on*."""
    current = approved_release(workspace, release.process_id)
    if current is None or current.id == release.id:
        return []
    if (parse_version(current.version) or (0, 0)) > (parse_version(release.version) or (0, 0)):
        message = tr("a later version, {version}, is already approved")
        raise CommandError(message.format(version=current.version))
    return [_next_sign_off(workspace, current.id, ReleaseStatus.SUPERSEDED, "", on)]


@dataclass(frozen=True, slots=True)
class MoveRelease:
    """Move a release to *status* (review, approved or retired), signed by *by* on *on*."""

    release_id: str
    status: ReleaseStatus
    by: str
    on: str
    label: str = ""
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        release = workspace.find(self.release_id)
        if not isinstance(release, Release):
            raise CommandError(tr("there is no release {id}").format(id=self.release_id))
        now = status_of(workspace, release.id)
        if self.status not in TRANSITIONS[now] or self.status == ReleaseStatus.SUPERSEDED:
            message = tr("version {version} is {status}: it cannot become {wanted}")
            raise CommandError(
                message.format(
                    version=release.version,
                    status=status_word(now),
                    wanted=status_word(self.status),
                )
            )
        if self.status == ReleaseStatus.APPROVED and not self.by.strip():
            raise CommandError(tr("an approval needs the approver's name"))
        added: list[Entity] = [
            _next_sign_off(workspace, release.id, self.status, self.by.strip(), self.on)
        ]
        if self.status == ReleaseStatus.APPROVED:
            added += _superseding(workspace, release, self.on)
        label = self.label or tr("Mark version {version} {status}").format(
            version=release.version, status=status_word(self.status)
        )
        return ChangeSet(tuple(Change(None, e) for e in added), label)


@dataclass(frozen=True, slots=True)
class RestoreRelease:
    """Make the live process (the working draft) what *release_id* froze, as one edit.

    Entities the version did not have are removed, those it had come back as they were.
    Two things are kept: KPI measurements dated after the release (values measured since;
    they stay wherever their KPI is in the version), and where the process sits in the tree.
    """

    release_id: str
    label: str = ""
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        release = workspace.find(self.release_id)
        if not isinstance(release, Release):
            raise CommandError(tr("there is no release {id}").format(id=self.release_id))
        try:
            frozen = {e.id: e for e in decode(release)}
        except SnapshotError as error:
            raise CommandError(str(error)) from error
        live = {e.id: e for e in members(workspace, release.process_id)}
        process = live.get(release.process_id)
        if isinstance(process, Process) and isinstance(frozen.get(process.id), Process):
            old = frozen[process.id]
            assert isinstance(old, Process)
            frozen[process.id] = replace(old, order=process.order)
        for entity in live.values():
            if isinstance(entity, KpiMeasurement) and entity.date > release.date:
                frozen.setdefault(entity.id, entity)
        frozen = _resolvable(workspace, frozen, set(live))
        changes: list[Change] = []
        for entity_id, entity in live.items():
            if entity_id not in frozen:
                changes.append(Change(entity, None))
        for entity_id, entity in frozen.items():
            before = live.get(entity_id)
            if before is None and entity_id in workspace:
                message = tr("{id} is used elsewhere in the workspace now")
                raise CommandError(message.format(id=entity_id))
            if before is not None and type(before) is not type(entity):
                message = tr("{id} cannot change from {type}")
                raise CommandError(message.format(id=entity_id, type=type(before).__name__))
            if before != entity:
                changes.append(Change(before, entity))
        label = self.label or tr("New draft from version {version}").format(version=release.version)
        return ChangeSet(tuple(changes), label)


def _resolvable(
    workspace: Workspace, wanted: dict[str, Entity], leaving: set[str]
) -> dict[str, Entity]:
    """*wanted* without the entities whose references would dangle (what they pointed at
    outside the process is gone), and without what depends on those, repeatedly."""
    kept = dict(wanted)
    changed = True
    while changed:
        changed = False
        for entity_id, entity in list(kept.items()):
            for ref in references(entity):
                if ref in kept or (ref in workspace and ref not in leaving):
                    continue
                del kept[entity_id]
                changed = True
                break
    return kept
