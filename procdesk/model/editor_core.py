"""What every group of editing intents stands on: the History they run commands through."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from procdesk.model.changes import ChangeSet
from procdesk.model.commands import Command, CommandError
from procdesk.model.history import History
from procdesk.model.workspace import Workspace


def checked_entity(kind_or_entity: Any, **values: Any) -> Any:
    """``kind(**values)`` for a class, ``dataclasses.replace(entity, **values)`` for an
    entity, with the model's refusals (its ``__post_init__`` checks, a wrong field) turned into
    the CommandError an intent raises."""
    try:
        if isinstance(kind_or_entity, type):
            return kind_or_entity(**values)
        return dataclasses.replace(kind_or_entity, **values)
    except (TypeError, ValueError) as error:
        raise CommandError(str(error)) from error


def today_or(on: str | None) -> str:
    """The day an intent records: *on* if given, else today (ISO date)."""
    return on or date.today().isoformat()


class EditorCore:
    """Editing intents over one History. Each public method is one undo step."""

    def __init__(self, history: History) -> None:
        self.history = history

    @property
    def workspace(self) -> Workspace:
        return self.history.workspace

    def run(self, command: Command) -> ChangeSet:
        return self.history.execute(command)
