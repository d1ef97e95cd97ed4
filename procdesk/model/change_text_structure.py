"""Change history sentences for edits that add or delete: "Added task 'Check budget' to lane
'Purchasing'", "Created 'To-be' from 'As-is' with 24 elements", "Deleted lane 'Finance' with
4 steps".

An edit that adds or deletes is told by what it stands for (``change_words.rank``): a
process before its diagrams, a lane before the steps in it, a step before its flows. What
else it added comes after "with"; the resizing and re-routing that make room are left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from procdesk.model.change_words import (
    called,
    flow_ends,
    lane_name,
    lookup,
    name_of,
    quoted,
    rank,
    steps_count,
    tally,
)
from procdesk.model.changes import Change
from procdesk.model.elements import (
    Diagram,
    Entity,
    Flow,
    FlowKind,
    KpiMeasurement,
    Lane,
    Pool,
    Process,
    Shape,
    Step,
    WeakPoint,
)
from procdesk.model.naming import noun
from procdesk.model.roles import Role
from procdesk.model.workspace import Workspace
from procdesk.text import tr


def _leading(entities: Sequence[Entity]) -> list[Entity]:
    """The entities of the most telling rank (all processes, else all diagrams…)."""
    top = min(rank(e) for e in entities)
    return [e for e in entities if rank(e) == top]


def describe_additions(added: Sequence[Entity], workspace: Workspace) -> str:
    """What an edit that added *added* did (updates beside them only made room)."""
    variant = _variant(added, workspace)
    if variant:
        return variant
    leading = _leading(added)
    rest = [e for e in added if e not in leading]
    if len(leading) > 1:
        lanes = {lane_name(workspace, e, *added) for e in added if isinstance(e, Shape)}
        if len(lanes) == 1 and "" not in lanes and all(isinstance(e, Shape | Flow) for e in added):
            message = tr("Added {what} to lane '{lane}'")
            return message.format(what=tally(added), lane=lanes.pop())
        return tr("Added {what}").format(what=tally(added))
    change = _added_one(leading[0], added, workspace)
    if not rest:
        return change
    return tr("{change}, with {more}").format(change=change, more=tally(rest))


def _added_one(entity: Entity, added: Sequence[Entity], workspace: Workspace) -> str:
    if isinstance(entity, Process):
        return tr("Created process '{name}'").format(name=name_of(entity))
    if isinstance(entity, Lane):
        parent = lookup(workspace, entity.parent_id, *added)
        if parent is not None:
            return tr("Added {what} to {parent}").format(what=called(entity), parent=called(parent))
    if isinstance(entity, Shape) and not isinstance(entity, Pool):
        lane = lane_name(workspace, entity, *added)
        if lane:
            return tr("Added {what} to lane '{lane}'").format(what=called(entity), lane=lane)
    if isinstance(entity, Flow):
        source, target = flow_ends(workspace, entity, *added)
        if entity.kind == FlowKind.SEQUENCE:
            return tr("Connected {source} → {target}").format(source=source, target=target)
        message = tr("Added {what} from {source} to {target}")
        return message.format(what=noun(entity), source=source, target=target)
    if isinstance(entity, WeakPoint):
        return _weak_point(entity, added, workspace)
    if isinstance(entity, KpiMeasurement):
        kpi = lookup(workspace, entity.kpi_id, *added)
        message = tr("Recorded {value} for KPI {kpi} on {date}")
        kpi_name = quoted(kpi) if kpi is not None else entity.kpi_id
        return message.format(value=f"{entity.value:g}", kpi=kpi_name, date=entity.date)
    return tr("Added {what}").format(what=called(entity))


def _weak_point(point: WeakPoint, added: Sequence[Entity], workspace: Workspace) -> str:
    target = lookup(workspace, point.target_id, *added) if point.target_id else None
    where = quoted(target) if target is not None else tr("the diagram", "weak point target")
    description = name_of(point)
    if description:
        message = tr("Recorded a weak point on {target}: {description}")
        return message.format(target=where, description=description)
    return tr("Recorded a weak point on {target}").format(target=where)


def _variant(added: Sequence[Entity], workspace: Workspace) -> str:
    """'Created 'To-be' from 'As-is' with 24 elements' for a diagram copied as a variant."""
    copies = [e for e in added if isinstance(e, Diagram) and e.origin_diagram_id]
    if len(copies) != 1 or any(isinstance(e, Process) for e in added):
        return ""
    copy = copies[0]
    source = lookup(workspace, copy.origin_diagram_id, *added)
    source_name = quoted(source) if source is not None else str(copy.origin_diagram_id)
    contents = [e for e in added if e is not copy]
    if not contents:
        return tr("Created {name} from {source}").format(name=quoted(copy), source=source_name)
    message = tr("Created {name} from {source} with {contents}")
    return message.format(name=quoted(copy), source=source_name, contents=tally(contents))


def describe_removals(
    removed: Sequence[Entity], updated: Sequence[Change], workspace: Workspace
) -> str:
    """What an edit that deleted *removed* did."""
    leading = _leading(removed)
    if len(leading) > 1:
        return tr("Deleted {what}").format(what=tally(removed))
    entity = leading[0]
    if isinstance(entity, Role):
        steps = [c for c in updated if isinstance(c.after, Step)]
        if steps:
            message = tr("Deleted role '{name}' and took it off {steps}")
            return message.format(name=entity.name, steps=steps_count(len(steps)))
    inside = _contents(entity, removed)
    if inside:
        return tr("Deleted {what} with {contents}").format(what=called(entity), contents=inside)
    return tr("Deleted {what}").format(what=called(entity))


def _contents(container: Entity, removed: Sequence[Entity]) -> str:
    """'4 steps' (or '2 diagrams') that went with a deleted container; '' if none."""
    if isinstance(container, Process):
        diagrams = [e for e in removed if isinstance(e, Diagram)]
        return tally(diagrams) if diagrams else ""
    if isinstance(container, Diagram | Pool | Lane):
        steps = [e for e in removed if isinstance(e, Step)]
        return steps_count(len(steps)) if steps else ""
    return ""
