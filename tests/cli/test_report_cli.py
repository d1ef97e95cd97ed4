"""``procdesk report``, ``procdesk export measurements`` and ``procdesk import
--measurements`` on the sample: the report read back with pdftotext and openpyxl, the
measurements workbook read back and imported again, bad input refused with exit code 2 and
the workspace left byte for byte as it was."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from procdesk.cli import main
from procdesk.document import Document

POPPLER = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "sample.procdesk"
    assert main(["new", str(path), "--sample"]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@POPPLER
def test_the_pdf_report_names_the_month_and_the_kpis_off_target(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "report.pdf"
    code, out, _err = run(capsys, "report", str(sample), "--period", "2026-11", "-o", str(output))
    assert code == 0 and out.strip() == str(output)
    text = subprocess.run(
        ["pdftotext", "-layout", str(output), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Process performance report Nov 2026" in text
    # the processes off target in November: lead time 5.8 > 5 days, DSO 34 > 30, invoices 84 %
    assert "Processes off target" in text
    for name in ("Purchase requisition", "Order to cash", "Accounts payable"):
        assert name in text
    assert "Requisition lead time" in text


def test_the_workbook_report_and_json_agree(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "report.xlsx"
    assert run(capsys, "report", str(sample), "--period", "2026-11", "-o", str(output))[0] == 0
    sheet = load_workbook(output)["KPIs"]
    header, *rows = list(sheet.iter_rows(values_only=True))
    kpi, status = header.index("KPI"), header.index("Status")
    lights = {row[kpi]: row[status] for row in rows}
    # November: 4 on target, 3 slightly off, 4 off target, as the JSON counts them too
    code, out, _err = run(capsys, "report", str(sample), "--period", "2026-11", "--json")
    assert code == 0
    totals = json.loads(out)["totals"]
    assert (totals["kpis"], totals["green"], totals["amber"], totals["red"]) == (11, 4, 3, 4)
    assert sorted(lights.values()) == sorted(["green"] * 4 + ["amber"] * 3 + ["red"] * 4)
    # 84 % against 95 %: 11.6 % short, more than 10 %
    assert lights["Invoices paid on time"] == "red"
    # 48 days against 45: 6.7 % over, within 10 %
    assert lights["Time to hire"] == "amber"


@pytest.mark.parametrize(
    ("period", "says"),
    [("2026-13", "months run from 01 to 12"), ("Nov", "is not a month"), ("2999-01", "future")],
)
def test_a_bad_period_exits_2_and_writes_nothing(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], period: str, says: str
) -> None:
    output = tmp_path / "report.pdf"
    code, _out, err = run(capsys, "report", str(sample), "--period", period, "-o", str(output))
    assert code == 2
    assert says in err and "Traceback" not in err
    assert not output.exists()


def test_measurements_go_out_and_come_back_without_doubling(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book_path = tmp_path / "measurements.xlsx"
    assert run(capsys, "export", "measurements", str(sample), "-o", str(book_path))[0] == 0
    rows = list(load_workbook(book_path)["Measurements"].iter_rows(values_only=True))
    assert len(rows) == 1 + 167
    # imported into the workspace it came from, every row is already there
    copy = tmp_path / "copy.procdesk"
    shutil.copy(sample, copy)
    code, out, _err = run(capsys, "import", str(copy), str(book_path), "--measurements")
    assert code == 0
    assert out.strip() == "measurements added: 0, already there: 167"


def test_a_bad_row_refuses_the_file_and_leaves_the_workspace_as_it_was(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.procdesk"
    shutil.copy(sample, copy)
    before = copy.read_bytes()
    csv = tmp_path / "values.csv"
    csv.write_text(
        "KPI,Date,Value\nTime to hire,2026-12-01,44\nTime to hire,2026-12-02,n/a\n",
        encoding="utf-8",
    )
    code, _out, err = run(capsys, "import", str(copy), str(csv), "--measurements")
    assert code == 2
    assert "row 3: 'n/a' is not a number" in err
    assert copy.read_bytes() == before


def test_one_kpi_for_every_row_stores_one_undo_step(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.procdesk"
    shutil.copy(sample, copy)
    csv = tmp_path / "hire.csv"
    csv.write_text("2026-12-01;44\n2026-12-02;43,5\n", encoding="utf-8")
    code, out, _err = run(
        capsys, "import", str(copy), str(csv), "--measurements", "--kpi", "Time to hire"
    )
    assert code == 0 and out.strip() == "measurements added: 2, already there: 0"
    with Document.open(copy) as document:
        kpi = next(
            k
            for p in document.workspace.processes()
            for k in document.workspace.kpis_of(p.id)
            if k.name == "Time to hire"
        )
        last = document.workspace.measurements_of(kpi.id)[-2:]
        assert [(m.date, m.value) for m in last] == [("2026-12-01", 44.0), ("2026-12-02", 43.5)]
    assert date.fromisoformat(last[0].date) == date(2026, 12, 1)
