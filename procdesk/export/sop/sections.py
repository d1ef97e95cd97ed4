"""The body sections of the SOP as platypus flowables, one function per section.

Every table repeats its header row on each page it runs onto and lets long rows break, so a
200-step procedure prints as cleanly as a 5-step one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from contextvars import ContextVar
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from procdesk.export.sop.content import (
    DASH,
    SopContent,
    format_minutes,
    format_range,
)
from procdesk.export.sop.procedure import STEP_MANY, STEP_ONE, ProcedureStep, shows_kind
from procdesk.export.sop.raci_marks import OTHER_LETTERS, legend, matrix_cell
from procdesk.export.sop.record import RevisionRow
from procdesk.export.sop.row_window import long_table
from procdesk.export.sop.styles import (
    ACCENT,
    ZEBRA_FILL,
    Styles,
    grid_style,
)
from procdesk.model.elements import StepKind
from procdesk.text import tr

MIN_ROLE_WIDTH, MAX_ROLE_WIDTH = 18 * mm, 40 * mm
MIN_STEP_WIDTH = 60 * mm
"""The step-name column of the responsibility matrix keeps at least this much room."""
ROW_SPLIT: ContextVar[bool] = ContextVar("row_split", default=False)
"""Whether table rows may break across pages: only when a row is taller than a page, since
reportlab then repeats the header row mid-page."""


def text(value: str) -> str:
    """Plain text made safe for a Paragraph, keeping the author's line breaks."""
    return escape(value).replace("\n", "<br/>")


def table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float | None],
    extra: Sequence[tuple[object, ...]] = (),
    header_rows: int = 1,
) -> Flowable:
    # LongTable measures rows only until a page is full: a plain Table re-measures every
    # remaining row on each page break, which grows with the square of the length; a table
    # of thousands of rows goes to reportlab a window of rows at a time (row_window).
    return long_table(
        rows,
        [*grid_style(header_rows), *extra],
        header_rows,
        colWidths=list(widths),
        splitByRow=1,
        splitInRow=1 if ROW_SPLIT.get() else 0,
        hAlign="LEFT",
    )


def purpose_section(content: SopContent, styles: Styles) -> list[Flowable]:
    process = content.process
    flowables: list[Flowable] = []
    for title, body in ((tr("Purpose"), process.purpose), (tr("Scope"), process.scope)):
        flowables.append(Paragraph(text(title), styles.h2))
        flowables.append(Paragraph(text(body.strip()) or text(tr("Not stated.")), styles.body))
    flowables.append(Paragraph(text(tr("Definitions")), styles.h2))
    terms = [line.strip() for line in process.definitions.splitlines() if line.strip()]
    if not terms:
        flowables.append(Paragraph(text(tr("No definitions are recorded.")), styles.body))
        return flowables
    rows: list[list[object]] = [
        [Paragraph(text(tr("Term")), styles.head), Paragraph(text(tr("Meaning")), styles.head)]
    ]
    for line in terms:
        term, _, meaning = line.partition(":")
        if not meaning:
            term, meaning = "", line
        rows.append(
            [Paragraph(text(term), styles.cell_bold), Paragraph(text(meaning), styles.cell)]
        )
    flowables.append(table(rows, [45 * mm, None]))
    return flowables


def _numbers(numbers: Sequence[int]) -> str:
    """Step numbers with runs joined: 1, 2, 3, 7 → '1 to 3, 7' (with an en dash)."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{r[0]}{DASH}{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


def roles_section(content: SopContent, styles: Styles, width: float) -> list[Flowable]:
    flowables: list[Flowable] = []
    rows: list[list[object]] = [
        [
            Paragraph(text(tr("Role", "roles table column")), styles.head),
            Paragraph(text(tr("Responsibilities")), styles.head),
        ]
    ]
    names = {s.number: s.name for s in content.steps}
    for role in content.roles:
        duties = ", ".join(f"{n} {names[n]}" for n in role.steps[:8])
        if len(role.steps) > 8:
            more = tr("{steps} and %n more", "steps of a role", len(role.steps) - 8)
            duties = more.format(steps=duties)
        cell = [Paragraph(text(role.description), styles.cell)] if role.description else []
        if role.steps:
            line = tr("Steps {numbers}: {steps}").format(numbers=_numbers(role.steps), steps=duties)
            cell.append(Paragraph(text(line), styles.cell))
        for numbers, words in (
            (role.accountable, tr("Accountable for steps {numbers}")),
            (role.consulted, tr("Consulted on steps {numbers}")),
            (role.informed, tr("Informed about steps {numbers}")),
        ):
            if numbers:
                line = words.format(numbers=_numbers(numbers))
                cell.append(Paragraph(text(line), styles.cell))
        if not (role.steps or role.accountable or role.consulted or role.informed):
            cell.append(Paragraph(text(tr("No steps in this diagram.")), styles.cell))
        rows.append([Paragraph(text(role.name), styles.cell_bold), cell])
    if not content.roles:
        none = Paragraph(text(tr("No roles recorded.")), styles.cell)
        rows.append([Paragraph("—", styles.cell), none])
    flowables.append(table(rows, [45 * mm, width - 45 * mm]))
    flowables.append(Paragraph(text(tr("Responsibility matrix")), styles.h2))
    key = tr("{mark} = carries out the step (responsible).").format(mark=_responsible_mark())
    if any(step.raci.names(letter) for step in content.steps for letter in OTHER_LETTERS):
        key = " ".join([key, *map(legend, OTHER_LETTERS)])
    flowables.append(Paragraph(text(key), styles.muted))
    for chunk in _role_chunks([r.name for r in content.roles], styles, width):
        flowables.append(Spacer(1, 3))
        flowables.append(_matrix(content.steps, chunk, styles, width))
    return flowables


def _role_width(role: str, styles: Styles) -> float:
    """A matrix column wide enough for the role's longest word (no word broken mid-way)."""
    head = styles.head_center
    longest = max((stringWidth(w, head.fontName, head.fontSize) for w in role.split()), default=0)
    return float(min(max(longest + 10, MIN_ROLE_WIDTH), MAX_ROLE_WIDTH))


def _role_chunks(roles: list[str], styles: Styles, width: float) -> list[list[tuple[str, float]]]:
    """Roles with their column widths, in as few tables as leave room for the step names."""
    chunks: list[list[tuple[str, float]]] = [[]]
    room = width - 10 * mm - MIN_STEP_WIDTH
    for role in roles:
        column = _role_width(role, styles)
        if chunks[-1] and sum(w for _, w in chunks[-1]) + column > room:
            chunks.append([])
        chunks[-1].append((role, column))
    return chunks


def _matrix(
    steps: Sequence[ProcedureStep],
    columns: Sequence[tuple[str, float]],
    styles: Styles,
    width: float,
) -> Flowable:
    roles = [role for role, _ in columns]
    name_w = width - 10 * mm - sum(w for _, w in columns)
    header: list[object] = [
        Paragraph(text(tr("No.", "step number column")), styles.head),
        Paragraph(text(tr("Step", "step name column")), styles.head),
    ]
    header += [Paragraph(text(r), styles.head_center) for r in roles]
    rows: list[list[object]] = [header]
    for step in steps:
        row: list[object] = [str(step.number), Paragraph(text(step.name), styles.cell)]
        row += [matrix_cell(step, r) for r in roles]
        rows.append(row)
    extra: list[tuple[object, ...]] = [
        ("ALIGN", (2, 1), (-1, -1), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA_FILL]),
    ]
    return table(rows, [10 * mm, name_w, *(w for _, w in columns)], extra)


def procedure_section(content: SopContent, styles: Styles, width: float) -> list[Flowable]:
    flowables: list[Flowable] = []
    # Triggers and results of the whole procedure, not those inside its sub-processes.
    starts = [s for s in content.steps if s.kind == StepKind.START_EVENT and s.within is None]
    ends = [s for s in content.steps if s.kind == StepKind.END_EVENT and s.within is None]
    if starts:
        triggers = "; ".join(_named_step(s) for s in starts)
        line = tr("<b>Starts when:</b> {triggers}.").format(triggers=triggers)
        flowables.append(Paragraph(line, styles.body))
    if ends:
        results = "; ".join(_named_step(s) for s in ends)
        line = tr("<b>Ends with:</b> {results}.").format(results=results)
        flowables.append(Paragraph(line, styles.body))
    rows: list[list[object]] = [
        [
            Paragraph(text(tr("No.", "step number column")), styles.head),
            Paragraph(text(tr("Step and work instruction")), styles.head),
            Paragraph(text(tr("Responsible")), styles.head),
            Paragraph(text(tr("Duration")), styles.head),
        ]
    ]
    for step in content.steps:
        rows.append(
            [
                Paragraph(f"<b>{step.number}</b>", styles.cell),
                _step_cell(step, styles, len(content.steps)),
                Paragraph(text(step.role) or "—", styles.cell),
                _duration_cell(step, styles),
            ]
        )
    if not content.steps:
        empty = Paragraph(text(tr("This diagram has no steps yet.")), styles.cell)
        rows.append(["", empty, "", ""])
    extra = [("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA_FILL])]
    flowables.append(table(rows, [10 * mm, width - 72 * mm, 34 * mm, 28 * mm], extra))
    return flowables


def _duration_cell(step: ProcedureStep, styles: Styles) -> list[Flowable]:
    if step.duration is None:
        return []
    cell = [Paragraph(format_minutes(step.duration.typical), styles.cell)]
    span = format_range(step.duration)
    if span:
        cell.append(Paragraph(span, styles.muted))
    return cell


def _responsible_mark() -> str:
    return tr("R", "responsibility matrix: carries out the step")


def _named_step(step: ProcedureStep) -> str:
    """'Invoice received (step 1)', as markup."""
    return text(tr("{name} (step {number})").format(name=step.name, number=step.number))


@functools.lru_cache(maxsize=4)
def _reference_pattern(one: str, many: str) -> re.Pattern[str]:
    """What a step reference looks like in sentences made with the templates *one* and *many*
    ("step {number}", "steps {numbers} and {last}"): the words before the first number, then
    numbers joined by commas, the word for "and", or an en dash."""
    single = one.partition("{number}")[0]
    plural, _, rest = many.partition("{numbers}")
    joiner = rest.partition("{last}")[0]
    words = sorted({w for w in (single, plural) if w.strip()}, key=len, reverse=True)
    lead = "|".join(re.escape(w) for w in words) or "(?!)"
    join = "|".join(re.escape(j) for j in {", ", joiner or ", ", "\u2013"})
    return re.compile(rf"\b({lead})(\d+(?:(?:{join})\d+)*)", re.IGNORECASE)


def link_steps(markup: str, count: int) -> str:
    """Make each "step N" in *markup* a link to step N's row (for reading on screen).

    The words that introduce step numbers are taken from the same templates the sentences
    were written with, so references are found in every language.
    """

    def number(match: re.Match[str]) -> str:
        value = int(match.group(0))
        if not 1 <= value <= count:
            return match.group(0)
        return f'<a href="#step-{value}" color="#{ACCENT.hexval()[2:]}">{value}</a>'

    def reference(match: re.Match[str]) -> str:
        return match.group(1) + re.sub(r"\d+", number, match.group(2))

    return _reference_pattern(tr(STEP_ONE), tr(STEP_MANY)).sub(reference, markup)


def _step_cell(step: ProcedureStep, styles: Styles, count: int) -> list[Flowable]:
    title = step.name
    if shows_kind(step.kind):
        title = tr("{kind}: {name}").format(kind=step.kind_label, name=step.name)
    # The link target follows the name: before it, it would keep reportlab from breaking a
    # name too long for the column (a Chinese or Japanese name has no spaces to break at).
    anchor = f'<a name="step-{step.number}"/>'
    cell: list[Flowable] = [Paragraph(f"<b>{text(title)}</b>{anchor}", styles.cell)]
    if step.instruction:
        cell.append(Paragraph(text(step.instruction), styles.cell))
    for label, values in (
        (tr("<i>Inputs:</i> {items}"), step.inputs),
        (tr("<i>Outputs:</i> {items}"), step.outputs),
        (tr("<i>Systems:</i> {items}"), step.systems),
    ):
        if values:
            cell.append(Paragraph(label.format(items=text(", ".join(values))), styles.cell))
    for sentence in step.sentences:
        cell.append(Paragraph(link_steps(text(sentence), count), styles.cell))
    return cell


def revisions_section(content: SopContent, styles: Styles, width: float) -> list[Flowable]:
    heads = (tr("Version"), tr("Date"), tr("Author"), tr("Status"), tr("Changes"))
    rows: list[list[object]] = [[Paragraph(text(h), styles.head) for h in heads]]
    lines = content.record.revisions if content.record else ()
    if not lines:
        lines = tuple(
            RevisionRow(r.version, r.date, r.author, "", r.summary) for r in content.revisions
        )
    for line in lines:
        cells = (line.version, line.date, line.author, line.status or "—", line.summary)
        rows.append([Paragraph(text(value), styles.cell) for value in cells])
    if not lines:
        process = content.process
        rows.append(
            [
                Paragraph(text(process.version), styles.cell),
                Paragraph(text(process.effective_date) or "—", styles.cell),
                Paragraph(text(process.owner) or "—", styles.cell),
                Paragraph("—", styles.cell),
                Paragraph(text(tr("No revision history recorded.")), styles.cell),
            ]
        )
    return [table(rows, [18 * mm, 22 * mm, 36 * mm, 22 * mm, width - 98 * mm])]
