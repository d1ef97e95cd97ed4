"""Every MIWG reference model survives import → export: ids, types, names, containers, flow
ends, lanes and event kinds, shapes and edges within 1 px, and the export is XSD-valid."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.commands import AddEntities
from procdesk.model.workspace import Workspace
from tests.interop.conftest import assert_valid, reference_files
from tests.interop.roundtrip import differences

REFERENCES = reference_files()


@pytest.mark.parametrize("path", REFERENCES or [None], ids=lambda p: p.name if p else "none")
def test_reference_survives_a_round_trip(
    path: Path | None, corpus: Path, bpmn_schema: etree.XMLSchema
) -> None:
    if path is None:
        pytest.fail(f"no reference models in {corpus / 'miwg'}")
    # given a reference model from another tool
    original = path.read_bytes()

    # when it is imported and exported with all its diagrams
    result = read_bpmn(original)
    AddEntities(tuple(result.entities)).plan(Workspace())  # storable as one transaction
    exported = write_bpmn(Workspace(result.entities), result.process_id)

    # then the export is valid and keeps everything the round-trip rules require
    assert_valid(bpmn_schema, exported)
    assert differences(original, exported) == []
    assert exported.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")


def test_multi_diagram_file_becomes_one_process_with_all_its_diagrams(corpus: Path) -> None:
    # given C.4.0, one file with four diagrams
    data = (corpus / "miwg" / "C.4.0.bpmn").read_bytes()

    # when it is imported
    result = read_bpmn(data)
    workspace = Workspace(result.entities)

    # then one process holds the four diagrams, named as in the file
    (process,) = workspace.processes()
    names = [d.name for d in workspace.diagrams_of(process.id)]
    assert names == ["Onboarding employee", "IT", "Payroll", "Facilities"]


def test_vendor_extensions_and_non_ascii_names_survive(corpus: Path) -> None:
    # given C.8.0 (colours, i18n) and C.1.0 (vendor extension attributes and elements)
    for name, needle in (
        ("C.8.0.bpmn", "Urlaubsantrag"),
        ("C.1.0.bpmn", "signavio"),
    ):
        data = (corpus / "miwg" / name).read_bytes()
        result = read_bpmn(data)

        # when exported again
        exported = write_bpmn(Workspace(result.entities), result.process_id).decode("utf-8")

        # then the foreign content is still there
        assert needle in exported, name


def test_colours_are_read_into_the_model(corpus: Path) -> None:
    # given C.8.0, whose shapes carry BPMN-in-Color attributes
    result = read_bpmn((corpus / "miwg" / "C.8.0.bpmn").read_bytes())

    # then some shapes have a fill colour
    fills = {getattr(e, "fill", "") for e in result.entities} - {""}
    assert fills
