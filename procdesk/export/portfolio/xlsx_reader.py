"""Reading a portfolio workbook back: the scores, rationales and statuses a PMO edited in Excel.

Every row is checked before anything is stored: the sheets and columns must be there, every
ID must name an initiative of the workspace, every score must be a whole number on the
framework's scale, every status a status the initiative may go to. One bad cell refuses the
whole workbook with the reason (sheet, row, column) and changes nothing; a good workbook is
stored as one undo step, and the report says what changed.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from procdesk.analysis.portfolio.signs import DASH
from procdesk.export.portfolio.xlsx_writer import SHEET_INITIATIVES, SHEET_SCORES
from procdesk.model.commands import CommandError
from procdesk.model.editor import Editor
from procdesk.model.portfolio import Initiative
from procdesk.model.portfolio_queries import framework_of, status_label
from procdesk.text import tr

RATIONALE = "Rationale: "
PLAIN_COLUMNS = frozenset({"ID", "Title", "Weighted score"})


class PortfolioImportError(ValueError):
    """The workbook cannot be read back; nothing was changed."""


@dataclass
class _Planned:
    initiative_id: str
    status: str | None = None
    scores: dict[str, tuple[Any, str | None]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import changed, a line per initiative (empty: nothing differed)."""

    changes: tuple[str, ...]


def _sheet(book: Any, name: str) -> Worksheet:
    if name not in book.sheetnames:
        raise PortfolioImportError(tr("the workbook has no sheet '{name}'").format(name=name))
    sheet: Worksheet = book[name]
    return sheet


def _header(sheet: Worksheet, required: tuple[str, ...]) -> dict[str, int]:
    first = next(sheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
    columns = {str(v).strip(): i for i, v in enumerate(first) if v is not None and str(v).strip()}
    for name in required:
        if name not in columns:
            message = tr("sheet '{sheet}' has no column '{column}'")
            raise PortfolioImportError(message.format(sheet=sheet.title, column=name))
    return columns


def _where(sheet: Worksheet, row: int, column: str) -> str:
    return tr("sheet '{sheet}', row {row}, column '{column}'").format(
        sheet=sheet.title, row=row, column=column
    )


def _rows(sheet: Worksheet, columns: dict[str, int]) -> list[tuple[int, tuple[Any, ...], str]]:
    """(row number, cells, initiative id) of every row with an ID, refusing repeats."""
    found: list[tuple[int, tuple[Any, ...], str]] = []
    seen: set[str] = set()
    for number, cells in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        index = columns["ID"]
        value = cells[index] if index < len(cells) else None
        if value is None or not str(value).strip():
            continue
        initiative_id = str(value).strip()
        if initiative_id in seen:
            message = tr("{where}: {id} appears twice")
            raise PortfolioImportError(
                message.format(where=_where(sheet, number, "ID"), id=initiative_id)
            )
        seen.add(initiative_id)
        found.append((number, cells, initiative_id))
    return found


def _cell(cells: tuple[Any, ...], index: int) -> Any:
    value = cells[index] if index < len(cells) else None
    return None if isinstance(value, str) and not value.strip() else value


def read_plan(editor: Editor, data: bytes) -> list[_Planned]:
    """The edits a workbook asks for, checked against the workspace (nothing stored yet)."""
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise PortfolioImportError(tr("this is not an Excel workbook (.xlsx)")) from error
    try:
        return _plan(editor, book)
    finally:
        book.close()


def _plan(editor: Editor, book: Any) -> list[_Planned]:
    workspace = editor.workspace
    framework = framework_of(workspace)
    by_name = {c.name.strip().casefold(): c for c in framework.criteria}
    plans: dict[str, _Planned] = {}

    def plan_for(sheet: Worksheet, number: int, initiative_id: str) -> _Planned:
        if not isinstance(workspace.find(initiative_id), Initiative):
            message = tr("{where}: there is no initiative {id} in this workspace")
            raise PortfolioImportError(
                message.format(where=_where(sheet, number, "ID"), id=initiative_id)
            )
        return plans.setdefault(initiative_id, _Planned(initiative_id))

    initiatives = _sheet(book, SHEET_INITIATIVES)
    columns = _header(initiatives, ("ID", "Status"))
    for number, cells, initiative_id in _rows(initiatives, columns):
        status = _cell(cells, columns["Status"])
        if status is None:
            message = tr("{where}: the status is empty")
            raise PortfolioImportError(message.format(where=_where(initiatives, number, "Status")))
        text = "-".join(str(status).strip().casefold().split())
        plan_for(initiatives, number, initiative_id).status = text
    scores = _sheet(book, SHEET_SCORES)
    columns = _header(scores, ("ID",))
    criteria: dict[str, tuple[str, int]] = {}
    rationales: dict[str, int] = {}
    for name, index in columns.items():
        if name in PLAIN_COLUMNS:
            continue
        key = name[len(RATIONALE) :] if name.startswith(RATIONALE) else name
        criterion = by_name.get(key.strip().casefold())
        if criterion is None:
            message = tr("sheet '{sheet}': column '{column}' is not a criterion of the framework")
            raise PortfolioImportError(message.format(sheet=scores.title, column=name))
        if name.startswith(RATIONALE):
            rationales[criterion.key] = index
        else:
            criteria[criterion.key] = (name, index)
    for number, cells, initiative_id in _rows(scores, columns):
        plan = plan_for(scores, number, initiative_id)
        for key, (name, index) in criteria.items():
            value = _cell(cells, index)
            if value is not None and not isinstance(value, int | float):
                message = tr("{where}: '{value}' is not a score")
                raise PortfolioImportError(
                    message.format(where=_where(scores, number, name), value=value)
                )
            reason = _cell(cells, rationales[key]) if key in rationales else None
            plan.scores[key] = (value, "" if reason is None and key in rationales else reason)
    return list(plans.values())


def import_portfolio_file(editor: Editor, data: bytes, on: str | None = None) -> ImportReport:
    """Store the scores and statuses of a workbook (one undo step), or refuse it whole."""
    workspace = editor.workspace
    framework = framework_of(workspace)
    changed: list[Initiative] = []
    lines: list[str] = []
    for plan in read_plan(editor, data):
        before = workspace.get(plan.initiative_id, Initiative)
        try:
            after = editor.plan_initiative(
                plan.initiative_id,
                status=plan.status,
                scores={k: (_whole(v), r) for k, (v, r) in plan.scores.items()},
                on=on,
            )
        except CommandError as error:
            message = tr("initiative '{title}': {reason}")
            raise PortfolioImportError(message.format(title=before.title, reason=error)) from None
        if after == before:
            continue
        changed.append(after)
        parts: list[str] = []
        if after.status != before.status:
            parts.append(
                tr("status {old} → {new}").format(
                    old=status_label(before.status), new=status_label(after.status)
                )
            )
        for criterion in framework.criteria:
            old, new = before.score_of(criterion.key), after.score_of(criterion.key)
            old_value = old.value if old else None
            new_value = new.value if new else None
            if old_value != new_value:
                parts.append(f"{criterion.name} {_text(old_value)} → {_text(new_value)}")
            elif old is not None and new is not None and old.rationale != new.rationale:
                parts.append(tr("rationale of {criterion}").format(criterion=criterion.name))
        lines.append(f"{after.title}: {'; '.join(parts)}")
    if changed:
        editor.store_initiatives(changed, tr("Import scores and statuses"))
    return ImportReport(tuple(lines))


def _whole(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _text(value: int | None) -> str:
    return DASH if value is None else str(value)
