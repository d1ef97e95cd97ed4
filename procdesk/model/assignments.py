"""A step's RACI: who is Responsible, Accountable, Consulted and Informed, by role name.

The assignments are a value on the step (``Step.raci``) rather than entities of their own, so
that everything that copies a step (a to-be variant, the clipboard, a BPMN round trip, a
revision compare) copies them with it, and an edit of them is an ordinary field update that
History, undo and the change log already understand. Roles are named, not referenced by id:
a role is a lane (the lanes called "Purchasing" in the as-is and in the to-be are one role)
or an entry of the workspace's role list, and a name is what both have in common.

Each role holds at most one letter on a step, as in a RACI matrix cell. ``responsible`` is
``None`` while the step keeps its default (its own role, else its lane: see
``procdesk.model.raci``); an empty tuple says, explicitly, that nobody is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Letter(StrEnum):
    """The four RACI letters, in the order a matrix cell cycles through them."""

    RESPONSIBLE = "R"
    ACCOUNTABLE = "A"
    CONSULTED = "C"
    INFORMED = "I"


_FIELDS: dict[Letter, str] = {
    Letter.RESPONSIBLE: "responsible",
    Letter.ACCOUNTABLE: "accountable",
    Letter.CONSULTED: "consulted",
    Letter.INFORMED: "informed",
}


def next_letter(letter: Letter | None) -> Letter | None:
    """The letter after *letter* in a cell's cycle: blank → R → A → C → I → blank."""
    order: list[Letter | None] = [None, *Letter]
    return order[(order.index(letter) + 1) % len(order)]


def same_role(a: str, b: str) -> bool:
    """Role names match regardless of case and surrounding blanks ("Finance" = "finance ")."""
    return a.strip().casefold() == b.strip().casefold()


@dataclass(frozen=True, slots=True)
class Raci:
    """Explicit assignments of one step; ``responsible`` None means "the default"."""

    responsible: tuple[str, ...] | None = None
    accountable: tuple[str, ...] = ()
    consulted: tuple[str, ...] = ()
    informed: tuple[str, ...] = ()

    def names(self, letter: Letter) -> tuple[str, ...]:
        """The roles holding *letter* (an explicit empty R and a default R both give ())."""
        return getattr(self, _FIELDS[letter]) or ()

    def letter_of(self, role: str) -> Letter | None:
        """The letter *role* holds explicitly, if any."""
        for letter in Letter:
            if any(same_role(role, name) for name in self.names(letter)):
                return letter
        return None

    def with_letter(self, role: str, letter: Letter | None, default: tuple[str, ...] = ()) -> Raci:
        """These assignments with *role* holding *letter* (None: no letter), and no other.

        *default* is who is responsible while ``responsible`` is None (the step's own role or
        its lane). An edit that gives or takes an R makes the list explicit, starting from
        that default, so that clicking a second R keeps the first and clearing the last R
        leaves "nobody" rather than the default; other edits leave the default following
        the lane.
        """
        role = role.strip()
        responsible = self.responsible
        current_r = default if responsible is None else responsible
        if letter == Letter.RESPONSIBLE or any(same_role(role, n) for n in current_r):
            responsible = current_r

        def changed(each: Letter, names: tuple[str, ...]) -> tuple[str, ...]:
            kept = tuple(n for n in names if not same_role(n, role))
            return (*kept, role) if each == letter else kept

        return Raci(
            None if responsible is None else changed(Letter.RESPONSIBLE, responsible),
            changed(Letter.ACCOUNTABLE, self.accountable),
            changed(Letter.CONSULTED, self.consulted),
            changed(Letter.INFORMED, self.informed),
        )

    def renamed(self, old: str, new: str) -> Raci:
        """These assignments with the role *old* called *new*."""
        return self._mapped(lambda names: tuple(new if same_role(n, old) else n for n in names))

    def without(self, role: str) -> Raci:
        """These assignments with *role* holding no letter."""
        return self._mapped(lambda names: tuple(n for n in names if not same_role(n, role)))

    def _mapped(self, change: Callable[[tuple[str, ...]], tuple[str, ...]]) -> Raci:
        return Raci(
            None if self.responsible is None else change(self.responsible),
            change(self.accountable),
            change(self.consulted),
            change(self.informed),
        )

    @property
    def is_default(self) -> bool:
        """Nothing assigned explicitly: the step stores ``None`` instead of this value."""
        return self == Raci()


def normalised(raci: Raci | None) -> Raci | None:
    """*raci*, or None when it assigns nothing explicitly (one way to say "no RACI")."""
    return None if raci is None or raci.is_default else raci
