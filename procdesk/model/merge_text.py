"""Conflicts in words: what each side did to an element, and its attributes side by side.

The command line prints these, the window's conflict view shows the same words in its
table, so a conflict reads alike wherever it is met.
"""

from __future__ import annotations

from typing import Any

from procdesk.model.change_fields import field_word
from procdesk.model.change_words import called, short
from procdesk.model.geometry import Rect
from procdesk.model.merge import Conflict, ConflictKind
from procdesk.model.workspace import Workspace
from procdesk.text import tr


def what_happened(conflict: Conflict) -> str:
    """'changed on both sides', 'deleted in the repository, changed here'…"""
    if conflict.kind == ConflictKind.BOTH_CHANGED:
        return tr("changed here and in the repository")
    if conflict.kind == ConflictKind.BOTH_ADDED:
        return tr("added here and in the repository, differently")
    edited = conflict.base != (
        conflict.mine if conflict.kind == ConflictKind.DELETED_THERE else conflict.theirs
    )
    if conflict.kind == ConflictKind.DELETED_THERE:
        if edited:
            return tr("deleted in the repository, changed here")
        return tr("deleted in the repository, still used here")
    if edited:
        return tr("deleted here, changed in the repository")
    return tr("deleted here, still used in the repository")


def headline(conflict: Conflict) -> str:
    """'task 'Check budget': changed here and in the repository'."""
    return tr("{element}: {what}").format(
        element=called(conflict.entity), what=what_happened(conflict)
    )


def value_text(value: Any) -> str:
    """An attribute's value as the conflict view shows it."""
    if isinstance(value, Rect):
        return f"({value.x:g}, {value.y:g}) {value.w:g} x {value.h:g}"
    quoted = short(value)
    if quoted is not None:
        return quoted
    text = " ".join(str(value).split())
    return text if len(text) <= 60 else text[:59] + "…"


def attribute_rows(conflict: Conflict) -> list[tuple[str, str, str, str]]:
    """(attribute, base, mine, theirs) for each conflicting attribute; for a removal or an
    addition on both sides, one row for the whole element."""
    if conflict.fields:
        return [
            (field_word(f.name), value_text(f.base), value_text(f.mine), value_text(f.theirs))
            for f in conflict.fields
        ]
    absent = tr("(deleted)")
    missing = tr("(not there)")

    def side(value: object) -> str:
        if value is None:
            return absent if conflict.base is not None else missing
        return tr("present")

    return [(tr("the element"), side(conflict.base), side(conflict.mine), side(conflict.theirs))]


def users_text(conflict: Conflict, workspaces: tuple[Workspace, ...]) -> str:
    """'used by flow 'to Approve' and 2 more' (the other side's elements that use it)."""
    if not conflict.users:
        return ""
    names: list[str] = []
    for user in conflict.users[:3]:
        entity = next((w.find(user) for w in workspaces if w.find(user) is not None), None)
        names.append(called(entity) if entity is not None else user)
    more = len(conflict.users) - len(names)
    listed = ", ".join(names)
    if more:
        listed = tr("{names} and %n more", None, more).format(names=listed)
    return tr("used by {names}").format(names=listed)
