"""Human words for entities, used in undo labels ("Move 3 steps") and messages.

Every word here is shown to the user, so it comes from :func:`procdesk.text.tr`. A counted
phrase ("3 lanes") is one translatable plural per kind of element, because languages inflect
nouns differently and the translator, not the code, knows how.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
    StepKind,
    WeakPoint,
)
from procdesk.model.registry import KINDS
from procdesk.text import tr, tr_noop

NOUN_CONTEXT = "element kind"
"""Disambiguation of the singular nouns below (so 'process' the noun is told from a verb)."""

_SINGULAR = {
    "task": tr_noop("task", "element kind"),
    "gateway": tr_noop("gateway", "element kind"),
    "event": tr_noop("event", "element kind"),
    "sub-process": tr_noop("sub-process", "element kind"),
    "call activity": tr_noop("call activity", "element kind"),
    "sequence flow": tr_noop("sequence flow", "element kind"),
    "message flow": tr_noop("message flow", "element kind"),
    "association": tr_noop("association", "element kind"),
    "data association": tr_noop("data association", "element kind"),
    "process": tr_noop("process", "element kind"),
    "diagram": tr_noop("diagram", "element kind"),
    "pool": tr_noop("pool", "element kind"),
    "lane": tr_noop("lane", "element kind"),
    "phase": tr_noop("phase", "element kind"),
    "data object": tr_noop("data object", "element kind"),
    "data store": tr_noop("data store", "element kind"),
    "annotation": tr_noop("annotation", "element kind"),
    "group": tr_noop("group", "element kind"),
    "weak point": tr_noop("weak point", "element kind"),
    "KPI": tr_noop("KPI", "element kind"),
    "measurement": tr_noop("measurement", "element kind"),
    "element": tr_noop("element", "element kind"),
}
"""Each kind of element (by its English key) in the singular."""

_COUNTED: dict[str, Callable[[int], str]] = {
    "task": lambda n: tr("%n tasks", None, n),
    "gateway": lambda n: tr("%n gateways", None, n),
    "event": lambda n: tr("%n events", None, n),
    "sub-process": lambda n: tr("%n sub-processes", None, n),
    "call activity": lambda n: tr("%n call activities", None, n),
    "sequence flow": lambda n: tr("%n sequence flows", None, n),
    "message flow": lambda n: tr("%n message flows", None, n),
    "association": lambda n: tr("%n associations", None, n),
    "data association": lambda n: tr("%n data associations", None, n),
    "process": lambda n: tr("%n processes", None, n),
    "diagram": lambda n: tr("%n diagrams", None, n),
    "pool": lambda n: tr("%n pools", None, n),
    "lane": lambda n: tr("%n lanes", None, n),
    "phase": lambda n: tr("%n phases", None, n),
    "data object": lambda n: tr("%n data objects", None, n),
    "data store": lambda n: tr("%n data stores", None, n),
    "annotation": lambda n: tr("%n annotations", None, n),
    "group": lambda n: tr("%n groups", None, n),
    "weak point": lambda n: tr("%n weak points", None, n),
    "KPI": lambda n: tr("%n KPIs", None, n),
    "measurement": lambda n: tr("%n measurements", None, n),
    "element": lambda n: tr("%n elements", None, n),
}
"""Each kind of element counted ("3 lanes"), called only when shown."""

_FLOW_KEYS = {
    FlowKind.SEQUENCE: "sequence flow",
    FlowKind.MESSAGE: "message flow",
    FlowKind.ASSOCIATION: "association",
    FlowKind.DATA_INPUT: "data association",
    FlowKind.DATA_OUTPUT: "data association",
}

_KEYS: dict[type[Entity], str] = {
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


def _key(entity: Entity) -> str:
    """What *entity* is, as an English key of the tables above."""
    if isinstance(entity, Step):
        kind = entity.kind
        if kind.is_gateway:
            return "gateway"
        if kind.is_event:
            return "event"
        if kind.is_sub_process:
            return "sub-process"
        if kind == StepKind.CALL_ACTIVITY:
            return "call activity"
        return "task"
    if isinstance(entity, Flow):
        return _FLOW_KEYS[entity.kind]
    return _KEYS.get(type(entity), "element")


def noun(entity: Entity) -> str:
    """The everyday name of what *entity* is: 'task', 'gateway', 'lane', 'message flow'…"""
    kind = KINDS.get(type(entity))
    if kind is not None:
        return tr(kind.noun, NOUN_CONTEXT)
    return tr(_SINGULAR[_key(entity)], NOUN_CONTEXT)


def describe(entities: Sequence[Entity]) -> str:
    """'task', '3 steps', '2 lanes' or '4 elements', for an undo label."""
    if not entities:
        return tr("nothing", "undo label object")
    count = len(entities)
    kinds = {KINDS.get(type(e)) for e in entities}
    if len(kinds) == 1 and (kind := kinds.pop()) is not None:
        return tr(kind.noun, NOUN_CONTEXT) if count == 1 else kind.counted(count)
    keys = {_key(e) for e in entities}
    if count == 1:
        return tr(_SINGULAR[keys.pop()], NOUN_CONTEXT)
    if len(keys) == 1:
        return _COUNTED[keys.pop()](count)
    if all(isinstance(e, Step) for e in entities):
        return tr("%n steps", None, count)
    return tr("%n elements", None, count)


def counted(entities: Sequence[Entity]) -> str:
    """'1 task', '3 tasks': how many there are of the one kind *entities* all are."""
    kind = KINDS.get(type(entities[0]))
    if kind is not None:
        return kind.counted(len(entities))
    return _COUNTED[_key(entities[0])](len(entities))


def with_name(named: str, unnamed: str, name: str) -> str:
    """*named* (a translated text holding ``{name}``) with *name* put in, or *unnamed* when the
    name is blank, so that no language is left with a gap where the name would go."""
    name = name.strip()
    return named.format(name=name) if name else unnamed


KIND_LABELS: dict[StepKind, str] = {
    # The name of each kind of step as people say it (properties, presentation, reports).
    StepKind.TASK: tr_noop("Task"),
    StepKind.USER_TASK: tr_noop("User task"),
    StepKind.SERVICE_TASK: tr_noop("Service task"),
    StepKind.MANUAL_TASK: tr_noop("Manual task"),
    StepKind.SCRIPT_TASK: tr_noop("Script task"),
    StepKind.SEND_TASK: tr_noop("Send task"),
    StepKind.RECEIVE_TASK: tr_noop("Receive task"),
    StepKind.BUSINESS_RULE_TASK: tr_noop("Business rule task"),
    StepKind.SUB_PROCESS: tr_noop("Sub-process"),
    StepKind.TRANSACTION: tr_noop("Transaction"),
    StepKind.AD_HOC_SUB_PROCESS: tr_noop("Ad-hoc sub-process"),
    StepKind.CALL_ACTIVITY: tr_noop("Call activity"),
    StepKind.START_EVENT: tr_noop("Start event"),
    StepKind.INTERMEDIATE_CATCH_EVENT: tr_noop("Intermediate catch event"),
    StepKind.INTERMEDIATE_THROW_EVENT: tr_noop("Intermediate throw event"),
    StepKind.END_EVENT: tr_noop("End event"),
    StepKind.BOUNDARY_EVENT: tr_noop("Boundary event"),
    StepKind.EXCLUSIVE_GATEWAY: tr_noop("Exclusive gateway"),
    StepKind.PARALLEL_GATEWAY: tr_noop("Parallel gateway"),
    StepKind.INCLUSIVE_GATEWAY: tr_noop("Inclusive gateway"),
    StepKind.EVENT_BASED_GATEWAY: tr_noop("Event-based gateway"),
    StepKind.COMPLEX_GATEWAY: tr_noop("Complex gateway"),
}


def diagram_label(diagram: Diagram) -> str:
    """'To-be (draft 2)' style: the diagram's name, with its variant when that adds something."""
    name, variant = diagram.name.strip(), diagram.variant.strip()
    if not variant or variant.casefold() == name.casefold():
        return name or variant
    return f"{name} ({variant})" if name else variant
