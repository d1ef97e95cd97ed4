"""The SOP bundle: the process landscape first, a combined contents page, then the SOP of every
approved process (or of every process), in the order of the landscape.

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
from datetime import date

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link

from procdesk.export.sop.content import Section, SopOptions
from procdesk.export.sop.document import sop_pdf
from procdesk.export.sop.front import BundleEntry, FrontMatter, front_matter
from procdesk.model.elements import ProcessStatus
from procdesk.model.landscape_tree import LandscapeTree
from procdesk.model.workspace import Workspace
from procdesk.text import tr

DrawDiagram = Callable[[str], bytes]
"""Draws a diagram (by id) as SVG bytes."""

LANDSCAPE_FILE = "landscape.pdf"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def bundle_entries(workspace: Workspace, include_drafts: bool = False) -> list[BundleEntry]:
    """The SOPs a bundle holds, in landscape order: every approved process (every process
    with *include_drafts*) that has a diagram; each documents its first diagram, as
    ``export sop`` does when no diagram is named."""
    tree = LandscapeTree.of(workspace)
    entries: list[BundleEntry] = []
    for process_id in tree.in_landscape_order():
        process = tree.processes[process_id]
        diagrams = workspace.diagrams_of(process_id)
        if not diagrams or not (include_drafts or process.status == ProcessStatus.APPROVED):
            continue
        entries.append(
            BundleEntry(process, diagrams[0].id, tree.band_of(process_id), tree.level(process_id))
        )
    return entries


def _sops(
    workspace: Workspace,
    entries: Sequence[BundleEntry],
    draw: DrawDiagram,
    options: SopOptions,
) -> list[bytes]:
    sops: list[bytes] = []
    for entry in entries:
        svg = draw(entry.diagram_id) if Section.DIAGRAM in options.sections else None
        sops.append(sop_pdf(workspace, entry.process.id, entry.diagram_id, svg, options))
    return sops


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def bundle_pdf(
    workspace: Workspace,
    entries: Sequence[BundleEntry],
    landscape_svg: bytes,
    draw: DrawDiagram,
    options: SopOptions,
    today: date,
    drafts: bool = False,
) -> bytes:
    """The bundle as one PDF (see the module docstring)."""
    sops = _sops(workspace, entries, draw, options)
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
    workspace: Workspace,
    entries: Sequence[BundleEntry],
    landscape_svg: bytes,
    draw: DrawDiagram,
    options: SopOptions,
    today: date,
    drafts: bool = False,
) -> dict[str, bytes]:
    """The bundle as a folder: file name → PDF bytes, ``landscape.pdf`` first."""
    sops = _sops(workspace, entries, draw, options)
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
