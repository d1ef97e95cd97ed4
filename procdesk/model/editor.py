"""The Editor: intents in the user's words ("add a task here", "connect these"), as commands.

The canvas, the panels, the CLI and the sample builder all edit through this facade, so every
edit takes the same road (command → History → store → one change event). The intents come in
groups: processes and diagrams (``process_intents``), pools, lanes and phases
(``swimlane_intents``), the process landscape (``landscape_intents``), and here shapes, flows,
edits, clipboard, arrangement and annotations.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

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
    CommandError,
    RemoveEntities,
    ReplaceEntities,
    UpdateEntities,
)
from procdesk.model.compliance_intents import ComplianceIntents
from procdesk.model.elements import (
    Diagram,
    Entity,
    Flow,
    FlowKind,
    Kpi,
    KpiMeasurement,
    Lane,
    Phase,
    Shape,
    Step,
    StepKind,
    WeakPoint,
)
from procdesk.model.geometry import Point, Rect
from procdesk.model.ids import new_id
from procdesk.model.landscape_intents import LandscapeIntents
from procdesk.model.layout import layout_diagram
from procdesk.model.maturity_intents import MaturityIntents
from procdesk.model.measurement_intents import MeasurementIntents
from procdesk.model.naming import describe, noun
from procdesk.model.portfolio_intents import PortfolioIntents
from procdesk.model.process_intents import ProcessIntents
from procdesk.model.raci_intents import RaciIntents
from procdesk.model.root_cause_intents import RootCauseIntents
from procdesk.model.routing import label_near_start, route_between
from procdesk.model.rules import can_connect
from procdesk.model.shape_commands import MoveShapes, ResizeShape, SetLane
from procdesk.model.sizes import (
    step_size,
)
from procdesk.model.swimlane_intents import SwimlaneIntents
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


class Editor(
    ProcessIntents,
    SwimlaneIntents,
    MaturityIntents,  # before PortfolioIntents: a maturity gap becomes an initiative
    PortfolioIntents,
    RaciIntents,
    RootCauseIntents,
    LandscapeIntents,
    ComplianceIntents,
    MeasurementIntents,
):
    """Editing intents over one History. Each public method is one undo step."""

    # shapes ------------------------------------------------------------------------------------
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
