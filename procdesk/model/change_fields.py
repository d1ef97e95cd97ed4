"""The fields of entities in the user's words, for the change history ("the work instruction
of task 'Approve'"). A field without a word here is shown by its name, spaces for
underscores, which is never wrong but less kind."""

from __future__ import annotations

from collections.abc import Iterable

from procdesk.model.change_words import listing
from procdesk.text import tr, tr_noop

FIELD_CONTEXT = "a field in the change history"

_WORDS = {
    "name": tr_noop("name", "a field in the change history"),
    "title": tr_noop("title", "a field in the change history"),
    "documentation": tr_noop("documentation", "a field in the change history"),
    "instruction": tr_noop("work instruction", "a field in the change history"),
    "role": tr_noop("responsible role", "a field in the change history"),
    "inputs": tr_noop("inputs", "a field in the change history"),
    "outputs": tr_noop("outputs", "a field in the change history"),
    "systems": tr_noop("systems", "a field in the change history"),
    "duration": tr_noop("duration", "a field in the change history"),
    "cost": tr_noop("cost", "a field in the change history"),
    "kind": tr_noop("kind", "a field in the change history"),
    "event_definition": tr_noop("trigger", "a field in the change history"),
    "loop": tr_noop("repetition", "a field in the change history"),
    "raci": tr_noop("RACI", "a field in the change history"),
    "condition": tr_noop("condition", "a field in the change history"),
    "probability": tr_noop("probability", "a field in the change history"),
    "is_default": tr_noop("default flow", "a field in the change history"),
    "purpose": tr_noop("purpose", "a field in the change history"),
    "scope": tr_noop("scope", "a field in the change history"),
    "definitions": tr_noop("definitions", "a field in the change history"),
    "owner": tr_noop("owner", "a field in the change history"),
    "version": tr_noop("version", "a field in the change history"),
    "status": tr_noop("status", "a field in the change history"),
    "document_id": tr_noop("document number", "a field in the change history"),
    "effective_date": tr_noop("effective date", "a field in the change history"),
    "review_date": tr_noop("review date", "a field in the change history"),
    "revisions": tr_noop("revision history", "a field in the change history"),
    "description": tr_noop("description", "a field in the change history"),
    "root_cause": tr_noop("root cause", "a field in the change history"),
    "action": tr_noop("proposed action", "a field in the change history"),
    "severity": tr_noop("severity", "a field in the change history"),
    "category": tr_noop("category", "a field in the change history"),
    "target": tr_noop("target", "a field in the change history"),
    "unit": tr_noop("unit", "a field in the change history"),
    "direction": tr_noop("direction", "a field in the change history"),
    "frequency": tr_noop("frequency", "a field in the change history"),
    "value": tr_noop("value", "a field in the change history"),
    "note": tr_noop("note", "a field in the change history"),
    "date": tr_noop("date", "a field in the change history"),
    "department": tr_noop("department", "a field in the change history"),
    "variant": tr_noop("variant", "a field in the change history"),
    "fill": tr_noop("fill colour", "a field in the change history"),
    "stroke": tr_noop("line colour", "a field in the change history"),
    "bounds": tr_noop("position and size", "a field in the change history"),
    "waypoints": tr_noop("route", "a field in the change history"),
    "label": tr_noop("label position", "a field in the change history"),
    "parent_id": tr_noop("container", "a field in the change history"),
    "lane_id": tr_noop("lane", "a field in the change history"),
    "interrupting": tr_noop("interrupting", "a field in the change history"),
    "compensation": tr_noop("compensation", "a field in the change history"),
    "expanded": tr_noop("expanded", "a field in the change history"),
    "collection": tr_noop("collection", "a field in the change history"),
    "io": tr_noop("input / output", "a field in the change history"),
    "state": tr_noop("state", "a field in the change history"),
    "step_id": tr_noop("step", "a field in the change history"),
    "target_id": tr_noop("element", "a field in the change history"),
}


def field_word(name: str) -> str:
    """The field *name* as the user calls it."""
    word = _WORDS.get(name)
    return tr(word, FIELD_CONTEXT) if word else name.replace("_", " ")


def field_words(names: Iterable[str]) -> str:
    """'name and work instruction'."""
    return listing([field_word(name) for name in sorted(names)])
