"""A released version in BPMN: ``procdesk:release``, written beside ``procdesk:process``.

The export of a released version says which version it is (number, status, who released and
who approved it, and when), so a file sent to a supplier or an auditor carries its issue;
``procdesk:process`` carries the number too, as ``version``. Importing such a file makes the
new process released as that version: a ``Release`` of what was imported, with the same
sign-offs, so the number and status survive export and import. A file without the element
imports as a plain draft, as before.

    <procdesk:release version="1.2" date="2026-03-01" author="M. Keller">
      <procdesk:summary>Approval threshold raised</procdesk:summary>
      <procdesk:signOff status="review" by="M. Keller" date="2026-03-01"/>
      <procdesk:signOff status="approved" by="Head of Procurement" date="2026-03-04"/>
    </procdesk:release>
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from procdesk.export.bpmn.extensions_in import take
from procdesk.export.bpmn.namespaces import pd
from procdesk.model.elements import Entity
from procdesk.model.ids import new_id
from procdesk.model.releases import (
    Release,
    ReleaseStatus,
    SignOff,
    is_version,
    sign_offs_of,
)
from procdesk.model.snapshots import encode
from procdesk.model.workspace import Workspace


@dataclass(frozen=True, slots=True)
class ReleaseStamp:
    """What an export says about the released version it is."""

    version: str
    date: str
    author: str = ""
    summary: str = ""
    sign_offs: tuple[tuple[ReleaseStatus, str, str], ...] = ()
    """(status, by, date) of each sign-off, first to last."""


def stamp_of(workspace: Workspace, release: Release) -> ReleaseStamp:
    """The stamp of *release* as the live workspace knows it now."""
    return ReleaseStamp(
        version=release.version,
        date=release.date,
        author=release.author,
        summary=release.summary,
        sign_offs=tuple((s.status, s.by, s.date) for s in sign_offs_of(workspace, release.id)),
    )


def write(extension_elements: etree._Element, stamp: ReleaseStamp) -> None:
    """Append ``procdesk:release`` for *stamp* to an ``extensionElements``."""
    element = etree.SubElement(extension_elements, pd("release"), version=stamp.version)
    element.set("date", stamp.date)
    if stamp.author:
        element.set("author", stamp.author)
    if stamp.summary:
        etree.SubElement(element, pd("summary")).text = stamp.summary
    for status, by, date in stamp.sign_offs:
        item = etree.SubElement(element, pd("signOff"), status=status.value)
        if by:
            item.set("by", by)
        item.set("date", date)


def read(containers: list[etree._Element]) -> ReleaseStamp | None:
    """The first ``procdesk:release`` among *containers* (taken out of the tree), if any."""
    for parent in containers:
        for element in take(parent, "release"):
            version = element.get("version", "")
            if not is_version(version):
                continue
            sign_offs: list[tuple[ReleaseStatus, str, str]] = []
            for item in element.findall(pd("signOff")):
                try:
                    status = ReleaseStatus(item.get("status", ""))
                except ValueError:
                    continue
                sign_offs.append((status, item.get("by", ""), item.get("date", "")))
            summary = element.find(pd("summary"))
            return ReleaseStamp(
                version=version,
                date=element.get("date", ""),
                author=element.get("author", ""),
                summary=(summary.text or "") if summary is not None else "",
                sign_offs=tuple(sign_offs),
            )
    return None


def released(stamp: ReleaseStamp, process_id: str, entities: list[Entity]) -> list[Entity]:
    """The release (and its sign-offs) that makes the imported *entities* version *stamp*."""
    snapshot, digest = encode(entities)
    release = Release(
        id=new_id("Release"),
        process_id=process_id,
        version=stamp.version,
        date=stamp.date,
        author=stamp.author,
        summary=stamp.summary,
        snapshot=snapshot,
        digest=digest,
        entities=len(entities),
    )
    sign_offs = [
        SignOff(id=new_id("SignOff"), release_id=release.id, status=status, by=by, date=date, seq=n)
        for n, (status, by, date) in enumerate(stamp.sign_offs)
    ]
    return [release, *sign_offs]
