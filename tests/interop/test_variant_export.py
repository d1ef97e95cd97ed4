"""An imported model with a to-be variant made in procdesk exports as valid BPMN: the copy
gets containers and ids of its own instead of merging into the original's process."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.commands import AddEntities
from procdesk.model.editor import Editor
from procdesk.model.history import History
from procdesk.model.workspace import Workspace
from tests.interop.conftest import assert_valid, reference_files
from tests.interop.roundtrip import differences

MODEL = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
CASES = [p for p in reference_files() if p.stem in ("A.4.0", "C.4.0", "C.6.0", "C.8.0")]


@pytest.mark.parametrize("path", CASES or [None], ids=lambda p: p.stem if p else "none")
def test_to_be_copy_of_an_import_exports_valid_and_separate(
    path: Path | None, corpus: Path, bpmn_schema: etree.XMLSchema
) -> None:
    if path is None:
        pytest.fail(f"reference models missing in {corpus}")
    # given an imported model and a to-be copy of its first diagram
    original = path.read_bytes()
    result = read_bpmn(original)
    editor = Editor(History(Workspace()))
    editor.run(AddEntities(tuple(result.entities)))
    as_is = editor.workspace.diagrams_of(result.process_id)[0]
    to_be = editor.create_variant(as_is.id)

    # when the process is exported with all its diagrams
    exported = write_bpmn(editor.workspace, result.process_id)

    # then the file is valid, the original still round-trips, and no process holds both an
    # original element and its copy
    assert_valid(bpmn_schema, exported)
    assert differences(original, exported) == []
    root = etree.fromstring(exported)
    copies = {e.id: e.origin_id for e in editor.workspace.elements_of(to_be)}
    for process in root.iter(f"{MODEL}process"):
        ids = {e.get("id") for e in process.iter() if e.get("id")}
        assert not any(copy in ids and origin in ids for copy, origin in copies.items())


DATA = Path(__file__).with_name("data")
PLANES = sorted(DATA.glob("*.bpmn")) + [p for p in reference_files() if p.stem == "C.5.0"]


def processes_holding_copy_and_origin(
    root: etree._Element, copies: dict[str, str | None]
) -> list[str]:
    found = []
    for process in root.iter(f"{MODEL}process"):
        ids = {e.get("id") for e in process.iter() if e.get("id")}
        if any(copy in ids and origin in ids for copy, origin in copies.items()):
            found.append(process.get("id", ""))
    return found


@pytest.mark.parametrize("path", PLANES, ids=lambda p: p.stem)
def test_a_copy_of_any_plane_exports_apart_from_its_original(
    path: Path, corpus: Path, bpmn_schema: etree.XMLSchema
) -> None:
    # given a file with several planes (a drill-down plane, a black-box pool's process on a
    # plane of its own, a called process), and a to-be copy of each of its diagrams
    original = path.read_bytes()
    result = read_bpmn(original)
    editor = Editor(History(Workspace()))
    editor.run(AddEntities(tuple(result.entities)))
    imported = editor.workspace.diagrams_of(result.process_id)
    copies = {d.id: editor.create_variant(d.id) for d in imported}

    # when the whole process is exported, and each copy alone
    whole = write_bpmn(editor.workspace, result.process_id)
    alone = {c: write_bpmn(editor.workspace, result.process_id, [c]) for c in copies.values()}

    # then every file is valid, the original still round-trips, and no process holds an
    # original element together with its copy
    assert_valid(bpmn_schema, whole)
    assert differences(original, whole) == []
    for diagram, copy in copies.items():
        origins = {e.id: e.origin_id for e in editor.workspace.elements_of(copy)}
        assert processes_holding_copy_and_origin(etree.fromstring(whole), origins) == []
        assert_valid(bpmn_schema, alone[copy])
        assert processes_holding_copy_and_origin(etree.fromstring(alone[copy]), origins) == [], (
            diagram
        )
