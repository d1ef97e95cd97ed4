"""``procdesk maturity`` and importing a maturity model: the JSON contract on the sample,
worked out from the sample's assessments by hand, and bad files refused with exit code 2."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path

import pytest

from procdesk.cli import main
from procdesk.document import Document
from procdesk.model.maturity_queries import models_of
from procdesk.resources import resource


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "w.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_maturity_json_gives_latest_target_gaps_history_and_changes(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    # when the sample's purchase requisition is asked for
    assert main(["maturity", str(sample), "-p", "Purchase requisition", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # then the shape is the README's
    assert set(data) == {"process", "model", "latest", "target", "gaps", "history", "changes"}
    assert data["model"]["key"] == "pemm"
    assert [level["code"] for level in data["model"]["levels"]] == ["P-1", "P-2", "P-3", "P-4"]
    latest = data["latest"]
    assert (latest["date"], latest["assessor"]) == ("2026-02-16", "A. Weber (internal audit)")
    assert latest["levels"] == {
        "design": 2,
        "performers": 2,
        "owner": 2,
        "infrastructure": 1,
        "metrics": 2,
    }
    assert latest["evidence"]["owner"]["documents"] == ["handbook/purchasing-roles.pdf"]
    assert len(latest["evidence"]["infrastructure"]["elements"]) == 1
    assert data["target"] == {
        "design": 3,
        "performers": 2,
        "owner": 3,
        "infrastructure": 3,
        "metrics": 3,
    }
    # gaps: target minus level where below; severity one more than the gap
    assert data["gaps"] == [
        {"dimension": "design", "level": 2, "target": 3, "gap": 1, "severity": 2},
        {"dimension": "owner", "level": 2, "target": 3, "gap": 1, "severity": 2},
        {"dimension": "infrastructure", "level": 1, "target": 3, "gap": 2, "severity": 3},
        {"dimension": "metrics", "level": 2, "target": 3, "gap": 1, "severity": 2},
    ]
    assert [entry["date"] for entry in data["history"]] == ["2025-03-10", "2026-02-16"]
    # four dimensions rose from P-1 to P-2; infrastructure stayed
    assert [(c["dimension"], c["from"], c["to"], c["change"]) for c in data["changes"]] == [
        ("design", 1, 2, 1),
        ("performers", 1, 2, 1),
        ("owner", 1, 2, 1),
        ("metrics", 1, 2, 1),
    ]


def test_a_process_never_assessed_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "e.procdesk"
    with Document.create(path) as document:
        document.editor.add_process("Hiring")
    capsys.readouterr()
    assert main(["maturity", str(path), "-p", "Hiring", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["model"], data["latest"], data["gaps"]) == (None, None, [])
    assert main(["maturity", str(path), "-p", "Hiring"]) == 0
    assert "no maturity assessment" in capsys.readouterr().out


def test_maturity_text_lists_levels_and_changes(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["maturity", str(sample), "-p", "Purchase requisition"]) == 0
    out = capsys.readouterr().out
    assert "Infrastructure  P-1     P-3     2" in out
    assert "Design: P-1 -> P-2 (2025-03-10 -> 2026-02-16)" in out


def test_import_keeps_a_model_file_once(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capability = resource("maturity", "capability.toml")
    capsys.readouterr()
    assert main(["import", str(sample), str(capability)]) == 0
    first = capsys.readouterr().out.splitlines()
    assert first[0].startswith("kept: Process capability")
    assert main(["import", str(sample), str(capability), "--maturity-model"]) == 0
    second = capsys.readouterr().out.splitlines()
    assert second[0].startswith("already kept") and second[-1] == first[-1]
    with Document.open(sample, read_only=True) as document:
        assert sorted(m.key for m in models_of(document.workspace)) == ["capability", "pemm"]


def test_a_json_model_needs_the_option(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = resource("maturity", "capability.toml").read_text(encoding="utf-8")
    model = tmp_path / "cap.json"
    model.write_text(json.dumps({**tomllib.loads(text), "key": "cap2"}), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(sample), str(model), "--maturity-model"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("MaturityModel_")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('format = "procdesk-maturity-model"\nformat_version = 1\nname = [', "malformed TOML"),
        ('format = "x"', "not a maturity model"),
    ],
)
def test_a_bad_model_file_exits_2_and_changes_nothing(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    before = digest(sample)
    capsys.readouterr()
    assert main(["import", str(sample), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("procdesk: error: cannot import bad.toml:") and message in err
    assert len(err.strip().splitlines()) == 1
    assert digest(sample) == before


def test_unknown_process_exits_2(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["maturity", str(sample), "-p", "Nope"]) == 2
    assert "no process 'Nope'" in capsys.readouterr().err
