"""``procdesk export sop|image`` with names in many scripts: nothing vanishes, and a character
no font has is named on stderr with the package that adds it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from procdesk.cli import main
from procdesk.document import Document
from procdesk.export.fonts.locations import FONT_DIRS_VARIABLE
from procdesk.model.elements import Lane, StepKind
from procdesk.model.geometry import Point
from tests.world_names import NAMES, pdftotext, require_fonts

PROCESS = "Wielojęzyczny"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace whose one process has a step named in each script, in two lanes."""
    path = tmp_path_factory.mktemp("fonts") / "names.procdesk"
    with Document.create(path) as document:
        editor = document.editor
        process = editor.add_process(PROCESS, with_pool=False)
        diagram = editor.workspace.diagrams_of(process)[0].id
        pool = editor.add_pool(diagram, "組織", lanes=["営業 😀", "Склад"])
        lanes = [lane.id for lane in editor.workspace.lanes_of(pool)]
        previous = None
        for index, name in enumerate(NAMES.values()):
            lane = lanes[index % 2]
            bounds = editor.workspace.get(lane, Lane).bounds
            at = Point(bounds.x + 120 + index * 150, bounds.center.y)
            step = editor.add_step(diagram, StepKind.USER_TASK, name, at, lane)
            if previous:
                editor.connect(previous, step)
            previous = step
    return path


def export(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_sop_prints_every_name_and_warns_of_nothing(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # given the machine's fonts for every script
    require_fonts("".join(NAMES.values()))
    # when the SOP is exported
    output = tmp_path / "names.pdf"
    code, _, err = export(capsys, "sop", str(workspace), "-p", PROCESS, "-o", str(output))
    # then it is written without a warning, and pdftotext finds each name in the tables and
    # in the diagram's labels
    assert (code, err) == (0, "")
    text = pdftotext(output.read_bytes())
    for script, name in NAMES.items():
        assert text.count(name) >= 3, f"{script} name {name!r} is missing"
    assert "\ufffd" not in text


def test_the_image_warns_of_nothing_when_the_fonts_are_installed(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    require_fonts("".join(NAMES.values()))
    for suffix in (".png", ".svg", ".pdf"):
        output = tmp_path / f"names{suffix}"
        assert export(capsys, "image", str(workspace), "-p", PROCESS, "-o", str(output)) == (
            0,
            f"{output}\n",
            "",
        )


def test_without_fonts_the_sop_is_written_and_the_warning_names_the_characters(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    # given procdesk told to use no fonts but its own
    monkeypatch.setenv(FONT_DIRS_VARIABLE, "")
    # when the SOP is exported
    output = tmp_path / "bare.pdf"
    code, out, err = export(capsys, "sop", str(workspace), "-p", PROCESS, "-o", str(output))
    # then it is written, with placeholders where the Japanese name was
    assert code == 0 and out.strip() == str(output)
    assert output.read_bytes().startswith(b"%PDF")
    # and one line on stderr names the first characters with their codes, and the packages
    assert err.count("\n") == 1
    assert err.startswith("procdesk: warning: no font for ")
    assert "申" in err and "U+7533" in err and "more, shown as" in err
    assert err.rstrip().endswith("shown as \ufffd: install fonts-wqy-microhei, fonts-symbola")


def test_without_fonts_the_image_is_written_and_the_warning_names_the_characters(
    workspace: Path, tmp_path: Path
) -> None:
    # given a fresh process (Qt reads the font setting when it starts) told to use no fonts
    # but procdesk's own
    env = {**os.environ, FONT_DIRS_VARIABLE: "", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("FONTCONFIG_FILE", None)
    output = tmp_path / "bare.png"
    # when the diagram is exported as an image
    command = [sys.executable, "-m", "procdesk", "export", "image", str(workspace)]
    result = subprocess.run(
        [*command, "-p", PROCESS, "-o", str(output)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    # then it is written, and one warning line names the characters Qt had no font for
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(b"\x89PNG")
    warnings = [line for line in result.stderr.splitlines() if "procdesk: warning" in line]
    assert len(warnings) == 1
    assert "申" in warnings[0] and "U+7533" in warnings[0]
    assert warnings[0].endswith("shown as empty boxes: install fonts-wqy-microhei, fonts-symbola")
