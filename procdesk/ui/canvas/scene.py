"""DiagramScene: the items of one diagram, kept in step with the model by ChangeSets.

The scene is built once from the workspace and afterwards only *applies* ChangeSets:
added elements get an item, removed ones lose it, updated ones get their new value. It never
writes the model; gestures go through the Editor and come back here as a ChangeSet.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from procdesk.analysis.compliance_marks import ComplianceMark, compliance_marks
from procdesk.analysis.marks import KpiMark, WeakMark, kpi_marks, weak_marks
from procdesk.gc_pause import cyclic_gc_paused
from procdesk.model.changes import ChangeSet
from procdesk.model.compliance import Control, ControlRisk, ControlStep, Risk
from procdesk.model.elements import (
    Diagram,
    DiagramElement,
    Flow,
    Kpi,
    KpiMeasurement,
    Shape,
    Step,
    WeakPoint,
)
from procdesk.model.workspace import Workspace
from procdesk.ui.canvas.connections import flow_points, starts_at_activity
from procdesk.ui.canvas.items import FlowItem, ShapeItem
from procdesk.ui.canvas.labels import DiagramLabels, anchor_shift

ElementItem = ShapeItem | FlowItem
MARKED = (WeakPoint, Kpi, KpiMeasurement, Risk, Control, ControlStep, ControlRisk)
"""Entities that change what items are marked with, not what they are."""


class DiagramScene(QGraphicsScene):
    """Items for the elements of ``diagram_id`` in ``workspace``, by element id."""

    diagram_changed = Signal()
    """Emitted after a ChangeSet touched this diagram (items were added, removed or updated)."""
    marks_changed = Signal()
    """Emitted after the open weak points or off-target KPIs were read again."""

    def __init__(self, workspace: Workspace, diagram_id: str | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.diagram_id: str | None = None
        self.items_by_id: dict[str, ElementItem] = {}
        self.labels = DiagramLabels()
        """Where the external labels go: placed again, near what changed, after each change."""
        self.heat = False
        """Whether elements glow by their open weak points (the heat overlay)."""
        self.weak: dict[str, WeakMark] = {}
        """Open weak points by target element id (the diagram's own under ``DIAGRAM``)."""
        self.kpis: dict[str, list[KpiMark]] = {}
        """Off-target KPIs by step id."""
        self.risk_heat = False
        """Whether elements glow by their worst residual risk (the risk heat overlay)."""
        self.audit: dict[str, ComplianceMark] = {}
        """Risks and controls by step or flow id."""
        self.setSceneRect(QRectF(-2000, -2000, 6000, 4000))
        if diagram_id is not None:
            self.show_diagram(diagram_id)

    # building ----------------------------------------------------------------------------------
    def show_diagram(self, diagram_id: str | None) -> None:
        """Replace the scene's contents with the items of *diagram_id* (None: empty)."""
        self.clear()
        self.items_by_id = {}
        self.labels = DiagramLabels()
        self.weak, self.kpis, self.audit = {}, {}, {}
        self.diagram_id = diagram_id
        if diagram_id is None or diagram_id not in self.workspace:
            self.diagram_id = None
            self.marks_changed.emit()
            return
        with cyclic_gc_paused():  # thousands of items, none of them garbage
            elements = self.workspace.elements_of(diagram_id)
            routes = {e.id: flow_points(self.workspace, e) for e in elements if isinstance(e, Flow)}
            for element in elements:  # labels first, so each item starts with its own
                self._feed(element, routes.get(element.id, []))
            self.labels.settle()
            for element in elements:
                self._add(element, routes.get(element.id, []))
            self.refresh_marks()
            self.fit_scene_rect(self._extent())

    def _extent(self) -> QRectF:
        """What ``itemsBoundingRect()`` says of the diagram's items, united here from the
        rectangles the items keep: asking Qt costs a call back into Python per item."""
        extent = QRectF()
        for item in self.items_by_id.values():
            extent = extent.united(item.scene_extent())
        return extent

    def item(self, element_id: str) -> ElementItem | None:
        return self.items_by_id.get(element_id)

    def selected_ids(self) -> list[str]:
        """Ids of the selected elements, in scene order."""
        return [
            item.element_id
            for item in self.selectedItems()
            if isinstance(item, ShapeItem | FlowItem)
        ]

    def select_ids(self, ids: list[str] | set[str]) -> None:
        self.clearSelection()
        for element_id in ids:
            item = self.items_by_id.get(element_id)
            if item is not None:
                item.setSelected(True)

    def fit_scene_rect(self, around: QRectF | None = None) -> None:
        """Let the scene reach well beyond its contents (or beyond *around*, the part that just
        changed: cheaper than measuring every item after each edit), so there is room to pan."""
        rect = self.itemsBoundingRect() if around is None else around
        if rect.isNull():
            rect = QRectF(0, 0, 800, 600)
        wanted = self.sceneRect().united(rect.adjusted(-1500, -1000, 1500, 1000))
        if wanted != self.sceneRect():
            self.setSceneRect(wanted)

    # applying changes --------------------------------------------------------------------------
    def apply(self, changeset: ChangeSet) -> None:
        """Bring the items in line with *changeset*, touching only what it changed."""
        if self.diagram_id is None:
            return
        touched = False
        changed_area = QRectF()
        moved_nodes: list[str] = []
        marks_changed = False
        for change in changeset.changes:
            entity = change.entity
            if isinstance(entity, MARKED):
                marks_changed = True
                continue
            if isinstance(entity, Diagram) and entity.id == self.diagram_id and change.is_removed:
                self.show_diagram(None)
                self.diagram_changed.emit()
                return
            if not isinstance(entity, DiagramElement) or entity.diagram_id != self.diagram_id:
                continue
            touched = True
            if change.after is None:
                self._remove(entity.id)
            elif change.before is None or entity.id not in self.items_by_id:
                self._add(change.after)
                marks_changed = True
            else:
                self._update(change.after)
                if isinstance(change.after, Step):
                    moved_nodes.append(entity.id)
            item = self.items_by_id.get(entity.id)
            if item is not None:
                changed_area = changed_area.united(item.sceneBoundingRect())
        for node_id in moved_nodes:
            for flow in self.workspace.flows_at(node_id):
                self._update(flow)
        changed_area = changed_area.united(self._place_labels())
        if marks_changed:
            self.refresh_marks()
        if touched:
            self.fit_scene_rect(changed_area)
            self.diagram_changed.emit()

    def preview(self, changeset: ChangeSet) -> None:
        """Show *changeset*'s after values on the items without touching the model (drags).
        Labels travel with their elements; they are placed again once the change is made."""
        for change in changeset.changes:
            if change.after is not None and change.before is not None:
                self._update(change.after, place=False)

    def restore(self, ids: set[str] | list[str]) -> None:
        """Show the model's values again for *ids* (after a preview was abandoned)."""
        for element_id in ids:
            entity = self.workspace.find(element_id)
            if entity is not None:
                self._update(entity)
        self._place_labels()
        for element_id in ids:
            item = self.items_by_id.get(element_id)
            if item is not None:
                item.set_label(self.labels.scene_rect(element_id))

    def refresh_marks(self) -> None:
        """Read the open weak points and off-target KPIs again; re-mark the items that changed."""
        if self.diagram_id is None:
            return
        diagram = self.workspace.find(self.diagram_id)
        weak = weak_marks(self.workspace, self.diagram_id)
        kpis = kpi_marks(self.workspace, diagram.process_id) if isinstance(diagram, Diagram) else {}
        for element_id in {*self.weak, *self.kpis, *weak, *kpis}:
            item = self.items_by_id.get(element_id)
            if item is not None:
                item.set_marks(weak.get(element_id), tuple(kpis.get(element_id, ())))
        audit = compliance_marks(self.workspace, self.diagram_id)
        for element_id in {*self.audit, *audit}:
            item = self.items_by_id.get(element_id)
            if item is not None:
                item.set_audit(audit.get(element_id))
        self.weak, self.kpis, self.audit = weak, kpis, audit
        self.marks_changed.emit()

    def set_heat(self, on: bool) -> None:
        """Turn the heat overlay on or off (a way of drawing; the model is not touched)."""
        self.heat = on
        for item in self.items_by_id.values():
            item.set_heat(on)

    def set_risk_heat(self, on: bool) -> None:
        """Turn the risk heat overlay on or off (residual risk; the model is not touched)."""
        self.risk_heat = on
        for item in self.items_by_id.values():
            item.set_risk_heat(on)

    def _place_labels(self) -> QRectF:
        """Show the labels the layout moved since the last call where it put them now; the
        area they cover."""
        area = QRectF()
        for element_id in self.labels.settle():
            item = self.items_by_id.get(element_id)
            if item is not None:
                item.set_label(self.labels.scene_rect(element_id))
                area = area.united(item.scene_extent())
        return area

    def _feed(self, element: object, points: list[QPointF]) -> None:
        """Tell the label layout of *element*'s new value (*points*: a flow's route)."""
        if isinstance(element, Flow):
            self.labels.flow(element, points)
        elif isinstance(element, Shape):
            self.labels.shape(element)

    def _add(self, element: object, points: list[QPointF] | None = None) -> None:
        """Make *element*'s item. *points* given: the layout knows the element already (a
        flow's route, [] for a shape); None: the route is worked out and the layout told."""
        item: QGraphicsItem
        label = self.labels.scene_rect(getattr(element, "id", ""))
        if isinstance(element, Flow):
            if points is None:
                points = flow_points(self.workspace, element)
                self.labels.flow(element, points)
            item = FlowItem(element, points, starts_at_activity(self.workspace, element), label)
        elif isinstance(element, Shape):
            if points is None:
                self.labels.shape(element)
            b = element.bounds
            item = ShapeItem(element, label.translated(-b.x, -b.y) if label else None)
        else:
            return
        item.set_heat(self.heat)
        item.set_risk_heat(self.risk_heat)
        self.items_by_id[element.id] = item
        self.addItem(item)

    def _update(self, element: object, place: bool = True) -> None:
        """Show *element*'s new value; *place*: tell the label layout too (else its label just
        travels along: a shape's keeps its offset, a flow's follows the route's middle)."""
        item = self.items_by_id.get(getattr(element, "id", ""))
        if isinstance(item, FlowItem) and isinstance(element, Flow):
            points = flow_points(self.workspace, element)
            before = item.points
            item.set_entity(element, points, starts_at_activity(self.workspace, element))
            if place:
                self.labels.flow(element, points)
            elif item.label is not None:
                item.set_label(item.label.translated(anchor_shift(before, points)))
        elif isinstance(item, ShapeItem) and isinstance(element, Shape):
            item.set_entity(element)
            if place:
                self.labels.shape(element)

    def _remove(self, element_id: str) -> None:
        item = self.items_by_id.pop(element_id, None)
        self.labels.remove(element_id)
        if item is not None:
            self.removeItem(item)
