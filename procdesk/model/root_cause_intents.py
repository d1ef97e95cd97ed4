"""The Editor's root-cause intents: a weak point's 5 Whys and its fishbone.

Each public method is one undo step (one ChangeSet, one transaction). The 5 Whys intents
keep the weak point's ``root_cause`` in step with the chain: the last "because" answered is
written into it in the same ChangeSet, so undo, redo, the file and every reader of
``root_cause`` (SOP, BPMN, portfolio) agree without knowing about the chain. A chain with no
answer yet leaves the free text as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from procdesk.model.changes import ChangeSet
from procdesk.model.commands import (
    AddEntities,
    Batch,
    Command,
    CommandError,
    RemoveEntities,
    ReplaceEntities,
)
from procdesk.model.editor_core import EditorCore, checked_entity
from procdesk.model.elements import Entity, WeakPoint
from procdesk.model.ids import new_id
from procdesk.model.root_cause import SIX_M, Cause, CauseCategory, Why, six_m_name
from procdesk.model.root_cause_queries import (
    answered_root_cause,
    categories_of,
    causes_on,
    leads_back,
    siblings,
    sub_causes,
    subtree,
    whys_of,
)
from procdesk.text import tr

Ordered = TypeVar("Ordered", Why, CauseCategory, Cause)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _placed(items: Sequence[Ordered], item: Ordered, index: int | None) -> list[Ordered]:
    """*items* without *item*, then *item* put at *index* (None: at the end)."""
    rest: list[Ordered] = [i for i in items if i.id != item.id]
    at: int = len(rest) if index is None else max(0, min(index, len(rest)))
    placed = rest[:at]
    placed.append(item)
    placed.extend(rest[at:])
    return placed


def _numbered(items: Iterable[Ordered]) -> list[Ordered]:
    """*items* with ``order`` 0, 1, 2…"""
    return [i if i.order == n else checked_entity(i, order=n) for n, i in enumerate(items)]


class RootCauseIntents(EditorCore):
    """5 Whys chains and fishbones of weak points."""

    # 5 Whys ------------------------------------------------------------------------------------
    def add_why(
        self, weak_point_id: str, why: str = "", because: str = "", index: int | None = None
    ) -> str:
        """A new link in the weak point's chain (at *index*, else at the end)."""
        self._point(weak_point_id)
        base = Why(id=new_id("Why"), weak_point_id=weak_point_id, why=why.strip())
        entry: Why = checked_entity(base, because=because.strip())
        chain = _numbered(_placed(whys_of(self.workspace, weak_point_id), entry, index))
        added = next(w for w in chain if w.id == entry.id)
        moved = [w for w in chain if w.id != entry.id]
        commands: list[Command] = [AddEntities((added,))]
        self._store_chain(weak_point_id, chain, moved, commands, tr("Add why"))
        return entry.id

    def edit_why(
        self, why_id: str, *, why: str | None = None, because: str | None = None
    ) -> ChangeSet:
        """Change the question or the answer of one link."""
        current = self._why(why_id)
        after: Why = current
        if why is not None:
            after = checked_entity(after, why=why.strip())
        if because is not None:
            after = checked_entity(after, because=because.strip())
        chain = [
            after if w.id == why_id else w for w in whys_of(self.workspace, current.weak_point_id)
        ]
        return self._store_chain(current.weak_point_id, chain, [after], [], tr("Edit why"))

    def move_why(self, why_id: str, index: int) -> ChangeSet:
        """Put a link at another place in the chain."""
        current = self._why(why_id)
        chain = _numbered(_placed(whys_of(self.workspace, current.weak_point_id), current, index))
        return self._store_chain(current.weak_point_id, chain, chain, [], tr("Move why"))

    def delete_why(self, why_id: str) -> ChangeSet:
        current = self._why(why_id)
        rest = [w for w in whys_of(self.workspace, current.weak_point_id) if w.id != why_id]
        chain = _numbered(rest)
        commands: list[Command] = [RemoveEntities((why_id,))]
        return self._store_chain(current.weak_point_id, chain, chain, commands, tr("Delete why"))

    def _store_chain(
        self,
        weak_point_id: str,
        chain: list[Why],
        changed: list[Why],
        commands: list[Command],
        label: str,
    ) -> ChangeSet:
        """Run *commands*, store the *changed* links, and let the weak point's root cause
        follow the chain's last answer, all as one edit."""
        point = self._point(weak_point_id)
        stored = {w.id: w for w in whys_of(self.workspace, weak_point_id)}
        replaced = tuple(w for w in changed if w.id in stored and stored[w.id] != w)
        if replaced:
            commands.append(ReplaceEntities(replaced))
        answer = answered_root_cause(chain)
        if answer is not None and answer != point.root_cause:
            commands.append(ReplaceEntities((checked_entity(point, root_cause=answer),)))
        if not commands:
            return ChangeSet()
        return self.run(Batch(tuple(commands), label))

    # fishbone: categories ----------------------------------------------------------------------
    def start_fishbone(self, weak_point_id: str, keys: Sequence[str] | None = None) -> list[str]:
        """Give the weak point a fishbone with the 6M categories (or those of *keys*)."""
        self._point(weak_point_id)
        if categories_of(self.workspace, weak_point_id):
            raise CommandError(tr("this weak point already has a fishbone"))
        wanted = [key for key, _name in SIX_M] if keys is None else list(keys)
        unknown = [key for key in wanted if not six_m_name(key)]
        if unknown:
            message = tr("'{key}' is not one of the 6M categories").format(key=unknown[0])
            raise CommandError(message)
        categories = tuple(
            CauseCategory(
                id=new_id("CauseCategory"),
                weak_point_id=weak_point_id,
                name=six_m_name(key),
                order=order,
                key=key,
            )
            for order, key in enumerate(wanted)
        )
        self.run(AddEntities(categories, tr("Start fishbone")))
        return [c.id for c in categories]

    def add_category(self, weak_point_id: str, name: str, index: int | None = None) -> str:
        """A new bone on the weak point's fishbone (at *index*, else last)."""
        self._point(weak_point_id)
        name = _one_line(name)
        category: CauseCategory = checked_entity(
            CauseCategory(id=new_id("CauseCategory"), weak_point_id=weak_point_id, name="?"),
            name=name,
        )
        bones = _numbered(_placed(categories_of(self.workspace, weak_point_id), category, index))
        added = next(c for c in bones if c.id == category.id)
        label = tr("Add cause category {name}").format(name=name)
        commands: list[Command] = [AddEntities((added,), label)]
        moved = tuple(c for c in bones if c.id != category.id and c != self.workspace.find(c.id))
        if moved:
            commands.append(ReplaceEntities(moved, label))
        self.run(Batch(tuple(commands), label))
        return category.id

    def rename_category(self, category_id: str, name: str) -> ChangeSet:
        current = self._category(category_id)
        after = checked_entity(current, name=_one_line(name))
        label = tr("Rename cause category {name}").format(name=after.name)
        return self.run(ReplaceEntities((after,), label))

    def move_category(self, category_id: str, index: int) -> ChangeSet:
        """Put a bone at another place on the fishbone (0: first)."""
        current = self._category(category_id)
        bones = _numbered(
            _placed(categories_of(self.workspace, current.weak_point_id), current, index)
        )
        changed = tuple(c for c in bones if c != self.workspace.find(c.id))
        label = tr("Move cause category {name}").format(name=current.name)
        return self.run(ReplaceEntities(changed, label)) if changed else ChangeSet()

    def remove_category(self, category_id: str) -> ChangeSet:
        """Delete a bone with every cause on it."""
        current = self._category(category_id)
        rest = [
            c for c in categories_of(self.workspace, current.weak_point_id) if c.id != category_id
        ]
        label = tr("Delete cause category {name}").format(name=current.name)
        commands: list[Command] = [RemoveEntities((category_id,), label)]
        renumbered = tuple(c for c in _numbered(rest) if c != self.workspace.find(c.id))
        if renumbered:
            commands.append(ReplaceEntities(renumbered, label))
        return self.run(Batch(tuple(commands), label))

    # fishbone: causes --------------------------------------------------------------------------
    def add_cause(
        self,
        category_id: str,
        text: str,
        *,
        parent_id: str | None = None,
        index: int | None = None,
        confirmed: bool = False,
    ) -> str:
        """A cause on a category's bone, or a sub-cause of *parent_id* (in its category)."""
        category = self._category(category_id)
        if parent_id is not None:
            parent = self._cause(parent_id)
            if parent.category_id != category_id:
                raise CommandError(tr("a sub-cause stays in the category of its cause"))
        cause: Cause = checked_entity(
            Cause(
                id=new_id("Cause"),
                weak_point_id=category.weak_point_id,
                category_id=category_id,
                parent_id=parent_id,
                text="?",
            ),
            text=_one_line(text),
            confirmed=bool(confirmed),
        )
        beside = (
            causes_on(self.workspace, category_id)
            if parent_id is None
            else sub_causes(self.workspace, parent_id)
        )
        row = _numbered(_placed(beside, cause, index))
        added = next(c for c in row if c.id == cause.id)
        label = tr("Add cause {name}").format(name=cause.text)
        commands: list[Command] = [AddEntities((added,), label)]
        moved = tuple(c for c in row if c.id != cause.id and c != self.workspace.find(c.id))
        if moved:
            commands.append(ReplaceEntities(moved, label))
        self.run(Batch(tuple(commands), label))
        return cause.id

    def rename_cause(self, cause_id: str, text: str) -> ChangeSet:
        after = checked_entity(self._cause(cause_id), text=_one_line(text))
        label = tr("Rename cause {name}").format(name=after.text)
        return self.run(ReplaceEntities((after,), label))

    def set_confirmed(self, cause_id: str, confirmed: bool) -> ChangeSet:
        """Mark a cause as confirmed by the evidence, or take the mark away."""
        current = self._cause(cause_id)
        if current.confirmed == confirmed:
            return ChangeSet()
        after = checked_entity(current, confirmed=bool(confirmed))
        template = tr("Confirm cause {name}") if confirmed else tr("Unconfirm cause {name}")
        return self.run(ReplaceEntities((after,), template.format(name=current.text)))

    def move_cause(
        self,
        cause_id: str,
        *,
        category_id: str | None = None,
        parent_id: str | None = None,
        index: int | None = None,
    ) -> ChangeSet:
        """Move a cause (with its sub-causes): under *parent_id*, onto the bone of
        *category_id*, or (neither given) to *index* among the causes beside it."""
        cause = self._cause(cause_id)
        if parent_id is not None:
            parent = self._cause(parent_id)
            if parent.weak_point_id != cause.weak_point_id:
                raise CommandError(tr("a cause cannot move to the fishbone of another weak point"))
            if leads_back(self.workspace, cause_id, parent_id):
                raise CommandError(self._loop_message(cause, parent))
            target_category = parent.category_id
        elif category_id is not None:
            category = self._category(category_id)
            if category.weak_point_id != cause.weak_point_id:
                raise CommandError(tr("a cause cannot move to the fishbone of another weak point"))
            target_category = category_id
        else:
            parent_id, target_category = cause.parent_id, cause.category_id
        moved = checked_entity(cause, parent_id=parent_id, category_id=target_category)
        after: dict[str, Cause] = {}
        if (cause.parent_id, cause.category_id) != (parent_id, target_category):
            old_row = [c for c in siblings(self.workspace, cause) if c.id != cause_id]
            after.update((c.id, c) for c in _numbered(old_row))
        new_row = (
            causes_on(self.workspace, target_category)
            if parent_id is None
            else sub_causes(self.workspace, parent_id)
        )
        after.update((c.id, c) for c in _numbered(_placed(new_row, moved, index)))
        if target_category != cause.category_id:
            for below in subtree(self.workspace, cause_id)[1:]:
                after[below.id] = checked_entity(below, category_id=target_category)
        changed = tuple(c for c in after.values() if c != self.workspace.find(c.id))
        label = tr("Move cause {name}").format(name=cause.text)
        return self.run(ReplaceEntities(changed, label)) if changed else ChangeSet()

    def delete_cause(self, cause_id: str) -> ChangeSet:
        """Delete a cause with its sub-causes."""
        cause = self._cause(cause_id)
        rest = [c for c in siblings(self.workspace, cause) if c.id != cause_id]
        label = tr("Delete cause {name}").format(name=cause.text)
        commands: list[Command] = [RemoveEntities((cause_id,), label)]
        renumbered = tuple(c for c in _numbered(rest) if c != self.workspace.find(c.id))
        if renumbered:
            commands.append(ReplaceEntities(renumbered, label))
        return self.run(Batch(tuple(commands), label))

    # lookups -----------------------------------------------------------------------------------
    def _loop_message(self, cause: Cause, parent: Cause) -> str:
        if parent.id == cause.id:
            return tr("a cause cannot be a sub-cause of itself")
        message = tr(
            "'{cause}' cannot go under '{parent}': '{parent}' is one of its own sub-causes, "
            "so the chain of causes would lead back to '{cause}'"
        )
        return message.format(cause=cause.text, parent=parent.text)

    def _point(self, weak_point_id: str) -> WeakPoint:
        entity = self.workspace.find(weak_point_id)
        if not isinstance(entity, WeakPoint):
            message = tr("there is no weak point {id} (was it deleted?)")
            raise CommandError(message.format(id=weak_point_id))
        return entity

    def _why(self, why_id: str) -> Why:
        return self._found(why_id, Why, tr("there is no why {id} (was it deleted?)"))

    def _category(self, category_id: str) -> CauseCategory:
        message = tr("there is no cause category {id} (was it deleted?)")
        return self._found(category_id, CauseCategory, message)

    def _cause(self, cause_id: str) -> Cause:
        return self._found(cause_id, Cause, tr("there is no cause {id} (was it deleted?)"))

    def _found(self, entity_id: str, kind: type[Ordered], message: str) -> Ordered:
        entity: Entity | None = self.workspace.find(entity_id)
        if not isinstance(entity, kind):
            raise CommandError(message.format(id=entity_id))
        return entity
