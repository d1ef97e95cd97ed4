"""What the notation reads from attributes kept verbatim from an imported file.

Some BPMN attributes change how an element is drawn but are never edited here: an event
sub-process's ``triggeredByEvent``, a message flow's ``messageRef``, an association's
``associationDirection``. The importer keeps them in the element's ``Foreign`` bag and the
exporter writes them back unchanged; these functions are the one place that reads them.
"""

from __future__ import annotations

from procdesk.model.elements import Entity, Flow, FlowKind, Step


def _attribute(entity: Entity, name: str) -> str:
    for key, value in entity.foreign.attributes:
        if key == name:
            return value
    return ""


def is_event_sub_process(step: Step) -> bool:
    """An event sub-process runs when its start event's trigger occurs, not via flows."""
    return step.kind.is_sub_process and _attribute(step, "triggeredByEvent") == "true"


def carries_message(flow: Flow) -> bool:
    """Whether a message flow names the message it carries (drawn as an envelope on it)."""
    return flow.kind is FlowKind.MESSAGE and bool(_attribute(flow, "messageRef").strip())


def association_arrows(flow: Flow) -> tuple[bool, bool]:
    """Open arrowheads of an association: (at its source, at its target)."""
    if flow.kind is not FlowKind.ASSOCIATION:
        return False, False
    direction = _attribute(flow, "associationDirection")
    return direction == "Both", direction in ("One", "Both")
