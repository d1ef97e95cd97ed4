"""The order of the references the writer lists again: a lane's ``flowNodeRef``s, a flow
node's ``incoming`` and ``outgoing``.

The writer lists them in workspace order: the file's order of the elements, then the order
in which elements were made in procdesk. Most tools list them that way too; where a file
listed them otherwise, the import keeps that listing in a hint on the lane or node, and the
writer follows it for the references still there, then adds the others in workspace order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from procdesk.export.bpmn.namespaces import hint

LANE_REFS = hint("ref-order")
INCOMING = hint("incoming-order")
OUTGOING = hint("outgoing-order")


def in_order(ids: Iterable[str], position: Mapping[str, int], listed: str = "") -> list[str]:
    """*ids* without repeats: first as *listed* (a hint's value), then in workspace order."""
    first = {item: index for index, item in enumerate(listed.split())}
    after, last = len(first), len(position)
    return sorted(set(ids), key=lambda i: (first.get(i, after), position.get(i, last), i))
