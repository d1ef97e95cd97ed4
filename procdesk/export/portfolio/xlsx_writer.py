"""The portfolio as an Excel workbook a PMO can keep working in.

Four sheets: *Initiatives* (the register in rank order), *Scores* (a column per criterion,
the weighted score as a formula over the *Framework* sheet's normalised weights), *Weak
points* (what each initiative addresses) and *Framework* (criteria, weights, a normalised
weight formula each, and the framework's settings). Numbers are written as numbers, and the
weighted score, payback and NPV as formulas, so changing a score or a weight in Excel
recomputes them. Status cells offer the statuses as a list. ``xlsx_reader`` reads the
scores and statuses back.
"""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from procdesk.analysis.portfolio.register import Register
from procdesk.analysis.portfolio.scoring import TIE_BREAK_RULE, tie_label
from procdesk.model.elements import Diagram, Process, WeakPoint
from procdesk.model.portfolio import InitiativeStatus
from procdesk.model.portfolio_queries import framework_of
from procdesk.model.workspace import Workspace
from procdesk.text import tr

SHEET_INITIATIVES = "Initiatives"
SHEET_SCORES = "Scores"
SHEET_WEAK_POINTS = "Weak points"
SHEET_FRAMEWORK = "Framework"
"""Sheet names are fixed (English) so a workbook reads back whatever the window's language."""

INITIATIVE_COLUMNS = (
    "Rank",
    "ID",
    "Title",
    "Status",
    "Owner",
    "Sponsor",
    "Weighted score",
    "Cost",
    "Effort (person-days)",
    "Annual benefit",
    "Benefit source",
    "Payback (months)",
    "Horizon (years)",
    "Discount rate",
    "NPV",
    "Start",
    "Due",
    "Processes",
    "Tie-break",
    "Description",
)
_HEAD_FONT = Font(bold=True, color="1F3A5F")
_HEAD_FILL = PatternFill("solid", fgColor="E6EBF2")
MONEY = "#,##0"


def _col(name: str) -> str:
    return str(get_column_letter(INITIATIVE_COLUMNS.index(name) + 1))


def _head(sheet: Worksheet, names: list[str] | tuple[str, ...]) -> None:
    sheet.append(list(names))
    for cell in sheet[1]:
        cell.font = _HEAD_FONT
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.freeze_panes = "A2"


def _widths(sheet: Worksheet, widths: dict[str, float]) -> None:
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width


def portfolio_xlsx(workspace: Workspace, register: Register) -> bytes:
    """The workbook's bytes (write them with ``files.write_atomically``)."""
    book = Workbook()
    initiatives = book.active
    assert initiatives is not None
    initiatives.title = SHEET_INITIATIVES
    scores = book.create_sheet(SHEET_SCORES)
    weak_points = book.create_sheet(SHEET_WEAK_POINTS)
    framework = book.create_sheet(SHEET_FRAMEWORK)
    weight_cells = _framework_sheet(framework, workspace, register)
    _scores_sheet(scores, register, weight_cells)
    _initiatives_sheet(initiatives, workspace, register)
    _weak_points_sheet(weak_points, workspace, register)
    book.properties.creator = "procdesk"
    book.properties.created = datetime(2000, 1, 1)
    book.properties.modified = datetime(2000, 1, 1)
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def _framework_sheet(sheet: Worksheet, workspace: Workspace, register: Register) -> list[str]:
    """Criteria with weights and normalised-weight formulas; returns the normalised cells."""
    weights = register.weights
    _head(sheet, ("Key", "Criterion", "Weight", "Normalised weight"))
    count = len(weights.criteria)
    last = count + 1
    cells: list[str] = []
    for row, criterion in enumerate(weights.criteria, start=2):
        sheet.append([criterion.key, criterion.name, float(criterion.weight)])
        sheet.cell(row, 4, f"=C{row}/SUM($C$2:$C${last})").number_format = "0.0%"
        cells.append(f"'{SHEET_FRAMEWORK}'!$D${row}")
    current = framework_of(workspace)
    settings = (
        ("Name", weights.name),
        ("Version", weights.version),
        ("Agreed on", weights.baselined_on),
        ("Current version", register.current_version),
        ("Scale from", weights.scale_min),
        ("Scale to", weights.scale_max),
        ("Currency", current.currency),
        ("Tie-break rule", tr(TIE_BREAK_RULE)),
    )
    sheet.cell(1, 6, "Setting").font = _HEAD_FONT
    sheet.cell(1, 7, "Value").font = _HEAD_FONT
    for row, (name, value) in enumerate(settings, start=2):
        sheet.cell(row, 6, name)
        sheet.cell(row, 7, value)
    _widths(sheet, {"A": 14, "B": 30, "C": 10, "D": 18, "F": 16, "G": 40})
    return cells


def _scores_sheet(sheet: Worksheet, register: Register, weight_cells: list[str]) -> None:
    weights = register.weights
    names = [c.name for c in weights.criteria]
    _head(sheet, ["ID", "Title", *names, "Weighted score", *(f"Rationale: {n}" for n in names)])
    first = 3
    score_col = first + len(names)
    for row, entry in enumerate(register.rows, start=2):
        initiative = entry.initiative
        sheet.cell(row, 1, initiative.id)
        sheet.cell(row, 2, initiative.title)
        terms: list[str] = []
        for index, criterion in enumerate(weights.criteria):
            column = first + index
            score = initiative.score_of(criterion.key)
            if score is not None:
                sheet.cell(row, column, score.value)
                sheet.cell(row, score_col + 1 + index, score.rationale or None)
            terms.append(f"N({get_column_letter(column)}{row})*{weight_cells[index]}")
        formula = sheet.cell(row, score_col, "=" + "+".join(terms))
        formula.number_format = "0.00"
    _widths(sheet, {"A": 22, "B": 40, get_column_letter(score_col): 15})


def _initiatives_sheet(sheet: Worksheet, workspace: Workspace, register: Register) -> None:
    _head(sheet, INITIATIVE_COLUMNS)
    score_col = get_column_letter(3 + len(register.weights.criteria))
    cost, benefit = _col("Cost"), _col("Annual benefit")
    years, rate = _col("Horizon (years)"), _col("Discount rate")
    for row, entry in enumerate(register.rows, start=2):
        initiative = entry.initiative
        processes = [workspace.find(p) for p in entry.processes]
        values: dict[str, object] = {
            "Rank": entry.rank,
            "ID": initiative.id,
            "Title": initiative.title,
            "Status": initiative.status.value,
            "Owner": initiative.owner,
            "Sponsor": initiative.sponsor,
            "Weighted score": f"='{SHEET_SCORES}'!{score_col}{row}",
            "Cost": initiative.cost,
            "Effort (person-days)": initiative.effort,
            "Annual benefit": round(entry.benefit, 2),
            "Benefit source": "computed" if entry.benefit_is_computed else "entered",
            "Payback (months)": f'=IF({benefit}{row}>0,{cost}{row}/({benefit}{row}/12),"")',
            "Horizon (years)": initiative.horizon_years,
            "Discount rate": initiative.discount_rate,
            "NPV": (
                f"=IF({rate}{row}=0,{benefit}{row}*{years}{row},"
                f"{benefit}{row}*(1-(1+{rate}{row})^(-{years}{row}))/{rate}{row})-{cost}{row}"
            ),
            "Start": initiative.start_date or None,
            "Due": initiative.due_date or None,
            "Processes": ", ".join(p.name for p in processes if isinstance(p, Process)),
            "Tie-break": tie_label(entry.tie_break) if entry.tie_break else None,
            "Description": initiative.description,
        }
        for column, name in enumerate(INITIATIVE_COLUMNS, start=1):
            sheet.cell(row, column, values[name])
        for name, number_format in (
            ("Weighted score", "0.00"),
            ("Cost", MONEY),
            ("Annual benefit", MONEY),
            ("Payback (months)", "0.0"),
            ("Discount rate", "0.0%"),
            ("NPV", MONEY),
        ):
            sheet[f"{_col(name)}{row}"].number_format = number_format
    statuses = ",".join(s.value for s in InitiativeStatus)
    validation = DataValidation(type="list", formula1=f'"{statuses}"', allow_blank=False)
    validation.error = tr("Choose one of the statuses in the list.")
    sheet.add_data_validation(validation)
    last = max(2, len(register.rows) + 1)
    validation.add(f"{_col('Status')}2:{_col('Status')}{last}")
    _widths(sheet, {"A": 6, "B": 22, "C": 40, "D": 12, "E": 14, "F": 16, "T": 50})


def _weak_points_sheet(sheet: Worksheet, workspace: Workspace, register: Register) -> None:
    _head(
        sheet,
        (
            "Initiative ID",
            "Initiative",
            "Weak point ID",
            "Process",
            "Diagram",
            "Element",
            "Category",
            "Severity",
            "Status",
            "Description",
        ),
    )
    for entry in register.rows:
        for weak_point_id in entry.weak_points:
            point = workspace.get(weak_point_id, WeakPoint)
            diagram = workspace.get(point.diagram_id, Diagram)
            process = workspace.get(diagram.process_id, Process)
            target = workspace.find(point.target_id)
            sheet.append(
                [
                    entry.id,
                    entry.initiative.title,
                    point.id,
                    process.name,
                    diagram.name,
                    getattr(target, "name", "") if target is not None else "",
                    point.category.value,
                    point.severity,
                    point.status.value,
                    point.description,
                ]
            )
    _widths(sheet, {"A": 22, "B": 36, "C": 22, "D": 24, "J": 60})
