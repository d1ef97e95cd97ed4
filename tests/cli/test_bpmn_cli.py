"""``procdesk import`` and ``procdesk export bpmn``: the process id last on stdout, warnings on
stderr, exit 2 with one line and an unchanged workspace for a refused file."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from procdesk.cli import main
from procdesk.document import Document

MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL"
SMALL = f"""<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="{MODEL}" id="D" targetNamespace="urn:t">
  <process id="P" name="Small" isExecutable="false">
    <startEvent id="S"/><task id="T" name="Prüfen"/><endEvent id="E"/>
    <sequenceFlow id="F1" sourceRef="S" targetRef="T"/>
    <sequenceFlow id="F2" sourceRef="T" targetRef="E"/>
    <sequenceFlow id="F3" sourceRef="T" targetRef="Missing"/>
  </process>
</definitions>""".encode()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "w.procdesk"
    assert main(["new", str(path)]) == 0
    return path


def entity_count(path: Path) -> int:
    with Document.open(path, read_only=True) as document:
        return len(document.workspace)


def test_import_prints_the_process_id_last_and_warnings_on_stderr(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # given a small BPMN file with one dangling flow
    source = tmp_path / "small.bpmn"
    source.write_bytes(SMALL)
    capsys.readouterr()

    # when it is imported
    code, out, err = run(capsys, "import", str(workspace), str(source))

    # then the new process id is the last stdout line and the dropped flow is reported
    assert code == 0
    process_id = out.strip().splitlines()[-1]
    assert "Missing" in err
    with Document.open(workspace, read_only=True) as document:
        process = document.workspace.get(process_id)
        assert process.name == "Small"  # type: ignore[attr-defined]
        assert "T" in document.workspace


def test_export_bpmn_writes_utf8_with_every_diagram(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # given the sample workspace (as-is and to-be)
    sample = tmp_path / "sample.procdesk"
    assert main(["new", str(sample), "--sample"]) == 0
    output = tmp_path / "out.bpmn"
    capsys.readouterr()

    # when it is exported without -d, and once with -d to-be
    code, _, _ = run(
        capsys, "export", "bpmn", str(sample), "-p", "Purchase requisition", "-o", str(output)
    )
    single = tmp_path / "to-be.bpmn"
    code_single, _, _ = run(
        capsys,
        "export",
        "bpmn",
        str(sample),
        "-p",
        "Purchase requisition",
        "-d",
        "to-be",
        "-o",
        str(single),
    )

    # then the file holds both diagrams; the -d file only one
    assert code == code_single == 0
    root = etree.fromstring(output.read_bytes())
    diagrams = root.findall("{http://www.omg.org/spec/BPMN/20100524/DI}BPMNDiagram")
    assert len(diagrams) == 2
    single_root = etree.fromstring(single.read_bytes())
    assert len(single_root.findall("{http://www.omg.org/spec/BPMN/20100524/DI}BPMNDiagram")) == 1
    assert output.read_bytes().startswith(b"<?xml version='1.0' encoding='UTF-8'?>")


@pytest.mark.parametrize(
    "content",
    [
        b"not xml",
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>',
        b"<html/>",
        SMALL[: len(SMALL) // 2],
    ],
    ids=["not-xml", "xxe", "not-bpmn", "truncated"],
)
def test_a_refused_file_exits_2_with_one_line_and_changes_nothing(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    # given a workspace and a bad file
    before = entity_count(workspace)
    source = tmp_path / "bad.bpmn"
    source.write_bytes(content)
    capsys.readouterr()

    # when it is imported
    code, out, err = run(capsys, "import", str(workspace), str(source))

    # then: exit 2, one line on stderr, no traceback, the workspace as it was
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert "root:" not in err
    assert entity_count(workspace) == before


def test_missing_file_and_unknown_process_exit_2(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "import", str(workspace), str(tmp_path / "nope.bpmn"))
    assert code == 2
    assert "no such file" in err
    code, _, err = run(
        capsys, "export", "bpmn", str(workspace), "-p", "Nope", "-o", str(tmp_path / "x.bpmn")
    )
    assert code == 2
    assert not (tmp_path / "x.bpmn").exists()


def test_importing_twice_renames_and_both_copies_export(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # given one file imported twice into the same workspace
    source = tmp_path / "small.bpmn"
    source.write_bytes(SMALL)
    first = run(capsys, "import", str(workspace), str(source))[1].split()[-1]
    code, out, err = run(capsys, "import", str(workspace), str(source))
    second = out.split()[-1]

    # then the second copy gets fresh ids (with a warning) and both export
    assert code == 0
    assert "renamed" in err
    for process in (first, second):
        target = tmp_path / f"{process}.bpmn"
        assert (
            run(capsys, "export", "bpmn", str(workspace), "-p", process, "-o", str(target))[0] == 0
        )
        assert b"Pr\xc3\xbcfen" in target.read_bytes()
