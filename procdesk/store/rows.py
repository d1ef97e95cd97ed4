"""Entities to ready-to-bind row tuples, through one generated function per entity class.

``codec.to_row`` is the generic mapping (cattrs unstructure, then columns picked out of the
dict). An import writes thousands of rows at once, and there that generality costs more than
the SQL: a dict per entity that is taken apart again, a call per optional field, a second
tuple per row. ``row_values`` gives the same values, in the table's column order with the
``data`` column already JSON-encoded, from code generated once per class (as cattrs itself
does) that reads each field straight into place; value objects become dicts inline, and
tuples of plain values go to the encoder as they are (JSON writes them as it writes the
lists cattrs would make). The stored text is byte-for-byte what ``to_row`` gives; the store
tests hold the two to that.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from typing import Any

from procdesk.model.elements import Entity, Flow
from procdesk.model.geometry import Rect
from procdesk.model.structuring import unstructure_hook
from procdesk.store.codec import mapping_of

RowValues = Callable[[Entity], tuple[Any, ...]]

_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
"""The encoding of the ``data`` column (compact, non-ASCII kept as is)."""


def _json_encoder() -> Callable[[Any], str]:
    """``_JSON.encode`` without building the C encoder again for every row."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator: the plain encoder says the same
        return _JSON.encode
    encode_chunks = make(
        None,  # no circular check: rows are trees of plain values
        _JSON.default,
        json.encoder.encode_basestring,
        None,
        ":",
        ",",
        False,
        False,
        True,
    )

    def encode(value: Any) -> str:
        return "".join(encode_chunks(value, 0))

    return encode


encode_json = _json_encoder()

_PLAIN: tuple[type, ...] = (str, int, float, bool, types.NoneType)


def _is_plain(kind: Any) -> bool:
    """Types cattrs hands through unchanged: primitives, enums, and optional ones of those."""
    if isinstance(kind, type):
        return issubclass(kind, _PLAIN)  # string enums too: they are str
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        return all(_is_plain(arg) for arg in typing.get_args(kind))
    return False


def _for_json(kind: Any) -> Callable[[Any], Any] | None:
    """What turns a value of type *kind* into what the JSON encoder gets, or None when the
    value encodes as it is to the same text as cattrs's form of it: primitives, string
    enums, and tuples of those (a tuple encodes like the list cattrs makes of it)."""
    if _is_plain(kind):
        return None
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is tuple and all(_for_json(arg) is None for arg in args if arg is not Ellipsis):
        return None
    if origin in (typing.Union, types.UnionType) and len(args) == 2 and types.NoneType in args:
        inner = _for_json(args[0] if args[1] is types.NoneType else args[1])
        return None if inner is None else _optional(inner)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _as_dict(kind)
    return unstructure_hook(kind)


def _optional(inner: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        return None if value is None else inner(value)

    return convert


def _as_dict(cls: type) -> Callable[[Any], Any]:
    """A value object as the dict cattrs makes of it (every field, in order)."""
    namespace: dict[str, Any] = {}
    items = []
    hints = typing.get_type_hints(cls)
    for field in dataclasses.fields(cls):
        convert = _for_json(hints[field.name])
        if convert is None:
            items.append(f"{field.name!r}: v.{field.name}")
        else:
            namespace[f"_c_{field.name}"] = convert
            items.append(f"{field.name!r}: _c_{field.name}(v.{field.name})")
    source = f"def as_dict(v):\n    return {{{', '.join(items)}}}\n"
    exec(compile(source, f"<{cls.__name__} as a dict>", "exec"), namespace)
    function: Callable[[Any], Any] = namespace["as_dict"]
    return function


def _compile(cls: type[Entity]) -> RowValues:
    mapping = mapping_of(cls)
    columns = tuple(column.name for column in mapping.table.columns)
    hints = typing.get_type_hints(cls)
    namespace: dict[str, Any] = {"_encode": encode_json}
    values: dict[str, str] = {}
    for field in dataclasses.fields(cls):
        name = field.name
        kind = hints[name]
        convert = _for_json(kind)
        if convert is None or (kind is Rect and name == "bounds" and mapping.geometry):
            values[name] = f"e.{name}"
        else:
            namespace[f"_u_{name}"] = convert
            values[name] = f"_u_{name}(e.{name})"
    row: dict[str, str] = {name: values.pop(name) for name in mapping.columns}
    if mapping.geometry:
        values.pop("bounds")
        row.update(x="b.x", y="b.y", w="b.w", h="b.h", type=repr(cls.__name__))
    elif cls is Flow:
        row["type"] = values.pop("kind")
    data = ", ".join(f"{name!r}: {expression}" for name, expression in values.items())
    row["data"] = f"_encode({{{data}}})"
    body = "    b = e.bounds\n" if mapping.geometry else ""
    source = (
        f"def row_{cls.__name__}(e):\n{body}"
        f"    return ({', '.join(row[column] for column in columns)},)\n"
    )
    exec(compile(source, f"<row values of {cls.__name__}>", "exec"), namespace)
    function: RowValues = namespace[f"row_{cls.__name__}"]
    return function


_ROW_VALUES: dict[type, RowValues] = {}


def row_values(entity: Entity) -> tuple[Any, ...]:
    """The values that store *entity*, in the order of its table's columns."""
    cls = type(entity)
    function = _ROW_VALUES.get(cls)
    if function is None:
        function = _ROW_VALUES[cls] = _compile(cls)
    return function(entity)
