"""Change history sentences for edits that change existing elements: renames, moves, resizes,
new lanes, durations, RACI letters and fields ("Renamed task 'Check budget' → 'Check budget
in ERP'", "Moved 3 steps in lane 'Purchasing'", "Changed the typical duration of 'Approve'
from 30 to 45 min").

Each kind of edit is recognised by which fields it changed; anything else gets a plain
"Changed the <fields> of <element>".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from procdesk.model.assignments import Letter, Raci
from procdesk.model.change_fields import field_word, field_words
from procdesk.model.change_words import (
    called,
    lane_name,
    listing,
    lookup,
    minutes,
    name_of,
    quoted,
    rank,
    short,
    steps_count,
    tally,
)
from procdesk.model.changes import Change
from procdesk.model.elements import (
    Duration,
    Entity,
    Flow,
    Lane,
    Phase,
    Pool,
    Shape,
    Step,
    StepKind,
)
from procdesk.model.naming import KIND_LABELS, noun
from procdesk.model.raci import default_responsible
from procdesk.model.workspace import Workspace
from procdesk.text import tr

DASH = "\u2013"

GEOMETRY = frozenset({"bounds", "label", "waypoints", "order"})
"""Fields a move, resize, re-route or reordering changes."""


def changed_fields(change: Change) -> frozenset[str]:
    """The names of the fields *change* gives new values."""
    before, after = change.before, change.after
    assert before is not None and after is not None
    return frozenset(
        f.name
        for f in dataclasses.fields(before)
        if getattr(before, f.name) != getattr(after, f.name)
    )


def describe_updates(changes: Sequence[Change], workspace: Workspace) -> str:
    """What an edit that only changed existing elements did."""
    fields = {change.id: changed_fields(change) for change in changes}
    everything = frozenset().union(*fields.values())
    if everything <= GEOMETRY:
        return _geometry(changes, fields, workspace)
    lane_moves = [c for c in changes if "lane_id" in fields[c.id]]
    if lane_moves:
        return _new_lane(lane_moves, workspace)
    leading = [c for c in changes if not fields[c.id] <= GEOMETRY]
    if len(leading) == 1:
        return _one(leading[0], fields[leading[0].id], workspace)
    renames = [c for c in leading if fields[c.id] == {"name"}]
    followers = [c for c in leading if fields[c.id] == {"raci"}]
    if len(renames) == 1 and len(renames) + len(followers) == len(leading):
        before, after = renames[0].before, renames[0].after
        assert before is not None and after is not None
        message = tr("{change}, and in the RACI of {steps}")
        return message.format(change=_renamed(before, after), steps=steps_count(len(followers)))
    entities = [c.entity for c in leading]
    names = frozenset().union(*(fields[c.id] for c in leading)) - GEOMETRY
    return tr("Changed the {fields} of {what}").format(
        fields=field_words(names), what=tally(entities)
    )


def _one(change: Change, fields: frozenset[str], workspace: Workspace) -> str:
    before, after = change.before, change.after
    assert before is not None and after is not None
    fields = fields - GEOMETRY if not fields <= GEOMETRY else fields
    if fields == {"name"}:
        return _renamed(before, after)
    if fields == {"raci"} and isinstance(before, Step) and isinstance(after, Step):
        return _raci(before, after, workspace)
    if fields == {"duration"} and isinstance(before, Step) and isinstance(after, Step):
        return _duration(before, after)
    if len(fields) == 1:
        (name,) = fields
        old, new = _value(before, name), _value(after, name)
        if old is not None and new is not None:
            message = tr("Changed the {field} of {what} from {old} to {new}")
            return message.format(field=field_word(name), what=called(before), old=old, new=new)
    return tr("Changed the {fields} of {what}").format(
        fields=field_words(fields), what=called(after)
    )


def _value(entity: Entity, name: str) -> str | None:
    value = getattr(entity, name)
    if name == "kind" and isinstance(value, StepKind):
        return tr(KIND_LABELS[value])
    return short(value)


def _renamed(before: Entity, after: Entity) -> str:
    old, new = name_of(before), name_of(after)
    if not old:
        return tr("Named {what} '{new}'").format(what=noun(after), new=new)
    if not new:
        return tr("Removed the name of {what} '{old}'").format(what=noun(before), old=old)
    return tr("Renamed {what} '{old}' → '{new}'").format(what=noun(after), old=old, new=new)


def _duration(before: Step, after: Step) -> str:
    step = quoted(after)
    old, new = before.duration, after.duration
    if new is None:
        return tr("Removed the duration of {step}").format(step=step)
    if old is None:
        message = tr("Set the typical duration of {step} to {new}")
        return message.format(step=step, new=minutes(new.typical))
    if old.typical != new.typical:
        message = tr("Changed the typical duration of {step} from {old} to {new}")
        return message.format(step=step, old=minutes(old.typical), new=minutes(new.typical))
    message = tr("Changed the duration range of {step} from {old} to {new}")
    return message.format(step=step, old=_span(old), new=_span(new))


def _span(duration: Duration) -> str:
    return f"{minutes(duration.min)}{DASH}{minutes(duration.max)}"


_NOW = {
    Letter.RESPONSIBLE: lambda: tr("Made {role} responsible for {step}"),
    Letter.ACCOUNTABLE: lambda: tr("Made {role} accountable for {step}"),
    Letter.CONSULTED: lambda: tr("{role} to be consulted on {step}"),
    Letter.INFORMED: lambda: tr("{role} to be informed about {step}"),
}


def _raci(before: Step, after: Step, workspace: Workspace) -> str:
    """One clause per role whose letter changed: "Made Finance accountable for 'Approve'"."""
    old = _with_default(before, workspace)
    new = _with_default(after, workspace)
    roles = [*dict.fromkeys(n for r in (old, new) for letter in Letter for n in r.names(letter))]
    clauses = []
    for role in roles:
        letter = new.letter_of(role)
        if letter == old.letter_of(role):
            continue
        if letter is None:
            clauses.append(tr("Took {role} off {step}").format(role=role, step=quoted(after)))
        else:
            clauses.append(_NOW[letter]().format(role=role, step=quoted(after)))
    return "; ".join(clauses) or tr("Changed the RACI of {step}").format(step=quoted(after))


def _with_default(step: Step, workspace: Workspace) -> Raci:
    raci = step.raci or Raci()
    if raci.responsible is None:
        return dataclasses.replace(raci, responsible=default_responsible(workspace, step))
    return raci


def _new_lane(changes: Sequence[Change], workspace: Workspace) -> str:
    """'Moved 3 steps to lane 'Purchasing''."""
    entities = [c.entity for c in changes]
    lanes = {getattr(c.after, "lane_id", None) for c in changes}
    lane = lookup(workspace, lanes.pop()) if len(lanes) == 1 else None
    what = _steps(entities)
    if isinstance(lane, Lane) and name_of(lane):
        return tr("Moved {what} to lane '{lane}'").format(what=what, lane=name_of(lane))
    return tr("Moved {what} to another lane").format(what=what)


def _steps(entities: Sequence[Entity]) -> str:
    """'task 'Check budget'', '3 steps', or a tally of mixed elements."""
    if len(entities) == 1:
        return called(entities[0])
    if all(isinstance(e, Step) for e in entities):
        return steps_count(len(entities))
    return tally(entities)


def _geometry(
    changes: Sequence[Change], fields: dict[str, frozenset[str]], workspace: Workspace
) -> str:
    """Moves, resizes, reorderings and re-routes."""
    reordered = [c for c in changes if "order" in fields[c.id]]
    if reordered:
        return _reordered(reordered)
    shapes = [c for c in changes if isinstance(c.after, Shape)]
    if not shapes:
        flows = [c.entity for c in changes if isinstance(c.entity, Flow)]
        return tr("Re-routed {what}").format(what=_steps(flows))
    moved = [c for c in shapes if not isinstance(c.entity, Lane | Phase | Pool)]
    entities = [c.entity for c in moved]
    if len({_offset(c) for c in moved}) > 1:
        return tr("Rearranged {what}").format(what=_steps(entities))
    resized = [c for c in shapes if _size(c.before) != _size(c.after)]
    if resized:
        best = min(resized, key=lambda c: (not isinstance(c.after, Lane | Phase), rank(c.entity)))
        return tr("Resized {what}").format(what=called(best.entity))
    pools = [c.entity for c in shapes if isinstance(c.entity, Pool)]
    if pools or not entities:
        return tr("Moved {what}").format(what=_steps(pools or [c.entity for c in shapes]))
    lanes = {lane_name(workspace, e) for e in entities}
    if len(lanes) == 1 and "" not in lanes:
        return tr("Moved {what} in lane '{lane}'").format(what=_steps(entities), lane=lanes.pop())
    return tr("Moved {what}").format(what=_steps(entities))


def _reordered(changes: Sequence[Change]) -> str:
    """'Moved lane 'Finance' to position 3', or the lanes in their new order."""
    jumps = sorted(changes, key=lambda c: -abs(_order(c.after) - _order(c.before)))
    first = jumps[0]
    if len(jumps) == 1 or abs(_order(first.after) - _order(first.before)) > abs(
        _order(jumps[1].after) - _order(jumps[1].before)
    ):
        message = tr("Moved {what} to position {position}")
        return message.format(what=called(first.entity), position=_order(first.after) + 1)
    ordered = sorted(changes, key=lambda c: _order(c.after))
    names = [quoted(c.entity) for c in ordered]
    return tr("Reordered {what}: {names}").format(
        what=tally([c.entity for c in changes]), names=listing(names)
    )


def _order(entity: Entity | None) -> int:
    return int(getattr(entity, "order", 0))


def _size(entity: Entity | None) -> tuple[float, float]:
    bounds = getattr(entity, "bounds", None)
    return (bounds.w, bounds.h) if bounds is not None else (0.0, 0.0)


def _offset(change: Change) -> tuple[float, float]:
    before, after = getattr(change.before, "bounds", None), getattr(change.after, "bounds", None)
    if before is None or after is None:
        return (0.0, 0.0)
    return (round(after.x - before.x, 3), round(after.y - before.y, 3))
