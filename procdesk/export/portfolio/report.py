"""``portfolio_pdf``: the improvement portfolio as a report for management.

First the framework (criteria, weights as entered and normalised, the scale, the version and
when it was agreed) and the tie-break rule; then the initiatives in rank order, the
sensitivity of the top of the ranking to each weight, and the priority matrix; then one
business-case page for each approved or proposed initiative.
"""

from __future__ import annotations

import io
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from procdesk.analysis.portfolio.benefit import amount
from procdesk.analysis.portfolio.matrix import Payoff, build_matrix
from procdesk.analysis.portfolio.register import Register
from procdesk.analysis.portfolio.scoring import TIE_BREAK_RULE, tie_label
from procdesk.analysis.portfolio.sensitivity import DEFAULT_TOP
from procdesk.analysis.portfolio.signs import DASH
from procdesk.export.portfolio.business_case import (
    FishboneHook,
    business_case,
    months,
    no_fishbones,
)
from procdesk.export.portfolio.matrix_chart import matrix_drawing
from procdesk.export.sop.fonts import REGULAR, register_fonts
from procdesk.export.sop.styles import MARGIN, MUTED, Styles, grid_style, make_styles
from procdesk.model.portfolio import InitiativeStatus
from procdesk.model.portfolio_queries import framework_of, status_label
from procdesk.model.workspace import Workspace
from procdesk.text import tr

CASE_STATUSES = frozenset({InitiativeStatus.APPROVED, InitiativeStatus.PROPOSED})
"""Initiatives that get a business-case page: those decided on or to be decided."""


def portfolio_pdf(
    workspace: Workspace,
    register: Register,
    *,
    payoff: Payoff = Payoff.BENEFIT,
    top: int = DEFAULT_TOP,
    fishbones: FishboneHook = no_fishbones,
    today: str | None = None,
) -> bytes:
    """The report's bytes; *fishbones* gives each weak point's root-cause picture (or None)."""
    register_fonts()
    styles = make_styles()
    stream = io.BytesIO()
    document = SimpleDocTemplate(
        stream,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=tr("Improvement portfolio"),
        author="procdesk",
        invariant=1,
    )
    width = document.width
    day = today or date.today().isoformat()
    story: list[Flowable] = [
        Paragraph(escape(tr("Improvement portfolio")), styles.cover_title),
        Paragraph(escape(tr("As of {date}").format(date=day)), styles.cover_subtitle),
        Spacer(1, 6 * mm),
    ]
    story += _framework(register, styles, width)
    story += _ranking(register, styles, width)
    story += _sensitivity(register, styles, width, top)
    matrix = build_matrix(register, framework_of(workspace), payoff)
    story += [
        Paragraph(escape(tr("Priority matrix")), styles.h1),
        matrix_drawing(matrix, width, width * 0.62, register.currency),
        Paragraph(
            escape(_lines_text(matrix.effort_from_median, matrix.payoff_from_median)), styles.muted
        ),
    ]
    for row in register.rows:
        if row.initiative.status in CASE_STATUSES:
            story.append(PageBreak())
            story += business_case(workspace, register, row, styles, width, fishbones)
    document.build(story, onFirstPage=_footer, onLaterPages=_footer)
    return stream.getvalue()


def _lines_text(effort_median: bool, payoff_median: bool) -> str:
    effort = tr("the median effort") if effort_median else tr("the effort threshold set")
    payoff = tr("the median payoff") if payoff_median else tr("the payoff threshold set")
    return tr("Quadrant lines: {effort} and {payoff}.").format(effort=effort, payoff=payoff)


def _footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(REGULAR, 7.5)
    canvas.setFillColor(MUTED)
    text = tr("Improvement portfolio · page {page}").format(page=document.page)
    canvas.drawRightString(document.pagesize[0] - MARGIN, MARGIN / 2, text)
    canvas.restoreState()


def _cell(text: str, styles: Styles) -> Paragraph:
    return Paragraph(escape(text), styles.cell)


def _head(text: str, styles: Styles) -> Paragraph:
    return Paragraph(escape(text), styles.head)


def _table(rows: list[list[object]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(grid_style(1)))
    return table


def _framework(register: Register, styles: Styles, width: float) -> list[Flowable]:
    weights = register.weights
    agreed = (
        tr("agreed by management on {date}").format(date=weights.baselined_on)
        if weights.baselined_on
        else tr("not yet agreed")
    )
    intro = tr("{name}, version {version}, {agreed}; scores from {low} to {high}.").format(
        name=weights.name,
        version=weights.version,
        agreed=agreed,
        low=weights.scale_min,
        high=weights.scale_max,
    )
    rows: list[list[object]] = [
        [
            _head(tr("Criterion"), styles),
            _head(tr("Weight"), styles),
            _head(tr("Normalised"), styles),
        ]
    ]
    for criterion, weight in zip(weights.criteria, weights.normalised, strict=True):
        rows.append(
            [
                _cell(criterion.name, styles),
                _cell(f"{criterion.weight:g}", styles),
                _cell(f"{weight * 100:.1f} %", styles),
            ]
        )
    return [
        Paragraph(escape(tr("Prioritisation framework")), styles.h1),
        Paragraph(escape(intro), styles.body),
        _table(rows, [width * 0.5, width * 0.2, width * 0.3]),
        Spacer(1, 2 * mm),
        Paragraph(escape(tr(TIE_BREAK_RULE)), styles.muted),
    ]


def _ranking(register: Register, styles: Styles, width: float) -> list[Flowable]:
    currency = register.currency
    names = (
        "#",
        tr("Initiative"),
        tr("Status"),
        tr("Score"),
        tr("Cost"),
        tr("Days"),
        tr("Benefit / year"),
        tr("Payback"),
        tr("NPV"),
    )
    rows: list[list[object]] = [[_head(n, styles) for n in names]]
    for row in register.rows:
        initiative = row.initiative
        title = initiative.title
        if row.tie_break:
            title += f" ({tie_label(row.tie_break)})"
        rows.append(
            [
                _cell(str(row.rank) if row.rank is not None else DASH, styles),
                _cell(title, styles),
                _cell(status_label(initiative.status), styles),
                _cell(f"{row.score:.2f}", styles),
                _cell(amount(initiative.cost), styles),
                _cell(f"{initiative.effort:g}", styles),
                _cell(amount(row.benefit), styles),
                _cell(months(row.payback), styles),
                _cell(amount(row.npv), styles),
            ]
        )
    fractions = (0.05, 0.27, 0.11, 0.08, 0.09, 0.07, 0.11, 0.12, 0.1)
    return [
        Paragraph(escape(tr("Initiatives in rank order")), styles.h1),
        Paragraph(escape(tr("Amounts in {currency}.").format(currency=currency)), styles.muted),
        _table(rows, [width * f for f in fractions]),
    ]


def _sensitivity(register: Register, styles: Styles, width: float, top: int) -> list[Flowable]:
    if len(register.ranked) < 2:
        return []
    rows: list[list[object]] = [
        [
            _head(n, styles)
            for n in (tr("Criterion"), tr("Weight now"), tr("Can fall by"), tr("Can rise by"))
        ]
    ]
    names = {c.key: c.name for c in register.weights.criteria}
    for item in register.sensitivity(top):
        down = f"{item.room_down * 100:.1f} pp" if item.down else tr("to 0 %: no change")
        up = f"{item.room_up * 100:.1f} pp" if item.up else tr("to 100 %: no change")
        rows.append(
            [
                _cell(names[item.key], styles),
                _cell(f"{item.weight * 100:.1f} %", styles),
                _cell(down, styles),
                _cell(up, styles),
            ]
        )
    intro = tr(
        "How many percentage points each weight can move (the others scaled in proportion) "
        "before the top {top} of the ranking changes."
    ).format(top=top)
    return [
        Paragraph(escape(tr("Sensitivity of the ranking")), styles.h1),
        Paragraph(escape(intro), styles.body),
        _table(rows, [width * 0.4, width * 0.2, width * 0.2, width * 0.2]),
    ]
