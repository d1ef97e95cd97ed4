"""The Editor: intents in the user's words ("add a task here", "connect these"), as commands.

The canvas, the panels, the CLI and the sample builder all edit through this facade, so every
edit takes the same road (command → History → store → one change event).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence

from procdesk.model import swimlanes
from procdesk.model.arrange import (
    Alignment,
    align_offsets,
    alignment_word,
    distribute_offsets,
)
from procdesk.model.changes import ChangeSet
from procdesk.model.clipboard import Clip, copy_selection, paste_entities
from procdesk.model.commands import (
    AddEntities,
    Batch,
    Command,
    CommandError,
    MoveShapes,
    RemoveEntities,
    ReplaceEntities,
    ResizeShape,
    SetLane,
    UpdateEntities,
)
from procdesk.model.elements import (
    Diagram,
    DiagramElement,
    Entity,
    Flow,
    FlowKind,
    Kpi,
    KpiMeasurement,
    Lane,
    Phase,
    Pool,
    Process,
    Shape,
    Step,
    StepKind,
    WeakPoint,
)
from procdesk.model.geometry import Point, Rect
from procdesk.model.history import History
from procdesk.model.ids import new_id
from procdesk.model.layout import layout_diagram
from procdesk.model.naming import describe, noun, with_name
from procdesk.model.routing import label_near_start, route_between
from procdesk.model.rules import can_connect
from procdesk.model.sizes import (
    DEFAULT_LANE_HEIGHT,
    DEFAULT_POOL_WIDTH,
    POOL_HEADER,
    step_size,
)
from procdesk.model.workspace import Workspace
from procdesk.text import tr


def _step_prefix(kind: StepKind) -> str:
    if kind.is_event:
        return "Event"
    if kind.is_gateway:
        return "Gateway"
    if kind.is_sub_process:
        return "SubProcess"
    if kind == StepKind.CALL_ACTIVITY:
        return "CallActivity"
    return "Task"


class Editor:
    """Editing intents over one History. Each public method is one undo step."""

    def __init__(self, history: History) -> None:
        self.history = history

    @property
    def workspace(self) -> Workspace:
        return self.history.workspace

    def run(self, command: Command) -> ChangeSet:
        return self.history.execute(command)

    # processes and diagrams --------------------------------------------------------------------
    def add_process(self, name: str, *, with_pool: bool = True, **fields: object) -> str:
        """Create a process with an empty as-is diagram (holding one pool with one lane)."""
        name = name.strip()
        if not name:
            raise CommandError(tr("a process needs a name"))
        order = max((p.order for p in self.workspace.processes()), default=-1) + 1
        process = Process(id=new_id("Process"), name=name, order=order)
        try:
            process = dataclasses.replace(process, **fields)  # type: ignore[arg-type]
        except (TypeError, ValueError) as error:
            raise CommandError(str(error)) from error
        diagram = Diagram(
            id=new_id("Diagram"), process_id=process.id, name=tr("As-is", "diagram name")
        )
        entities: list[Entity] = [process, diagram]
        if with_pool:
            pool = Pool(
                id=new_id("Participant"),
                diagram_id=diagram.id,
                name=name,
                bounds=Rect(0, 0, DEFAULT_POOL_WIDTH, DEFAULT_LANE_HEIGHT),
            )
            lane = Lane(
                id=new_id("Lane"),
                diagram_id=diagram.id,
                parent_id=pool.id,
                name="",
                bounds=Rect(POOL_HEADER, 0, DEFAULT_POOL_WIDTH - POOL_HEADER, DEFAULT_LANE_HEIGHT),
            )
            entities += [pool, lane]
        self.run(AddEntities(tuple(entities), tr("New process {name}").format(name=name)))
        return process.id

    def add_diagram(self, process_id: str, name: str, variant: str = "as-is") -> str:
        self.workspace.get(process_id, Process)
        order = max((d.order for d in self.workspace.diagrams_of(process_id)), default=-1) + 1
        diagram = Diagram(
            id=new_id("Diagram"), process_id=process_id, name=name, variant=variant, order=order
        )
        label = with_name(tr("New diagram {name}"), tr("New diagram"), name)
        self.run(AddEntities((diagram,), label))
        return diagram.id

    def create_variant(
        self, diagram_id: str, name: str | None = None, variant: str = "to-be"
    ) -> str:
        """Copy a diagram as a new variant (named "To-be" unless *name* is given); each copy
        remembers the element it came from."""
        source = self.workspace.get(diagram_id, Diagram)
        if name is None:
            name = tr("To-be", "diagram name")
        order = max((d.order for d in self.workspace.diagrams_of(source.process_id)), default=0)
        copy = Diagram(
            id=new_id("Diagram"),
            process_id=source.process_id,
            name=name,
            variant=variant,
            origin_diagram_id=source.id,
            documentation=source.documentation,
            order=order + 1,
        )
        elements = self.workspace.in_scope(diagram_id)
        fresh = {e.id: new_id(e.id.split("_")[0] or "Element") for e in elements}
        fresh[diagram_id] = copy.id
        copies: list[Entity] = [copy]
        for element in elements:
            copies.append(_remap(element, fresh))
        label = tr("Create {name} from {source}").format(name=name, source=source.name)
        self.run(AddEntities(tuple(copies), label))
        return copy.id

    # shapes ------------------------------------------------------------------------------------
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

    def add_step(
        self,
        diagram_id: str,
        kind: StepKind,
        name: str = "",
        center: Point | None = None,
        lane_id: str | None = None,
        **attributes: object,
    ) -> str:
        """Add a task, event, gateway or sub-process centred at *center* in *lane_id*."""
        self.workspace.get(diagram_id, Diagram)
        try:
            kind = StepKind(kind)
        except ValueError as error:
            message = tr("{kind} is not a kind of step").format(kind=repr(kind))
            raise CommandError(message) from error
        center = center or Point(0, 0)
        if lane_id is None:
            lane_id = self.lane_at(diagram_id, center)
        parent_id = attributes.pop("parent_id", None)
        if parent_id is None and lane_id is not None:
            pool = self.workspace.pool_of(lane_id)
            parent_id = pool.id if pool else None
        w, h = step_size(kind, bool(attributes.get("expanded", False)))
        step = Step(
            id=new_id(_step_prefix(kind)),
            diagram_id=diagram_id,
            name=name,
            kind=kind,
            lane_id=lane_id,
            parent_id=parent_id if isinstance(parent_id, str) else None,
            bounds=Rect(center.x - w / 2, center.y - h / 2, w, h),
        )
        return self.add(step, **attributes)

    def add(self, entity: Entity, **attributes: object) -> str:
        """Add any prepared entity (with *attributes* applied), as one undo step."""
        try:
            entity = dataclasses.replace(entity, **attributes)  # type: ignore[arg-type]
        except (TypeError, ValueError) as error:
            raise CommandError(str(error)) from error
        name = str(getattr(entity, "name", ""))
        if name:
            label = tr("Add {what} {name}").format(what=noun(entity), name=name)
        else:
            label = tr("Add {what}").format(what=noun(entity))
        self.run(AddEntities((entity,), label))
        return entity.id

    def lane_at(self, diagram_id: str, point: Point) -> str | None:
        """The innermost lane under *point*, if any."""
        lanes = [
            lane
            for lane in self.workspace.elements_of(diagram_id, Lane)
            if lane.bounds.contains(point)
        ]
        if not lanes:
            return None
        return min(lanes, key=lambda lane: lane.bounds.w * lane.bounds.h).id

    # flows -------------------------------------------------------------------------------------
    def connect(
        self,
        source_id: str,
        target_id: str,
        kind: FlowKind | None = None,
        name: str = "",
        **attributes: object,
    ) -> str:
        """Join two elements with the flow the rules allow; CommandError says why not."""
        verdict = can_connect(self.workspace, source_id, target_id, kind)
        if not verdict.allowed or verdict.kind is None:
            raise CommandError(verdict.reason)
        source = self.workspace.get(source_id, Shape)
        target = self.workspace.get(target_id, Shape)
        points = route_between(source, target)
        flow = Flow(
            id=new_id("Flow"),
            diagram_id=source.diagram_id,
            kind=verdict.kind,
            name=name,
            source_id=source_id,
            target_id=target_id,
            waypoints=points,
            label=label_near_start(points, name),
        )
        return self.add(flow, **attributes)

    # changing ----------------------------------------------------------------------------------
    def update(
        self,
        ids: Iterable[str],
        undo_label: str = "",
        merge_key: str | None = None,
        **values: object,
    ) -> ChangeSet:
        """Set fields on one or more entities (typing in a field merges via *merge_key*).

        The undo text is ``undo_label``: ``label`` is a field (a label's bounds) of shapes and
        flows, and goes into *values* like any other field.
        """
        return self.set_fields(ids, values, undo_label, merge_key)

    def set_fields(
        self,
        ids: Iterable[str],
        values: Mapping[str, object],
        label: str = "",
        merge_key: str | None = None,
    ) -> ChangeSet:
        """``update`` for callers that hold the new values in a mapping (forms, tables)."""
        id_tuple = tuple(ids)
        if not label:
            named = [self.workspace.get(i) for i in id_tuple]
            field_names = ", ".join(sorted(values))
            label = tr("Edit {fields} of {what}").format(fields=field_names, what=describe(named))
        return self.run(UpdateEntities(id_tuple, dict(values), label, merge_key))

    def rename(self, entity_id: str, name: str) -> ChangeSet:
        entity = self.workspace.get(entity_id)
        return self.update(
            (entity_id,),
            tr("Rename {what}").format(what=noun(entity)),
            merge_key=f"rename:{entity_id}",
            name=name,
        )

    def move(self, ids: Iterable[str], dx: float, dy: float) -> ChangeSet:
        return self.run(MoveShapes(tuple(ids), dx, dy))

    def nudge(self, ids: Iterable[str], dx: float, dy: float) -> ChangeSet:
        """Move by a small step; consecutive nudges of the same selection are one undo step."""
        id_tuple = tuple(ids)
        key = "nudge:" + ",".join(sorted(id_tuple))
        return self.run(MoveShapes(id_tuple, dx, dy, merge_key=key))

    def resize(self, shape_id: str, bounds: Rect) -> ChangeSet:
        return self.run(ResizeShape(shape_id, bounds))

    def set_lane(self, ids: Iterable[str], lane_id: str | None) -> ChangeSet:
        return self.run(SetLane(tuple(ids), lane_id))

    def delete(self, ids: Iterable[str]) -> ChangeSet:
        return self.run(RemoveEntities(tuple(ids)))

    # clipboard and layout ----------------------------------------------------------------------
    def paste(self, clip: Clip, diagram_id: str, at: Point | None = None) -> list[str]:
        """Paste a Clip into a diagram (of this or another process); returns the new ids."""
        self.workspace.get(diagram_id, Diagram)
        entities = paste_entities(self.workspace, clip, diagram_id, at)
        if not entities:
            return []
        shown = [e for e in entities if isinstance(e, Shape)] or entities
        self.run(AddEntities(tuple(entities), tr("Paste {what}").format(what=describe(shown))))
        return [e.id for e in entities]

    def duplicate(self, ids: Iterable[str]) -> list[str]:
        """Copy and paste in one go, slightly offset."""
        clip = copy_selection(self.workspace, ids)
        return self.paste(clip, clip.source_diagram_id) if not clip.is_empty else []

    def auto_layout(self, diagram_id: str) -> ChangeSet:
        """Lay the whole diagram out left to right, lane by lane (one undo step)."""
        self.workspace.get(diagram_id, Diagram)
        laid_out = layout_diagram(self.workspace, diagram_id)
        return self.run(ReplaceEntities(tuple(laid_out), tr("Auto-layout")))

    def align(self, ids: Iterable[str], how: Alignment) -> ChangeSet:
        """Line the selected shapes up (left, center, right, top, middle, bottom)."""
        shapes = self._shapes(ids)
        offsets = align_offsets(shapes, Alignment(how))
        direction = alignment_word(Alignment(how))
        label = tr("Align {what} {direction}").format(what=describe(shapes), direction=direction)
        return self._move_each(offsets, label)

    def distribute(self, ids: Iterable[str], horizontally: bool = True) -> ChangeSet:
        """Space the selected shapes evenly between the outermost two."""
        shapes = self._shapes(ids)
        offsets = distribute_offsets(shapes, horizontally)
        return self._move_each(offsets, tr("Distribute {what}").format(what=describe(shapes)))

    def _shapes(self, ids: Iterable[str]) -> list[Shape]:
        shapes = [self.workspace.find(i) for i in ids]
        return [s for s in shapes if isinstance(s, Shape) and not isinstance(s, Lane | Phase)]

    def _move_each(self, offsets: Mapping[str, tuple[float, float]], label: str) -> ChangeSet:
        moves = tuple(MoveShapes((i,), dx, dy) for i, (dx, dy) in offsets.items())
        return self.run(Batch(moves, label))

    # weak points and KPIs ----------------------------------------------------------------------
    def add_weak_point(self, diagram_id: str, target_id: str | None, **fields: object) -> str:
        point = WeakPoint(id=new_id("WeakPoint"), diagram_id=diagram_id, target_id=target_id)
        return self.add(point, **fields)

    def add_kpi(self, process_id: str, name: str, **fields: object) -> str:
        return self.add(Kpi(id=new_id("Kpi"), process_id=process_id, name=name), **fields)

    def add_measurement(self, kpi_id: str, date: str, value: float, note: str = "") -> str:
        measurement = KpiMeasurement(
            id=new_id("Measurement"), kpi_id=kpi_id, date=date, value=value, note=note
        )
        return self.add(measurement)


def _remap(element: Entity, fresh: dict[str, str]) -> Entity:
    """Copy *element* with new ids for itself and everything it refers to inside the copy."""
    changes: dict[str, object] = {"id": fresh[element.id]}
    for name in (
        "diagram_id",
        "parent_id",
        "lane_id",
        "attached_to",
        "source_id",
        "target_id",
    ):
        value = getattr(element, name, None)
        if isinstance(value, str) and value in fresh:
            changes[name] = fresh[value]
    if isinstance(element, DiagramElement):
        changes["origin_id"] = element.id
    return dataclasses.replace(element, **changes)  # type: ignore[arg-type]
