"""ChangeSets: what one user action did, as before/after values of every entity it touched."""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.model.elements import Entity


@dataclass(frozen=True, slots=True)
class Change:
    """One entity's change: added (no *before*), removed (no *after*) or updated (both)."""

    before: Entity | None
    after: Entity | None

    def __post_init__(self) -> None:
        if self.before is None and self.after is None:
            raise ValueError("a change needs a before or an after value")
        if self.before is not None and self.after is not None and self.before.id != self.after.id:
            raise ValueError("a change cannot alter an entity's id")

    @property
    def id(self) -> str:
        entity = self.after if self.after is not None else self.before
        assert entity is not None
        return entity.id

    @property
    def entity(self) -> Entity:
        """The value after the change, or the removed value."""
        entity = self.after if self.after is not None else self.before
        assert entity is not None
        return entity

    @property
    def is_added(self) -> bool:
        return self.before is None

    @property
    def is_removed(self) -> bool:
        return self.after is None

    def inverted(self) -> Change:
        return Change(self.after, self.before)


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """The changes of one user action, applied together and persisted in one transaction."""

    changes: tuple[Change, ...] = ()
    label: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def inverted(self) -> ChangeSet:
        return ChangeSet(tuple(c.inverted() for c in reversed(self.changes)), self.label)

    def then(self, later: ChangeSet, label: str | None = None) -> ChangeSet:
        """Compose: this change followed by *later*, as one net change per entity."""
        firsts: dict[str, Entity | None] = {}
        lasts: dict[str, Entity | None] = {}
        for change in (*self.changes, *later.changes):
            firsts.setdefault(change.id, change.before)
            lasts[change.id] = change.after
        net = tuple(
            Change(firsts[i], lasts[i])
            for i in firsts
            if not (firsts[i] is None and lasts[i] is None) and firsts[i] != lasts[i]
        )
        return ChangeSet(net, self.label if label is None else label)

    def ids(self) -> set[str]:
        return {c.id for c in self.changes}

    def added(self) -> list[Entity]:
        return [c.after for c in self.changes if c.after is not None and c.before is None]

    def removed(self) -> list[Entity]:
        return [c.before for c in self.changes if c.before is not None and c.after is None]

    def updated(self) -> list[Entity]:
        return [c.after for c in self.changes if c.after is not None and c.before is not None]
