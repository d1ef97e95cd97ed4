"""Lists of references in an export of a whole file are listed as the file listed them."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.workspace import Workspace
from tests.interop.conftest import reference_files

MODEL = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
FILES = [*reference_files(), *sorted(Path(__file__).with_name("data").glob("*.bpmn"))]


def listings(data: bytes) -> dict[tuple[str, str], list[str]]:
    """(element id, tag) → the texts of its ``flowNodeRef``/``incoming``/``outgoing``."""
    found: dict[tuple[str, str], list[str]] = {}
    for element in etree.fromstring(data).iter(f"{MODEL}*"):
        for tag in ("flowNodeRef", "incoming", "outgoing"):
            texts = [(c.text or "").strip() for c in element.iterchildren(f"{MODEL}{tag}")]
            if texts:
                found[(element.get("id", ""), tag)] = texts
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_lane_refs_and_flow_lists_keep_the_files_order(path: Path, corpus: Path) -> None:
    # given a file from another tool (C.2.0, C.9.0 and C.9.2 list some gateways' flows in
    # an order other than the flows' own)
    original = path.read_bytes()

    # when it is imported and exported
    result = read_bpmn(original)
    exported = listings(write_bpmn(Workspace(result.entities), result.process_id))

    # then every list the file had is written in the file's order
    for key, texts in listings(original).items():
        assert exported.get(key) == texts, key
