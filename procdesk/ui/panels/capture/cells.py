"""What quick capture's cells offer and read: the words an editor completes, the grey text
in the blank row, the lane a new row takes, and the step an "after" cell names."""

from __future__ import annotations

from collections.abc import Sequence

from procdesk.model.capture import CaptureRow, local_kind_words
from procdesk.model.commands import CommandError
from procdesk.model.elements import Lane
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.panels.capture.table import AFTER, KIND, LANE, STEP, unnamed


def suggestions(
    workspace: Workspace, diagram_id: str | None, rows: Sequence[CaptureRow], column: int
) -> list[str]:
    """Words the editor of *column* completes: lanes, kind words or step names."""
    if diagram_id is None:
        return []
    if column == LANE:
        return [lane.name for lane in workspace.elements_of(diagram_id, Lane) if lane.name]
    if column == KIND:
        return list(local_kind_words())
    if column == AFTER:
        return [row.name for row in rows if row.name]
    return []


def placeholder(diagram_id: str | None, rows: Sequence[CaptureRow], row: int, column: int) -> str:
    """Grey text in the blank row's empty cells: what typing there will do (and an unnamed
    step's kind in its own row)."""
    if row < len(rows):
        nameless = column == STEP and not rows[row].name
        return unnamed(rows[row].kind) if nameless else ""
    if diagram_id is None:
        return ""
    if column == STEP:
        return tr("Type a step and press Enter…")
    if column == LANE:
        return default_lane(rows)
    if column == KIND:
        return "task"
    if column == AFTER:
        return rows[-1].name if rows else ""
    return ""


def default_lane(rows: Sequence[CaptureRow]) -> str:
    """A new row stays in the lane of the row before it, as a workshop usually goes on."""
    return rows[-1].lane if rows else ""


def step_named(rows: Sequence[CaptureRow], text: str) -> str | None:
    """The step an "after" cell names (the latest in flow order when several share it);
    None for an empty cell, CommandError for a name no row has."""
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        return None
    for row in reversed(rows):
        if " ".join(row.name.split()).casefold() == wanted:
            return row.step_id
    message = tr("no step named {name} in this diagram")
    raise CommandError(message.format(name=repr(text.strip())))
