"""Entities to plain values (dicts, lists, strings, numbers) and back, through cattrs.

One converter serves every place an entity leaves memory: the store's rows (``store.codec``)
and the snapshots a release freezes (``snapshots``). Keeping it in the model lets both agree
on every field's form without the model knowing SQL; adding a field to an entity needs no code
here, and a value written by an older procdesk reads back with the field's default.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cattrs import Converter

from procdesk.model.elements import (
    Annotation,
    DataObject,
    DataStore,
    Diagram,
    Entity,
    Flow,
    Group,
    Kpi,
    KpiMeasurement,
    Lane,
    Phase,
    Pool,
    Process,
    Step,
    WeakPoint,
)
from procdesk.model.geometry import Point
from procdesk.model.registry import KINDS

converter = Converter(forbid_extra_keys=False)
"""The one converter; extra keys (fields of a newer procdesk) are ignored when structuring."""


# Tuples are the hot path of bulk writes (a flow's waypoints, a step's inputs): plain list
# comprehensions are several times faster than cattrs's generic iterable handling.
def _points(points: tuple[Point, ...]) -> list[dict[str, float]]:
    return [{"x": p.x, "y": p.y} for p in points]


def _pairs(pairs: tuple[tuple[str, str], ...]) -> list[list[str]]:
    return [list(pair) for pair in pairs]


_FAST_TUPLES: dict[object, Callable[[Any], Any]] = {
    tuple[Point, ...]: _points,
    tuple[str, ...]: list,
    tuple[tuple[str, str], ...]: _pairs,
}


def _is(wanted: object) -> Callable[[Any], bool]:
    def predicate(candidate: Any) -> bool:
        return bool(candidate == wanted)

    return predicate


for _type, _hook in _FAST_TUPLES.items():
    converter.register_unstructure_hook_func(_is(_type), _hook)


# And back: opening a workspace structures every flow's waypoints and every step's lists.
# Each gives what cattrs gives (``float``/``str`` applied to each value), without its
# generic per-item dispatch; a malformed value raises KeyError, TypeError or ValueError.
def _structure_points(value: Any, _: Any) -> tuple[Point, ...]:
    return tuple([Point(float(p["x"]), float(p["y"])) for p in value])


def _structure_strings(value: Any, _: Any) -> tuple[str, ...]:
    return tuple([str(item) for item in value])


def _structure_pairs(value: Any, _: Any) -> tuple[tuple[str, str], ...]:
    return tuple([(str(first), str(second)) for first, second in value])


_FAST_STRUCTURE: dict[object, Callable[[Any, Any], Any]] = {
    tuple[Point, ...]: _structure_points,
    tuple[str, ...]: _structure_strings,
    tuple[tuple[str, str], ...]: _structure_pairs,
}
for _type, _structure in _FAST_STRUCTURE.items():
    converter.register_structure_hook_func(_is(_type), _structure)


_UNSTRUCTURE: dict[Any, Callable[[Any], Any]] = {}
_STRUCTURE: dict[Any, Callable[[Any, Any], Any]] = {}


def unstructure_hook(cls: Any) -> Callable[[Any], Any]:
    """cattrs's generated function for *cls*, looked up once instead of on every value."""
    hook = _UNSTRUCTURE.get(cls)
    if hook is None:
        hook = _UNSTRUCTURE[cls] = converter.get_unstructure_hook(cls)
    return hook


def structure_hook(cls: Any) -> Callable[[Any, Any], Any]:
    """cattrs's generated function that builds a *cls* from plain values."""
    hook = _STRUCTURE.get(cls)
    if hook is None:
        hook = _STRUCTURE[cls] = converter.get_structure_hook(cls)
    return hook


HAND_WIRED: tuple[type[Entity], ...] = (
    Process,
    Diagram,
    Pool,
    Lane,
    Phase,
    Step,
    DataObject,
    DataStore,
    Annotation,
    Group,
    Flow,
    WeakPoint,
    Kpi,
    KpiMeasurement,
)
"""The entity classes the first version of procdesk wired by hand, in the store's order."""


def entity_types() -> dict[str, type[Entity]]:
    """Every entity class by its name: the hand-wired ones, then each registered kind."""
    types = {cls.__name__: cls for cls in HAND_WIRED}
    for cls in KINDS:
        types.setdefault(cls.__name__, cls)
    return types
