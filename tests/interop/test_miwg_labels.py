"""The reference models' labels, placed at their DI bounds in our font, cover no shape and no
label that the file's own boxes do not already cover."""

from __future__ import annotations

from pathlib import Path

import pytest

from procdesk.export.bpmn import read_bpmn
from procdesk.model.elements import Diagram, Flow, Shape
from procdesk.model.label_placement import overlap
from procdesk.model.workspace import Workspace
from tests.interop.conftest import reference_files
from tests.ui.test_labels import clashes, export_labels

REFERENCES = reference_files()


@pytest.mark.parametrize("path", REFERENCES or [None], ids=lambda p: p.stem if p else "none")
def test_labels_overlap_nothing_the_file_does_not(qapp, path: Path | None, corpus: Path) -> None:
    if path is None:
        pytest.fail(f"no reference models in {corpus / 'miwg'}")
    # given a reference model and its diagrams
    workspace = Workspace(read_bpmn(path.read_bytes(), set()).entities)
    for diagram in (e for e in workspace if isinstance(e, Diagram)):
        # when its labels are placed as an exported picture places them
        labels = export_labels(workspace, diagram.id)
        stored = {
            e.id: e.label
            for e in workspace.elements_of(diagram.id)
            if isinstance(e, Shape | Flow) and e.label is not None
        }
        # then every overlap is one the file's own label boxes already have
        for owner, sort, other in clashes(workspace, diagram.id, labels):
            mine = stored.get(owner)
            theirs = workspace.get(other, Shape).bounds if sort == "shape" else stored.get(other)
            assert mine is not None and theirs is not None, (path.stem, owner, sort, other)
            assert overlap(mine, theirs) > 0, (path.stem, owner, sort, other)
