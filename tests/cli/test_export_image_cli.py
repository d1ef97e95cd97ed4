"""``procdesk export image``: the diagram as PNG, SVG or PDF, picked by the output's suffix."""

from __future__ import annotations

from pathlib import Path

import pytest

from procdesk.cli import main


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("image") / "sample.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["export", "image", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")]
)
def test_suffix_picks_the_format(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, magic: bytes
) -> None:
    # when the as-is diagram is exported to a file with this suffix
    output = tmp_path / f"diagram{suffix}"
    code, out, err = run(capsys, str(sample), "-p", "Purchase requisition", "-o", str(output))
    # then the file is of that format
    assert (code, err) == (0, "")
    assert out.strip() == str(output)
    assert output.read_bytes().startswith(magic)


def test_svg_keeps_the_labels_as_text(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "to-be.svg"
    code, _, _ = run(
        capsys, str(sample), "-p", "Purchase requisition", "-d", "To-be", "-o", str(output)
    )
    assert code == 0
    svg = output.read_text(encoding="utf-8")
    assert ">Muster GmbH</text>" in svg and ">Purchasing</text>" in svg


@pytest.mark.parametrize("name", ["diagram.gif", "diagram.jpeg", "diagram"])
def test_other_suffixes_exit_2_and_write_nothing(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    # when the output has a suffix that is not an image format we write
    code, _, err = run(
        capsys, str(sample), "-p", "Purchase requisition", "-o", str(tmp_path / name)
    )
    # then the exit code is 2 with one line, and nothing was written
    assert code == 2
    assert ".png, .svg or .pdf" in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_unknown_process_exits_2(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "d.png"
    code, _, err = run(capsys, str(sample), "-p", "Invoices", "-o", str(output))
    assert code == 2 and "no process 'Invoices'" in err
    assert not output.exists()


def test_cli_suffixes_are_the_renderers() -> None:
    from procdesk.cli.export_image import SUFFIXES
    from procdesk.ui.canvas.render import IMAGE_SUFFIXES

    assert SUFFIXES == IMAGE_SUFFIXES
