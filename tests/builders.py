"""Builders for tests: small, real workspaces made through the Editor (no mocks)."""

from __future__ import annotations

from dataclasses import dataclass, field

from procdesk.model.changes import ChangeSet
from procdesk.model.editor import Editor
from procdesk.model.elements import Pool, StepKind
from procdesk.model.geometry import Point
from procdesk.model.history import History
from procdesk.model.workspace import Workspace


@dataclass
class Drawn:
    """A process with one diagram: a pool with two lanes and start → task → gateway → end."""

    editor: Editor
    process: str
    diagram: str
    pool: str
    lanes: list[str]
    steps: dict[str, str]
    flows: list[str] = field(default_factory=list)

    @property
    def workspace(self) -> Workspace:
        return self.editor.workspace

    @property
    def history(self) -> History:
        return self.editor.history


def draw_simple(editor: Editor | None = None) -> Drawn:
    editor = editor or Editor(History(Workspace()))
    process = editor.add_process("Order handling", with_pool=False)
    diagram = editor.workspace.diagrams_of(process)[0].id
    pool = editor.add_pool(diagram, "Shop", lanes=["Sales", "Warehouse"])
    lanes = [lane.id for lane in editor.workspace.lanes_of(pool)]
    y0 = editor.workspace.get(lanes[0]).bounds.center.y  # type: ignore[attr-defined]
    y1 = editor.workspace.get(lanes[1]).bounds.center.y  # type: ignore[attr-defined]
    steps = {
        "start": editor.add_step(diagram, StepKind.START_EVENT, "Order in", Point(100, y0)),
        "check": editor.add_step(diagram, StepKind.USER_TASK, "Check order", Point(250, y0)),
        "ok": editor.add_step(diagram, StepKind.EXCLUSIVE_GATEWAY, "OK?", Point(400, y0)),
        "ship": editor.add_step(diagram, StepKind.MANUAL_TASK, "Ship goods", Point(550, y1)),
        "end": editor.add_step(diagram, StepKind.END_EVENT, "Shipped", Point(700, y1)),
        "stop": editor.add_step(diagram, StepKind.END_EVENT, "Declined", Point(550, y0)),
    }
    drawn = Drawn(editor, process, diagram, pool, lanes, steps)
    for a, b in (("start", "check"), ("check", "ok"), ("ok", "ship"), ("ship", "end")):
        drawn.flows.append(editor.connect(steps[a], steps[b]))
    drawn.flows.append(editor.connect(steps["ok"], steps["stop"], name="No"))
    assert isinstance(editor.workspace.get(pool), Pool)
    return drawn


def snapshot(workspace: Workspace) -> dict[str, object]:
    """Every entity by id: compare two of these to compare whole workspaces."""
    return {entity.id: entity for entity in workspace}


def changed_ids(changeset: ChangeSet) -> set[str]:
    return changeset.ids()
