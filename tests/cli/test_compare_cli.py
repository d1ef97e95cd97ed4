"""``procdesk compare``: as-is against to-be, as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procdesk.cli import main


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("compare") / "sample.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["compare", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_as_is_to_to_be_as_json(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # when the sample's as-is and to-be are compared (the defaults)
    code, out, _ = run(capsys, str(sample), "-p", "Purchase requisition", "--json")
    # then the lists and the deltas are there, and the to-be has fewer hand-offs
    assert code == 0
    data = json.loads(out)
    assert {"added", "removed", "changed", "deltas"} <= set(data)
    assert (data["from"]["variant"], data["to"]["variant"]) == ("as-is", "to-be")
    assert {"steps", "handoffs", "cycle_time", "cost", "weak_points_open"} <= set(data["deltas"])
    handoffs = data["deltas"]["handoffs"]
    assert handoffs["delta"] == handoffs["to"] - handoffs["from"] < 0
    assert data["removed"] or data["added"] or data["changed"]
    for change in data["changed"]:
        assert set(change["changes"]) <= {"name", "lane", "kind", "duration", "cost", "role"}


def test_the_other_way_round_swaps_added_and_removed(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # when compared both ways
    forward = json.loads(run(capsys, str(sample), "-p", "Purchase requisition", "--json")[1])
    backward = json.loads(
        run(
            capsys,
            str(sample),
            "-p",
            "Purchase requisition",
            "--from",
            "to-be",
            "--to",
            "As-is",
            "--json",
        )[1]
    )
    # then what was removed is now added, and the deltas change sign
    assert backward["added"] == forward["removed"]
    assert backward["removed"] == forward["added"]
    assert backward["deltas"]["steps"]["delta"] == -forward["deltas"]["steps"]["delta"]


def test_text_shows_the_table_of_figures(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # when compared as text
    code, out, _ = run(capsys, str(sample), "-p", "Purchase requisition")
    # then the lists and one row per figure are printed
    assert code == 0
    for word in ("added (", "removed (", "changed (", "handoffs", "cycle_time", "cost"):
        assert word in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-p", "Purchase requisition", "--to", "as-is"), "two diagrams"),
        (("-p", "Purchase requisition", "--to", "future"), "no single diagram"),
        (("-p", "Nothing"), "no process"),
        ((), "required"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(
    sample: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    # when compare is called wrongly
    code, out, err = run(capsys, str(sample), *args)
    # then one line on stderr says why
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert message in err
