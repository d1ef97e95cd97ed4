"""The fishbone's edits as the view asks for them: each one Editor intent (one undo step),
a refusal reported instead of raised, and what to select afterwards."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from procdesk.document import Document
from procdesk.model.commands import CommandError
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.root_cause import Cause, CauseCategory
from procdesk.model.root_cause_queries import Fishbone, categories_of, siblings

T = TypeVar("T")
Refuse = Callable[[str], None]


def reading_order(fishbone: Fishbone | None) -> list[str]:
    """Every category and cause in the order Up and Down step through them: each bone's
    name, then its causes depth first."""
    if fishbone is None:
        return []
    order: list[str] = []
    for bone in fishbone.bones:
        order.append(bone.id)
        stack = list(reversed(bone.causes))
        while stack:
            node = stack.pop()
            order.append(node.id)
            stack.extend(reversed(node.children))
    return order


class FishboneEdits:
    """Edits of one weak point's fishbone through the document's Editor."""

    def __init__(self, document: Document, weak_point_id: str, refuse: Refuse) -> None:
        self.document = document
        self.weak_point_id = weak_point_id
        self.refuse = refuse

    def attempt(self, action: Callable[[], T]) -> T | None:
        """Run one edit; a refusal is reported and None returned."""
        try:
            return action()
        except (CommandError, ValueError, ReadOnlyError, PersistError) as error:
            self.refuse(str(error))
            return None

    def cause(self, ref: str | None) -> Cause | None:
        found = self.document.workspace.find(ref)
        return found if isinstance(found, Cause) else None

    def category(self, ref: str | None) -> CauseCategory | None:
        found = self.document.workspace.find(ref)
        return found if isinstance(found, CauseCategory) else None

    def start(self) -> list[str] | None:
        return self.attempt(lambda: self.document.editor.start_fishbone(self.weak_point_id))

    def add(
        self, category_id: str, text: str, parent_id: str | None, index: int | None
    ) -> str | None:
        return self.attempt(
            lambda: self.document.editor.add_cause(
                category_id, text, parent_id=parent_id, index=index
            )
        )

    def add_category(self, name: str) -> str | None:
        return self.attempt(lambda: self.document.editor.add_category(self.weak_point_id, name))

    def rename(self, ref: str, text: str) -> None:
        editor = self.document.editor
        if self.category(ref) is not None:
            self.attempt(lambda: editor.rename_category(ref, text))
        elif self.cause(ref) is not None:
            self.attempt(lambda: editor.rename_cause(ref, text))

    def toggle(self, ref: str) -> None:
        cause = self.cause(ref)
        if cause is not None:
            self.attempt(lambda: self.document.editor.set_confirmed(ref, not cause.confirmed))

    def delete(self, ref: str) -> str | None:
        """Delete a cause (with its sub-causes) or a category (with its causes); returns what
        to select next."""
        editor, cause, category = self.document.editor, self.cause(ref), self.category(ref)
        if cause is not None:
            after = cause.parent_id or cause.category_id
            self.attempt(lambda: editor.delete_cause(ref))
            return after
        if category is not None:
            self.attempt(lambda: editor.remove_category(ref))
        return None

    def shift(self, ref: str, step: int) -> None:
        """Move a cause among the causes beside it, or a category among the bones."""
        workspace, editor = self.document.workspace, self.document.editor
        cause, category = self.cause(ref), self.category(ref)
        if cause is not None:
            row = [c.id for c in siblings(workspace, cause)]
            index = row.index(ref) + step
            if 0 <= index < len(row):
                self.attempt(lambda: editor.move_cause(ref, index=index))
        elif category is not None:
            bones = [c.id for c in categories_of(workspace, self.weak_point_id)]
            index = bones.index(ref) + step
            if 0 <= index < len(bones):
                self.attempt(lambda: editor.move_category(ref, index))

    def drop(self, cause_id: str, target: str) -> None:
        """A cause dragged onto another cause (becomes its sub-cause) or a category's part of
        the picture (goes onto its bone)."""
        editor = self.document.editor
        if self.cause(target) is not None:
            self.attempt(lambda: editor.move_cause(cause_id, parent_id=target))
        elif self.category(target) is not None:
            cause = self.cause(cause_id)
            if cause is not None and cause.parent_id is None and cause.category_id == target:
                return
            self.attempt(lambda: editor.move_cause(cause_id, category_id=target))
