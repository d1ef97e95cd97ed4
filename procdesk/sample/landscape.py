"""The sample's organisation: seven small processes around the purchase requisition, placed in
the landscape's three bands, with interfaces of every kind between them, owners, statuses,
weak points and KPIs (some off target). Drawn from ``resources/sample/landscape.toml``, after
the purchase requisition, which it puts under Procure to pay.

It names in the sample book: ``landscape/KEY`` (each process by its key in the TOML file),
``landscape/KEY/as-is``, ``landscape/KEY/step/STEP``, ``landscape/KEY/weak-point/NAME`` and
``landscape/KEY/kpi/NAME``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from procdesk.model.editor import Editor
from procdesk.model.elements import DataObject, DataStore, Pool, Shape
from procdesk.model.geometry import Rect
from procdesk.model.ids import new_id
from procdesk.model.landscape import Band
from procdesk.model.sizes import DATA_OBJECT_SIZE, DATA_STORE_SIZE
from procdesk.resources import resource
from procdesk.sample.book import SampleBook
from procdesk.sample.drawing import (
    add_kpis,
    add_process,
    column_x,
    draw_diagram,
    lane_center,
)

SAMPLE_SOURCE = resource("sample", "landscape.toml")
PARTNER_GAP = 50.0
PARTNER_HEIGHT = 70.0


def add_landscape(book: SampleBook, source: Path = SAMPLE_SOURCE) -> None:
    """Draw the organisation's processes into *book*, place them and link them."""
    with source.open("rb") as handle:
        spec = tomllib.load(handle)
    editor = book.editor
    steps: dict[str, dict[str, str]] = {}
    for process in spec["processes"]:
        steps[process["key"]] = _draw(book, process)
    for process in spec["processes"]:
        for step_key, target in process.get("links", []):
            editor.link_step_to_process(steps[process["key"]][step_key], _process_id(book, target))
    slots: dict[Band, int] = {}
    for process in spec["processes"]:
        band = Band(process["band"])
        editor.place_process(book.id(f"landscape/{process['key']}"), band, slots.get(band, 0))
        slots[band] = slots.get(band, 0) + 1
    parent = _process_id(book, spec["purchase_parent"])
    editor.set_process_parent(book.id("purchase"), parent)


def _process_id(book: SampleBook, key: str) -> str:
    return book.id("purchase" if key == "purchase" else f"landscape/{key}")


def _draw(book: SampleBook, spec: dict[str, Any]) -> dict[str, str]:
    """Draw one process; return its step (and partner) keys → ids."""
    editor = book.editor
    prefix = f"landscape/{spec['key']}"
    process_id = add_process(editor, spec["process"])
    book.name(prefix, process_id)
    diagram_id = editor.workspace.diagrams_of(process_id)[0].id
    book.name(f"{prefix}/as-is", diagram_id)
    keys = draw_diagram(editor, diagram_id, spec["diagram"], book, prefix)
    for key, step_id in keys.items():
        book.name(f"{prefix}/step/{key}", step_id)
    lanes = {lane.name: lane.id for lane in _lanes(editor, diagram_id)}
    for data in spec.get("data", []):
        data_id = _add_data(editor, diagram_id, data, lanes)
        for reader in data.get("reads", []):
            editor.connect(data_id, keys[reader])
        for writer in data.get("writes", []):
            editor.connect(keys[writer], data_id)
    ends = dict(keys)
    ends.update(_add_partners(editor, diagram_id, spec.get("partners", [])))
    for source, target, label in spec.get("messages", {}).get("list", []):
        editor.connect(ends[source], ends[target], name=label)
    add_kpis(editor, process_id, spec.get("kpis", []), keys, book, prefix)
    return keys


def _lanes(editor: Editor, diagram_id: str) -> list[Shape]:
    pools = editor.workspace.elements_of(diagram_id, Pool)
    return [lane for pool in pools for lane in editor.workspace.lanes_of(pool.id)]


def _add_data(editor: Editor, diagram_id: str, data: dict[str, Any], lanes: dict[str, str]) -> str:
    """A data store or data object in a lane, in the column the description gives."""
    lane_id = lanes[data["lane"]]
    store = data["kind"] == "store"
    w, h = DATA_STORE_SIZE if store else DATA_OBJECT_SIZE
    x, y = column_x(data["col"]), lane_center(editor, lane_id)
    lane = editor.workspace.get(lane_id, Shape)
    shape_type = DataStore if store else DataObject
    shape = shape_type(
        id=new_id("DataStoreReference" if store else "DataObjectReference"),
        diagram_id=diagram_id,
        name=data["name"],
        bounds=Rect(x - w / 2, y - h / 2, w, h),
        lane_id=lane_id,
        parent_id=lane.parent_id,
    )
    return editor.add(shape)


def _add_partners(
    editor: Editor, diagram_id: str, partners: list[dict[str, str]]
) -> dict[str, str]:
    """Black-box pools for the partners, one below the other under the process's own pool."""
    pools = editor.workspace.elements_of(diagram_id, Pool)
    left = min(pool.bounds.x for pool in pools)
    width = max(pool.bounds.right for pool in pools) - left
    top = max(pool.bounds.bottom for pool in pools) + PARTNER_GAP
    made: dict[str, str] = {}
    for partner in partners:
        bounds = Rect(left, top, width, PARTNER_HEIGHT)
        made[partner["key"]] = editor.add_pool(diagram_id, partner["name"], bounds)
        top += PARTNER_HEIGHT + PARTNER_GAP
    return made
