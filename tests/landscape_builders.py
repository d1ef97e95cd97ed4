"""An organisation for landscape tests: several small processes drawn through the Editor, each
with its own pool, partners as black-box pools, steps in a row and data shapes."""

from __future__ import annotations

from dataclasses import dataclass, field

from procdesk.model.editor import Editor
from procdesk.model.elements import DataObject, DataStore, StepKind
from procdesk.model.geometry import Point, Rect
from procdesk.model.history import History
from procdesk.model.ids import new_id
from procdesk.model.workspace import Workspace


@dataclass
class Drawing:
    """One process of an Organisation: its diagram, its own pool and lane, what is drawn."""

    editor: Editor
    process: str
    diagram: str
    pool: str
    lane: str
    ids: dict[str, str] = field(default_factory=dict)
    _column: int = 0
    _partners: int = 0

    def _next_x(self) -> float:
        self._column += 1
        return 60.0 + 120.0 * self._column

    def step(self, kind: StepKind, name: str, key: str | None = None, **fields: object) -> str:
        """A step in the process's own lane, right of the previous one."""
        point = Point(self._next_x(), 75.0)
        step_id = self.editor.add_step(self.diagram, kind, name, point, self.lane, **fields)
        self.ids[key or name] = step_id
        return step_id

    def partner(self, name: str, **fields: object) -> str:
        """A black-box pool (nothing drawn inside) below the process's own pool."""
        self._partners += 1
        bounds = Rect(0, 150.0 + 120.0 * self._partners, 3000, 80)
        pool = self.editor.add_pool(self.diagram, name, bounds)
        if fields:
            self.editor.update((pool,), **fields)
        self.ids[name] = pool
        return pool

    def data(self, name: str, store: bool = True) -> str:
        """A data store (or data object) of *name* in the process's own lane."""
        kind = DataStore if store else DataObject
        shape = kind(
            id=new_id("Data"),
            diagram_id=self.diagram,
            name=name,
            bounds=Rect(self._next_x() - 25, 50, 50, 50),
            lane_id=self.lane,
            parent_id=self.pool,
        )
        self.ids[name] = self.editor.add(shape)
        return shape.id

    def connect(self, source: str, target: str, name: str = "") -> str:
        """A flow between two things by their key (the kind the rules pick)."""
        return self.editor.connect(self.ids[source], self.ids[target], name=name)


@dataclass
class Organisation:
    """Processes of one workspace, drawn one after the other."""

    editor: Editor = field(default_factory=lambda: Editor(History(Workspace())))
    drawings: dict[str, Drawing] = field(default_factory=dict)

    @property
    def workspace(self) -> Workspace:
        return self.editor.workspace

    def process(self, name: str, pool: str | None = None) -> Drawing:
        """A process named *name* whose as-is holds its own pool (named *pool* or like it)."""
        process = self.editor.add_process(name, with_pool=False)
        diagram = self.workspace.diagrams_of(process)[0].id
        pool_id = self.editor.add_pool(diagram, pool or name, Rect(0, 0, 3000, 150), ["Staff"])
        lane = self.workspace.lanes_of(pool_id)[0].id
        drawing = Drawing(self.editor, process, diagram, pool_id, lane)
        self.drawings[name] = drawing
        return drawing

    def id(self, name: str) -> str:
        return self.drawings[name].process
