"""Snapshots: everything that belongs to a process, frozen as compressed canonical JSON.

What belongs to a process is found, not listed: the process and every entity that depends on
it, transitively (its diagrams and all drawn in them, weak points, KPIs and measurements, and
whatever a later concept hangs on them: root-cause analyses, risks, which control runs at
which step…). Only kinds that record the process's life rather than its content stay out
(``in_snapshots=False`` on their kind): releases and their sign-offs, change history. What
belongs to the whole workspace (a control, a requirement) is not frozen: a version reads it
from the workspace (:func:`version_workspace`).

A snapshot is the entities through the model's one converter (``structuring``), as JSON with
sorted keys and no spaces, zlib-compressed and base64-encoded so that it is a plain string
field of a ``Release``; its SHA-256 is the release's ``digest``. Decoding checks the digest
and remembers the last few snapshots read, since the entities are immutable values.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import functools
import hashlib
import json
import zlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import procdesk.model.catalog  # noqa: F401  (a snapshot may hold any registered kind)
from procdesk.model.elements import Entity, KpiMeasurement, Process, ProcessStatus
from procdesk.model.references import references
from procdesk.model.registry import KINDS
from procdesk.model.releases import (
    Release,
    ReleaseStatus,
    approval_of,
    status_of,
)
from procdesk.model.structuring import entity_types, structure_hook, unstructure_hook
from procdesk.model.workspace import Workspace
from procdesk.text import tr

FORMAT = 1
"""The snapshot layout written now; a reader refuses a newer one."""

COMPRESSION = 6
"""zlib's level: 9 makes a 5,000-element snapshot 7 % smaller and takes four times as long."""


class SnapshotError(ValueError):
    """A snapshot cannot be read: damaged, altered, or written by a newer procdesk."""


def members(workspace: Workspace, process_id: str, up_to: str | None = None) -> list[Entity]:
    """The process and everything that depends on it, in the workspace's order.

    KPI measurements dated after *up_to* (an ISO date) are left out: a version holds the
    values known on its day.
    """
    found: set[str] = set()
    stack = [process_id] if process_id in workspace else []
    while stack:
        current = stack.pop()
        if current in found:
            continue
        entity = workspace.get(current)
        kind = KINDS.get(type(entity))
        if kind is not None and not kind.in_snapshots:
            continue
        if up_to and isinstance(entity, KpiMeasurement) and entity.date > up_to:
            continue
        found.add(current)
        stack.extend(d.id for d in workspace.dependants(current) if d.id not in found)
    return [e for e in workspace if e.id in found]


def encode(entities: Iterable[Entity]) -> tuple[str, str]:
    """(snapshot, digest) of *entities*: base64 of zlib-compressed canonical JSON, and the
    JSON's SHA-256 in hex."""
    hooks: dict[type, tuple[str, Callable[[Any], Any]]] = {}
    records = []
    for entity in entities:
        cls = type(entity)
        named = hooks.get(cls)
        if named is None:
            named = hooks[cls] = (cls.__name__, unstructure_hook(cls))
        records.append([named[0], named[1](entity)])
    text = json.dumps(
        {"format": FORMAT, "entities": records},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    ).encode("utf-8")
    packed = base64.b64encode(zlib.compress(text, COMPRESSION)).decode("ascii")
    return packed, hashlib.sha256(text).hexdigest()


@functools.lru_cache(maxsize=8)
def _decode(snapshot: str, digest: str) -> tuple[Entity, ...]:
    try:
        text = zlib.decompress(base64.b64decode(snapshot.encode("ascii"), validate=True))
    except (binascii.Error, zlib.error, ValueError) as error:
        raise SnapshotError(tr("the snapshot is damaged and cannot be read")) from error
    if digest and hashlib.sha256(text).hexdigest() != digest:
        raise SnapshotError(tr("the snapshot was altered: its digest does not match"))
    try:
        document = json.loads(text)
        layout = int(document.get("format", 0))
        records = document["entities"]
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise SnapshotError(tr("the snapshot is damaged and cannot be read")) from error
    if layout > FORMAT:
        raise SnapshotError(tr("the snapshot was written by a newer procdesk"))
    types = entity_types()
    entities: list[Entity] = []
    try:
        for name, values in records:
            cls = types.get(name)
            if cls is None:  # a concept this procdesk does not know: it cannot show it anyway
                continue
            entities.append(structure_hook(cls)(values, cls))
    except Exception as error:  # cattrs raises its own error groups
        raise SnapshotError(tr("the snapshot is damaged and cannot be read")) from error
    return tuple(entities)


def decode(release: Release) -> tuple[Entity, ...]:
    """The entities *release* froze, in their order; SnapshotError if that is impossible."""
    return _decode(release.snapshot, release.digest)


def as_released(workspace: Workspace, release: Release) -> Process:
    """The released process as it stands now: its number, and a status the legacy field
    can say (superseded and retired versions had been approved, or never were)."""
    entities = decode(release)
    process = next(
        (e for e in entities if isinstance(e, Process) and e.id == release.process_id), None
    )
    if process is None:
        raise SnapshotError(tr("the snapshot holds no process"))
    status = status_of(workspace, release.id)
    legacy = {
        ReleaseStatus.DRAFT: ProcessStatus.DRAFT,
        ReleaseStatus.REVIEW: ProcessStatus.REVIEW,
    }.get(status)
    if legacy is None:
        approved = approval_of(workspace, release.id) is not None
        legacy = ProcessStatus.APPROVED if approved else ProcessStatus.DRAFT
    return dataclasses.replace(process, version=release.version, status=legacy)


def version_workspace(workspace: Workspace, release: Release) -> Workspace:
    """A workspace of its own holding the released version: read it, draw it, export it.

    It holds what the version names outside the process too (see :func:`named_outside`),
    such as the controls its steps' links name, as they are in *workspace* now.
    """
    process = as_released(workspace, release)
    entities = [process if e.id == process.id else e for e in decode(release)]
    return Workspace([*entities, *named_outside(workspace, entities)])


def _workspace_level(entity: Entity | None) -> bool:
    kind = KINDS.get(type(entity)) if entity is not None else None
    return kind is not None and kind.scope is None


def named_outside(workspace: Workspace, entities: Sequence[Entity]) -> list[Entity]:
    """The workspace-level entities (a registered kind owned by no one: a control, a
    requirement, a maturity model) that *entities* refer to but do not hold, from the live
    *workspace*, with the links between them that versions leave out (what a control
    satisfies). A reference to one deleted since stays unresolved: readers skip it."""
    held = {e.id for e in entities}
    found: dict[str, Entity] = {}
    for entity in entities:
        for ref in references(entity):
            target = workspace.find(ref)
            if ref not in held and target is not None and _workspace_level(target):
                found[ref] = target
    for owner in list(found.values()):
        for link in workspace.referrers(owner.id):
            kind = KINDS.get(type(link))
            if kind is None or kind.in_snapshots or kind.owner(link) != owner.id:
                continue
            ends = [workspace.find(ref) for ref in kind.references(link)]
            if all(e is not None and (e.id in found or _workspace_level(e)) for e in ends):
                found.update((e.id, e) for e in ends if e is not None)
                found[link.id] = link
    return list(found.values())
