"""``procdesk initiatives``, ``procdesk export portfolio`` and importing a portfolio workbook:
the JSON contract, the files written, and bad input refused with exit code 2."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from procdesk.cli import main
from procdesk.document import Document


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "w.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_initiatives_json_is_the_register_in_rank_order(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["initiatives", str(sample), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"framework", "initiatives"}
    framework = data["framework"]
    assert set(framework) == {"name", "version", "baselined", "criteria"}
    assert (framework["version"], framework["baselined"]) == (2, None)
    assert framework["criteria"][1] == {"name": "Financial benefit", "weight": 30.0}
    keys = {
        "id",
        "title",
        "status",
        "rank",
        "score",
        "scores",
        "cost",
        "effort",
        "benefit",
        "payback_months",
        "weak_points",
        "processes",
    }
    assert all(set(entry) == keys for entry in data["initiatives"])
    ranks = [entry["rank"] for entry in data["initiatives"]]
    assert ranks == [1, 2, 3, 4, 5]
    first = data["initiatives"][0]
    # 0.25·5 + 0.30·4 + 0.15·3 + 0.10·4 + 0.20·5 = 4.3; 18,000 ÷ (67,440 ÷ 12) = 3.2 months
    assert first["score"] == 4.3
    assert first["scores"]["Alignment with strategy"] == 5
    assert (first["benefit"], first["payback_months"]) == (67440.0, 3.2)
    assert len(first["weak_points"]) == 2 and len(first["processes"]) == 1


def test_initiatives_under_the_agreed_version(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["initiatives", str(sample), "--json", "--framework-version", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["framework"]["version"], data["framework"]["baselined"]) == (1, "2026-03-02")
    # 0.30*5 + 0.20*4 + 0.30*3 + 0.10*4 + 0.10*5 = 4.1
    assert data["initiatives"][0]["score"] == 4.1
    # and under it the supplier portal (0.3*3 + 0.2*2 + 0.3*3 + 0.1*2 + 0.1*3 = 2.7) ranks
    # above the purchase cards (0.3*2 + 0.2*3 + 0.3*2 + 0.1*1 + 0.1*5 = 2.4)
    titles = [entry["title"] for entry in data["initiatives"]]
    assert titles[3:] == ["Supplier self-service portal", "Purchase cards for small orders"]


def test_initiatives_text(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["initiatives", str(sample)]) == 0
    out = capsys.readouterr().out
    assert "30.0 %  Financial benefit" in out
    assert "   1   4.30  approved" in out


def test_export_portfolio_pdf_and_xlsx(sample: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "p.pdf", tmp_path / "p.xlsx"
    assert main(["export", "portfolio", str(sample), "-o", str(pdf), "--payoff", "score"]) == 0
    assert main(["export", "portfolio", str(sample), "-o", str(xlsx)]) == 0
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Weighted score" in text and "Improvement portfolio" in text
    book = load_workbook(io.BytesIO(xlsx.read_bytes()))
    assert book["Initiatives"]["C2"].value == "Electronic approval with budget check"


def test_an_edited_workbook_imports_and_says_what_changed(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlsx = tmp_path / "p.xlsx"
    assert main(["export", "portfolio", str(sample), "-o", str(xlsx)]) == 0
    book = load_workbook(xlsx)
    book["Scores"]["E4"] = 5  # risk of the third-ranked initiative: 2 → 5
    book.save(xlsx)
    capsys.readouterr()
    assert main(["import", str(sample), str(xlsx)]) == 0
    assert capsys.readouterr().out == "Validate requisitions on entry: Risk mitigation 2 → 5\n"
    assert main(["import", str(sample), str(xlsx)]) == 0
    assert capsys.readouterr().out == "nothing changed\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["initiatives", "{w}", "--framework-version", "9"], "no agreed version 9"),
        (["export", "portfolio", "{w}", "-o", "{d}/p.docx"], "give a .pdf or .xlsx file"),
        (["export", "portfolio", "{w}", "-o", "{d}/p.pdf", "--top", "0"], "at least 1"),
        (["export", "portfolio", "{w}", "-o", "{d}/none/p.pdf"], "does not exist"),
        (["import", "{w}", "{d}/missing.xlsx"], "no such file"),
        (["import", "{w}", "{d}/bad.xlsx"], "not an Excel workbook"),
    ],
)
def test_bad_input_exits_2_and_changes_nothing(
    sample: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    before = digest(sample)
    filled = [a.format(w=sample, d=tmp_path) for a in args]
    capsys.readouterr()
    assert main(filled) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert digest(sample) == before
    assert not (tmp_path / "p.pdf").exists()


def test_a_malformed_sheet_is_refused_and_the_workspace_stays(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlsx = tmp_path / "p.xlsx"
    assert main(["export", "portfolio", str(sample), "-o", str(xlsx)]) == 0
    book = load_workbook(xlsx)
    book["Scores"]["C2"] = 4  # a good edit…
    book["Scores"]["D3"] = 7  # …and a score out of scale
    book.save(xlsx)
    with Document.open(sample, read_only=True) as document:
        before = {e.id: e for e in document.workspace}
    capsys.readouterr()
    assert main(["import", str(sample), str(xlsx)]) == 2
    assert "runs from 1 to 5, not 7" in capsys.readouterr().err
    with Document.open(sample, read_only=True) as document:
        assert {e.id: e for e in document.workspace} == before
