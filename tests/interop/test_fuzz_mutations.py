"""Mutated reference models: every input is imported (and exports again) or refused cleanly.

Mutations: delete an element, point a reference somewhere else (another id or nowhere),
duplicate an element, drop an attribute, truncate the bytes, flip a byte. An input that is
still schema-valid must come back as a schema-valid export; an input the mutation made
schema-invalid must still be imported or refused without any other exception.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from procdesk.export.bpmn.errors import BpmnError
from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.commands import AddEntities
from procdesk.model.editor import Editor
from procdesk.model.history import History
from procdesk.model.workspace import Workspace
from tests.interop.conftest import assert_valid, corpus_dir, reference_files

REFERENCES = reference_files()
REFERENCE_ATTRIBUTES = (
    "sourceRef",
    "targetRef",
    "attachedToRef",
    "processRef",
    "bpmnElement",
    "default",
    "id",
)


def _mutate(data: bytes, choice: st.DataObject) -> bytes:
    operation = choice.draw(
        st.sampled_from(["delete", "retarget", "duplicate", "drop-attribute", "truncate", "flip"])
    )
    if operation == "truncate":
        return data[: choice.draw(st.integers(0, len(data) - 1))]
    if operation == "flip":
        index = choice.draw(st.integers(0, len(data) - 1))
        return data[:index] + bytes([data[index] ^ 0x20]) + data[index + 1 :]
    root = etree.fromstring(data)
    elements = [e for e in root.iter() if isinstance(e.tag, str) and e is not root]
    element = choice.draw(st.sampled_from(elements))
    if operation == "delete":
        element.getparent().remove(element)
    elif operation == "duplicate":
        element.addnext(copy.deepcopy(element))
    else:
        present = [a for a in element.attrib if a in REFERENCE_ATTRIBUTES] or list(element.attrib)
        if not present:
            return data
        attribute = choice.draw(st.sampled_from(present))
        if operation == "drop-attribute":
            del element.attrib[attribute]
        else:
            ids = [e.get("id") for e in elements if e.get("id")] + ["does-not-exist"]
            element.set(attribute, choice.draw(st.sampled_from(ids)))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@functools.cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(corpus_dir() / "xsd" / "BPMN20.xsd")))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(choice=st.data())
def test_mutated_references_import_or_refuse_cleanly(corpus: Path, choice: st.DataObject) -> None:
    schema = _schema()
    path: Path = choice.draw(st.sampled_from(REFERENCES))
    mutated = _mutate(path.read_bytes(), choice)
    try:
        still_valid = schema.validate(etree.fromstring(mutated))
    except etree.XMLSyntaxError:
        still_valid = False
    try:
        result = read_bpmn(mutated)
    except BpmnError as refusal:
        assert str(refusal)
        return
    AddEntities(tuple(result.entities)).plan(Workspace())  # storable as one transaction
    exported = write_bpmn(Workspace(result.entities), result.process_id)
    if still_valid:
        assert_valid(schema, exported)
        # and a to-be copy of its first diagram exports valid BPMN too
        editor = Editor(History(Workspace()))
        editor.run(AddEntities(tuple(result.entities)))
        editor.create_variant(editor.workspace.diagrams_of(result.process_id)[0].id)
        assert_valid(schema, write_bpmn(editor.workspace, result.process_id))
    else:
        etree.fromstring(exported)
