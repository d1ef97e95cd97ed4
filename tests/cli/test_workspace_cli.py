"""``procdesk new`` / ``procdesk list`` and the command line's error contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from procdesk.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "procdesk", *args], capture_output=True, text=True, timeout=60
    )


def test_new_sample_then_list_json(tmp_path: Path) -> None:
    path = tmp_path / "w.procdesk"
    created = run("new", str(path), "--sample")
    assert created.returncode == 0, created.stderr
    listed = run("list", str(path), "--json")
    assert listed.returncode == 0
    data = json.loads(listed.stdout)
    (process,) = data["processes"]
    assert process["name"] == "Purchase requisition"
    assert set(process) == {"id", "name", "diagrams", "bpmn_processes"}
    variants = [d["variant"] for d in process["diagrams"]]
    assert variants == ["as-is", "to-be"]
    for diagram in process["diagrams"]:
        assert set(diagram) == {"id", "name", "variant", "elements"}
        assert diagram["elements"] > 20


def test_list_plain_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    assert main(["list", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Purchase requisition" in out and "To-be (to-be)" in out


def test_new_empty_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.procdesk"
    assert main(["new", str(path)]) == 0
    assert capsys.readouterr().out.strip() == str(path)
    assert main(["list", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"processes": []}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list"], "required"),
        (["list", "{tmp}/missing.procdesk"], "does not exist"),
        (["list", "{tmp}/bad.procdesk"], "not a procdesk workspace"),
        (["new", "{tmp}/bad.procdesk"], "already exists"),
        (["new", "{tmp}/no/such/dir.procdesk"], "does not exist"),
        (["list", "{tmp}/bad.procdesk", "--bogus"], "unrecognized arguments"),
        (["export"], "required"),
    ],
)
def test_bad_usage_is_one_line_exit_2_and_changes_nothing(
    tmp_path: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.procdesk"
    bad.write_text("not a workspace")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    code = main([a.format(tmp=tmp_path) for a in args])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and message in err
    assert err.startswith("procdesk: error:")
    assert bad.read_text() == "not a workspace"
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_python_dash_m_and_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("procdesk ")


def test_written_files_get_ordinary_permissions(tmp_path: Path) -> None:
    import os

    from procdesk.document import Document
    from procdesk.files import write_atomically

    mask = os.umask(0o022)
    try:
        out = tmp_path / "out.bin"
        write_atomically(out, b"data")
        assert out.stat().st_mode & 0o777 == 0o644
        with Document.create(tmp_path / "a.procdesk") as document:
            document.save_as(tmp_path / "b.procdesk")
        assert (tmp_path / "b.procdesk").stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(mask)


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    # given a workspace and a reader that closes the pipe before procdesk writes
    path = tmp_path / "sample.procdesk"
    assert run("new", str(path), "--sample").returncode == 0
    command = [sys.executable, "-m", "procdesk", "check", str(path)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    # then procdesk stops quietly
    error = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in error and "BrokenPipe" not in error
