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
