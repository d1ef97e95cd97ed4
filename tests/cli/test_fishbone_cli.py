"""``procdesk export fishbone``: a weak point's fishbone as PNG, SVG or PDF, read back; bad
input gets one line on stderr, exit code 2 and no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from PIL import Image

from procdesk.cli import main
from procdesk.document import Document
from procdesk.export.root_cause.drawing import weak_point_layout
from procdesk.model.elements import WeakPoint
from procdesk.model.root_cause_queries import has_analysis
from tests.world_names import pdftotext

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fishbone") / "sample.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    return path


def weak_point(sample: Path, analysed: bool = True) -> str:
    with Document.open(sample, read_only=True) as document:
        ws = document.workspace
        return next(
            p.id
            for p in ws
            if isinstance(p, WeakPoint)
            and p.description.startswith("Approvals wait")
            and has_analysis(ws, p.id) == analysed
        )


def lines_of(sample: Path, point: str) -> list[str]:
    """The lines of text the layout sets for causes and categories."""
    with Document.open(sample, read_only=True) as document:
        layout = weak_point_layout(document.workspace, point)
    assert layout is not None
    return [line for text in layout.texts if text.ref for line in text.lines]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["export", "fishbone", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_png_has_ink_where_the_text_is(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # when the approval wait's fishbone is exported as PNG
    point = weak_point(sample)
    output = tmp_path / "fishbone.png"
    code, out, err = run(capsys, str(sample), "--weak-point", point, "-o", str(output))
    assert (code, out.strip(), err) == (0, str(output), "")
    # then the picture is twice the layout's size, dark inside every cause's text and white
    # in the margin above the head
    with Document.open(sample, read_only=True) as document:
        layout = weak_point_layout(document.workspace, point)
    assert layout is not None
    image = Image.open(output).convert("L")
    assert image.size == (round(layout.width * 2), round(layout.height * 2))
    for text in (t for t in layout.texts if t.ref):
        box = text.box
        crop = image.crop((box.x * 2, box.y * 2, box.right * 2, box.bottom * 2))
        assert min(crop.get_flattened_data()) < 100, text.lines
    margin = image.crop((0, 0, round(layout.width * 2), 2 * 10))
    assert min(margin.get_flattened_data()) > 250


def test_svg_keeps_every_cause_as_text(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    point = weak_point(sample)
    output = tmp_path / "fishbone.svg"
    assert run(capsys, str(sample), "--weak-point", point, "-o", str(output))[0] == 0
    root = etree.parse(str(output)).getroot()
    texts = {"".join(t.itertext()).strip() for t in root.iter(f"{SVG}text")}
    assert [line for line in lines_of(sample, point) if line not in texts] == []
    assert {t.get("font-family") for t in root.iter(f"{SVG}text")} == {"DejaVu Sans"}


def test_pdf_holds_every_cause(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    point = weak_point(sample)
    output = tmp_path / "fishbone.pdf"
    assert run(capsys, str(sample), "--weak-point", point, "-o", str(output))[0] == 0
    text = pdftotext(output.read_bytes())
    assert [line for line in lines_of(sample, point) if line not in text] == []


@pytest.mark.parametrize(
    ("point", "name", "message"),
    [
        ("WeakPoint_nothere", "out.png", "no weak point 'WeakPoint_nothere'"),
        ("no-fishbone", "out.pdf", "has no fishbone"),
        ("analysed", "out.jpg", "give a .png, .svg or .pdf file name"),
    ],
)
def test_bad_input_is_refused_and_writes_nothing(
    sample: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    point: str,
    name: str,
    message: str,
) -> None:
    wanted = {"no-fishbone": weak_point(sample, False), "analysed": weak_point(sample)}
    output = tmp_path / name
    code, out, err = run(
        capsys, str(sample), "--weak-point", wanted.get(point, point), "-o", str(output)
    )
    assert (code, out) == (2, "")
    assert err.startswith("procdesk: error: ") and message in err
    assert len(err.strip().splitlines()) == 1
    assert not output.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_workspace_that_is_not_one_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "bogus.procdesk"
    bogus.write_bytes(b"not a workspace")
    code, _, err = run(capsys, str(bogus), "--weak-point", "x", "-o", str(tmp_path / "o.png"))
    assert code == 2 and err.startswith("procdesk: error: ")
    assert not (tmp_path / "o.png").exists()
