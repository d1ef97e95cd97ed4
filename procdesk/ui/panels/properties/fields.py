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
from procdesk.text import tr, tr_noop


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _number(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise ValueError(tr("{text} is not a number").format(text=repr(text))) from None
    if value < 0:
        raise ValueError(tr("enter a number of zero or more"))
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
        raise ValueError(tr("a probability lies between 0 and 1 (or 0 % and 100 %)"))
    return value


@dataclass(frozen=True)
class Field:
    """One editable attribute: its label, widget kind and conversions."""

    name: str
    label: str
    """Marked with ``tr_noop``: the panel translates it when it builds the form."""
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


def _months(text: str) -> int:
    """A review interval: a whole number of months from 1 to 120."""
    try:
        months = int(text.strip())
    except ValueError:
        raise ValueError(
            tr("{text} is not a whole number of months").format(text=repr(text))
        ) from None
    if not 1 <= months <= 120:
        raise ValueError(tr("a review interval runs from 1 to 120 months"))
    return months


def _date(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        message = tr("{text} is not a date; write it as YYYY-MM-DD")
        raise ValueError(message.format(text=repr(text))) from None


FIELDS: tuple[Field, ...] = (
    Field("name", tr_noop("Name"), "line", _named),
    Field("kind", tr_noop("Kind"), "choice", _is_step),
    Field("lane_id", tr_noop("Lane"), "choice", lambda e: hasattr(e, "lane_id")),
    Field("event_definition", tr_noop("Trigger"), "choice", _is_event),
    Field("interrupting", tr_noop("Interrupting"), "check", _can_interrupt),
    Field("loop", tr_noop("Repeats"), "choice", _is_activity),
    Field("compensation", tr_noop("Compensation"), "check", _is_activity),
    Field("expanded", tr_noop("Expanded (contents shown)"), "check", _is_sub_process),
    Field("collection", tr_noop("Collection"), "check", _is_data_object),
    Field("io", tr_noop("Input / output"), "choice", _is_data_object),
    Field("state", tr_noop("State"), "line", _is_data_object),
    Field("role", tr_noop("Responsible role"), "line", _is_activity),
    Field("instruction", tr_noop("Work instruction"), "text", _is_activity),
    Field("inputs", tr_noop("Inputs (one a line)"), "text", _is_activity, _show_lines, _lines),
    Field("outputs", tr_noop("Outputs (one a line)"), "text", _is_activity, _show_lines, _lines),
    Field("systems", tr_noop("Systems (one a line)"), "text", _is_activity, _show_lines, _lines),
    Field(
        "duration.min",
        tr_noop("Duration min (minutes)"),
        "line",
        _is_activity,
        _show_number,
        _number,
    ),
    Field(
        "duration.typical",
        tr_noop("Typical (minutes)"),
        "line",
        _is_activity,
        _show_number,
        _number,
    ),
    Field("duration.max", tr_noop("Max (minutes)"), "line", _is_activity, _show_number, _number),
    Field("cost", tr_noop("Cost"), "line", _is_activity, _show_number, _number),
    Field("condition", tr_noop("Condition"), "line", _is_sequence),
    Field("is_default", tr_noop("Default flow"), "check", _is_sequence),
    Field("probability", tr_noop("Probability"), "line", _is_sequence, _show_number, _probability),
    Field("purpose", tr_noop("Purpose"), "text", _is_process),
    Field("scope", tr_noop("Scope"), "text", _is_process),
    Field("owner", tr_noop("Process owner"), "line", _is_process),
    Field("version", tr_noop("Version"), "line", _is_process),
    Field("status", tr_noop("Status"), "choice", _is_process),
    Field("document_id", tr_noop("Document number"), "line", _is_process),
    Field("effective_date", tr_noop("Effective from"), "line", _is_process, _text, _date),
    Field("review_date", tr_noop("Next review"), "line", _is_process, _text, _date),
    Field(
        "review_interval_months",
        tr_noop("Review every (months)"),
        "line",
        _is_process,
        _text,
        _months,
    ),
    Field("documentation", tr_noop("Documentation"), "text", _named),
)

CHOICES: dict[str, dict[StrEnum, str]] = {
    "event_definition": {
        EventDefinition.NONE: tr_noop("None", "event trigger"),
        EventDefinition.MESSAGE: tr_noop("Message", "event trigger"),
        EventDefinition.TIMER: tr_noop("Timer", "event trigger"),
        EventDefinition.ERROR: tr_noop("Error", "event trigger"),
        EventDefinition.SIGNAL: tr_noop("Signal", "event trigger"),
        EventDefinition.ESCALATION: tr_noop("Escalation", "event trigger"),
        EventDefinition.CONDITIONAL: tr_noop("Conditional", "event trigger"),
        EventDefinition.LINK: tr_noop("Link", "event trigger"),
        EventDefinition.COMPENSATE: tr_noop("Compensation", "event trigger"),
        EventDefinition.CANCEL: tr_noop("Cancel", "event trigger"),
        EventDefinition.TERMINATE: tr_noop("Terminate", "event trigger"),
        EventDefinition.MULTIPLE: tr_noop("Multiple", "event trigger"),
        EventDefinition.PARALLEL_MULTIPLE: tr_noop("Parallel multiple", "event trigger"),
    },
    "loop": {
        LoopKind.NONE: tr_noop("Once", "repetition"),
        LoopKind.STANDARD: tr_noop("Loop", "repetition"),
        LoopKind.PARALLEL: tr_noop("Many at once (parallel)", "repetition"),
        LoopKind.SEQUENTIAL: tr_noop("Many in turn (sequential)", "repetition"),
    },
    "io": {
        DataIo.NONE: tr_noop("Neither", "data object"),
        DataIo.INPUT: tr_noop("Input", "data object"),
        DataIo.OUTPUT: tr_noop("Output", "data object"),
    },
}
"""Enumerated fields: each value with the words the panel shows for it (``tr`` on showing)."""

CHOICE_NOTES = {"event_definition": "event trigger", "loop": "repetition", "io": "data object"}
"""The disambiguation each field's words in ``CHOICES`` were marked with."""

STATUS_LABELS: dict[ProcessStatus, str] = {
    ProcessStatus.DRAFT: tr_noop("Draft", "process status"),
    ProcessStatus.REVIEW: tr_noop("In review", "process status"),
    ProcessStatus.APPROVED: tr_noop("Approved", "process status"),
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
