"""The sample book: the editor the sample is drawn with, and names for what it holds.

The sample is made through the Editor on an in-memory workspace, exactly as a user would make
it, so it always satisfies the model's rules. It is drawn in parts (a process, an organisation
around it, a portfolio…), each in a module of its own; a part finds what earlier parts made by
the names they gave it (``book.id("purchase/to-be")``) instead of searching the workspace.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from procdesk.model.editor import Editor
from procdesk.model.history import History
from procdesk.model.workspace import Workspace


@dataclass
class SampleBook:
    """An editor on a fresh workspace, and the names the parts gave to what they made."""

    editor: Editor = field(default_factory=lambda: Editor(History(Workspace())))
    names: dict[str, str] = field(default_factory=dict)

    def name(self, name: str, entity_id: str) -> None:
        """Remember *entity_id* as *name* for the parts that follow."""
        if name in self.names:
            raise ValueError(f"the sample names {name!r} twice")
        self.names[name] = entity_id

    def id(self, name: str) -> str:
        """The id of what an earlier part named *name*."""
        return self.names[name]
