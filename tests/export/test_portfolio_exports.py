"""The portfolio's PDF report and Excel workbook, read back: text, pictures, cell types and
formulas; the workbook imported again, and refused whole when it is malformed."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PIL import Image
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Rect

from procdesk.analysis.portfolio.register import build_register
from procdesk.export.portfolio.report import portfolio_pdf
from procdesk.export.portfolio.xlsx_reader import PortfolioImportError, import_portfolio_file
from procdesk.export.portfolio.xlsx_writer import portfolio_xlsx
from procdesk.model.editor import Editor
from procdesk.model.elements import WeakPoint
from procdesk.model.history import History
from procdesk.model.portfolio import Initiative
from procdesk.model.portfolio_queries import initiatives
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample
from tests.builders import snapshot


@pytest.fixture
def editor() -> Editor:
    return Editor(History(Workspace(build_sample())))


def titled(editor: Editor, title: str) -> Initiative:
    return next(i for i in initiatives(editor.workspace) if i.title == title)


def workbook_of(editor: Editor) -> bytes:
    return portfolio_xlsx(editor.workspace, build_register(editor.workspace))


# PDF -------------------------------------------------------------------------------------------
def test_the_report_holds_framework_ranking_matrix_and_business_cases(editor: Editor) -> None:
    pdf = portfolio_pdf(editor.workspace, build_register(editor.workspace), today="2026-12-07")
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]
    text = " ".join(pages)
    # the framework with its normalised weights, and the tie-break rule
    assert "Prioritisation framework, version 2, not yet agreed" in text
    assert "Financial benefit 30 30.0 %" in text
    assert "higher benefit first, then lower effort, then title" in text
    # the ranking, the sensitivity and the matrix
    assert "1 Electronic approval with budget check Approved 4.30" in text
    assert "Sensitivity of the ranking" in text and "Priority matrix" in text
    for quadrant in ("Implement", "Challenge", "Possible", "Kill"):
        assert quadrant in text
    # one business case for each approved or proposed initiative (1 + 1), with its figures
    cases = [p for p in pages if "Weak points addressed" in p]
    assert len(cases) == 2
    assert "(288.7 − 148.2 min) × 600 cases/year × 48 EUR/h ÷ 60 = 67,440 EUR" in cases[0]  # noqa: RUF001 (the exact typography is the point)
    assert "Approvals wait up to a week" in cases[0]


def test_each_weak_point_has_a_place_for_its_fishbone(editor: Editor) -> None:
    asked: list[str] = []

    def fishbone(point: WeakPoint) -> Drawing | None:
        asked.append(point.id)
        drawing = Drawing(200, 80)
        drawing.add(Rect(0, 0, 200, 80, fillColor=None))
        return drawing

    register = build_register(editor.workspace)
    with_pictures = portfolio_pdf(editor.workspace, register, fishbones=fishbone)
    without = portfolio_pdf(editor.workspace, register)
    # the hook was asked for every weak point on a business-case page, and drew there
    approved = titled(editor, "Electronic approval with budget check")
    assert set(register.row(approved.id).weak_points) <= set(asked)  # type: ignore[union-attr]
    assert len(with_pictures) > len(without)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_the_matrix_page_shows_bubbles_in_status_colours(editor: Editor, tmp_path: Path) -> None:
    pdf = tmp_path / "portfolio.pdf"
    pdf.write_bytes(portfolio_pdf(editor.workspace, build_register(editor.workspace)))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    (page,) = tmp_path.glob("p*.png")
    colours = {c for c in Image.open(page).convert("RGB").get_flattened_data()}

    def near(target: tuple[int, int, int]) -> bool:
        return any(sum(abs(a - b) for a, b in zip(c, target, strict=True)) < 40 for c in colours)

    # approved green and in-progress amber bubbles (80 % opaque on white)
    assert near((88, 177, 121))
    assert near((230, 180, 51))


# XLSX ------------------------------------------------------------------------------------------
def test_the_workbook_has_real_numbers_and_formulas(editor: Editor) -> None:
    book = load_workbook(io.BytesIO(workbook_of(editor)))
    assert book.sheetnames == ["Initiatives", "Scores", "Weak points", "Framework"]
    sheet = book["Initiatives"]
    head = [c.value for c in sheet[1]]
    first = {name: cell for name, cell in zip(head, sheet[2], strict=True)}
    assert first["Rank"].value == 1
    assert first["Title"].value == "Electronic approval with budget check"
    assert not isinstance(first["Cost"].value, str) and first["Cost"].value == 18000
    assert first["Annual benefit"].value == 67440.0
    assert first["Weighted score"].value == "='Scores'!H2"
    assert first["Payback (months)"].value == '=IF(J2>0,H2/(J2/12),"")'
    assert first["NPV"].value.startswith("=IF(N2=0,")
    scores = book["Scores"]
    assert [c.value for c in scores[2]][:7] == [
        first["ID"].value,
        "Electronic approval with budget check",
        5,
        4,
        3,
        4,
        5,
    ]
    assert scores["H2"].value == (
        "=N(C2)*'Framework'!$D$2+N(D2)*'Framework'!$D$3+N(E2)*'Framework'!$D$4"
        "+N(F2)*'Framework'!$D$5+N(G2)*'Framework'!$D$6"
    )
    framework = book["Framework"]
    assert [framework.cell(r, 3).value for r in range(2, 7)] == [25.0, 30.0, 15.0, 10.0, 20.0]
    assert framework["D2"].value == "=C2/SUM($C$2:$C$6)"
    points = book["Weak points"]
    assert points.max_row == 1 + 6  # the sample's six links to weak points


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculates_the_workbook_to_the_register(
    editor: Editor, tmp_path: Path
) -> None:
    # given the workbook, recalculated by LibreOffice (converted, so every formula is run)
    source = tmp_path / "portfolio.xlsx"
    source.write_bytes(workbook_of(editor))
    out = tmp_path / "out"
    subprocess.run(
        [
            "libreoffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    book = load_workbook(out / "portfolio.xlsx", data_only=True)
    sheet = book["Initiatives"]
    register = build_register(editor.workspace)
    for number, row in enumerate(register.rows, start=2):
        # then every computed cell equals procdesk's own figure
        assert sheet[f"G{number}"].value == pytest.approx(row.score)
        assert sheet[f"O{number}"].value == pytest.approx(row.npv)
        if row.payback is not None:
            assert sheet[f"L{number}"].value == pytest.approx(row.payback)
    assert book["Framework"]["D3"].value == pytest.approx(0.30)


def edited(data: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    book = load_workbook(io.BytesIO(data))
    change(book)
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def test_scores_and_statuses_edited_in_excel_come_back_as_one_undo_step(editor: Editor) -> None:
    cards = titled(editor, "Purchase cards for small orders")
    data = workbook_of(editor)
    row = 1 + next(
        i for i, r in enumerate(build_register(editor.workspace).rows, 1) if r.id == cards.id
    )

    def change(book: Workbook) -> None:
        book["Initiatives"][f"D{row}"] = "Assessed"  # a label works as well as a value
        book["Scores"][f"C{row}"] = 4
        book["Scores"][f"I{row}"] = "fits the card strategy"

    before = snapshot(editor.workspace)
    report = import_portfolio_file(editor, edited(data, change), on="2026-06-01")
    assert report.changes == (
        "Purchase cards for small orders: status Proposed → Assessed; "
        "Alignment with strategy 2 → 4",
    )
    after = titled(editor, "Purchase cards for small orders")
    assert after.status.value == "assessed"
    assert after.status_log[-1].date == "2026-06-01"
    score = after.score_of("strategy")
    assert score is not None and (score.value, score.rationale) == (4, "fits the card strategy")
    editor.history.undo()
    assert snapshot(editor.workspace) == before


def test_an_unchanged_workbook_changes_nothing(editor: Editor) -> None:
    before = snapshot(editor.workspace)
    assert import_portfolio_file(editor, workbook_of(editor)).changes == ()
    assert snapshot(editor.workspace) == before
    assert not editor.history.can_undo


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda b: b.remove(b["Scores"]), "no sheet 'Scores'"),
        (lambda b: b["Initiatives"].cell(1, 4, "State"), "no column 'Status'"),
        (lambda b: b["Scores"].cell(3, 3, 9), "runs from 1 to 5, not 9"),
        (lambda b: b["Scores"].cell(3, 3, "high"), "row 3, column 'Alignment with strategy'"),
        (lambda b: b["Scores"].cell(3, 4, 2.5), "whole number"),
        (lambda b: b["Initiatives"].cell(2, 4, "finished"), "not a status"),
        (lambda b: b["Initiatives"].cell(3, 4, "proposed"), "cannot go from In progress"),
        (lambda b: b["Initiatives"].cell(4, 2, "Initiative_gone"), "no initiative"),
        (lambda b: b["Scores"].cell(1, 3, "Beauty"), "'Beauty' is not a criterion"),
        (lambda b: b["Initiatives"].cell(3, 2, b["Initiatives"]["B2"].value), "appears twice"),
        (lambda b: setattr(b["Initiatives"]["D2"], "value", None), "status is empty"),
    ],
)
def test_a_malformed_workbook_is_refused_whole(editor: Editor, change, reason: str) -> None:
    # given a good edit in one row and a bad cell in another
    def both(book: Workbook) -> None:
        book["Scores"]["D2"] = 1
        change(book)

    data = edited(workbook_of(editor), both)
    before = snapshot(editor.workspace)
    with pytest.raises(PortfolioImportError, match=reason):
        import_portfolio_file(editor, data)
    # then nothing at all was changed
    assert snapshot(editor.workspace) == before


def test_a_file_that_is_no_workbook_is_refused(editor: Editor) -> None:
    with pytest.raises(PortfolioImportError, match="not an Excel workbook"):
        import_portfolio_file(editor, b"%PDF-1.4 not a workbook")
