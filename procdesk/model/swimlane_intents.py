"""The Editor's swimlane intents: pools, lanes and phases added, resized, moved, deleted.

A lane or phase gesture moves whatever stands in it and may tear flows apart, so each one
runs as a single Batch that ends by re-routing the flows it broke (one undo step).
"""

from __future__ import annotations

from collections.abc import Sequence

from procdesk.model import swimlanes
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import AddEntities, Batch, Command, CommandError
from procdesk.model.editor_core import EditorCore
from procdesk.model.elements import Diagram, Entity, Flow, Lane, Phase, Pool, Shape
from procdesk.model.geometry import Rect
from procdesk.model.ids import new_id
from procdesk.model.naming import with_name
from procdesk.model.sizes import DEFAULT_LANE_HEIGHT, DEFAULT_POOL_WIDTH
from procdesk.text import tr


class SwimlaneIntents(EditorCore):
    """Pools, lanes and phases, each gesture one undo step."""

    def add_pool(
        self,
        diagram_id: str,
        name: str,
        bounds: Rect | None = None,
        lanes: Sequence[str] = (),
        horizontal: bool = True,
    ) -> str:
        """Add a pool below the diagram's pools, split into *lanes* of equal height."""
        self.workspace.get(diagram_id, Diagram)
        if bounds is None:
            pools = self.workspace.elements_of(diagram_id, Pool)
            depth = DEFAULT_LANE_HEIGHT * max(1, len(lanes))
            if horizontal:
                top = max((p.bounds.bottom for p in pools), default=-40.0) + 40.0
                bounds = Rect(0, top, DEFAULT_POOL_WIDTH, depth)
            else:
                left = max((p.bounds.right for p in pools), default=-40.0) + 40.0
                bounds = Rect(left, 0, depth, DEFAULT_POOL_WIDTH)
        pool = Pool(
            id=new_id("Participant"),
            diagram_id=diagram_id,
            name=name,
            bounds=bounds,
            horizontal=horizontal,
        )
        entities: list[Entity] = [pool]
        body = swimlanes.lane_body(self.workspace, pool)
        start, length = swimlanes.span(body, horizontal)
        size = length / max(1, len(lanes))
        for index, lane_name in enumerate(lanes):
            entities.append(
                Lane(
                    id=new_id("Lane"),
                    diagram_id=diagram_id,
                    parent_id=pool.id,
                    name=lane_name,
                    order=index,
                    horizontal=horizontal,
                    bounds=swimlanes.with_span(body, start + index * size, size, horizontal),
                )
            )
        self.run(
            AddEntities(tuple(entities), with_name(tr("Add pool {name}"), tr("Add pool"), name))
        )
        return pool.id

    def add_lane(self, parent_id: str, name: str, index: int | None = None) -> str:
        """Insert a lane into a pool or lane at *index* (default: last); the pool grows."""
        parent = self.workspace.get(parent_id, Shape)
        if not isinstance(parent, Pool | Lane):
            raise CommandError(tr("lanes go into a pool or another lane"))
        lane = Lane(
            id=new_id("Lane"),
            diagram_id=parent.diagram_id,
            parent_id=parent_id,
            name=name,
            horizontal=swimlanes.pool_is_horizontal(self.workspace, parent),
            bounds=parent.bounds,
        )
        at = len(self.workspace.lanes_of(parent_id)) if index is None else index
        commands = swimlanes.insert_lane(self.workspace, lane, at, DEFAULT_LANE_HEIGHT)
        label = with_name(tr("Add lane {name}"), tr("Add lane"), name)
        self._swimlane_gesture(commands, label, parent.diagram_id)
        return lane.id

    def remove_lane(self, lane_id: str) -> ChangeSet:
        """Delete a lane with its contents; later lanes close the gap and the pool shrinks."""
        lane = self.workspace.get(lane_id, Lane)
        commands = swimlanes.remove_lane(self.workspace, lane_id)
        label = with_name(tr("Delete lane {name}"), tr("Delete lane"), lane.name)
        return self._swimlane_gesture(commands, label, lane.diagram_id)

    def resize_lane(self, lane_id: str, size: float) -> ChangeSet:
        """Make a lane taller (or wider, in a vertical pool); its neighbours follow."""
        lane = self.workspace.get(lane_id, Lane)
        commands = swimlanes.resize_lane(self.workspace, lane_id, size)
        label = with_name(tr("Resize lane {name}"), tr("Resize lane"), lane.name)
        return self._swimlane_gesture(commands, label, lane.diagram_id)

    def move_lane(self, lane_id: str, index: int) -> ChangeSet:
        """Move a lane, with everything in it, to position *index* among its siblings."""
        lane = self.workspace.get(lane_id, Lane)
        commands = swimlanes.move_stacked(self.workspace, lane_id, index)
        label = with_name(tr("Move lane {name}"), tr("Move lane"), lane.name)
        return self._swimlane_gesture(commands, label, lane.diagram_id)

    def add_phase(
        self, pool_id: str, name: str, index: int | None = None, size: float = 300.0
    ) -> str:
        """Add a phase (a stage running across all lanes) at *index* (default: last)."""
        pool = self.workspace.get(pool_id, Pool)
        phase = Phase(
            id=new_id("Phase"),
            diagram_id=pool.diagram_id,
            parent_id=pool_id,
            name=name,
            bounds=pool.bounds,
        )
        at = len(self.workspace.phases_of(pool_id)) if index is None else index
        commands = swimlanes.insert_phase(self.workspace, phase, at, size)
        label = with_name(tr("Add phase {name}"), tr("Add phase"), name)
        self._swimlane_gesture(commands, label, pool.diagram_id)
        return phase.id

    def resize_phase(self, phase_id: str, size: float) -> ChangeSet:
        phase = self.workspace.get(phase_id, Phase)
        commands = swimlanes.resize_phase(self.workspace, phase_id, size)
        label = with_name(tr("Resize phase {name}"), tr("Resize phase"), phase.name)
        return self._swimlane_gesture(commands, label, phase.diagram_id)

    def move_phase(self, phase_id: str, index: int) -> ChangeSet:
        """Move a phase, with the steps standing in it, to position *index*."""
        phase = self.workspace.get(phase_id, Phase)
        commands = swimlanes.move_stacked(self.workspace, phase_id, index)
        label = with_name(tr("Move phase {name}"), tr("Move phase"), phase.name)
        return self._swimlane_gesture(commands, label, phase.diagram_id)

    def _swimlane_gesture(
        self, commands: Sequence[Command], label: str, diagram_id: str
    ) -> ChangeSet:
        """Run a lane or phase gesture as one edit, then mend flows the gesture tore."""
        flows = tuple(f.id for f in self.workspace.elements_of(diagram_id, Flow))
        batch = Batch((*commands, swimlanes.Reroute(flows, only_broken=True)), label)
        return self.run(batch)
