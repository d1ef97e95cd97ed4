"""``procdesk versions``, ``release``, ``compare`` of versions and ``export … --version``."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from lxml import etree

from procdesk.cli import main
from procdesk.document import Document
from procdesk.model.elements import Step, StepKind
from procdesk.model.geometry import Point
from tests.export.pdf_reading import page_texts

PROCESS = "Purchase requisition"
PD = "{https://procdesk.org/schema/bpmn/1.0}"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROCDESK_AUTHOR", "M. Keller")
    path = tmp_path / "sample.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    return path


@pytest.fixture
def released(sample: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The sample (its 1.2 in review) released as 1.3, approved, then a step added to the
    draft's as-is: in the first lane, between the start event and the end event."""
    code, out, _ = run(
        capsys,
        "release",
        str(sample),
        "-p",
        PROCESS,
        "--version",
        "1.3",
        "--summary",
        "Threshold raised",
        "--approver",
        "Head of Procurement",
    )
    assert (code, out.strip()) == (0, "Purchase requisition: version 1.3 released (approved)")
    with Document.open(sample) as document:
        workspace, editor = document.workspace, document.editor
        diagram = workspace.diagrams_of(workspace.processes()[0].id)[0]
        steps = workspace.elements_of(diagram.id, Step)
        start = next(s for s in steps if s.kind == StepKind.START_EVENT)
        end = next(s for s in steps if s.kind == StepKind.END_EVENT and s.name == "Goods received")
        new = editor.add_step(
            diagram.id, StepKind.TASK, "Notify requester", Point(start.bounds.x + 60, 40)
        )
        editor.connect(start.id, new)
        editor.connect(new, end.id)
    return sample


def test_versions_as_json(released: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "versions", str(released), "-p", PROCESS, "--json")
    assert code == 0
    typed, row = json.loads(out)["versions"]
    assert set(row) == set(typed) == {"version", "status", "date", "author", "approver", "summary"}
    assert (typed["version"], typed["status"], typed["author"], typed["approver"]) == (
        "1.2",
        "review",
        "A. Nowak",
        None,
    )
    assert (row["version"], row["status"], row["author"], row["approver"]) == (
        "1.3",
        "approved",
        "M. Keller",
        "Head of Procurement",
    )
    assert row["summary"] == "Threshold raised"


def test_versions_as_text_propose_the_next_number(
    released: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the added step makes the next version a major one
    code, out, _ = run(capsys, "versions", str(released), "-p", PROCESS)
    assert code == 0
    assert "1.2     review" in out and "1.3     approved" in out
    assert "next version: 2.0 (major;" in out


def test_a_release_without_approver_is_a_draft(
    released: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "release", str(released), "-p", PROCESS, "--version", "2.0", "--summary", "x"
    )
    assert (code, out.strip()) == (0, "Purchase requisition: version 2.0 released (draft)")
    rows = json.loads(run(capsys, "versions", str(released), "-p", PROCESS, "--json")[1])
    assert [(r["version"], r["status"], r["approver"]) for r in rows["versions"]] == [
        ("1.2", "review", None),
        ("1.3", "approved", "Head of Procurement"),
        ("2.0", "draft", None),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--version", "1.3"], "version 1.3 already exists"),
        (["--version", "1.1"], "lower than the latest release, 1.3"),
        (["--version", "two"], "'two' is not a version number"),
        ([], "give --version; the next version would be 2.0 (major)"),
    ],
)
def test_refused_releases_change_nothing(
    released: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    before = digest(released)
    code, out, err = run(capsys, "release", str(released), "-p", PROCESS, "--summary", "x", *args)
    assert (code, out) == (2, "")
    assert message in err and len(err.strip().splitlines()) == 1
    assert digest(released) == before


def test_lint_errors_stop_a_release_unless_forced(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # given a draft with a task in the first lane that nothing reaches (an "unreachable" error)
    with Document.open(sample) as document:
        diagram = document.workspace.diagrams_of(document.workspace.processes()[0].id)[0]
        document.editor.add_step(diagram.id, StepKind.TASK, "Orphan", Point(2600, 40))
    before = digest(sample)
    # when released, then exit 1 with the error, and nothing is written
    code, out, err = run(
        capsys, "release", str(sample), "-p", PROCESS, "--version", "1.3", "--summary", "x"
    )
    assert (code, out) == (1, "")
    assert "unreachable" in err and "--force" in err
    assert digest(sample) == before
    # and with --force it is released
    code, out, _ = run(
        capsys,
        "release",
        str(sample),
        "-p",
        PROCESS,
        "--version",
        "1.3",
        "--summary",
        "x",
        "--force",
    )
    assert code == 0 and "version 1.3 released" in out


def test_compare_a_version_with_the_draft(
    released: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "compare", str(released), "-p", PROCESS, "--from", "1.3", "--to", "draft", "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert (data["from"]["version"], data["to"]["version"]) == ("1.3", "draft")
    assert (data["from"]["variant"], data["to"]["variant"]) == ("as-is", "as-is")
    assert [s["name"] for s in data["added"]] == ["Notify requester"]
    assert data["removed"] == [] and data["changed"] == []
    assert data["deltas"]["steps"]["delta"] == 1
    assert {"weak_points", "kpis", "process", "diagrams", "moved"} <= set(data)
    # and the to-be, by -d
    code, out, _ = run(
        capsys,
        "compare",
        str(released),
        "-p",
        PROCESS,
        "--from",
        "1.3",
        "--to",
        "draft",
        "-d",
        "to-be",
        "--json",
    )
    assert code == 0 and json.loads(out)["added"] == []


@pytest.mark.parametrize(
    ("before", "after", "message"),
    [
        ("1.2", "to-be", "must both name versions"),
        ("1.4", "draft", "has no version 1.4 (versions: 1.2, 1.3)"),
        ("draft", "draft", "both name draft"),
    ],
)
def test_compare_refuses_what_it_cannot_compare(
    released: Path, capsys: pytest.CaptureFixture[str], before: str, after: str, message: str
) -> None:
    code, out, err = run(
        capsys, "compare", str(released), "-p", PROCESS, "--from", before, "--to", after
    )
    assert (code, out) == (2, "")
    assert message in err


def test_diagrams_are_compared_as_before(
    released: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "compare", str(released), "-p", PROCESS, "--json")
    data = json.loads(out)
    assert code == 0 and (data["from"]["variant"], data["to"]["variant"]) == ("as-is", "to-be")
    assert "version" not in data["from"]


def test_export_a_version_as_bpmn_and_sop(
    released: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # when version 1.2 is exported as BPMN and as an SOP
    bpmn, pdf = tmp_path / "v.bpmn", tmp_path / "v.pdf"
    assert run(capsys, "export", "bpmn", str(released), "-p", PROCESS, "-o", str(bpmn),
               "--version", "1.3")[0] == 0  # fmt: skip
    assert run(capsys, "export", "sop", str(released), "-p", PROCESS, "-o", str(pdf),
               "--version", "1.3")[0] == 0  # fmt: skip
    # then the BPMN is version 1.3 without the draft's new step
    root = etree.parse(str(bpmn)).getroot()
    assert [r.get("version") for r in root.iter(f"{PD}release")] == ["1.3"]
    names = {e.get("name") for e in root.iter() if e.get("name")}
    assert "Notify requester" not in names and "Check requisition" in names
    # and the SOP is issue 1.3, approved by the head of procurement
    pages = page_texts(pdf.read_bytes())
    assert "Version 1.3 · Approved" in pages[0]
    assert "Head of Procurement" in pages[0]


def test_export_of_an_unknown_version_is_refused(
    released: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "v.bpmn"
    code, _, err = run(
        capsys,
        "export",
        "bpmn",
        str(released),
        "-p",
        PROCESS,
        "-o",
        str(output),
        "--version",
        "9.9",
    )
    assert code == 2 and "has no version '9.9' (versions: 1.2, 1.3)" in err
    assert not output.exists()
