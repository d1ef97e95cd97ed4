"""``procdesk list`` names every BPMN process of a process: a file with two pools, or with a
called process on a plane of its own, is not shown as one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procdesk.cli import main

FILE = Path(__file__).resolve().parents[1] / "interop" / "data" / "process_planes.bpmn"


@pytest.fixture
def workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The sample, then a file with a collaboration of two pools, a called process drawn on
    its own plane and a process nothing draws."""
    path = tmp_path / "w.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    assert main(["import", str(path), str(FILE)]) == 0
    capsys.readouterr()
    return path


def test_list_json_names_every_bpmn_process_with_its_pool_and_diagrams(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # when the workspace is listed as JSON
    assert main(["list", str(workspace), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)

    # then each process keeps the keys scripts read, and adds its BPMN processes
    imported = next(p for p in data["processes"] if p["name"] == "Buy")
    sample = next(p for p in data["processes"] if p["name"] == "Purchase requisition")
    for process in (imported, sample):
        assert list(process) == ["id", "name", "diagrams", "bpmn_processes"]
        for diagram in process["diagrams"]:
            assert list(diagram) == ["id", "name", "variant", "elements"]
    assert imported["bpmn_processes"] == [
        {
            "id": "Proc_Buyer",
            "name": "Buy",
            "participant": {"id": "Part_Buyer", "name": "Buyer"},
            "diagrams": ["Diagram_Purchase"],
        },
        {
            "id": "Proc_Supplier",
            "name": "Supply",
            "participant": {"id": "Part_Supplier", "name": "Supplier"},
            "diagrams": ["Diagram_Purchase", "Diagram_Supply"],
        },
        {
            "id": "Proc_Budget",
            "name": "Check budget",
            "participant": None,
            "diagrams": ["Diagram_Budget"],
        },
        {"id": "Proc_Archive", "name": "Archive", "participant": None, "diagrams": []},
    ]
    # the sample's as-is and to-be each draw their own pool, so each is a process of its own
    as_is, to_be = (d["id"] for d in sample["diagrams"])
    assert [p["diagrams"] for p in sample["bpmn_processes"]] == [[as_is], [to_be]]
    assert {p["participant"]["name"] for p in sample["bpmn_processes"]} == {"Muster GmbH"}


def test_list_text_shows_the_bpmn_processes(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # when the workspace is listed as text
    assert main(["list", str(workspace)]) == 0
    out = capsys.readouterr().out

    # then every BPMN process has a line under its process
    assert "  BPMN process 'Supply' [Proc_Supplier], pool 'Supplier', shown in 2 diagrams" in out
    assert "  BPMN process 'Archive' [Proc_Archive], not drawn" in out
