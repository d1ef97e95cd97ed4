"""The workspace's role list: roles that are not (only) lanes, with what they do and where.

A RACI names more people than the lanes show: the head of department who is accountable, the
controller who is consulted, the works council that is informed. The role list names them
once for the whole workspace, with a description and a department. A role may share its name
with a lane, and then describes that lane's role; RACI assignments name roles by name
(``procdesk.model.assignments``), so the list needs no link to any diagram.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.model.elements import Entity
from procdesk.model.registry import entity_kind
from procdesk.text import tr, tr_noop


@entity_kind(
    table="roles",
    noun=tr_noop("role", "element kind"),
    counted=lambda n: tr("%n roles", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class Role(Entity):
    """One entry of the role list."""

    name: str
    description: str = ""
    department: str = ""
