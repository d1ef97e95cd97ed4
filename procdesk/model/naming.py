"""Human words for entities, used in undo labels ("Move 3 steps") and messages."""

from __future__ import annotations

from collections.abc import Sequence

from procdesk.model.elements import (
    Annotation,
    DataObject,
    DataStore,
    Diagram,
    Entity,
    Flow,
    FlowKind,
    Group,
    Kpi,
    KpiMeasurement,
    Lane,
    Phase,
    Pool,
    Process,
    Step,
    WeakPoint,
)

_FLOW_NOUNS = {
    FlowKind.SEQUENCE: "sequence flow",
    FlowKind.MESSAGE: "message flow",
    FlowKind.ASSOCIATION: "association",
    FlowKind.DATA_INPUT: "data association",
    FlowKind.DATA_OUTPUT: "data association",
}

_NOUNS: dict[type[Entity], str] = {
    Process: "process",
    Diagram: "diagram",
    Pool: "pool",
    Lane: "lane",
    Phase: "phase",
    DataObject: "data object",
    DataStore: "data store",
    Annotation: "annotation",
    Group: "group",
    WeakPoint: "weak point",
    Kpi: "KPI",
    KpiMeasurement: "measurement",
}


def noun(entity: Entity) -> str:
    """The everyday name of what *entity* is: 'task', 'gateway', 'lane', 'message flow'…"""
    if isinstance(entity, Step):
        kind = entity.kind
        if kind.is_gateway:
            return "gateway"
        if kind.is_event:
            return "event"
        if kind.is_sub_process:
            return "sub-process"
        if kind.value == "callActivity":
            return "call activity"
        return "task"
    if isinstance(entity, Flow):
        return _FLOW_NOUNS[entity.kind]
    return _NOUNS.get(type(entity), "element")


def plural(word: str) -> str:
    if word.endswith("s"):
        return word + "es"
    return word + "s"


def describe(entities: Sequence[Entity]) -> str:
    """'task', '3 steps', '2 lanes' or '4 elements', for an undo label."""
    if not entities:
        return "nothing"
    nouns = {noun(e) for e in entities}
    if len(entities) == 1:
        return nouns.pop()
    if len(nouns) == 1:
        return f"{len(entities)} {plural(nouns.pop())}"
    if all(isinstance(e, Step) for e in entities):
        return f"{len(entities)} steps"
    return f"{len(entities)} elements"
