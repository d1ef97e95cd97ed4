"""``procdesk export sop``: a PDF with the diagram drawn as vector text; refusals leave nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from procdesk.cli import main


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sop") / "sample.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["export", "sop", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_writes_the_sop_with_a_vector_diagram(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # given the sample workspace
    output = tmp_path / "sop.pdf"
    # when the SOP of its to-be diagram is exported with an approver
    code, out, err = run(
        capsys,
        str(sample),
        "-p",
        "Purchase requisition",
        "-d",
        "to-be",
        "-o",
        str(output),
        "--approved-by",
        "Zofia Źrebięcka",
    )
    # then a PDF is written, naming the approver and the to-be steps
    assert (code, err) == (0, "")
    assert out.strip() == str(output)
    reader = PdfReader(io.BytesIO(output.read_bytes()))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert "Zofia Źrebięcka" in text
    assert "Enter requisition in ERP" in text
    # and the diagram is drawn as text and lines: its labels are text, and no page holds an image
    assert any(
        "Muster GmbH" in (p.extract_text() or "") and "Process diagram" in (p.extract_text() or "")
        for p in reader.pages
    )
    assert all(len(page.images) == 0 for page in reader.pages)
    # and every part of the split diagram repeats the lane names at its left
    parts = [
        p.extract_text() or ""
        for p in reader.pages
        if "Process diagram, part" in (p.extract_text() or "")
    ]
    assert len(parts) >= 2
    assert all("Requester" in part and "Purchasing" in part for part in parts)


def test_sections_can_be_omitted(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # when the diagram and KPIs are left out
    output = tmp_path / "short.pdf"
    code, _, _ = run(
        capsys,
        str(sample),
        "-p",
        "Purchase requisition",
        "-o",
        str(output),
        "--omit",
        "diagram",
        "--omit",
        "kpis",
    )
    # then the PDF has neither
    assert code == 0
    text = " ".join(p.extract_text() or "" for p in PdfReader(str(output)).pages)
    assert "Process diagram" not in text and "Performance indicators" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-p", "No such process"], "no process 'No such process'"),
        (["-p", "Purchase requisition", "-d", "Nope"], "no single diagram 'Nope'"),
    ],
)
def test_unknown_process_or_diagram_exits_2_and_writes_nothing(
    sample: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    # when an unknown process or diagram is asked for
    output = tmp_path / "sop.pdf"
    code, _, err = run(capsys, str(sample), *args, "-o", str(output))
    # then the exit code is 2, stderr has one line saying why, and no file appears
    assert code == 2
    assert message in err and err.count("\n") == 1
    assert not output.exists()
    assert list(tmp_path.iterdir()) == []


def test_unwritable_output_and_wrong_suffix_exit_2(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for output, message in (
        (tmp_path / "missing" / "sop.pdf", "does not exist"),
        (tmp_path, "is a folder"),
        (tmp_path / "sop.docx", "a .pdf file"),
    ):
        # when the output cannot or must not be written
        code, _, err = run(capsys, str(sample), "-p", "Purchase requisition", "-o", str(output))
        # then the exit code is 2 with one line, and nothing was written
        assert code == 2, output
        assert message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_missing_workspace_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "sop.pdf"
    code, _, err = run(capsys, str(tmp_path / "nope.procdesk"), "-p", "X", "-o", str(output))
    assert code == 2 and err.startswith("procdesk: error:")
    assert not output.exists()
