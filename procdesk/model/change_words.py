"""Words the change history is written in: names in quotes, tallies, lists, short values.

Shared by the phrasings of additions and removals (``change_text_structure``) and of edits
(``change_text_edits``); every text goes through :func:`procdesk.text.tr`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import Enum

from procdesk.model.elements import (
    Diagram,
    Entity,
    Flow,
    Kpi,
    KpiMeasurement,
    Lane,
    Phase,
    Pool,
    Process,
    Shape,
    Step,
    WeakPoint,
)
from procdesk.model.naming import counted, noun
from procdesk.model.workspace import Workspace
from procdesk.text import tr

LONGEST_VALUE = 40
"""Longer values are not quoted in a sentence ("Changed the work instruction of …")."""

_RANKS: tuple[type[Entity], ...] = (
    Process,
    Diagram,
    Pool,
    Lane,
    Phase,
    Step,
    Shape,
    Flow,
    WeakPoint,
    Kpi,
    KpiMeasurement,
)


_RANK_OF: dict[type, int] = {}


def rank(entity: Entity) -> int:
    """How much an entity stands for an edit: a process before its diagrams, a lane before
    its steps, a step before its flows; registered concepts come last."""
    cls = type(entity)
    found = _RANK_OF.get(cls)
    if found is None:
        found = next((i for i, c in enumerate(_RANKS) if issubclass(cls, c)), len(_RANKS))
        _RANK_OF[cls] = found
    return found


def name_of(entity: Entity) -> str:
    """The name a person knows *entity* by ('' when it has none)."""
    if isinstance(entity, WeakPoint):
        return _shortened(entity.description)
    if isinstance(entity, KpiMeasurement):
        return entity.date
    return " ".join(str(getattr(entity, "name", "") or "").split())


def called(entity: Entity) -> str:
    """ "task 'Check budget'", or "task" when it has no name."""
    name = name_of(entity)
    if not name:
        return noun(entity)
    return tr("{what} '{name}'", "an element in the change history").format(
        what=noun(entity), name=name
    )


def quoted(entity: Entity) -> str:
    """ "'Check budget'", or the kind of element when it has no name."""
    name = name_of(entity)
    return f"'{name}'" if name else noun(entity)


def listing(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return tr("{items} and {last}", "a list in the change history").format(
        items=", ".join(items[:-1]), last=items[-1]
    )


def tally(entities: Iterable[Entity]) -> str:
    """'3 tasks, 2 sequence flows and 1 lane': how many of each kind, most telling first."""
    # a noun depends on the class and, for steps and flows, the kind: ask once per such pair
    by_kind: dict[tuple[type, object], list[Entity]] = {}
    for entity in entities:
        by_kind.setdefault((type(entity), getattr(entity, "kind", None)), []).append(entity)
    groups: dict[str, list[Entity]] = {}
    for members in by_kind.values():
        groups.setdefault(noun(members[0]), []).extend(members)
    ordered = sorted(groups.items(), key=lambda item: (rank(item[1][0]), item[0]))
    return listing([_how_many(group) for _, group in ordered])


def _how_many(group: Sequence[Entity]) -> str:
    """'3 tasks'; '1 task' spelled out, as the log may be written where no plural forms are
    installed (the command line speaks the source texts)."""
    if len(group) == 1:
        return tr("1 {what}", "one element in the change history").format(what=noun(group[0]))
    return counted(group)


def steps_count(count: int) -> str:
    """'1 step', '4 steps'."""
    return tr("1 step") if count == 1 else tr("%n steps", None, count)


def lookup(workspace: Workspace, entity_id: str | None, *changed: Entity) -> Entity | None:
    """The entity *entity_id* among *changed* values (a removed lane) or in the workspace."""
    for entity in changed:
        if entity.id == entity_id:
            return entity
    return workspace.find(entity_id)


def lane_name(workspace: Workspace, element: Entity, *changed: Entity) -> str:
    """The name of the lane *element* stands in ('' outside a named lane)."""
    lane = lookup(workspace, getattr(element, "lane_id", None), *changed)
    return name_of(lane) if isinstance(lane, Lane) else ""


def flow_ends(workspace: Workspace, flow: Flow, *changed: Entity) -> tuple[str, str]:
    """The quoted names of what *flow* joins."""
    ends = []
    for end_id in (flow.source_id, flow.target_id):
        end = lookup(workspace, end_id, *changed)
        ends.append(quoted(end) if end is not None else end_id)
    return ends[0], ends[1]


def minutes(value: float) -> str:
    """'45 min'."""
    return tr("{minutes} min", "a duration in the change history").format(minutes=number(value))


def number(value: float) -> str:
    """12.0 → '12', 12.5 → '12.5'."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def short(value: object) -> str | None:
    """*value* as a sentence may quote it, or None when it is too long or not plain."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, int | float):
        return number(value)
    if isinstance(value, str):
        text = " ".join(value.split())
        return f"'{text}'" if len(text) <= LONGEST_VALUE else None
    if value is None:
        return tr("nothing", "an empty value in the change history")
    return None


def _shortened(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= LONGEST_VALUE else words[: LONGEST_VALUE - 1].rstrip() + "…"
