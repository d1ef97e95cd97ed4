"""``procdesk raci``: the RACI matrix of a diagram, as JSON or as a table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procdesk.cli import main
from procdesk.document import Document
from procdesk.model.assignments import Letter
from tests.builders import draw_simple


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """Order handling (lanes Sales and Warehouse) with a role list entry and some letters."""
    path = tmp_path / "orders.procdesk"
    with Document.create(path) as document:
        drawn = draw_simple(document.editor)
        editor = document.editor
        editor.add_role("Head of Sales", "Answers for orders", "Sales")
        editor.set_responsibility(drawn.steps["check"], "Head of Sales", Letter.ACCOUNTABLE)
        editor.set_responsibility(drawn.steps["check"], "Warehouse", Letter.INFORMED)
        editor.set_responsibility(drawn.steps["ship"], "Sales", Letter.CONSULTED)
    return path


def test_json(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # when asked for the as-is's matrix as JSON
    code = main(["raci", str(workspace), "-p", "Order handling", "--json"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    data = json.loads(out)
    # then the roles are the lanes, then the role list; the rows the two activities in flow
    # order, each lane Responsible for its own by default
    assert data["roles"] == ["Sales", "Warehouse", "Head of Sales"]
    rows = [{k: v for k, v in row.items() if k != "id"} for row in data["steps"]]
    assert rows == [
        {
            "name": "Check order",
            "R": ["Sales"],
            "A": ["Head of Sales"],
            "C": [],
            "I": ["Warehouse"],
        },
        {"name": "Ship goods", "R": ["Warehouse"], "A": [], "C": ["Sales"], "I": []},
    ]
    with Document.open(workspace, read_only=True) as document:
        names = {document.workspace.get(row["id"]).name for row in data["steps"]}  # type: ignore[attr-defined]
    assert names == {"Check order", "Ship goods"}


def test_table(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["raci", str(workspace), "-p", "Order handling", "-d", "as-is"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Order handling / As-is"
    assert lines[1].split() == ["Step", "Sales", "Warehouse", "Head", "of", "Sales"]
    assert lines[2].split() == ["Check", "order", "R", "I", "A"]
    assert lines[3].split() == ["Ship", "goods", "C", "R"]


def test_bad_input_is_one_line_and_exit_2(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (
        ["raci", str(workspace), "-p", "Nothing"],
        ["raci", str(workspace), "-p", "Order handling", "-d", "to-be"],
        ["raci", str(tmp_path / "missing.procdesk"), "-p", "x"],
        ["raci", str(workspace)],
    ):
        assert main(args) == 2
        err = capsys.readouterr().err
        assert err.startswith("procdesk: error: ") and err.count("\n") == 1


def test_check_reports_raci_findings(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "Ship goods" has no Accountable since the RACI has begun
    code = main(["check", str(workspace), "-p", "Order handling", "-d", "as-is", "--json"])
    rules = [f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert code == 0
    assert rules.count("raci-accountable-missing") == 1
