"""``procdesk audit`` and ``procdesk import … --requirements``: the JSON contract, the process
scope, and bad input answered in one line with the workspace left as it was."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from procdesk.cli import main


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("audit") / "sample.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    return path


@pytest.fixture
def copy(sample: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.procdesk"
    shutil.copy(sample, target)
    return target


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_audit_json_of_the_sample(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "audit", str(sample), "--json")
    assert code == 0
    result = json.loads(out)
    assert set(result) == {
        "requirements",
        "covered",
        "uncovered",
        "risks",
        "controls",
        "findings",
        "maturity",
    }
    # five applicable requirements (the sixth does not apply), one of them met by no control
    assert (result["requirements"], result["covered"], len(result["uncovered"])) == (5, 4, 1)
    assert result["controls"] == 3 and result["maturity"] is None
    scores = sorted((r["inherent"], r["residual"], len(r["controls"])) for r in result["risks"])
    # unauthorised 4x5 with two preventive controls (automated -2, manual -1): 1x5 = 5;
    # split orders 4x4 with none: 16; supplier fraud 2x5, manual detective: 2x4 = 8;
    # ordering first (from the weak point) 3x4 with the automated check: 1x4 = 4
    assert scores == [(10, 8, 1), (12, 4, 1), (16, 16, 0), (20, 5, 2)]
    assert sorted(f["rule"] for f in result["findings"]) == [
        "control-without-evidence",
        "requirement-uncovered",
        "risk-uncontrolled",
    ]
    assert all(set(f) == {"rule", "element", "message"} for f in result["findings"])


def test_audit_of_one_process_and_as_text(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "audit", str(sample), "-p", "Purchase requisition", "--json")
    assert code == 0 and json.loads(out)["requirements"] == 5
    code, out, _ = run(capsys, "audit", str(sample))
    assert code == 0
    assert "requirements: 5, covered: 4" in out
    assert "uncovered: Internal policy PUR-2 No split orders" in out


def test_audit_of_one_process_gives_its_latest_maturity(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # given the sample, whose purchase requisition was assessed under PEMM in 2025 and 2026
    # when its audit is asked for as JSON
    code, out, _ = run(capsys, "audit", str(sample), "-p", "Purchase requisition", "--json")
    # then "maturity" is the latest assessment (procdesk/sample/maturity.py: LATEST), its
    # levels by the dimensions' names in the model's order
    assert code == 0
    maturity = json.loads(out)["maturity"]
    assert maturity == {
        "model": "PEMM process enablers",
        "date": "2026-02-16",
        "levels": {"Design": 2, "Performers": 2, "Owner": 2, "Infrastructure": 1, "Metrics": 2},
    }
    dimensions = ["Design", "Performers", "Owner", "Infrastructure", "Metrics"]
    assert list(maturity["levels"]) == dimensions
    # and a process never assessed has none
    code, out, _ = run(capsys, "audit", str(sample), "-p", "Production", "--json")
    assert code == 0 and json.loads(out)["maturity"] is None


def test_audit_of_an_unknown_process(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "audit", str(sample), "-p", "Nope")
    assert code == 2 and out == ""
    assert err.startswith("procdesk: error: no process 'Nope'") and err.count("\n") == 1


def test_import_requirements_from_csv(
    copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = tmp_path / "register.csv"
    register.write_text("source,clause,title\nSOX,302,Certification\nSOX,404,Internal control\n")
    code, out, _ = run(capsys, "import", str(copy), str(register))
    assert code == 0 and out == "requirements added: 2, updated: 0\n"
    code, out, _ = run(capsys, "audit", str(copy), "--json")
    assert json.loads(out)["requirements"] == 7
    # the same file again: the clauses are there, the file is refused and nothing changes
    before = copy.read_bytes()
    code, out, err = run(capsys, "import", str(copy), str(register), "--requirements")
    assert code == 2 and out == ""
    assert err == (
        "procdesk: error: cannot import register.csv: row 2: SOX 302 is already in the register\n"
    )
    assert copy.read_bytes() == before
    # unless asked to update
    register.write_text("source,clause,title\nSOX,302,Disclosure certification\n")
    code, out, _ = run(capsys, "import", str(copy), str(register), "--requirements", "--update")
    assert code == 0 and out == "requirements added: 0, updated: 1\n"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.csv", b"source,clause,applicable\nSOX,1,maybe\n,2,\n", "row 2: 'maybe' is neither"),
        ("bad.xlsx", b"not a workbook", "this is not an Excel workbook (.xlsx)"),
        ("bad.txt", b"source,clause\nSOX,1\n", "give a .csv or .xlsx file"),
    ],
)
def test_import_of_a_bad_register_changes_nothing(
    copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = copy.read_bytes()
    code, out, err = run(capsys, "import", str(copy), str(path), "--requirements")
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1
    assert copy.read_bytes() == before


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_export_audit(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    output = tmp_path / f"audit{suffix}"
    code, out, _ = run(
        capsys, "export", "audit", str(sample), "-p", "Purchase requisition", "-o", str(output)
    )
    assert code == 0 and out == f"{output}\n"
    magic = b"%PDF" if suffix == ".pdf" else b"PK"
    assert output.read_bytes().startswith(magic)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{tmp}/audit.docx"], "give a .pdf or .xlsx file"),
        (["-p", "Nope", "-o", "{tmp}/audit.pdf"], "no process 'Nope'"),
        (["-o", "{tmp}/missing/audit.pdf"], "does not exist"),
    ],
)
def test_export_audit_refuses_bad_arguments(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    filled = [a.format(tmp=tmp_path) for a in args]
    code, out, err = run(capsys, "export", "audit", str(sample), *filled)
    assert code == 2 and out == "" and message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
