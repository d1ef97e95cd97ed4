"""The SOP bundle: the process landscape first, a combined contents page, then the SOP of every
approved process (or of every process), in the order of the landscape.

An approved process is one with an approved version in force: the bundle prints that version
(its snapshot, its number, the approval block filled in), as ``export sop --version`` does.
A process never released whose typed status says approved (a workspace from before released
versions) is printed from its working draft, as it always was. With drafts included, every
other process is printed from its working draft, with the DRAFT watermark.

It is composed, not re-typeset: each SOP is exactly the PDF ``sop_pdf`` makes for it alone
(its own cover, contents and "Page X of Y" furniture, as a controlled document must be), and
pypdf joins them behind the front matter. The contents give the page of the bundle where each
SOP starts, as links, and the PDF outline holds one entry per SOP with that SOP's own outline
below it (its bookmarks lead to the right pages, so they are reused as they are). As a
folder, the bundle is ``landscape.pdf`` (the front matter, naming each SOP's file) and one PDF
per process.

Like ``sop_pdf`` it never imports Qt: whoever can draw (the CLI, the app) hands over the
landscape as SVG and a function that draws a diagram as SVG.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link

from procdesk.analysis.revision_compare import RevisionComparison
from procdesk.export.sop.content import Section, SopOptions
from procdesk.export.sop.document import sop_pdf
from procdesk.export.sop.front import BundleEntry, FrontMatter, front_matter
from procdesk.export.sop.record import SopRecord, sop_record
from procdesk.model.elements import ProcessStatus
from procdesk.model.landscape_tree import LandscapeTree
from procdesk.model.releases import approved_release, releases_of
from procdesk.model.snapshots import as_released, version_workspace
from procdesk.model.workspace import Workspace
from procdesk.text import tr

DrawDiagram = Callable[[Workspace, str], bytes]
"""Draws a diagram (the workspace that holds it, its id) as SVG bytes."""
DrawChanges = Callable[[RevisionComparison], "bytes | None"]
"""Draws the revision overlay of an SOP's changes page as SVG bytes (None: no picture)."""

LANDSCAPE_FILE = "landscape.pdf"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True, slots=True)
class BundleSop:
    """One SOP ready to be laid out: what it reads (the live workspace or the version's
    own), its diagram drawn, and which issue it is (``record.sop_record``)."""

    entry: BundleEntry
    workspace: Workspace
    diagram_svg: bytes | None
    record: SopRecord


def bundle_entries(workspace: Workspace, include_drafts: bool = False) -> list[BundleEntry]:
    """The SOPs a bundle holds, in landscape order (see the module docstring), each of a
    process that has a diagram; each documents its first diagram, as ``export sop`` does
    when no diagram is named. SnapshotError (a ValueError) if a version cannot be read."""
    tree = LandscapeTree.of(workspace)
    entries: list[BundleEntry] = []
    for process_id in tree.in_landscape_order():
        band, level = tree.band_of(process_id), tree.level(process_id)
        release = approved_release(workspace, process_id)
        if release is not None:
            diagrams = version_workspace(workspace, release).diagrams_of(process_id)
            if diagrams:
                process = as_released(workspace, release)
                entries.append(BundleEntry(process, diagrams[0].id, band, level, release))
            continue
        process = tree.processes[process_id]
        typed = process.status == ProcessStatus.APPROVED and not releases_of(workspace, process_id)
        diagrams = workspace.diagrams_of(process_id)
        if diagrams and (include_drafts or typed):
            entries.append(BundleEntry(process, diagrams[0].id, band, level))
    return entries


def prepare_sops(
    workspace: Workspace,
    entries: Sequence[BundleEntry],
    options: SopOptions,
    draw: DrawDiagram,
    draw_changes: DrawChanges | None = None,
) -> list[BundleSop]:
    """Read each entry's issue and draw its pictures: the part that needs the painters
    (Qt, on the thread that may draw), before the PDFs are laid out anywhere."""
    sops: list[BundleSop] = []
    for entry in entries:
        process_id = entry.process.id
        source = workspace
        if entry.release is not None:
            source = version_workspace(workspace, entry.release)
        record = sop_record(workspace, process_id, entry.release)
        if record.changes is not None and draw_changes and Section.CHANGES in options.sections:
            record = replace(record, changes_svg=draw_changes(record.changes))
        svg = draw(source, entry.diagram_id) if Section.DIAGRAM in options.sections else None
        sops.append(BundleSop(entry, source, svg, record))
    return sops


def _pdfs(sops: Sequence[BundleSop], options: SopOptions) -> list[bytes]:
    return [
        sop_pdf(
            s.workspace, s.entry.process.id, s.entry.diagram_id, s.diagram_svg, options, s.record
        )
        for s in sops
    ]


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def bundle_pdf(
    prepared: Sequence[BundleSop],
    landscape_svg: bytes,
    options: SopOptions,
    today: date,
    drafts: bool = False,
) -> bytes:
    """The bundle as one PDF (see the module docstring)."""
    entries = [s.entry for s in prepared]
    sops = _pdfs(prepared, options)
    counts = [_pages(sop) for sop in sops]
    front_pages = 2
    for _ in range(5):  # the contents' length depends on nothing but the entries: settles fast
        starts = [front_pages + sum(counts[:index]) for index in range(len(sops))]
        places = {e.process.id: str(s + 1) for e, s in zip(entries, starts, strict=True)}
        front = front_matter(entries, landscape_svg, places, options.page_size, today, drafts)
        if _pages(front.pdf) == front_pages:
            break
        front_pages = _pages(front.pdf)
    return _joined(front, entries, sops, starts)


def _joined(
    front: FrontMatter, entries: Sequence[BundleEntry], sops: list[bytes], starts: list[int]
) -> bytes:
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(front.pdf)), import_outline=False)
    writer.add_outline_item(title=tr("Process landscape"), page_number=0)
    writer.add_outline_item(title=tr("Contents"), page_number=1)
    for entry, sop in zip(entries, sops, strict=True):
        reader = PdfReader(io.BytesIO(sop))
        writer.append(reader, outline_item=entry.process.name)
    for entry, start in zip(entries, starts, strict=True):
        page, rect = front.rows[entry.process.id]
        writer.add_annotation(page, Link(rect=rect, target_page_index=start))
    writer.add_metadata(
        {
            "/Title": tr("Process landscape and standard operating procedures"),
            "/Creator": "procdesk",
        }
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def bundle_files(
    prepared: Sequence[BundleSop],
    landscape_svg: bytes,
    options: SopOptions,
    today: date,
    drafts: bool = False,
) -> dict[str, bytes]:
    """The bundle as a folder: file name → PDF bytes, ``landscape.pdf`` first."""
    entries = [s.entry for s in prepared]
    sops = _pdfs(prepared, options)
    names = file_names(entries)
    places = {entry.process.id: names[index] for index, entry in enumerate(entries)}
    front = front_matter(entries, landscape_svg, places, options.page_size, today, drafts)
    files = {LANDSCAPE_FILE: front.pdf}
    files.update(zip(names, sops, strict=True))
    return files


def file_names(entries: Sequence[BundleEntry]) -> list[str]:
    """A file name per SOP: its document id and process name, made safe for any file system,
    unique within the folder (and never ``landscape.pdf``)."""
    taken = {LANDSCAPE_FILE.casefold()}
    names: list[str] = []
    for entry in entries:
        process = entry.process
        stem = " ".join(part for part in (process.document_id, process.name) if part.strip())
        stem = " ".join(_UNSAFE.sub("-", stem).split()).strip(". ") or process.id
        name, number = f"{stem}.pdf", 2
        while name.casefold() in taken:
            name, number = f"{stem} ({number}).pdf", number + 1
        taken.add(name.casefold())
        names.append(name)
    return names
