"""The SOP of a released version and of the working draft, read back from the PDF: the
approval block, the watermark, the revision table and the page of changes."""

from __future__ import annotations

import re

import pytest

from procdesk.export.sop.content import Section, SopOptions
from procdesk.export.sop.document import sop_pdf
from procdesk.export.sop.record import sop_record
from procdesk.model.elements import ProcessStatus, Revision, StepKind
from procdesk.model.geometry import Point
from procdesk.model.releases import Release, find_release
from procdesk.model.snapshots import version_workspace
from tests.export.pdf_reading import page_greys, page_texts, strings_drawn
from tests.export.sop_builders import SMALL_SVG
from tests.model.release_builders import Released, released_process

AUTHOR = "Rita Author"


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> Released:
    """Version 1.0 approved by "Chief Approver" on 4 March, then a draft where "Check order"
    is renamed, "Declined" deleted and "Call customer" added."""
    monkeypatch.setenv("PROCDESK_AUTHOR", AUTHOR)
    built = released_process()
    built.releases.release(
        built.process,
        "1.0",
        "First issue",
        approver="Chief Approver",
        approved_on="2026-03-04",
        on="2026-03-01",
    )
    steps = built.drawn.steps
    built.editor.rename(steps["check"], "Check order in ERP")
    built.editor.delete([steps["stop"]])
    y = built.workspace.get(built.drawn.lanes[0]).bounds.center.y  # type: ignore[attr-defined]
    built.editor.add_step(built.drawn.diagram, StepKind.TASK, "Call customer", Point(900, y))
    return built


def version_pdf(built: Released, version: str) -> bytes:
    release = find_release(built.workspace, built.process, version)
    assert release is not None
    record = sop_record(built.workspace, built.process, release)
    frozen = version_workspace(built.workspace, release)
    return sop_pdf(frozen, built.process, built.drawn.diagram, SMALL_SVG, SopOptions(), record)


def draft_pdf(built: Released) -> bytes:
    return sop_pdf(built.workspace, built.process, built.drawn.diagram, SMALL_SVG, SopOptions())


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_an_approved_version_prints_its_approval_and_no_watermark(built: Released) -> None:
    # when the SOP of version 1.0 is printed
    pdf = version_pdf(built, "1.0")
    pages = page_texts(pdf)
    cover = squeeze(pages[0])
    # then the cover names the version, its status and the recorded approval
    assert "Version 1.0 Status Approved" in cover
    assert re.search(r"Prepared by\s+Rita Author\s+2026-03-01", pages[0])
    # (the signature cell wraps: "Approval recorded for version" / "1.0", the date beside it)
    approval = r"Approved by\s+Chief Approver\s+Approval recorded for version\s+2026-03-04\s+1\.0"
    assert re.search(approval, pages[0])
    # and every page's footer says so, and no page carries a watermark
    assert all("Version 1.0 · Approved" in page for page in pages)
    assert not any("DRAFT" in text for text in strings_drawn(pdf))
    # and 1.0, the first approved version, has no page of changes
    assert "Changes since the last approved version" not in squeeze("".join(pages))


def test_the_draft_is_watermarked_on_every_page(built: Released) -> None:
    pdf = draft_pdf(built)
    texts = strings_drawn(pdf)
    assert len(texts) > 3
    assert all("DRAFT" in text for text in texts)
    pages = page_texts(pdf)
    assert all("Version draft after 1.0 · Draft" in page for page in pages)
    assert re.search(r"Approved by\s*\n", pages[0])  # nobody approved the draft


def test_the_watermark_can_be_seen(built: Released) -> None:
    # given the cover of the approved version and of the draft, as pictures
    approved = page_greys(version_pdf(built, "1.0"), 1)
    draft = page_greys(draft_pdf(built), 1)

    # then the band across the page's middle, left of the tables, is darker on the draft:
    # the diagonal grey word runs through it
    def band(grey: list[list[int]]) -> float:
        height, width = len(grey), len(grey[0])
        rows = grey[int(height * 0.55) : int(height * 0.75)]
        cells = [value for row in rows for value in row[int(width * 0.1) : int(width * 0.45)]]
        return sum(cells) / len(cells)

    assert band(draft) < band(approved) - 5


def test_the_revision_table_comes_from_the_releases(built: Released) -> None:
    # given typed revisions 0.9 and 1.0 from before the first release, and a later 1.1 in
    # review
    built.editor.update(
        [built.process],
        revisions=(
            Revision("0.9", "2025-01-01", "Old Hand", "Pilot"),
            Revision("1.0", "2025-06-01", "Old Hand", "Typed first issue"),
        ),
    )
    second = built.releases.release(built.process, "1.1", "Customer called", on="2026-04-01")
    built.releases.submit(second)
    # when the draft's SOP is printed
    text = page_texts(draft_pdf(built))
    table = "\n".join(page for page in text if "Revision history" in page and "Pilot" in page)
    # then it lists the typed 0.9, then the released 1.0 (not the typed one) and 1.1
    rows = [line.split()[:2] for line in table.splitlines() if re.match(r"\s*\d+\.\d+\s", line)]
    assert rows == [["0.9", "2025-01-01"], ["1.0", "2026-03-01"], ["1.1", "2026-04-01"]]
    assert re.search(r"1\.0\s+2026-03-01\s+Rita Author\s+Approved\s+First issue", table)
    assert re.search(r"1\.1\s+2026-04-01\s+Rita Author\s+In review\s+Customer called", table)
    assert "Typed first issue" not in table
    # and the SOP of 1.0 lists the releases up to 1.0 only
    older = squeeze("".join(page_texts(version_pdf(built, "1.0"))))
    assert "Customer called" not in older and "First issue" in older


def test_the_page_of_changes_lists_what_changed_since_the_approved_version(
    built: Released,
) -> None:
    # when the draft's SOP is printed
    pages = page_texts(draft_pdf(built))
    (page,) = [p for p in pages if "From version 1.0 to the working draft." in p]
    # then it is headed as such, starts from 1.0, lists the steps added, removed and renamed
    assert "Changes since the last approved version" in page
    assert re.search(r"Added\s+Call customer\s+Sales", page)
    assert re.search(r"Removed\s+Declined\s+Sales", page)
    assert re.search(r"Changed\s+Check order in ERP\s+name: 'Check order' → 'Check order in", page)
    # and the key figures that moved: one step more
    assert re.search(r"Steps\s+2\s+3\s+\+1", page)


def test_the_page_of_changes_can_be_left_out(built: Released) -> None:
    options = SopOptions(sections=frozenset(Section) - {Section.CHANGES})
    pdf = sop_pdf(built.workspace, built.process, built.drawn.diagram, None, options)
    assert "Changes since the last approved version" not in "".join(page_texts(pdf))


@pytest.mark.parametrize(
    ("status", "word"),
    [("review", "DRAFT"), ("superseded", "SUPERSEDED"), ("retired", "RETIRED")],
)
def test_a_version_not_in_force_says_so_across_its_pages(
    built: Released, status: str, word: str
) -> None:
    # given version 1.1 in review, superseded by 1.2, or retired
    intents = built.releases
    second = intents.release(built.process, "1.1", "Next")
    if status in ("review", "retired"):
        intents.submit(second)
    if status == "retired":
        intents.retire(second)
    if status == "superseded":
        intents.submit(second)
        intents.approve(second, "Chief")
        intents.release(built.process, "1.2", "Later", approver="Chief")
    # when its SOP is printed, then every page carries the word
    texts = strings_drawn(version_pdf(built, "1.1"))
    assert all(word in text for text in texts)


@pytest.mark.parametrize(
    ("status", "watermarked"), [(ProcessStatus.DRAFT, True), (ProcessStatus.APPROVED, False)]
)
def test_before_any_release_the_typed_status_decides(
    status: ProcessStatus, watermarked: bool
) -> None:
    built = released_process()
    built.editor.update([built.process], status=status, version="2.3")
    pdf = draft_pdf(built)
    assert all(("DRAFT" in text) == watermarked for text in strings_drawn(pdf))
    assert "Version 2.3" in page_texts(pdf)[0]
    assert not built.workspace.in_scope(built.process, Release)
