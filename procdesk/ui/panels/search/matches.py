"""What find (Ctrl+F) matches: elements whose name or written text holds the words typed.

Matching looks at the name and at what people wrote about an element (work instruction,
documentation, flow condition), ignoring case and runs of spaces, and lists the matches in
the order a process diagram is read. It needs no widgets, so the find bar only shows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.model.elements import DiagramElement, Flow, Shape, Step
from procdesk.model.naming import noun
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop

FIELD_WORDS = {
    "name": tr_noop("name", "where a search found its text"),
    "instruction": tr_noop("work instruction", "where a search found its text"),
    "documentation": tr_noop("documentation", "where a search found its text"),
    "condition": tr_noop("condition", "where a search found its text"),
}
"""Words for ``Match.field``, shown when a match was found in more than the name."""


@dataclass(frozen=True, slots=True)
class Match:
    """An element whose name or text contains what was typed."""

    diagram_id: str
    element_id: str
    label: str
    field: str
    """Where the text was found: "name", "instruction", "documentation" or "condition"."""


def _texts(element: DiagramElement) -> list[tuple[str, str]]:
    texts = [("name", element.name), ("documentation", element.documentation)]
    if isinstance(element, Step):
        texts.append(("instruction", element.instruction))
    if isinstance(element, Flow):
        texts.append(("condition", element.condition))
    return texts


def _position(element: DiagramElement) -> tuple[float, float]:
    """Left to right, then top to bottom: the way a process diagram is read."""
    if isinstance(element, Shape):
        centre = element.bounds.center
        return centre.x, centre.y
    if isinstance(element, Flow) and element.waypoints:
        middle = element.waypoints[len(element.waypoints) // 2]
        return middle.x, middle.y
    return 0.0, 0.0


def field_word(field: str) -> str:
    return tr(FIELD_WORDS[field], "where a search found its text")


def find(workspace: Workspace, diagram_id: str, text: str) -> list[Match]:
    """Elements of *diagram_id* whose name or text contains *text* (any case), in reading order."""
    needle = " ".join(text.split()).casefold()
    if not needle or diagram_id not in workspace:
        return []
    found: list[tuple[tuple[float, float], Match]] = []
    for element in workspace.elements_of(diagram_id):
        for field, value in _texts(element):
            if needle in " ".join(value.split()).casefold():
                name = " ".join(element.name.split()) or f"({noun(element)})"
                match = Match(diagram_id, element.id, name, field)
                found.append((_position(element), match))
                break
    found.sort(key=lambda pair: pair[0])
    return [match for _, match in found]


def find_elsewhere(workspace: Workspace, diagram_id: str | None, text: str) -> list[Match]:
    """Matches in every other diagram of the workspace, process by process."""
    matches: list[Match] = []
    for process in workspace.processes():
        for diagram in workspace.diagrams_of(process.id):
            if diagram.id != diagram_id:
                matches += find(workspace, diagram.id, text)
    return matches
