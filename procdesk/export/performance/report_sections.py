"""The sections of the performance report's PDF: the summary line, the tally per band, one
line per KPI, the processes off target and the reviews due.

A cell whose text fits its column on one line is a plain string, the rest Paragraphs that
wrap: laying out a Paragraph costs about a millisecond, and a report on 300 processes has
3,000 KPI lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, LongTable, Paragraph, Spacer

from procdesk.analysis.kpis import KpiStatus
from procdesk.analysis.performance.report import OffTarget, PerformanceReport
from procdesk.analysis.performance.rollup import Tally
from procdesk.export.performance.sparkline import LIGHT_FILLS, sparkline
from procdesk.export.performance.words import (
    DASH,
    MARGIN_RULE,
    OVERDUE_RULE,
    margin_text,
    overdue_text,
    period_name,
    status_word,
    target_text,
    value_text,
)
from procdesk.export.sop.fonts import BOLD, REGULAR
from procdesk.export.sop.labels import severity
from procdesk.export.sop.styles import ACCENT, Styles, grid_style
from procdesk.model.landscape import BAND_TITLES
from procdesk.model.portfolio import Initiative
from procdesk.model.portfolio_queries import status_label
from procdesk.text import tr, tr_noop

CELL_SIZE = 8.5
PADDING = 4
TREND_HEIGHT = 5.5 * mm


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _fit(text: str, width: float, style: ParagraphStyle) -> str | Paragraph:
    """*text* as it is when it fits *width* on one line, else a Paragraph that wraps."""
    if "\n" not in text and stringWidth(text, REGULAR, CELL_SIZE) <= width - 2 * PADDING:
        return text
    return _p(text, style)


def _table(
    header: Sequence[str],
    rows: list[list[object]],
    widths: Sequence[float],
    styles: Styles,
    extra: Sequence[tuple[object, ...]] = (),
) -> LongTable:
    data: list[list[object]] = [[_p(h, styles.head) for h in header], *rows]
    table = LongTable(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle([*grid_style(), ("FONTSIZE", (0, 1), (-1, -1), CELL_SIZE), *extra])
    return table


def summary_line(report: PerformanceReport) -> str:
    """ "KPIs: 11 in 8 processes. On target: 4 · slightly off: 3 · off target: 4 · without
    data: 0 · values overdue: 1." (counts after a colon read right for 1 as for 11)."""
    tally = report.dashboard.tally
    processes = sum(1 for _ in report.dashboard.processes())
    text = tr(
        "KPIs: {kpis} in {processes} processes. On target: {green} · slightly off: {amber} · "
        "off target: {red} · without data: {grey} · values overdue: {overdue}."
    )
    return text.format(
        kpis=tally.total,
        processes=processes,
        green=tally.green,
        amber=tally.amber,
        red=tally.red,
        grey=tally.grey,
        overdue=tally.overdue,
    )


def no_data_lines(report: PerformanceReport) -> list[str]:
    """What the report says for a month in which no KPI was measured."""
    lines = [tr("No KPI value was measured in {period}.").format(period=period_name(report.period))]
    if report.first_date is not None and report.last_date is not None:
        span = tr("The workspace's measurements run from {first} to {last}.")
        lines.append(span.format(first=report.first_date, last=report.last_date))
    elif report.dashboard.tally.total:
        lines.append(tr("The workspace has KPIs but no measurement yet."))
    else:
        lines.append(tr("The workspace defines no KPIs yet."))
    return lines


def no_data(report: PerformanceReport, styles: Styles) -> list[Flowable]:
    return [_p(line, styles.body) for line in no_data_lines(report)]


def _tally_cells(tally: Tally) -> list[object]:
    return [
        status_word(tally.light),
        str(tally.total),
        str(tally.green),
        str(tally.amber),
        str(tally.red),
        str(tally.grey),
        str(tally.overdue),
    ]


TALLY_HEAD = (
    tr_noop("Light", "KPI tally"),
    tr_noop("KPIs", "KPI tally"),
    tr_noop("On target", "KPI tally"),
    tr_noop("Slightly off", "KPI tally"),
    tr_noop("Off target", "KPI tally"),
    tr_noop("No data", "KPI tally"),
    tr_noop("Overdue", "KPI tally"),
)
"""The columns of a tally, in the order ``_tally_cells`` fills them (translate on use)."""


def _light_fill(column: int, row: int, status: KpiStatus) -> tuple[object, ...]:
    return ("BACKGROUND", (column, row), (column, row), LIGHT_FILLS[status])


def bands(report: PerformanceReport, styles: Styles, width: float) -> list[Flowable]:
    """The tally of each band and of the workspace."""
    header = [tr("Band"), *(tr(word, "KPI tally") for word in TALLY_HEAD)]
    rows: list[list[object]] = []
    fills: list[tuple[object, ...]] = []
    entries = [(tr(BAND_TITLES[b.band]), b.tally) for b in report.dashboard.bands]
    entries.append((tr("All processes"), report.dashboard.tally))
    for index, (name, tally) in enumerate(entries, start=1):
        rows.append([name, *_tally_cells(tally)])
        fills.append(_light_fill(1, index, tally.light))
    widths = [width * 0.28, width * 0.18, *([width * 0.09] * 6)]
    bold = ("FONTNAME", (0, len(rows)), (-1, len(rows)), BOLD)
    return [
        _p(tr("Performance by band"), styles.h1),
        _table(header, rows, widths, styles, [*fills, bold]),
    ]


KPI_COLUMNS = (0.155, 0.185, 0.08, 0.09, 0.075, 0.115, 0.12, 0.09, 0.09)


def kpi_lines(report: PerformanceReport, styles: Styles, width: float) -> list[Flowable]:
    """One line per KPI, process by process, in landscape order."""
    widths = [share * width for share in KPI_COLUMNS]
    header = [
        tr("Process"),
        tr("KPI"),
        tr("Target"),
        tr("Actual"),
        tr("Measured"),
        tr("Margin"),
        tr("Trend"),
        tr("Status"),
        tr("Overdue"),
    ]
    rows: list[list[object]] = []
    extra: list[tuple[object, ...]] = []
    for line in report.dashboard.processes():
        if not line.figures:
            continue
        first = len(rows) + 1
        extra.append(("LINEABOVE", (0, first), (-1, first), 0.9, ACCENT))
        for index, figures in enumerate(line.figures):
            name = line.process.name if index == 0 else ""
            rows.append(
                [
                    _fit(name, widths[0], styles.cell_bold),
                    _fit(figures.kpi.name, widths[1], styles.cell),
                    _fit(target_text(figures), widths[2], styles.cell),
                    _fit(value_text(figures.value, figures.kpi.unit), widths[3], styles.cell),
                    figures.latest.date if figures.latest else DASH,
                    _fit(margin_text(figures), widths[5], styles.cell),
                    sparkline(figures, widths[6] - 2 * PADDING, TREND_HEIGHT),
                    _fit(status_word(figures.status), widths[7], styles.cell),
                    _fit(overdue_text(figures.overdue), widths[8], styles.cell),
                ]
            )
            extra.append(_light_fill(7, len(rows), figures.status))
    return [
        _p(tr("KPIs: target and actual"), styles.h1),
        _p(tr(MARGIN_RULE) + " " + tr(OVERDUE_RULE), styles.muted),
        Spacer(1, 2 * mm),
        _table(header, rows, widths, styles, extra),
    ]


def _initiative(initiative: Initiative) -> str:
    parts = [status_label(initiative.status)]
    if initiative.owner:
        parts.append(initiative.owner)
    if initiative.due_date:
        parts.append(tr("due {date}").format(date=initiative.due_date))
    return f"{initiative.title} ({', '.join(parts)})"


def _off_entry(entry: OffTarget, styles: Styles, width: float) -> list[Flowable]:
    process = entry.line.process
    heading = f"{process.name} · {status_word(entry.line.tally.light)}"
    missed = "; ".join(
        tr("{kpi}: {actual} against {target}").format(
            kpi=f.kpi.name, actual=value_text(f.value, f.kpi.unit), target=target_text(f)
        )
        for f in entry.off
    )
    story: list[Flowable] = [_p(heading, styles.h2)]
    owner = tr("Owner: {owner}.").format(owner=process.owner) + " " if process.owner else ""
    story.append(_p(owner + tr("Off target: {kpis}.").format(kpis=missed), styles.body))
    if entry.weak_points:
        rows: list[list[object]] = [
            [
                severity(w.weak_point.severity),
                _p(w.weak_point.description or DASH, styles.cell),
                _p("\n".join(_initiative(i) for i in w.initiatives) or DASH, styles.cell),
            ]
            for w in entry.weak_points
        ]
        header = [tr("Severity"), tr("Open weak point"), tr("Initiatives addressing it")]
        story.append(_table(header, rows, [width * 0.12, width * 0.5, width * 0.38], styles))
    else:
        story.append(_p(tr("No open weak point is recorded for this process."), styles.muted))
    if entry.initiatives:
        listed = "; ".join(_initiative(i) for i in entry.initiatives)
        story.append(
            _p(tr("Initiatives for the process: {list}.").format(list=listed), styles.body)
        )
    return story


def off_target(report: PerformanceReport, styles: Styles, width: float) -> list[Flowable]:
    """Each process off target with its open weak points and the initiatives on them."""
    story: list[Flowable] = [_p(tr("Processes off target"), styles.h1)]
    if not report.off_target:
        return [*story, _p(tr("Every process with KPI values is on target."), styles.body)]
    for entry in report.off_target:
        story.append(KeepTogether(_off_entry(entry, styles, width)))
    return story


def reviews(report: PerformanceReport, styles: Styles, width: float) -> list[Flowable]:
    """The reviews overdue or falling due within a month of the report."""
    story: list[Flowable] = [_p(tr("Reviews due"), styles.h1)]
    if not report.reviews:
        return [*story, _p(tr("No review is overdue or falls due within a month."), styles.body)]
    header = [tr("Process"), tr("Owner"), tr("Due"), tr("Status"), tr("Why")]
    widths = [width * 0.22, width * 0.16, width * 0.1, width * 0.1, width * 0.42]
    rows: list[list[object]] = []
    extra: list[tuple[object, ...]] = []
    for index, line in enumerate(report.reviews, start=1):
        state = tr("Overdue", "review") if line.overdue else tr("Due soon", "review")
        rows.append(
            [
                _fit(line.process.name, widths[0], styles.cell),
                _fit(line.process.owner or DASH, widths[1], styles.cell),
                line.due.isoformat(),
                state,
                _p(line.reason, styles.cell),
            ]
        )
        if line.overdue:
            extra.append(("TEXTCOLOR", (3, index), (3, index), colors.HexColor("#B3261E")))
    return [*story, _table(header, rows, widths, styles, extra)]
