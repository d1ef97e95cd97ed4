"""``procdesk export sop --all``: the landscape first, a combined contents page, then every
approved SOP (or every SOP), as one PDF or as a folder; read back with pdftotext and pypdf,
and the first page rasterised with pdftoppm and looked at."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from procdesk.cli import main

APPROVED = [
    "Strategy & planning",
    "Quality management",
    "Procure to pay",
    "Order to cash",
    "Accounts payable",
]
NOT_APPROVED = ["Purchase requisition", "Production", "HR recruiting"]
POPPLER = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) not installed",
)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bundle") / "sample.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    return path


@pytest.fixture(scope="module")
def bundle(sample: Path) -> Path:
    output = sample.parent / "bundle.pdf"
    assert main(["export", "sop", str(sample), "--all", "-o", str(output)]) == 0
    return output


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["export", "sop", *args])
    out, err = capsys.readouterr()
    return code, out, err


def page_text(pdf: Path, page: int) -> str:
    """The text of one page (1-based) as pdftotext reads it, spaces collapsed."""
    result = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return " ".join(result.stdout.split())


def contents(pdf: Path) -> dict[str, int]:
    """Process name → the page the contents page gives for its SOP, in page order."""
    text = page_text(pdf, 2)
    found: dict[str, int] = {}
    for name in APPROVED + NOT_APPROVED:
        match = re.search(re.escape(name) + r" SOP-[A-Z]{3}-\d{3} [\d.]+ \w+ (\d+)", text)
        if match:
            found[name] = int(match.group(1))
    return dict(sorted(found.items(), key=lambda item: item[1]))


@POPPLER
def test_the_bundle_opens_with_the_landscape_then_the_contents(bundle: Path) -> None:
    first = page_text(bundle, 1)
    assert first.startswith("Process landscape 5 SOPs follow")
    # the landscape shows every top-level process, approved or not, and marks the group that
    # holds the purchase requisition
    for name in ("MANAGEMENT PROCESSES", "CORE PROCESSES", "SUPPORT PROCESSES", "Production"):
        assert name in first
    assert "HR recruiting" in first and "Purchase requisition" not in first
    assert "⊞1 Procure to pay" in first
    second = page_text(bundle, 2)
    assert second.startswith("Contents The SOPs of the approved processes")
    assert list(contents(bundle)) == APPROVED


@POPPLER
def test_each_sop_starts_on_the_page_the_contents_give(bundle: Path) -> None:
    reader = PdfReader(io.BytesIO(bundle.read_bytes()))
    pages = contents(bundle)
    starts = sorted(pages.values())
    assert starts[0] == 3
    for name, page in pages.items():
        cover = page_text(bundle, page)
        assert cover.startswith("STANDARD OPERATING PROCEDURE " + name), cover[:80]
    # each SOP keeps its own pages up to where the next one starts
    ends = [*starts[1:], len(reader.pages) + 1]
    for start, end in zip(starts, ends, strict=True):
        assert f"Page {end - start} of {end - start}" in page_text(bundle, end - 1)
    # the contents rows link to those pages, and the outline names every SOP
    links = [a.get_object() for a in reader.pages[1]["/Annots"]]
    targets = sorted(reader.get_page_number(link["/Dest"][0].get_object()) + 1 for link in links)
    assert targets == starts
    outline = [
        (i.title, reader.get_destination_page_number(i) + 1)
        for i in reader.outline
        if not isinstance(i, list)  # each SOP's own headings, below its entry
    ]
    assert outline == [("Process landscape", 1), ("Contents", 2), *pages.items()]


@POPPLER
def test_each_sop_keeps_its_own_outline_under_its_entry(bundle: Path) -> None:
    # given the bundle's outline: an entry per SOP, each with the SOP's own headings below it
    reader = PdfReader(io.BytesIO(bundle.read_bytes()))
    starts = sorted(contents(bundle).values())
    ends = [*starts[1:], len(reader.pages) + 1]
    top = reader.outline[2:]
    sops = list(zip(top[0::2], top[1::2], strict=True))
    assert [str(entry.title) for entry, _ in sops] == list(contents(bundle))
    for (_entry, headings), start, end in zip(sops, starts, ends, strict=True):
        # when each heading's page is read
        for heading in headings:
            if isinstance(heading, list):
                continue  # a section's sub-headings, checked through their section
            page = reader.get_destination_page_number(heading) + 1
            # then it lies within that SOP's pages, on the page that holds the heading
            assert start < page < end, (heading.title, page)
            title = re.sub(r"^\d+ ", "", str(heading.title))
            assert title in page_text(bundle, page), (heading.title, page)


@POPPLER
def test_the_landscape_page_looks_like_the_landscape(bundle: Path, tmp_path: Path) -> None:
    # given the first page rasterised at 40 dpi as a plain pixel map
    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", "1", "-l", "1", str(bundle), str(tmp_path / "p")],
        check=True,
    )
    (ppm,) = tmp_path.glob("p*.ppm")
    width, height, pixels = read_ppm(ppm.read_bytes())
    # then it is a landscape page, more than a tenth of it the pale band colour (#eef1f6), with
    # the red KPI lamps (#dc2626) of the processes off target
    assert width > height
    counts: dict[tuple[int, int, int], int] = {}
    for offset in range(0, len(pixels), 3):
        key = (pixels[offset], pixels[offset + 1], pixels[offset + 2])
        counts[key] = counts.get(key, 0) + 1
    pale = sum(n for c, n in counts.items() if near(c, (0xEE, 0xF1, 0xF6), 6))
    assert pale / (width * height) > 0.1
    red = sum(n for c, n in counts.items() if near(c, (0xDC, 0x26, 0x26), 40))
    assert red > 4


def read_ppm(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and RGB bytes of a binary PPM (P6) as pdftoppm writes it."""
    magic, width, height, depth, pixels = data.split(maxsplit=4)
    assert (magic, depth) == (b"P6", b"255")
    return int(width), int(height), pixels


def near(colour: tuple[int, int, int], wanted: tuple[int, int, int], tolerance: int) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, wanted, strict=True))


@POPPLER
def test_with_drafts_every_process_is_bundled(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "all.pdf"
    code, out, err = run(capsys, str(sample), "--all", "--include-drafts", "-o", str(output))
    assert (code, out.strip(), err) == (0, str(output), "")
    assert page_text(output, 2).startswith("Contents The SOPs of every process, drafts included")
    # in landscape order: the purchase requisition right after its parent, Procure to pay
    assert list(contents(output)) == [
        "Strategy & planning",
        "Quality management",
        "Procure to pay",
        "Purchase requisition",
        "Production",
        "Order to cash",
        "HR recruiting",
        "Accounts payable",
    ]


@POPPLER
def test_a_folder_gets_the_landscape_and_one_pdf_per_process(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "sops"
    code, _, err = run(capsys, str(sample), "--all", "-o", str(folder))
    assert (code, err) == (0, "")
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "SOP-COR-001 Order to cash.pdf",
        "SOP-COR-003 Procure to pay.pdf",
        "SOP-MGT-001 Strategy & planning.pdf",
        "SOP-MGT-002 Quality management.pdf",
        "SOP-SUP-002 Accounts payable.pdf",
        "landscape.pdf",
    ]
    listing = page_text(folder / "landscape.pdf", 2)
    assert "Order to cash SOP-COR-001 3.1 Approved SOP-COR-001 Order to cash.pdf" in listing
    assert page_text(folder / "SOP-COR-001 Order to cash.pdf", 1).startswith(
        "STANDARD OPERATING PROCEDURE Order to cash"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--all", "-p", "Production"), "not both"),
        ((), "give -p PROCESS (one SOP) or --all (the bundle)"),
        (("-p", "Production", "--include-drafts"), "--include-drafts goes with --all"),
    ],
)
def test_wrong_combinations_are_refused(
    sample: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    output = tmp_path / "out.pdf"
    code, out, err = run(capsys, str(sample), *args, "-o", str(output))
    assert (code, out) == (2, "")
    assert message in err and len(err.strip().splitlines()) == 1
    assert not output.exists()


def test_a_bundle_cannot_go_into_a_file_or_a_missing_folder(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "notes.txt"
    existing.write_text("keep me")
    code, _, err = run(capsys, str(sample), "--all", "-o", str(existing))
    assert code == 2 and "it is a file" in err
    assert existing.read_text() == "keep me"
    code, _, err = run(capsys, str(sample), "--all", "-o", str(tmp_path / "no" / "such"))
    assert code == 2 and "does not exist" in err
    assert not (tmp_path / "no").exists()
