"""The fields the properties dock shows: which entities have them, and text ↔ value.

A field converts between the model's value and what a widget shows; ``parse`` raises
ValueError with a message for the user when the text is not a valid value, so a half-typed
number never reaches the model.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from procdesk.model.elements import (
    DataIo,
    DataObject,
    Entity,
    EventDefinition,
    Flow,
    FlowKind,
    LoopKind,
    Process,
    ProcessStatus,
    Step,
    StepKind,
)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _number(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a number") from None
    if value < 0:
        raise ValueError("enter a number of zero or more")
    return value


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _show_lines(value: object) -> str:
    return "\n".join(value) if isinstance(value, tuple) else ""


def _show_number(value: object) -> str:
    if isinstance(value, float | int):
        return f"{value:g}"
    return ""


def _probability(text: str) -> float | None:
    text = text.strip().removesuffix("%").strip()
    value = _number(text)
    if value is None:
        return None
    if value > 1:
        value /= 100
    if value > 1:
        raise ValueError("a probability lies between 0 and 1 (or 0 % and 100 %)")
    return value


@dataclass(frozen=True)
class Field:
    """One editable attribute: its label, widget kind and conversions."""

    name: str
    label: str
    widget: str
    """"line", "text" (multi-line), "check" or "choice"."""
    applies: Callable[[Entity], bool]
    show: Callable[[object], str] = _text
    parse: Callable[[str], object] = str


def _is_step(entity: Entity) -> bool:
    return isinstance(entity, Step)


def _is_activity(entity: Entity) -> bool:
    return isinstance(entity, Step) and entity.kind.is_activity


def _is_sequence(entity: Entity) -> bool:
    return isinstance(entity, Flow) and entity.kind == FlowKind.SEQUENCE


def _is_event(entity: Entity) -> bool:
    return isinstance(entity, Step) and entity.kind.is_event


def _can_interrupt(entity: Entity) -> bool:
    return isinstance(entity, Step) and entity.kind in (
        StepKind.BOUNDARY_EVENT,
        StepKind.START_EVENT,
    )


def _is_sub_process(entity: Entity) -> bool:
    return isinstance(entity, Step) and (
        entity.kind.is_sub_process or entity.kind == StepKind.CALL_ACTIVITY
    )


def _is_data_object(entity: Entity) -> bool:
    return isinstance(entity, DataObject)


def _named(entity: Entity) -> bool:
    return isinstance(entity, Process) or (
        hasattr(entity, "name") and hasattr(entity, "diagram_id")
    )


def _is_process(entity: Entity) -> bool:
    return isinstance(entity, Process)


def _date(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


FIELDS: tuple[Field, ...] = (
    Field("name", "Name", "line", _named),
    Field("kind", "Kind", "choice", _is_step),
    Field("lane_id", "Lane", "choice", lambda e: hasattr(e, "lane_id")),
    Field("event_definition", "Trigger", "choice", _is_event),
    Field("interrupting", "Interrupting", "check", _can_interrupt),
    Field("loop", "Repeats", "choice", _is_activity),
    Field("compensation", "Compensation", "check", _is_activity),
    Field("expanded", "Expanded (contents shown)", "check", _is_sub_process),
    Field("collection", "Collection", "check", _is_data_object),
    Field("io", "Input / output", "choice", _is_data_object),
    Field("state", "State", "line", _is_data_object),
    Field("role", "Responsible role", "line", _is_activity),
    Field("instruction", "Work instruction", "text", _is_activity),
    Field("inputs", "Inputs (one a line)", "text", _is_activity, _show_lines, _lines),
    Field("outputs", "Outputs (one a line)", "text", _is_activity, _show_lines, _lines),
    Field("systems", "Systems (one a line)", "text", _is_activity, _show_lines, _lines),
    Field("duration.min", "Duration min (minutes)", "line", _is_activity, _show_number, _number),
    Field("duration.typical", "Typical (minutes)", "line", _is_activity, _show_number, _number),
    Field("duration.max", "Max (minutes)", "line", _is_activity, _show_number, _number),
    Field("cost", "Cost", "line", _is_activity, _show_number, _number),
    Field("condition", "Condition", "line", _is_sequence),
    Field("is_default", "Default flow", "check", _is_sequence),
    Field("probability", "Probability", "line", _is_sequence, _show_number, _probability),
    Field("purpose", "Purpose", "text", _is_process),
    Field("scope", "Scope", "text", _is_process),
    Field("owner", "Process owner", "line", _is_process),
    Field("version", "Version", "line", _is_process),
    Field("status", "Status", "choice", _is_process),
    Field("document_id", "Document number", "line", _is_process),
    Field("effective_date", "Effective from", "line", _is_process, _text, _date),
    Field("review_date", "Next review", "line", _is_process, _text, _date),
    Field("documentation", "Documentation", "text", _named),
)

CHOICES: dict[str, dict[StrEnum, str]] = {
    "event_definition": {
        EventDefinition.NONE: "None",
        EventDefinition.MESSAGE: "Message",
        EventDefinition.TIMER: "Timer",
        EventDefinition.ERROR: "Error",
        EventDefinition.SIGNAL: "Signal",
        EventDefinition.ESCALATION: "Escalation",
        EventDefinition.CONDITIONAL: "Conditional",
        EventDefinition.LINK: "Link",
        EventDefinition.COMPENSATE: "Compensation",
        EventDefinition.CANCEL: "Cancel",
        EventDefinition.TERMINATE: "Terminate",
        EventDefinition.MULTIPLE: "Multiple",
        EventDefinition.PARALLEL_MULTIPLE: "Parallel multiple",
    },
    "loop": {
        LoopKind.NONE: "Once",
        LoopKind.STANDARD: "Loop",
        LoopKind.PARALLEL: "Many at once (parallel)",
        LoopKind.SEQUENTIAL: "Many in turn (sequential)",
    },
    "io": {DataIo.NONE: "Neither", DataIo.INPUT: "Input", DataIo.OUTPUT: "Output"},
}
"""Enumerated fields: each value with the words the panel shows for it."""

STATUS_LABELS: dict[ProcessStatus, str] = {
    ProcessStatus.DRAFT: "Draft",
    ProcessStatus.REVIEW: "In review",
    ProcessStatus.APPROVED: "Approved",
}


KIND_LABELS: dict[StepKind, str] = {
    StepKind.TASK: "Task",
    StepKind.USER_TASK: "User task",
    StepKind.SERVICE_TASK: "Service task",
    StepKind.MANUAL_TASK: "Manual task",
    StepKind.SCRIPT_TASK: "Script task",
    StepKind.SEND_TASK: "Send task",
    StepKind.RECEIVE_TASK: "Receive task",
    StepKind.BUSINESS_RULE_TASK: "Business rule task",
    StepKind.SUB_PROCESS: "Sub-process",
    StepKind.TRANSACTION: "Transaction",
    StepKind.AD_HOC_SUB_PROCESS: "Ad-hoc sub-process",
    StepKind.CALL_ACTIVITY: "Call activity",
    StepKind.START_EVENT: "Start event",
    StepKind.INTERMEDIATE_CATCH_EVENT: "Intermediate catch event",
    StepKind.INTERMEDIATE_THROW_EVENT: "Intermediate throw event",
    StepKind.END_EVENT: "End event",
    StepKind.BOUNDARY_EVENT: "Boundary event",
    StepKind.EXCLUSIVE_GATEWAY: "Exclusive gateway",
    StepKind.PARALLEL_GATEWAY: "Parallel gateway",
    StepKind.INCLUSIVE_GATEWAY: "Inclusive gateway",
    StepKind.EVENT_BASED_GATEWAY: "Event-based gateway",
    StepKind.COMPLEX_GATEWAY: "Complex gateway",
}


def fields_for(entities: list[Entity]) -> list[Field]:
    """The fields every one of *entities* has (a multi-selection edits what they share)."""
    if not entities:
        return []
    return [f for f in FIELDS if all(f.applies(e) for e in entities)]


def current(entity: Entity, name: str) -> object:
    """The model value a field shows (``duration.min`` reaches into the Duration)."""
    if name.startswith("duration."):
        duration = getattr(entity, "duration", None)
        return None if duration is None else getattr(duration, name.split(".")[1])
    return getattr(entity, name, None)
