"""``procdesk landscape`` and ``procdesk export image --landscape``: the landscape as JSON, as
text and as a picture; wrong combinations refused with one line and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procdesk.cli import main
from procdesk.document import Document


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("landscape") / "sample.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_landscape_json_lists_processes_interfaces_and_unresolved_references(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "landscape", str(sample), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) == {"processes", "interfaces", "unresolved"}
    processes = {p["name"]: p for p in data["processes"]}
    assert len(processes) == 8
    keys = {"id", "name", "band", "parent", "owner", "status", "kpi_status", "weak_points_open"}
    assert all(keys <= set(p) for p in data["processes"])
    requisition = processes["Purchase requisition"]
    assert requisition["band"] == "core"
    assert requisition["parent"] == processes["Procure to pay"]["id"]
    assert requisition["owner"] == "Head of Procurement"
    assert requisition["status"] == "review"
    assert requisition["kpi_status"] == "red"
    assert requisition["weak_points_open"] == 5  # four from the workshop, one compliance gap
    assert processes["Strategy & planning"]["kpi_status"] == "grey"
    assert processes["Quality management"]["review_overdue"] is True
    # the processes come band by band: management, core, support
    bands = [p["band"] for p in data["processes"]]
    assert bands == sorted(bands, key=["management", "core", "support"].index)
    # every interface names two processes of the list
    ids = {p["id"]: p["name"] for p in data["processes"]}
    interfaces = {(ids[i["from"]], ids[i["to"]], i["kind"], i["via"]) for i in data["interfaces"]}
    assert ("Order to cash", "Production", "message", "Production order") in interfaces
    assert ("Procure to pay", "Accounts payable", "call", "Accounts payable") in interfaces
    assert all(set(i) == {"from", "to", "kind", "via"} for i in data["interfaces"])
    (unresolved,) = data["unresolved"]
    assert set(unresolved) == {
        "process",
        "diagram",
        "element",
        "rule",
        "kind",
        "reference",
        "message",
    }
    assert unresolved["rule"] == "landscape-unresolved-call"
    assert ids[unresolved["process"]] == "Quality management"
    # and the element is the call activity itself
    with Document.open(sample, read_only=True) as document:
        element = document.workspace.find(unresolved["element"])
        assert getattr(element, "name", None) == "Internal audit"


def test_landscape_text_reads_band_by_band(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "landscape", str(sample))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Management processes"
    assert any(line.startswith("    Purchase requisition  (Head of Procurement") for line in lines)
    assert "  Order to cash -> Production  message  'Production order'" in lines
    assert any("[landscape-unresolved-call]" in line for line in lines)
    assert any("1 open weak point;" in line or "1 open weak point)" in line for line in lines)


def test_a_missing_workspace_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "landscape", str(tmp_path / "nothing.procdesk"))
    assert code == 2 and out == ""
    assert err.startswith("procdesk: error:") and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")]
)
def test_the_landscape_exports_as_an_image(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, magic: bytes
) -> None:
    output = tmp_path / f"landscape{suffix}"
    code, out, err = run(capsys, "export", "image", str(sample), "--landscape", "-o", str(output))
    assert (code, err) == (0, "")
    assert out.strip() == str(output)
    data = output.read_bytes()
    assert data.startswith(magic)
    if suffix == ".svg":
        text = data.decode("utf-8")
        for name in ("Strategy &amp; planning", "Order to cash", "CORE PROCESSES"):
            assert name in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--landscape", "-p", "Production"), "not both"),
        ((), "give -p PROCESS (a diagram) or --landscape"),
        (("-p", "Production", "--colour-by", "kpis"), "give --landscape with it"),
        (("--landscape", "--colour-by", "mood"), "invalid choice"),
    ],
)
def test_wrong_combinations_are_refused_and_write_nothing(
    sample: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    output = tmp_path / "x.png"
    code, out, err = run(capsys, "export", "image", str(sample), *args, "-o", str(output))
    assert (code, out) == (2, "")
    assert message in err and len(err.strip().splitlines()) == 1
    assert not output.exists()
