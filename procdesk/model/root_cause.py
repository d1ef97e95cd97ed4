"""Root-cause analysis of a weak point: a 5 Whys chain and an Ishikawa (fishbone) diagram.

A process officer asks "why?" until the answer is something the organisation can change,
then sorts every candidate cause into categories (by default the 6M: method, machine,
material, manpower, measurement, milieu) to see that nothing was missed, and marks the
causes the evidence confirmed. Both belong to one weak point: every entity here is scoped to
it and refers to it, so deleting the weak point deletes its analysis (and undo brings both
back together).

The weak point's ``root_cause`` field follows the chain: each 5 Whys intent writes the last
"because" that has been answered into it, in the same ChangeSet (see ``root_cause_intents``).
A weak point without a chain keeps the free text it has, as old workspaces wrote it.

Sub-causes form a tree: a cause's ``parent_id`` names the cause it explains further (None
for a cause on its category's bone). Every cause of a tree carries its category, so moving a
cause to another category moves its sub-causes with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.model.elements import Entity
from procdesk.model.registry import entity_kind
from procdesk.text import tr, tr_noop


@entity_kind(
    table="root_cause_whys",
    scope="weak_point_id",
    refs=("weak_point_id",),
    noun=tr_noop("why", "element kind"),
    counted=lambda n: tr("%n whys", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class Why(Entity):
    """One link of a weak point's 5 Whys chain: the question asked and the answer found."""

    weak_point_id: str
    order: int = 0
    why: str = ""
    because: str = ""

    @property
    def name(self) -> str:
        """What undo labels and searches call it."""
        return self.because or self.why


@entity_kind(
    table="fishbone_categories",
    scope="weak_point_id",
    refs=("weak_point_id",),
    noun=tr_noop("cause category", "element kind"),
    counted=lambda n: tr("%n cause categories", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class CauseCategory(Entity):
    """A bone of a weak point's fishbone: a category of causes ("Method", "Machine"…).

    ``key`` remembers which of the 6M it started as ('' for one the user added); the name is
    free and may be changed.
    """

    weak_point_id: str
    name: str
    order: int = 0
    key: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError(tr("a cause category needs a name"))


@entity_kind(
    table="fishbone_causes",
    scope="weak_point_id",
    refs=("weak_point_id", "category_id", "parent_id"),
    noun=tr_noop("cause", "element kind"),
    counted=lambda n: tr("%n causes", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class Cause(Entity):
    """A possible cause on a fishbone: on its category's bone (``parent_id`` None) or a
    sub-cause of another cause. ``confirmed``: the evidence showed it is a cause."""

    weak_point_id: str
    category_id: str
    parent_id: str | None = None
    text: str
    confirmed: bool = False
    order: int = 0

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError(tr("a cause needs a text"))
        if self.parent_id == self.id:
            raise ValueError(tr("a cause cannot be a sub-cause of itself"))

    @property
    def name(self) -> str:
        """What undo labels and searches call it."""
        return self.text


SIX_M: tuple[tuple[str, str], ...] = (
    ("method", tr_noop("Method", "fishbone category")),
    ("machine", tr_noop("Machine", "fishbone category")),
    ("material", tr_noop("Material", "fishbone category")),
    ("manpower", tr_noop("Manpower", "fishbone category")),
    ("measurement", tr_noop("Measurement", "fishbone category")),
    ("milieu", tr_noop("Environment", "fishbone category")),
)
"""The 6M categories a fishbone starts with: key and name (shown through ``tr``)."""


def six_m_name(key: str) -> str:
    """The name of a 6M category in the user's language ('' for another key)."""
    for known, name in SIX_M:
        if known == key:
            return tr(name, "fishbone category")
    return ""
