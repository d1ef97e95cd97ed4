# ruff: noqa: RUF001  (Greek and Cyrillic names are the point of these builders)
"""Builders of processes for the SOP tests, made through the Editor on an in-memory workspace."""

from __future__ import annotations

from dataclasses import dataclass, field

from procdesk.model.editor import Editor
from procdesk.model.elements import (
    Duration,
    EventDefinition,
    KpiDirection,
    Lane,
    LoopKind,
    Revision,
    Step,
    StepKind,
    WeakPointCategory,
)
from procdesk.model.geometry import Point
from procdesk.model.history import History
from procdesk.model.workspace import Workspace

SMALL_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="600" height="240"
 viewBox="0 0 600 240">
  <rect x="40" y="80" width="100" height="80" rx="10" fill="#fff" stroke="#222"/>
  <text x="90" y="125" font-family="Sans" font-size="12" text-anchor="middle">Zbadaj wniosek</text>
  <circle cx="300" cy="120" r="18" fill="none" stroke="#222"/>
  <text x="300" y="170" font-family="Sans" font-size="12" text-anchor="middle">Ωμέγα Привет</text>
  <path d="M140 120 L282 120" stroke="#222" fill="none"/>
</svg>""".encode()


def wide_svg(columns: int) -> bytes:
    """A long one-row diagram of *columns* labelled boxes, 150 units apart."""
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{columns * 150 + 40}" height="200">']
    for index in range(columns):
        x = 20 + index * 150
        parts.append(f'<rect x="{x}" y="60" width="100" height="80" fill="#fff" stroke="#222"/>')
        parts.append(
            f'<text x="{x + 50}" y="105" font-family="DejaVu Sans" font-size="12" '
            f'text-anchor="middle">Box {index + 1}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts).encode()


@dataclass
class Built:
    editor: Editor
    process: str
    diagram: str
    lanes: dict[str, str] = field(default_factory=dict)
    steps: dict[str, str] = field(default_factory=dict)

    @property
    def workspace(self) -> Workspace:
        return self.editor.workspace

    def number_of(self, key: str, numbers: dict[str, int]) -> int:
        return numbers[self.steps[key]]


def new_process(name: str, lanes: list[str], **fields: object) -> Built:
    editor = Editor(History(Workspace()))
    process = editor.add_process(name, with_pool=False, **fields)
    diagram = editor.workspace.diagrams_of(process)[0].id
    pool = editor.add_pool(diagram, name, lanes=lanes)
    built = Built(editor, process, diagram)
    for lane in editor.workspace.lanes_of(pool):
        built.lanes[lane.name] = lane.id
    return built


def _centre(built: Built, lane: str, column: int) -> Point:
    bounds = built.workspace.get(built.lanes[lane], Lane).bounds
    return Point(bounds.x + 80 + column * 150, bounds.center.y)


def add(
    built: Built, key: str, kind: StepKind, name: str, lane: str, column: int, **attributes: object
) -> str:
    step = built.editor.add_step(
        built.diagram, kind, name, _centre(built, lane, column), built.lanes[lane], **attributes
    )
    built.steps[key] = step
    return step


def linear(steps: int, lanes: tuple[str, ...] = ("Clerk", "Manager")) -> Built:
    """start → *steps* tasks alternating between lanes → end."""
    built = new_process(f"Linear {steps}", list(lanes), document_id=f"SOP-LIN-{steps}")
    previous = add(built, "start", StepKind.START_EVENT, "Request arrives", lanes[0], 0)
    for index in range(1, steps + 1):
        lane = lanes[(index // 3) % len(lanes)]
        current = add(
            built,
            f"t{index}",
            StepKind.USER_TASK,
            f"Task number {index}",
            lane,
            index,
            instruction=f"Do the work of task {index} carefully and record the result.",
            inputs=(f"Input {index}",),
            outputs=(f"Output {index}",),
            systems=("ERP",),
            duration=Duration(5, 10 + index % 7, 30),
        )
        built.editor.connect(previous, current)
        previous = current
    end = add(built, "end", StepKind.END_EVENT, "Request done", lanes[-1], steps + 1)
    built.editor.connect(previous, end)
    return built


def rich() -> Built:
    """A process with a decision, a loop back, a parallel split and join, a boundary timer,
    a looped task, non-Latin names, KPIs, weak points and revisions."""
    built = new_process(
        "Zażółć gęślą jaźń — Ωμέγα — Привет",
        ["Księgowość", "Διοίκηση", "Склад"],
        purpose="Pay suppliers on time.",
        scope="All invoices.",
        definitions="Faktura: an invoice.\nΣύμβαση: a contract.",
        owner="Łukasz Żółw",
        version="2.0",
        document_id="SOP-ΩΜ-7",
        effective_date="2026-02-01",
        review_date="2027-02-01",
        revisions=(Revision("1.0", "2025-01-01", "Jan Kowalski", "First issue"),),
    )
    s, e = add, built.editor
    s(
        built,
        "start",
        StepKind.START_EVENT,
        "Faktura otrzymana",
        "Księgowość",
        0,
        event_definition=EventDefinition.MESSAGE,
    )
    s(
        built,
        "check",
        StepKind.USER_TASK,
        "Sprawdź fakturę",
        "Księgowość",
        1,
        instruction="Compare with the order.",
        loop=LoopKind.SEQUENTIAL,
    )
    s(built, "ok", StepKind.EXCLUSIVE_GATEWAY, "Poprawna?", "Księgowość", 2)
    s(built, "fix", StepKind.USER_TASK, "Ζητήστε διόρθωση", "Διοίκηση", 2)
    s(built, "split", StepKind.PARALLEL_GATEWAY, "", "Księgowość", 3)
    s(built, "book", StepKind.SERVICE_TASK, "Провести счёт", "Склад", 4)
    s(built, "pay", StepKind.USER_TASK, "Zapłać", "Księgowość", 4)
    s(built, "join", StepKind.PARALLEL_GATEWAY, "", "Księgowość", 5)
    s(built, "end", StepKind.END_EVENT, "Opłacona ✓", "Księgowość", 6)
    pay = built.workspace.get(built.steps["pay"], Step)
    timer = e.add_step(
        built.diagram,
        StepKind.BOUNDARY_EVENT,
        "Termin minął",
        Point(pay.bounds.x + 50, pay.bounds.bottom),
        built.lanes["Księgowość"],
        attached_to=pay.id,
        event_definition=EventDefinition.TIMER,
    )
    built.steps["late"] = timer
    s(built, "remind", StepKind.SEND_TASK, "Wyślij przypomnienie", "Διοίκηση", 5)
    st = built.steps
    e.connect(st["start"], st["check"])
    e.connect(st["check"], st["ok"])
    e.connect(st["ok"], st["split"], name="tak", condition="the invoice is correct")
    e.connect(st["ok"], st["fix"], name="nie", is_default=True)
    e.connect(st["fix"], st["check"])
    e.connect(st["split"], st["book"])
    e.connect(st["split"], st["pay"])
    e.connect(st["book"], st["join"])
    e.connect(st["pay"], st["join"])
    e.connect(st["join"], st["end"])
    e.connect(st["late"], st["remind"])
    kpi = e.add_kpi(
        built.process,
        "Czas płatności",
        unit="d",
        target=14.0,
        direction=KpiDirection.LOWER_IS_BETTER,
    )
    for month, value in ((1, 20.0), (2, 17.5), (3, 12.0)):
        e.add_measurement(kpi, f"2026-0{month}-28", value)
    good = e.add_kpi(built.process, "Скидки получены", unit="%", target=50.0, step_id=st["pay"])
    e.add_measurement(good, "2026-03-28", 42.0)
    e.add_kpi(built.process, "Unmeasured indicator", target=1.0)
    e.add_weak_point(
        built.diagram,
        st["fix"],
        category=WeakPointCategory.REWORK,
        severity=4,
        description="Διορθώσεις καθυστερούν",
        root_cause="Brak szablonu",
        action="Wprowadzić szablon",
        owner="Zespół AP",
    )
    e.add_weak_point(
        built.diagram,
        None,
        category=WeakPointCategory.IT_GAP,
        severity=2,
        description="Ручной ввод данных",
        action="Автоматизировать",
    )
    return built
