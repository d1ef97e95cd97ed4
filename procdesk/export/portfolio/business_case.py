"""One business-case page per initiative: who, when, what it costs and brings (and how that
was computed), how it scored, which processes and weak points it addresses.

Each weak point keeps a place for its root-cause picture (an Ishikawa fishbone): the report
takes a function that gives, per weak point, SVG bytes or a ready reportlab Drawing, or None
where there is no picture yet.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from procdesk.analysis.portfolio.benefit import amount, basis_label
from procdesk.analysis.portfolio.register import Register, RegisterRow
from procdesk.analysis.portfolio.signs import DASH
from procdesk.export.sop.diagram import load_drawing
from procdesk.export.sop.styles import Styles, grid_style
from procdesk.model.elements import Diagram, Process, WeakPoint
from procdesk.model.portfolio_queries import benefit_model_of, status_label
from procdesk.model.workspace import Workspace
from procdesk.text import tr

FishboneHook = Callable[[WeakPoint], "bytes | Drawing | None"]
"""What the root-cause analysis gives for a weak point: its fishbone as SVG or a Drawing."""


def no_fishbones(point: WeakPoint) -> bytes | Drawing | None:
    """The default: no root-cause pictures (yet)."""
    del point
    return None


def money(value: float | None, currency: str) -> str:
    return DASH if value is None else f"{amount(value)} {currency}"


def months(value: float | None) -> str:
    return DASH if value is None else tr("{months} months").format(months=f"{value:.1f}")


def _scaled(drawing: Drawing, width: float, height: float) -> Drawing:
    scale = min(width / float(drawing.width), height / float(drawing.height), 1.0)
    drawing.scale(scale, scale)
    drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
    return drawing


def _picture(found: bytes | Drawing | None, width: float) -> Flowable | None:
    if found is None:
        return None
    drawing = load_drawing(found) if isinstance(found, bytes) else found
    return _scaled(drawing, width, 90 * mm)


def _table(rows: list[list[object]], widths: list[float], head: bool = False) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(grid_style(1 if head else 0)))
    return table


def business_case(
    workspace: Workspace,
    register: Register,
    row: RegisterRow,
    styles: Styles,
    width: float,
    fishbones: FishboneHook,
) -> list[Flowable]:
    """The flowables of one initiative's page (the caller starts a new page before it)."""
    initiative = row.initiative
    currency = register.currency

    def cell(text: str) -> Paragraph:
        return Paragraph(escape(text), styles.cell)

    def head(text: str) -> Paragraph:
        return Paragraph(escape(text), styles.head)

    rank = tr("rank {rank}").format(rank=row.rank) if row.rank is not None else tr("not ranked")
    story: list[Flowable] = [
        Paragraph(escape(initiative.title), styles.h1),
        Paragraph(
            escape(
                f"{status_label(initiative.status)} · {rank} · "
                + tr("weighted score {score}").format(score=f"{row.score:.2f}")
            ),
            styles.muted,
        ),
    ]
    if initiative.description:
        story.append(Paragraph(escape(initiative.description), styles.body))
    history = ", ".join(
        f"{status_label(change.status)} {change.date}" for change in initiative.status_log
    )
    facts = [
        [
            head(tr("Owner")),
            cell(initiative.owner or DASH),
            head(tr("Sponsor")),
            cell(initiative.sponsor or DASH),
        ],
        [
            head(tr("Start")),
            cell(initiative.start_date or DASH),
            head(tr("Due")),
            cell(initiative.due_date or DASH),
        ],
        [head(tr("Status history")), cell(history), "", ""],
    ]
    quarter = width / 4
    facts_table = _table(facts, [quarter * 0.8, quarter * 1.2, quarter * 0.8, quarter * 1.2])
    facts_table.setStyle(TableStyle([("SPAN", (1, 2), (3, 2))]))
    story += [facts_table, Spacer(1, 4 * mm), Paragraph(escape(tr("Figures")), styles.h2)]
    source = tr("computed from the to-be") if row.benefit_is_computed else tr("entered")
    figures = [
        [head(tr("One-off cost")), cell(money(initiative.cost, currency))],
        [head(tr("Effort")), cell(tr("{days} person-days").format(days=f"{initiative.effort:g}"))],
        [head(tr("Expected annual benefit")), cell(f"{money(row.benefit, currency)} ({source})")],
        [head(tr("Payback")), cell(months(row.payback))],
        [
            head(tr("Net present value")),
            cell(
                tr("{npv} over {years} years at {rate} %").format(
                    npv=money(row.npv, currency),
                    years=initiative.horizon_years,
                    rate=f"{initiative.discount_rate * 100:g}",
                )
            ),
        ],
    ]
    story.append(_table(figures, [width * 0.32, width * 0.68]))
    model = benefit_model_of(workspace, initiative.id)
    if model is not None and row.computed is not None:
        diagram = workspace.find(model.diagram_id)
        name = diagram.name if isinstance(diagram, Diagram) else model.diagram_id
        story.append(Spacer(1, 2 * mm))
        text = tr("Benefit from '{diagram}' ({basis}): {derivation}").format(
            diagram=name, basis=basis_label(model.basis), derivation=row.computed.derivation
        )
        story.append(Paragraph(escape(text), styles.small))
    story.append(Paragraph(escape(tr("Scores")), styles.h2))
    score_rows: list[list[object]] = [
        [head(tr("Criterion")), head(tr("Weight")), head(tr("Score")), head(tr("Rationale"))]
    ]
    for criterion, weight in zip(
        register.weights.criteria, register.weights.normalised, strict=True
    ):
        score = initiative.score_of(criterion.key)
        score_rows.append(
            [
                cell(criterion.name),
                cell(f"{weight * 100:.1f} %"),
                cell(str(score.value) if score else DASH),
                cell(score.rationale if score else ""),
            ]
        )
    story.append(
        _table(score_rows, [width * 0.3, width * 0.12, width * 0.1, width * 0.48], head=True)
    )
    processes = [workspace.find(p) for p in row.processes]
    names = ", ".join(p.name for p in processes if isinstance(p, Process)) or DASH
    story += [
        Paragraph(escape(tr("Processes")), styles.h2),
        Paragraph(escape(names), styles.body),
        Paragraph(escape(tr("Weak points addressed")), styles.h2),
    ]
    if not row.weak_points:
        story.append(Paragraph(escape(tr("None linked.")), styles.muted))
    for weak_point_id in row.weak_points:
        story.append(_weak_point(workspace, weak_point_id, styles, width, fishbones))
    return story


def _weak_point(
    workspace: Workspace,
    weak_point_id: str,
    styles: Styles,
    width: float,
    fishbones: FishboneHook,
) -> Flowable:
    point = workspace.get(weak_point_id, WeakPoint)
    diagram = workspace.get(point.diagram_id, Diagram)
    target = workspace.find(point.target_id)
    where = getattr(target, "name", "") or diagram.name
    parts: list[Flowable] = [
        Paragraph(
            escape(
                tr("{where} (severity {severity}): {description}").format(
                    where=where, severity=point.severity, description=point.description
                )
            ),
            styles.body,
        )
    ]
    for label, text in ((tr("Root cause"), point.root_cause), (tr("Action"), point.action)):
        if text:
            parts.append(Paragraph(f"<b>{escape(label)}:</b> {escape(text)}", styles.small))
    picture = _picture(fishbones(point), width)
    if picture is not None:
        parts += [Spacer(1, 2 * mm), picture]
    parts.append(Spacer(1, 3 * mm))
    return KeepTogether(parts)
