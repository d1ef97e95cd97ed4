"""The process landscape's entities: where each process sits, and steps linked to processes.

A chief process officer arranges the workspace's processes in the classic three bands:
management processes on top, the core (value-chain) processes in the middle, support
processes below. Each process may sit under another one (a process hierarchy of up to three
levels: Procure to pay ⊃ Purchase requisition). That arrangement is the landscape's own data,
kept in registered entities beside the processes rather than in ``Process`` fields, which
others read.

* ``LandscapePlacement``: one per placed process (its band, its parent, its place among its
  siblings). A process without one is placed automatically: at the end of the core band, at
  the top level (``procdesk.model.landscape_tree``). The placement's position is its slot,
  ``(band, parent, order)``; the layout (``landscape_layout``) turns slots into geometry, so
  a landscape never has overlapping shapes and never needs tidying.
* ``ProcessLink``: an explicit link from a step to another process. On an end event (or an
  intermediate throw event) it says "continues in" that process; on a start event (or an
  intermediate catch event) "continues from"; on a call activity "calls". The interfaces
  between processes are derived from these and from the diagrams (``analysis.interfaces``).

``process_id`` is a hard reference of both (deleting the process or the step deletes them).
A placement's ``parent_id`` and a link's ``process_id`` are soft: the place they name may be
deleted. A placement whose parent is gone puts its process at the top level of its band; a link
to a deleted process becomes a finding (``landscape-unresolved-link``) instead of vanishing
silently; undoing the delete brings both back as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from procdesk.model.elements import Entity
from procdesk.model.registry import entity_kind
from procdesk.text import tr, tr_noop


class Band(StrEnum):
    """The three bands of a process landscape, top to bottom."""

    MANAGEMENT = "management"
    CORE = "core"
    SUPPORT = "support"


BANDS: tuple[Band, ...] = (Band.MANAGEMENT, Band.CORE, Band.SUPPORT)
"""The bands in the order they are drawn, top to bottom."""

BAND_TITLES: dict[Band, str] = {
    Band.MANAGEMENT: tr_noop("Management processes"),
    Band.CORE: tr_noop("Core processes"),
    Band.SUPPORT: tr_noop("Support processes"),
}
"""Each band's heading (translate with ``tr`` on use)."""

BAND_NAMES: dict[Band, str] = {
    Band.MANAGEMENT: tr_noop("Management", "landscape band"),
    Band.CORE: tr_noop("Core", "landscape band"),
    Band.SUPPORT: tr_noop("Support", "landscape band"),
}
"""Each band's short name (the second step of a breadcrumb: Landscape, Core, Order to cash)."""

MAX_LEVEL = 3
"""The deepest level of the process hierarchy: a top-level process is level 1."""


def _placements(n: int) -> str:
    return tr("%n landscape placements", None, n)


def _links(n: int) -> str:
    return tr("%n process links", None, n)


@entity_kind(
    table="landscape_placements",
    scope="process_id",
    refs=("process_id",),
    noun=tr_noop("landscape placement", "element kind"),
    counted=_placements,
)
@dataclass(frozen=True, slots=True, kw_only=True)
class LandscapePlacement(Entity):
    """Where one process sits in the landscape: its band, its parent, its place in the row.

    ``order`` ranks the process among its siblings (the top-level processes of its band, or
    the sub-processes of its parent); for core processes that is the value-chain order. A
    sub-process is drawn in its top-level ancestor's band; its own ``band`` is where it goes
    when it is taken out of its parent.
    """

    process_id: str
    band: Band = Band.CORE
    parent_id: str | None = None
    order: int = 0


@entity_kind(
    table="process_links",
    scope="step_id",
    refs=("step_id",),
    noun=tr_noop("process link", "element kind"),
    counted=_links,
)
@dataclass(frozen=True, slots=True, kw_only=True)
class ProcessLink(Entity):
    """A step's explicit link to another process ("continues in", "continues from", "calls").

    What the link means follows from the step's kind (see the module docstring); a step has
    at most one link.
    """

    step_id: str
    process_id: str
