"""A sketch pad for small diagrams: steps by key, in lanes, joined by flows, all via the Editor."""

from __future__ import annotations

from itertools import pairwise

from procdesk.model.editor import Editor
from procdesk.model.elements import Duration, Flow, FlowKind, Step, StepKind
from procdesk.model.geometry import Point, Rect
from procdesk.model.history import History
from procdesk.model.ids import new_id
from procdesk.model.workspace import Workspace

S, E, T = StepKind.START_EVENT, StepKind.END_EVENT, StepKind.TASK
XOR, AND = StepKind.EXCLUSIVE_GATEWAY, StepKind.PARALLEL_GATEWAY


class Sketch:
    """One process with one diagram and a pool with *lanes*; ``ids`` maps keys to element ids."""

    def __init__(self, lanes: tuple[str, ...] = ("A", "B"), pool: str = "Org") -> None:
        self.workspace = Workspace()
        self.editor = Editor(History(self.workspace))
        self.process = self.editor.add_process("Demo", with_pool=False)
        self.diagram = self.workspace.diagrams_of(self.process)[0].id
        self.pools: dict[str, str] = {}
        self.lanes: dict[str, str] = {}
        self.ids: dict[str, str] = {}
        self._column = 0
        self.add_pool(pool, lanes)

    def add_pool(self, name: str, lanes: tuple[str, ...]) -> str:
        top = 400.0 * len(self.pools)
        pool = self.editor.add_pool(
            self.diagram, name, Rect(0, top, 20000, 150 * max(1, len(lanes))), lanes
        )
        self.pools[name] = pool
        for lane in self.workspace.lanes_of(pool):
            self.lanes[lane.name] = lane.id
        return pool

    def step(
        self,
        key: str,
        kind: StepKind = T,
        lane: str | None = "A",
        name: str | None = None,
        *,
        pool: str | None = None,
        minutes: tuple[float, float, float] | float | None = None,
        **attributes: object,
    ) -> str:
        """Add a step named *key* (unless *name*) in *lane*; ``lane=None``: in a pool, no lane."""
        self._column += 1
        if isinstance(minutes, int | float):
            minutes = (minutes, minutes, minutes)
        if minutes is not None:
            attributes["duration"] = Duration(*minutes)
        label = key if name is None else name
        if lane is not None:
            lane_shape = self.workspace.get(self.lanes[lane])
            y = lane_shape.bounds.y + 75  # type: ignore[attr-defined]
            step_id = self.editor.add_step(
                self.diagram,
                kind,
                label,
                Point(100 * self._column, y),
                lane_id=self.lanes[lane],
                **attributes,
            )
        else:
            pool_id = self.pools[pool] if pool else next(iter(self.pools.values()))
            step = Step(
                id=new_id("Task"),
                diagram_id=self.diagram,
                name=label,
                kind=kind,
                parent_id=pool_id,
                bounds=Rect(100 * self._column, 0, 100, 80),
            )
            step_id = self.editor.add(step, **attributes)
        self.ids[key] = step_id
        return step_id

    def flow(self, source: str, target: str, key: str | None = None, **attributes: object) -> str:
        """Connect two steps (by key) as the rules allow."""
        flow_id = self.editor.connect(self.ids[source], self.ids[target], **attributes)
        if key:
            self.ids[key] = flow_id
        return flow_id

    def raw_flow(self, source: str, target: str, kind: FlowKind, key: str) -> str:
        """Add a flow the editing rules would refuse (as an import from another tool might)."""
        ids = {**self.ids, **self.pools}
        flow = Flow(
            id=new_id("Flow"),
            diagram_id=self.diagram,
            kind=kind,
            source_id=ids[source],
            target_id=ids[target],
        )
        self.ids[key] = self.editor.add(flow)
        return self.ids[key]

    def chain(self, *keys: str) -> None:
        """Connect the steps *keys* one after another."""
        for source, target in pairwise(keys):
            self.flow(source, target)


def line(*tasks: tuple[str, float], lane: str = "A") -> Sketch:
    """start → tasks (each with a fixed duration) → end, all in one lane."""
    sketch = Sketch()
    sketch.step("start", S, lane)
    for key, minutes in tasks:
        sketch.step(key, T, lane, minutes=minutes)
    sketch.step("end", E, lane)
    sketch.chain("start", *(key for key, _ in tasks), "end")
    return sketch


def sub_process_line(own: float | None = None) -> Sketch:
    """start → a (2) → sub → end; inside sub: s → x (10, cost 3) → y (5, cost 4) → e."""
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("a", minutes=2)
    extra = {"duration": Duration(own, own, own)} if own is not None else {}
    sub = sketch.step("sub", StepKind.SUB_PROCESS, expanded=True, **extra)
    sketch.step("end", E)
    sketch.chain("start", "a", "sub", "end")
    for key, kind, minutes, cost in (
        ("s", S, None, None),
        ("x", StepKind.TASK, 10, 3.0),
        ("y", StepKind.TASK, 5, 4.0),
        ("e", E, None, None),
    ):
        extra_fields: dict[str, object] = {"parent_id": sub}
        if cost is not None:
            extra_fields["cost"] = cost
        sketch.step(key, kind, minutes=minutes, **extra_fields)
    sketch.chain("s", "x", "y", "e")
    return sketch
