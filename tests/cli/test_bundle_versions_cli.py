"""The SOP bundle prints released versions: a process with an approved version gets that
version's SOP (its snapshot, number and approval), not the draft edited since; with drafts
included, the others get their working draft with the DRAFT watermark. Read back with
pdftotext (and pypdf for the watermark, drawn as one word)."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from procdesk.cli import main
from procdesk.document import Document
from procdesk.model.elements import Step
from tests.cli.test_export_bundle_cli import POPPLER, contents, page_text

RENAMED = "Invoice the customer (new wording)"


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample with Order to cash released as 4.0 and approved, then its draft edited
    (a step renamed), and Accounts payable released as 2.0 but not approved."""
    path = tmp_path_factory.mktemp("bundle-versions") / "sample.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    release = ["release", str(path), "--summary", "Issue for the bundle"]
    assert (
        main([*release, "-p", "Order to cash", "--version", "4.0", "--approver", "Dana Dir"]) == 0
    )
    assert main([*release, "-p", "Accounts payable", "--version", "9.0"]) == 0
    with Document.open(path) as document:
        workspace = document.workspace
        process = next(p for p in workspace.processes() if p.name == "Order to cash")
        diagram = workspace.diagrams_of(process.id)[0]
        task = next(s for s in workspace.elements_of(diagram.id, Step) if s.kind.is_activity)
        document.editor.rename(task.id, RENAMED)
    return path


def sop_pages(bundle: Path, name: str) -> list[str]:
    """The pages of *name*'s SOP within the bundle, as pdftotext reads them."""
    pages = contents(bundle)
    starts = sorted(pages.values())
    total = len(PdfReader(io.BytesIO(bundle.read_bytes())).pages)
    start = pages[name]
    end = next((s for s in starts if s > start), total + 1)
    return [page_text(bundle, number) for number in range(start, end)]


def drawn_words(bundle: Path, name: str) -> list[str]:
    reader = PdfReader(io.BytesIO(bundle.read_bytes()))
    start = contents(bundle)[name]
    return [page.extract_text() for page in reader.pages[start - 1 : start + 2]]


@POPPLER
def test_an_approved_version_is_bundled_as_released(released: Path) -> None:
    # when the bundle of the approved processes is written
    bundle = released.parent / "approved.pdf"
    assert main(["export", "sop", str(released), "--all", "-o", str(bundle)]) == 0
    # then Order to cash is there as version 4.0, approved by Dana Dir, as it was released
    names = list(contents(bundle))
    assert "Order to cash" in names
    pages = sop_pages(bundle, "Order to cash")
    assert "Version 4.0 Status Approved" in pages[0]
    assert re.search(r"Approved by Dana Dir Approval recorded for version", pages[0])
    assert all("Version 4.0 · Approved" in page for page in pages)
    text = " ".join(pages)
    assert RENAMED not in text
    assert not any("DRAFT" in words for words in drawn_words(bundle, "Order to cash"))
    # and the contents name the version
    assert re.search(r"Order to cash SOP-COR-001 4\.0 Approved \d+", page_text(bundle, 2))
    # and a process released but not approved is not bundled, though typed "approved"
    assert "Accounts payable" not in names


@POPPLER
def test_with_drafts_the_others_print_their_working_draft(released: Path) -> None:
    # when the bundle is written with drafts
    bundle = released.parent / "all.pdf"
    code = main(["export", "sop", str(released), "--all", "--include-drafts", "-o", str(bundle)])
    assert code == 0
    # then the approved process still prints its released version, not the edited draft
    assert RENAMED not in " ".join(sop_pages(bundle, "Order to cash"))
    # and the process released but not approved prints its working draft, marked DRAFT
    payable = sop_pages(bundle, "Accounts payable")
    assert all("Version draft after 9.0 · Draft" in page for page in payable)
    assert all("DRAFT" in words for words in drawn_words(bundle, "Accounts payable"))
    # as does the purchase requisition, whose 1.2 is in review
    requisition = sop_pages(bundle, "Purchase requisition")
    assert all("Version draft after 1.2 · Draft" in page for page in requisition)


def test_the_folder_bundle_holds_the_version_too(released: Path, tmp_path: Path) -> None:
    # when the bundle is written as a folder
    folder = tmp_path / "sops"
    assert main(["export", "sop", str(released), "--all", "-o", str(folder)]) == 0
    # then the approved version's file is the released SOP
    reader = PdfReader(io.BytesIO((folder / "SOP-COR-001 Order to cash.pdf").read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Version 4.0 · Approved" in text and RENAMED not in text
    assert not (folder / "SOP-SUP-002 Accounts payable.pdf").exists()
    shutil.rmtree(folder)
