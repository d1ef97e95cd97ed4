"""A ChangeSet as the change log stores it: a compact diff, zlib-compressed, and back.

An added or removed entity is stored whole, as the row the store writes for it (so the row
code does the work, and removals can be replayed and undone), its ``data`` column put in
last, as the JSON it already is; an update only as the fields
it changed, each with its old and new value (old values let a replay notice that it runs
against another state, and let a server merge). Rows are positional, with their table's
column names given once per payload, so a later column layout still reads old entries.

    {"c": {"elements": ["id", "diagram_id", …, "data"]},
     "o": [["a", "elements", [values…, {data}]],
           ["u", "elements", "Task_1", {"name": ["Check", "Check budget"], "x": [10, 40]}],
           ["r", "flows", [row…]]]}

The JSON is deflated with a preset dictionary of the words every payload repeats (table and
field names), which roughly halves a single edit's entry; the first byte names the format.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from procdesk.model.changes import Change, ChangeSet
from procdesk.model.elements import Entity
from procdesk.model.workspace import Workspace
from procdesk.store.codec import from_row, table_of, tables
from procdesk.store.rows import encode_json, row_values

FORMAT = 1
"""The payload format (the first byte): 1 = this JSON, deflated with ``_DICTIONARY``."""

_DICTIONARY = (
    b'"bounds""waypoints""label""documentation""origin_id""fill""stroke""foreign"'
    b'{"attributes":[],"elements":[]}"lane_id""parent_id""diagram_id""process_id"'
    b'"kind":"task""event_definition":"""interrupting":true,"attached_to":null,'
    b'"loop":"","compensation":false,"expanded":false,"instruction":"","role":"",'
    b'"inputs":[],"outputs":[],"systems":[],"duration":null,"cost":null,"raci":null'
    b'"source_id""target_id""condition":"","is_default":false,"probability":null'
    b'{"x":{"y":"w":"h":"responsible""accountable""consulted""informed"'
    b'"name""order""horizontal""kpi_id""date""value""severity""status""type"'
    b'["u","elements",["a","elements",["r","elements",["u","flows",["a","flows",'
    b'["r","flows",{"c":{"elements":["id","diagram_id","type","parent_id","name",'
    b'"x","y","w","h","data"]},"o":[[Step"Lane"Pool"Flow_"Task_"Lane_"Gateway_"Event_'
)


LARGE = 256 * 1024
"""Payloads of more characters than this (imports) are deflated for speed, not size."""


class LogMismatchError(ValueError):
    """A payload does not fit the workspace it is replayed on."""


def encode(changeset: ChangeSet, rows: Mapping[str, tuple[Any, ...]] | None = None) -> bytes:
    """The payload of *changeset*; *rows* are the stored rows of its added and updated
    entities by id, when the caller has made them already (the store has)."""
    rows = rows or {}
    columns: dict[str, list[str]] = {}
    operations: list[str] = []
    for change in changeset.changes:
        table = table_of(change.entity)
        if change.before is not None and change.after is not None:
            diff = _diff(change.before, change.after, rows.get(change.id))
            operations.append(encode_json(["u", table.name, change.id, diff]))
            continue
        names = columns.get(table.name)
        if names is None:
            names = columns[table.name] = [column.name for column in table.columns]
        if change.after is not None:
            row = rows.get(change.id) or row_values(change.after)
            operations.append(_row_text("a", table.name, names, row))
        else:
            assert change.before is not None
            operations.append(_row_text("r", table.name, names, row_values(change.before)))
    return _deflated(columns, operations)


def encode_rows(stored: Mapping[str, tuple[list[str], list[tuple[Any, ...]]]]) -> bytes:
    """The payload that adds stored rows as they are: table → (column names, rows)."""
    columns = {name: names for name, (names, rows) in stored.items() if rows}
    operations = [
        _row_text("a", name, names, row) for name, (names, rows) in stored.items() for row in rows
    ]
    return _deflated(columns, operations)


def _row_text(verb: str, table: str, names: list[str], row: tuple[Any, ...]) -> str:
    """``[verb, table, [values…, data]]`` as JSON text, the ``data`` column (JSON text already)
    spliced in as it is: no second encoding, no escaped quotes. The payload's column list puts
    ``data`` last to match (``_header``)."""
    values = list(row)
    data = values.pop(names.index("data")) if "data" in names else None
    head = encode_json([verb, table, values])
    return f"{head[:-2]},{data or 'null'}]]" if values else f"{head[:-3]}[{data or 'null'}]]"


def _header(columns: Mapping[str, list[str]]) -> dict[str, list[str]]:
    return {
        name: [n for n in names if n != "data"] + (["data"] if "data" in names else [])
        for name, names in columns.items()
    }


def _deflated(columns: Mapping[str, list[str]], operations: list[str]) -> bytes:
    text = f'{{"c":{encode_json(_header(columns))},"o":[{",".join(operations)}]}}'
    # an import's megabytes deflate several times faster at level 1, for a few % more bytes
    level = 6 if len(text) < LARGE else 1
    compressor = zlib.compressobj(level, zdict=_DICTIONARY)
    return bytes([FORMAT]) + compressor.compress(text.encode("utf-8")) + compressor.flush()


def decode(payload: bytes) -> dict[str, Any]:
    """The JSON document inside *payload*."""
    if not payload or payload[0] != FORMAT:
        raise LogMismatchError(f"unknown change log format {payload[:1]!r}")
    inflater = zlib.decompressobj(zdict=_DICTIONARY)
    text = inflater.decompress(payload[1:]) + inflater.flush()
    document: dict[str, Any] = json.loads(text)
    return document


def replay(payload: bytes, workspace: Workspace) -> ChangeSet:
    """The ChangeSet *payload* records, planned against *workspace* (not applied to it).

    LogMismatchError when an update's old values or a removal's row are not what
    *workspace* holds: the log is being replayed on a state it was not written from.
    """
    document = decode(payload)
    columns: Mapping[str, list[str]] = document["c"]
    changes: list[Change] = []
    for operation in document["o"]:
        verb, table_name = operation[0], operation[1]
        if verb == "a":
            changes.append(Change(None, _entity(table_name, columns[table_name], operation[2])))
        elif verb == "r":
            removed = _entity(table_name, columns[table_name], operation[2])
            if workspace.find(removed.id) != removed:
                raise LogMismatchError(f"{removed.id} is not as the log removed it")
            changes.append(Change(removed, None))
        elif verb == "u":
            before = workspace.find(operation[2])
            if before is None:
                raise LogMismatchError(f"{operation[2]} is missing")
            changes.append(Change(before, _updated(before, operation[3])))
        else:
            raise LogMismatchError(f"unknown operation {verb!r}")
    return ChangeSet(tuple(changes))


def rewind(
    payload: bytes, values: dict[str, Entity | None], now: Callable[[str], Entity | None]
) -> list[str]:
    """Step *values* back over the entry *payload* records: afterwards each id the entry
    touched holds its value from before the entry. Ids not yet in *values* start from
    ``now(id)``, their value after the entry. (How a workspace finds what it held when it
    last met its repository: its values now, rewound over the entries since.) Returns the
    touched ids in the entry's order."""
    document = decode(payload)
    columns: Mapping[str, list[str]] = document["c"]
    touched: list[str] = []
    for operation in reversed(document["o"]):
        verb, table_name = operation[0], operation[1]
        if verb == "u":
            entity_id = operation[2]
            after = values[entity_id] if entity_id in values else now(entity_id)
            if after is None:
                raise LogMismatchError(f"{entity_id} is missing")
            flat = _flat(after)
            for key, (old, _new) in operation[3].items():
                flat[key] = old
            values[entity_id] = _unflattened(table_name, flat)
            touched.append(entity_id)
            continue
        entity = _entity(table_name, columns[table_name], operation[2])
        if verb == "a":
            values[entity.id] = None
        elif verb == "r":
            values[entity.id] = entity
        else:
            raise LogMismatchError(f"unknown operation {verb!r}")
        touched.append(entity.id)
    touched.reverse()
    return touched


def replay_all(payloads: Iterable[bytes]) -> Workspace:
    """A workspace built from nothing by replaying *payloads* in order."""
    workspace = Workspace()
    for payload in payloads:
        workspace.apply(replay(payload, workspace))
    return workspace


# rows as flat mappings -------------------------------------------------------------------------
def _flat(entity: Entity, stored: tuple[Any, ...] | None = None) -> dict[str, Any]:
    """The stored row of *entity* (*stored*, if made already) as one mapping: its columns
    and the fields in ``data``."""
    table = table_of(entity)
    values = stored or row_values(entity)
    row = dict(zip((c.name for c in table.columns), values, strict=True))
    data = json.loads(row.pop("data") or "{}")
    return {**row, **data}


def _diff(
    before: Entity, after: Entity, stored: tuple[Any, ...] | None = None
) -> dict[str, list[Any]]:
    old, new = _flat(before), _flat(after, stored)
    return {
        key: [old.get(key), new.get(key)]
        for key in new.keys() | old.keys()
        if old.get(key) != new.get(key)
    }


def _updated(before: Entity, diff: Mapping[str, list[Any]]) -> Entity:
    flat = _flat(before)
    for key, (old, new) in diff.items():
        if flat.get(key) != old:
            raise LogMismatchError(f"{before.id}: {key} is not as the log found it")
        flat[key] = new
    table = table_of(before)
    return _unflattened(table.name, flat)


def _entity(table_name: str, columns: list[str], row: list[Any]) -> Entity:
    values = dict(zip(columns, row, strict=True))
    values["data"] = values.get("data") or {}
    return from_row(_table(table_name), values)


def _unflattened(table_name: str, flat: dict[str, Any]) -> Entity:
    table = _table(table_name)
    names = [c.name for c in table.columns if c.name != "data"]
    values: dict[str, Any] = {name: flat.pop(name, None) for name in names}
    values["data"] = flat
    return from_row(table, values)


def _table(name: str) -> Any:
    for table in tables():
        if table.name == name:
            return table
    raise LogMismatchError(f"unknown table {name!r}")
