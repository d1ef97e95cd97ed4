"""Which number the next release of a process gets: major or minor, from the change's size.

The rule, as the release dialog states it:

* **Major** (1.2 → 2.0) when the procedure itself changed since the last release: a step
  (task, event, gateway, sub-process) was added or removed, or a sequence or message flow was
  added, removed or rewired (its source or target changed).
* **Minor** (1.2 → 1.3) for everything else: names, texts and attributes, layout, lanes and
  roles, weak points, KPIs and their values (counted apart: values are recorded every month).

The first release of a process takes the version typed on the process when that reads N.M
(1 or more) and is not yet approved, the next minor one after it when it is approved, and
1.0 otherwise. The user may always choose another number, as long as it reads N.M and is
higher than every earlier release.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from procdesk.model.elements import (
    Entity,
    Flow,
    FlowKind,
    Process,
    ProcessStatus,
    Step,
)
from procdesk.model.releases import latest_release, next_version, parse_version, releases_of
from procdesk.model.snapshots import decode, members
from procdesk.model.workspace import Workspace
from procdesk.text import tr


def rule_text() -> str:
    """The numbering rule in one sentence, in the user's words (the dialog and the CLI)."""
    return tr(
        "Major when a step was added or removed, or a flow was added, removed or rewired; "
        "minor for every other change (texts, attributes, layout, weak points, KPIs)."
    )


_ROUTED = (FlowKind.SEQUENCE, FlowKind.MESSAGE)


@dataclass(frozen=True, slots=True)
class ChangeSize:
    """How much changed between two states of a process, counted by what decides the number."""

    steps_added: int = 0
    steps_removed: int = 0
    flows_added: int = 0
    flows_removed: int = 0
    flows_rewired: int = 0
    values: int = 0
    """KPI values recorded, corrected or deleted."""
    other: int = 0
    """Entities added, removed or changed in any other way."""

    @property
    def major(self) -> bool:
        return bool(
            self.steps_added
            or self.steps_removed
            or self.flows_added
            or self.flows_removed
            or self.flows_rewired
        )

    @property
    def unchanged(self) -> bool:
        return not (self.major or self.values or self.other)

    def summary(self) -> str:
        """What changed, in words: "2 steps added, 1 flow rewired"."""
        parts = [
            text
            for count, text in (
                (self.steps_added, tr("%n steps added", None, self.steps_added)),
                (self.steps_removed, tr("%n steps removed", None, self.steps_removed)),
                (self.flows_added, tr("%n flows added", None, self.flows_added)),
                (self.flows_removed, tr("%n flows removed", None, self.flows_removed)),
                (self.flows_rewired, tr("%n flows rewired", None, self.flows_rewired)),
                (self.values, tr("%n KPI values recorded or corrected", None, self.values)),
                (self.other, tr("%n other changes", None, self.other)),
            )
            if count
        ]
        return ", ".join(parts) if parts else tr("no changes")


def _routed(entity: Entity) -> bool:
    return isinstance(entity, Flow) and entity.kind in _ROUTED


def _comparable(entity: Entity) -> Entity:
    # Where a process sits in the tree is the workspace's business, not the version's.
    return dataclasses.replace(entity, order=0) if isinstance(entity, Process) else entity


def change_size(before: Iterable[Entity], after: Iterable[Entity]) -> ChangeSize:
    """Count the changes from *before* to *after* (two states of one process's entities)."""
    old = {e.id: _comparable(e) for e in before}
    new = {e.id: _comparable(e) for e in after}
    counts = dict.fromkeys(
        (
            "steps_added",
            "steps_removed",
            "flows_added",
            "flows_removed",
            "flows_rewired",
            "values",
            "other",
        ),
        0,
    )
    for entity_id in old.keys() | new.keys():
        was, now = old.get(entity_id), new.get(entity_id)
        if was == now:
            continue
        entity = now if now is not None else was
        assert entity is not None
        if isinstance(entity, Step) and (was is None or now is None):
            counts["steps_added" if was is None else "steps_removed"] += 1
        elif _routed(entity) and (was is None or now is None):
            counts["flows_added" if was is None else "flows_removed"] += 1
        elif (
            isinstance(was, Flow)
            and isinstance(now, Flow)
            and _routed(now)
            and ((was.source_id, was.target_id) != (now.source_id, now.target_id))
        ):
            counts["flows_rewired"] += 1
        else:
            counts["other"] += 1
    return ChangeSize(**counts)


@dataclass(frozen=True, slots=True)
class Proposal:
    """The number proposed for the next release, and why."""

    version: str
    major: bool
    previous: str | None
    """The last release's number; None before the first release."""
    size: ChangeSize | None
    """The change since the last release; None before the first release."""


def propose(workspace: Workspace, process_id: str) -> Proposal:
    """The number the next release of *process_id* should get (see the module's rule)."""
    last = latest_release(workspace, process_id)
    if last is None:
        process = workspace.get(process_id, Process)
        typed = parse_version(process.version)
        if typed is None or typed[0] < 1:
            return Proposal("1.0", True, None, None)
        if process.status == ProcessStatus.APPROVED:
            return Proposal(next_version(typed, major=False), False, None, None)
        return Proposal(f"{typed[0]}.{typed[1]}", typed[1] == 0, None, None)
    size = change_size(decode(last), members(workspace, process_id))
    version = next_version(parse_version(last.version), size.major)
    return Proposal(version, size.major, last.version, size)


def refusal(workspace: Workspace, process_id: str, version: str) -> str | None:
    """Why *version* cannot be the next release of the process (None: it can)."""
    number = parse_version(version)
    if number is None:
        return tr("{version} is not a version number: write it as N.M, e.g. 1.2").format(
            version=repr(version)
        )
    releases = releases_of(workspace, process_id)
    for release in releases:
        if parse_version(release.version) == number:
            return tr("version {version} already exists").format(version=release.version)
    latest = releases[-1] if releases else None
    if latest is not None and (parse_version(latest.version) or (0, 0)) > number:
        message = tr("version {version} is lower than the latest release, {latest}")
        return message.format(version=version, latest=latest.version)
    return None
