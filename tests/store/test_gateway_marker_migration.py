"""A workspace of schema version 2 (procdesk 0.1) with imported exclusive gateways: opening it
gives each gateway the X its BPMN file asked for, read from the DI that 0.1 kept, on the
canvas's field and in the BPMN export."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from lxml import etree

from procdesk.document import Document
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.elements import Step
from procdesk.store.layout import APPLICATION_ID
from procdesk.store.migrations import marker_from_kept_di
from tests.store.test_migration import V1_SCHEMA

HINT = "{urn:procdesk:hint}"
DI = "{http://www.omg.org/spec/BPMN/20100524/DI}"


def gateway_row(element_id: str, hints: list[list[str]]) -> tuple[object, ...]:
    """An exclusive gateway as 0.1 stored it: no ``marker_visible`` in its JSON."""
    data = {
        "foreign": {"attributes": hints, "elements": []},
        "documentation": "",
        "origin_id": None,
        "fill": "",
        "stroke": "",
        "label": None,
        "lane_id": None,
        "kind": "exclusiveGateway",
        "event_definition": "",
        "interrupting": True,
        "attached_to": None,
        "loop": "",
        "compensation": False,
        "expanded": False,
        "instruction": "",
        "role": "",
        "inputs": [],
        "outputs": [],
        "systems": [],
        "duration": None,
        "cost": None,
    }
    x = 100.0 + 100 * int(element_id[-1])
    return (
        element_id,
        "Diagram_1",
        "Step",
        None,
        element_id,
        x,
        100.0,
        50.0,
        50.0,
        json.dumps(data),
    )


def kept(di_id: str, attributes: list[list[str]]) -> list[list[str]]:
    return [[HINT + "di", di_id], [HINT + "di-attrs", json.dumps(attributes)], [HINT + "in", "P1"]]


def make_v2_file(path: Path) -> None:
    """What procdesk 0.1 wrote after importing a BPMN file with three exclusive gateways: one
    whose DI said isMarkerVisible="false", one "true", one with no such attribute; and a
    fourth drawn in procdesk (no DI kept)."""
    connection = sqlite3.connect(path)
    connection.executescript(V1_SCHEMA)
    connection.execute("ALTER TABLE weak_points ADD COLUMN severity INTEGER NOT NULL DEFAULT 3")
    connection.execute("ALTER TABLE weak_points ADD COLUMN status VARCHAR NOT NULL DEFAULT 'open'")
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("PRAGMA user_version = 2")
    connection.execute("INSERT INTO processes VALUES ('Process_1', 'Imported', '{}')")
    connection.execute(
        "INSERT INTO diagrams VALUES ('Diagram_1', 'Process_1', 'As-is', 'as-is', '{}')"
    )
    rows = [
        gateway_row("Gateway_1", kept("G1_di", [["isMarkerVisible", "false"]])),
        gateway_row("Gateway_2", kept("G2_di", [["isMarkerVisible", "true"]])),
        gateway_row("Gateway_3", kept("G3_di", [])),
        gateway_row("Gateway_4", [[HINT + "in", "P1"]]),
    ]
    connection.executemany("INSERT INTO elements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    connection.commit()
    connection.close()


def test_an_old_workspace_keeps_the_x_its_file_hid(tmp_path: Path) -> None:
    # given a version-2 workspace with imported gateways whose DI hid or showed the X
    path = tmp_path / "old.procdesk"
    make_v2_file(path)
    # when it is opened (and so upgraded) and exported as BPMN
    with Document.open(path) as document:
        workspace = document.workspace
        shown = {s.id: s.marker_visible for s in workspace.elements_of("Diagram_1", Step)}
        xml = etree.fromstring(write_bpmn(workspace, "Process_1"))
    # then only the gateway whose file said "true" and the one drawn in procdesk show the X
    assert shown == {"Gateway_1": False, "Gateway_2": True, "Gateway_3": False, "Gateway_4": True}
    # and the export says what the source file said
    flags = {
        shape.get("bpmnElement"): shape.get("isMarkerVisible")
        for shape in xml.iter(f"{DI}BPMNShape")
    }
    assert flags["Gateway_1"] == "false" and flags["Gateway_2"] == "true"
    assert flags["Gateway_3"] in (None, "false") and flags["Gateway_4"] == "true"
    # and the stored rows hold the field now, so the change log's first entry has it too
    connection = sqlite3.connect(path)
    stored = dict(
        connection.execute("SELECT id, json_extract(data, '$.marker_visible') FROM elements")
    )
    connection.close()
    assert stored == {"Gateway_1": 0, "Gateway_2": 1, "Gateway_3": 0, "Gateway_4": 1}


def test_kept_di_that_cannot_be_read_hides_the_x() -> None:
    # given a kept DI whose attributes are no JSON: the file had a DI, so bpmn-js's default
    assert marker_from_kept_di([[HINT + "di", "G_di"], [HINT + "di-attrs", "{broken"]]) is False
