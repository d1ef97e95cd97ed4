"""Diagram interchange (BPMNDI) in both directions: bounds, labels, waypoints, flags, colours.

An imported DI element leaves its id and every attribute the model has no field for in
private hints on the entity (``hint('di')``, ``hint('di-attrs')`` as JSON), so that the export
writes the same ``BPMNShape``/``BPMNEdge`` back; the model owns bounds, label bounds,
waypoints, ``isHorizontal`` of pools and lanes, ``isExpanded`` of sub-processes and colours.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from math import isfinite
from typing import NamedTuple

from lxml import etree

from procdesk.export.bpmn.namespaces import BIOC, COLOR, bpmndi, dc, di, hint
from procdesk.model.geometry import Point, Rect

FILL_ATTRIBUTES = (f"{{{BIOC}}}fill", f"{{{COLOR}}}background-color")
STROKE_ATTRIBUTES = (f"{{{BIOC}}}stroke", f"{{{COLOR}}}border-color")
_OWN = ("id", "bpmnElement")
_BOUNDS = dc("Bounds")
_WAYPOINT = di("waypoint")
_LABEL = bpmndi("BPMNLabel")
_LABEL_HINT = hint("label")
_DI_HINT = hint("di")
_DI_ATTRS_HINT = hint("di-attrs")


def read_bounds(element: etree._Element) -> Rect | None:
    """The ``dc:Bounds`` child of a shape or label, or None if absent or unreadable."""
    return _rect(next(element.iterchildren(_BOUNDS), None))


def _rect(bounds: etree._Element | None) -> Rect | None:
    if bounds is None:
        return None
    get = bounds.get
    try:
        x, y = float(get("x")), float(get("y"))  # type: ignore[arg-type]
        w, h = float(get("width")), float(get("height"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if not (isfinite(x) and isfinite(y) and isfinite(w) and isfinite(h)):
        return None
    return Rect(x, y, 0.0 if w < 0.0 else w, 0.0 if h < 0.0 else h)  # max(w, 0.0), inlined


def _label(label: etree._Element | None) -> tuple[Rect | None, list[tuple[str, str]]]:
    if label is None:
        return None, []
    hints = [(_LABEL_HINT, "1")]
    extra = [[k, v] for k, v in label.attrib.items()]
    if extra:
        hints.append((hint("label-attrs"), json.dumps(extra)))
    return read_bounds(label), hints


def _look(element: etree._Element) -> tuple[str, str, list[tuple[str, str]]]:
    """Fill, stroke and the hints that let the writer reproduce the DI element's id and
    other attributes."""
    attrib = element.attrib
    di_id = attrib.get("id")
    hints: list[tuple[str, str]] = [(_DI_HINT, di_id)] if di_id else []
    if len(attrib) == (di_id is not None) + ("bpmnElement" in attrib):
        return "", "", hints  # mostly: nothing but the id and the element it draws
    get = attrib.get
    fill = get(FILL_ATTRIBUTES[0]) or get(FILL_ATTRIBUTES[1]) or ""
    stroke = get(STROKE_ATTRIBUTES[0]) or get(STROKE_ATTRIBUTES[1]) or ""
    extra = [[k, v] for k, v in attrib.items() if k not in _OWN]
    hints.append((_DI_ATTRS_HINT, json.dumps(extra)))
    return str(fill), str(stroke), hints


class ShapeDi(NamedTuple):
    """What a ``BPMNShape`` says: bounds, label bounds, colours and the hints to write it back
    (None bounds: absent or unreadable)."""

    bounds: Rect | None
    label: Rect | None
    fill: str
    stroke: str
    hints: list[tuple[str, str]]


class EdgeDi(NamedTuple):
    """What a ``BPMNEdge`` says: waypoints, label bounds, colours and the hints."""

    waypoints: tuple[Point, ...]
    label: Rect | None
    fill: str
    stroke: str
    hints: list[tuple[str, str]]


def read_shape(shape: etree._Element) -> ShapeDi:
    """A shape's DI from one walk over its children and one read of its attributes."""
    bounds = label = None
    for child in shape:  # a plain walk: lxml's tag filters cost more than they save here
        tag = child.tag
        if tag == _BOUNDS:
            if bounds is None:
                bounds = child
        elif tag == _LABEL and label is None:
            label = child
    fill, stroke, hints = _look(shape)
    label_bounds, label_hints = _label(label)
    return ShapeDi(_rect(bounds), label_bounds, fill, stroke, hints + label_hints)


def read_edge(edge: etree._Element) -> EdgeDi:
    """An edge's DI from one walk over its children and one read of its attributes."""
    points = []
    label = None
    for child in edge:
        tag = child.tag
        if tag == _WAYPOINT:  # read here, not in a helper: thousands of these
            get = child.get
            try:
                x, y = float(get("x")), float(get("y"))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                continue
            if isfinite(x) and isfinite(y):
                points.append(Point(x, y))
        elif tag == _LABEL and label is None:
            label = child
    fill, stroke, hints = _look(edge)
    label_bounds, label_hints = _label(label)
    return EdgeDi(tuple(points), label_bounds, fill, stroke, hints + label_hints)


_BPMN_ELEMENT = re.compile(r'\bbpmnElement="([^"]*)"')


def drawn_elements(fragments: Iterable[str]) -> list[str]:
    """The ids that DI fragments kept as XML draw (``bpmnElement``, prefix removed).

    The fragments are lxml's own serialization, which always writes attribute values in
    double quotes, so a pattern finds them without parsing each fragment again.
    """
    return [
        value.rpartition(":")[2]
        for fragment in fragments
        for value in _BPMN_ELEMENT.findall(fragment)
    ]


# writing ---------------------------------------------------------------------------------------
def number(value: float) -> str:
    """A coordinate as text: integers without a fraction, others to 3 decimals."""
    try:
        whole = int(value)
    except (OverflowError, ValueError):  # infinite, not a number
        return "0"
    if whole == value:
        return str(whole)
    rounded = round(value, 3)
    return str(int(rounded)) if rounded.is_integer() else repr(rounded)


def add_bounds(parent: etree._Element, rect: Rect) -> None:
    # ``set`` one by one is measurably faster than keyword attributes (thousands of shapes).
    bounds = etree.SubElement(parent, _BOUNDS)
    bounds.set("x", number(rect.x))
    bounds.set("y", number(rect.y))
    bounds.set("width", number(rect.w))
    bounds.set("height", number(rect.h))


def _apply_attrs(element: etree._Element, encoded: str | None) -> None:
    if not encoded:
        return
    try:
        pairs = json.loads(encoded)
    except ValueError:
        return
    for pair in pairs:
        if isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair):
            try:
                element.set(pair[0], pair[1])
            except ValueError:
                continue


def _apply_colour(element: etree._Element, names: Sequence[str], value: str) -> None:
    attrib = element.attrib
    if not value:
        for name in names:
            if name in attrib:
                del attrib[name]
        return
    present = [n for n in names if n in attrib]
    for name in present or names:
        element.set(name, value)


def write_di(
    plane: etree._Element,
    tag: str,
    bpmn_element: str,
    hints: dict[str, str],
    default_id: str,
    flags: Iterable[tuple[str, bool]] = (),
    colours: tuple[str, str] = ("", ""),
) -> etree._Element:
    """Append a ``BPMNShape``/``BPMNEdge`` for *bpmn_element* with its remembered attributes."""
    element = etree.SubElement(plane, bpmndi(tag))
    element.set("id", hints.get(hint("di")) or default_id)
    element.set("bpmnElement", bpmn_element)
    _apply_attrs(element, hints.get(hint("di-attrs")))
    for name, value in flags:
        element.set(name, "true" if value else "false")
    _apply_colour(element, FILL_ATTRIBUTES, colours[0])
    _apply_colour(element, STROKE_ATTRIBUTES, colours[1])
    return element


def write_label(element: etree._Element, bounds: Rect | None, hints: dict[str, str]) -> None:
    """Add a ``BPMNLabel`` when the import had one, or when the label has bounds."""
    if bounds is None and hint("label") not in hints:
        return
    label = etree.SubElement(element, bpmndi("BPMNLabel"))
    _apply_attrs(label, hints.get(hint("label-attrs")))
    if bounds is not None:
        add_bounds(label, bounds)


def write_waypoints(edge: etree._Element, points: Sequence[Point]) -> None:
    for point in points:
        waypoint = etree.SubElement(edge, _WAYPOINT)
        waypoint.set("x", number(point.x))
        waypoint.set("y", number(point.y))
