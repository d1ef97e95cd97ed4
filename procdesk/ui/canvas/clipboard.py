"""The canvas's clipboard: the last copied Clip, pasted into whichever diagram is shown.

Copy and paste themselves are model operations (``procdesk.model.clipboard``); this module
only remembers the clip for the session, so a copy in one diagram or process can be pasted
in another, and offsets repeated pastes into the same diagram so copies do not pile up.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.model.clipboard import DUPLICATE_OFFSET, Clip, copy_selection
from procdesk.model.editor import Editor
from procdesk.model.elements import DiagramElement
from procdesk.model.geometry import Point
from procdesk.model.workspace import Workspace


@dataclass
class Clipboard:
    clip: Clip | None = None
    pastes: int = 0


CLIPBOARD = Clipboard()
"""One clipboard per process: copy in one diagram or window, paste in another."""


def copy(workspace: Workspace, ids: list[str], board: Clipboard = CLIPBOARD) -> int:
    """Put the elements *ids* (with what belongs to them) on the clipboard; returns how many."""
    clip = copy_selection(workspace, ids)
    if clip.is_empty:
        return 0
    board.clip, board.pastes = clip, 0
    return sum(isinstance(e, DiagramElement) for e in clip.entities)


def paste(editor: Editor, diagram_id: str, board: Clipboard = CLIPBOARD) -> list[str]:
    """Paste the clipboard into *diagram_id* (one undo step); returns the new ids."""
    clip = board.clip
    if clip is None:
        return []
    at = None
    if diagram_id == clip.source_diagram_id:
        offset = DUPLICATE_OFFSET * (board.pastes + 1)
        at = Point(clip.bounds.x + offset, clip.bounds.y + offset)
    new_ids = editor.paste(clip, diagram_id, at)
    board.pastes += 1
    return new_ids
