"""What every group of editing intents stands on: the History they run commands through."""

from __future__ import annotations

from procdesk.model.changes import ChangeSet
from procdesk.model.commands import Command
from procdesk.model.history import History
from procdesk.model.workspace import Workspace


class EditorCore:
    """Editing intents over one History. Each public method is one undo step."""

    def __init__(self, history: History) -> None:
        self.history = history

    @property
    def workspace(self) -> Workspace:
        return self.history.workspace

    def run(self, command: Command) -> ChangeSet:
        return self.history.execute(command)
