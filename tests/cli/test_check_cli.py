"""``procdesk check``: findings and figures as text or JSON; exit 1 on errors, 2 on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procdesk.cli import main
from procdesk.document import Document
from procdesk.model.elements import StepKind
from procdesk.model.geometry import Point


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("check") / "sample.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    return path


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A workspace whose only diagram has a task and nothing else: no start, no end."""
    path = tmp_path / "broken.procdesk"
    with Document.create(path) as document:
        process = document.editor.add_process("Broken")
        diagram = document.workspace.diagrams_of(process)[0].id
        document.editor.add_step(diagram, StepKind.TASK, "Lonely", Point(200, 75))
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_sample_passes_and_lists_every_diagram(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # when the whole sample workspace is checked as JSON
    code, out, _ = run(capsys, str(sample), "--json")
    # then it has no errors and reports every diagram with findings and figures: the purchase
    # requisition's as-is and to-be first, then the as-is of the organisation's seven others
    assert code == 0
    data = json.loads(out)
    listed = [(d["process"], d["name"]) for d in data["diagrams"]]
    assert listed[:3] == [
        ("Purchase requisition", "As-is"),
        ("Purchase requisition", "To-be"),
        ("Strategy & planning", "As-is"),
    ]
    assert len(listed) == 9
    for diagram in data["diagrams"]:
        assert {"id", "name", "findings", "metrics"} <= set(diagram)
        assert {"steps", "handoffs", "paths", "loops", "cycle_time", "cost"} <= set(
            diagram["metrics"]
        )
        assert all(f["severity"] == "warning" for f in diagram["findings"])
    as_is, to_be = data["diagrams"][:2]
    assert to_be["metrics"]["handoffs"] < as_is["metrics"]["handoffs"]


def test_one_diagram_gives_one_object(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # when one diagram is checked by process name and variant
    code, out, _ = run(capsys, str(sample), "-p", "purchase requisition", "-d", "to-be", "--json")
    # then the JSON is the findings and the figures of that diagram only
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"findings", "metrics"}
    for finding in data["findings"]:
        assert {"severity", "rule", "element", "message"} <= set(finding)
    assert isinstance(data["metrics"]["steps"], int)
    assert data["metrics"]["cycle_time"] > 0


def test_errors_give_exit_code_1(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # when a diagram without start and end events is checked
    code, out, _ = run(capsys, str(broken))
    # then the exit code says so and the text names the rules
    assert code == 1
    assert "start-event-required" in out
    assert "end-event-required" in out
    assert "dead-end" in out
    assert "3 error(s)" in out


def test_simulation_is_reproducible(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # when the as-is is simulated twice with the same seed
    args = (str(sample), "-p", "Purchase requisition", "-d", "as-is", "--json")
    first = run(capsys, *args, "--simulate", "300", "--seed", "5")[1]
    second = run(capsys, *args, "--simulate", "300", "--seed", "5")[1]
    # then both outputs are identical and hold the percentiles
    assert first == second
    simulation = json.loads(first)["simulation"]
    assert simulation["runs"] == 300
    assert simulation["cycle_time"]["p50"] <= simulation["cycle_time"]["p90"]
    assert sum(simulation["cycle_time"]["histogram"]["counts"]) == 300


def test_simulation_without_a_start_event_starts_at_entry_steps(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # when a diagram without a start event is simulated
    code, out, _ = run(capsys, str(broken), "--simulate", "10")
    # then its lone task (no incoming flow) is where cases start, and the errors still count
    assert code == 1
    assert "simulation (10 runs, seed 0)" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-d", "as-is"), "needs -p"),
        (("-p", "No such process"), "no process"),
        (("-p", "Purchase requisition", "-d", "Nope"), "no single diagram"),
        (("--simulate", "0"), "at least 1"),
        (("--simulate", "many"), "whole number"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(
    sample: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    # when check is called wrongly
    code, out, err = run(capsys, str(sample), *args)
    # then one line on stderr says why
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert message in err


def test_a_missing_file_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # when the workspace does not exist
    code, _, err = run(capsys, str(tmp_path / "missing.procdesk"))
    # then it is refused and nothing is created
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "missing.procdesk").exists()


def test_check_changes_nothing(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # given the workspace's bytes
    before = sample.read_bytes()
    # when it is checked and simulated
    run(capsys, str(sample), "--simulate", "50")
    # then the file is unchanged
    assert sample.read_bytes() == before


def test_text_names_the_figures(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # when the as-is is checked as text
    code, out, _ = run(capsys, str(sample), "-p", "Purchase requisition", "-d", "as-is")
    # then the figures are named in words
    assert code == 0
    for words in ("steps ", "hand-offs ", "expected cycle time", "steps per lane", "longest path"):
        assert words in out
