"""Exporting one diagram of a file with several planes, judged by the shared ``compare.py``.

The export of a diagram must keep every semantic element that the diagram shows or refers to
(a sub-process's inside drawn on another plane, the process a pool stands for, a called
process, a message flow's other end) under its own id, and draw only its own plane plus the
drill-down planes of the collapsed sub-processes it shows. The reference for ``compare.py``
is the original file with the other planes and the processes and collaborations the export
does not need taken out; those were worked out by hand for each case below.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.workspace import Workspace
from tests.interop.conftest import assert_valid, compare, corpus_dir, reference_files

DATA = Path(__file__).with_name("data")
MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL"
DI = "http://www.omg.org/spec/BPMN/20100524/DI"


@dataclass(frozen=True)
class Case:
    file: str
    diagram: str
    containers: tuple[str, ...]
    """The processes and collaborations the export keeps (all others are left out)."""
    drawn: tuple[str, ...]
    """The diagrams the export draws."""

    def path(self) -> Path:
        if self.file.startswith(("A.", "B.", "C.")):
            return corpus_dir() / "miwg" / self.file
        return DATA / self.file


CASES = [
    # The process with its collapsed sub-process: the main plane brings the drill-down
    # plane along; the drill-down plane alone still needs the process that holds it.
    Case(
        "collapsed_subprocess_plane.bpmn", "Diagram_1", ("Process_1",), ("Diagram_1", "Diagram_Sub")
    ),
    Case("collapsed_subprocess_plane.bpmn", "Diagram_Sub", ("Process_1",), ("Diagram_Sub",)),
    # A collaboration of two pools with message flows, a sub-process inside a sub-process.
    Case(
        "collaboration_drill_down.bpmn",
        "Diagram_Shop",
        ("Collab_Shop", "Proc_Shop", "Proc_Customer"),
        ("Diagram_Shop", "Diagram_Prepare", "Diagram_Check"),
    ),
    Case(
        "collaboration_drill_down.bpmn",
        "Diagram_Prepare",
        ("Proc_Shop",),
        ("Diagram_Prepare", "Diagram_Check"),
    ),
    Case("collaboration_drill_down.bpmn", "Diagram_Check", ("Proc_Shop",), ("Diagram_Check",)),
    # A black-box pool whose process is drawn on its own plane, and a called process with its
    # own plane: the collaboration keeps both processes; "Archive", which nothing draws or
    # calls, goes only into the export of the whole file.
    Case(
        "process_planes.bpmn",
        "Diagram_Purchase",
        ("Collab_Purchase", "Proc_Buyer", "Proc_Supplier", "Proc_Budget"),
        ("Diagram_Purchase",),
    ),
    Case("process_planes.bpmn", "Diagram_Supply", ("Proc_Supplier",), ("Diagram_Supply",)),
    Case("process_planes.bpmn", "Diagram_Budget", ("Proc_Budget",), ("Diagram_Budget",)),
    # C.4.0: four collaborations, each with its pool's process on its own plane.
    Case(
        "C.4.0.bpmn",
        "_1484687a-1f56-4a0b-8eac-a76d5806a31e",
        ("_085241a5-fb5c-44d3-8844-5366f865e353", "_42cba3a9-a8ab-40b5-b9a4-2e8f32be364e"),
        ("_1484687a-1f56-4a0b-8eac-a76d5806a31e",),
    ),
    Case(
        "C.4.0.bpmn",
        "_2197e5f3-4fb0-4665-aeb8-338e750d4939",
        ("_674b5898-d454-4114-a8eb-66c790366e94", "_f0035388-f829-470c-b82b-0b15c3da3399"),
        ("_2197e5f3-4fb0-4665-aeb8-338e750d4939",),
    ),
    Case(
        "C.4.0.bpmn",
        "_a90a886a-6aa2-4cce-9593-8729f9f15e12",
        ("_bbdf487b-c3a3-4bfa-8ba3-79be59f08203", "_da743a6f-d9e5-4fcf-8a96-d2fd5cfb73d4"),
        ("_a90a886a-6aa2-4cce-9593-8729f9f15e12",),
    ),
    Case(
        "C.4.0.bpmn",
        "_8a47c0f3-6b5d-44cc-afca-f79008ba1ebf",
        ("_8d4bb408-4175-4fbb-8131-18c32b7aa022", "_3486bf55-0a7f-4ff1-be15-1555669f58ad"),
        ("_8a47c0f3-6b5d-44cc-afca-f79008ba1ebf",),
    ),
    # C.5.0: a call activity in the bank's pool calls a process drawn on the second plane.
    Case(
        "C.5.0.bpmn",
        "_2fcf7782-05d8-4e1d-a8d2-51ea0ec65d7e",
        (
            "_906eeac9-47e3-41c3-a8db-b8abb8fd95e6",
            "_3d1ef204-2d4c-4643-8fc5-c319cc032ec0",
            "_774bc005-0917-43d5-ab70-0f9fe123fbd1",
        ),
        ("_2fcf7782-05d8-4e1d-a8d2-51ea0ec65d7e",),
    ),
    Case(
        "C.5.0.bpmn",
        "_07be6666-61a7-4857-9e9a-8e1b80fafb52",
        ("_774bc005-0917-43d5-ab70-0f9fe123fbd1",),
        ("_07be6666-61a7-4857-9e9a-8e1b80fafb52",),
    ),
]


def expected(original: bytes, case: Case) -> bytes:
    """The original without the diagrams and the containers the export leaves out."""
    root = etree.fromstring(original)
    for child in list(root):
        if child.tag in (f"{{{MODEL}}}process", f"{{{MODEL}}}collaboration"):
            if child.get("id") not in case.containers:
                root.remove(child)
        elif child.tag == f"{{{DI}}}BPMNDiagram" and child.get("id") not in case.drawn:
            root.remove(child)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def diagram_ids(data: bytes) -> list[str]:
    return [d.get("id", "") for d in etree.fromstring(data).iter(f"{{{DI}}}BPMNDiagram")]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.file}:{c.diagram[:9]}")
def test_one_diagram_keeps_everything_it_shows_or_refers_to(
    case: Case,
    tmp_path: Path,
    corpus: Path,
    bpmn_schema: etree.XMLSchema,
    compare_tool: Path,
) -> None:
    # given a file with several planes, imported
    original = case.path().read_bytes()
    result = read_bpmn(original)
    workspace = Workspace(result.entities)

    # when one of its diagrams is exported, twice
    exported = write_bpmn(workspace, result.process_id, [case.diagram])
    again = write_bpmn(workspace, result.process_id, [case.diagram])

    # then the file is valid, the same both times, and draws the chosen plane (first, where a
    # viewer opens) with its drill-downs
    assert_valid(bpmn_schema, exported)
    assert again == exported
    assert diagram_ids(exported)[0] == case.diagram
    assert sorted(diagram_ids(exported)) == sorted(case.drawn)
    # and keeps every element of what it needs, with every attribute (compare.py --strict),
    # and nothing else
    reference, output = tmp_path / "reference.bpmn", tmp_path / "export.bpmn"
    reference.write_bytes(expected(original, case))
    output.write_bytes(exported)
    report = compare(compare_tool, reference, output, "--strict")
    assert "only in B: 0" in report


WHOLE_FILES = [*reference_files(), *sorted(DATA.glob("*.bpmn"))]


@pytest.mark.parametrize("path", WHOLE_FILES, ids=lambda p: p.name)
def test_whole_file_export_stays_lossless(
    path: Path, tmp_path: Path, corpus: Path, compare_tool: Path
) -> None:
    # given a file imported with all its planes
    original = path.read_bytes()
    result = read_bpmn(original)

    # when the process is exported without choosing a diagram
    output = tmp_path / "export.bpmn"
    output.write_bytes(write_bpmn(Workspace(result.entities), result.process_id))

    # then every element, drawing and attribute comes back (compare.py --strict scores 1.0)
    assert (
        compare(compare_tool, path, output, "--strict").splitlines()[-1].startswith("score: 1.0000")
    )


@pytest.mark.parametrize("path", WHOLE_FILES, ids=lambda p: p.name)
def test_every_diagram_exports_alone_valid_and_the_same_every_time(
    path: Path, corpus: Path, bpmn_schema: etree.XMLSchema
) -> None:
    # given a file imported with all its planes
    original = path.read_bytes()
    result = read_bpmn(original)
    workspace = Workspace(result.entities)
    whole = write_bpmn(workspace, result.process_id)
    diagrams = workspace.diagrams_of(result.process_id)

    for diagram in diagrams:
        # when each diagram is exported alone, twice
        alone = write_bpmn(workspace, result.process_id, [diagram.id])

        # then both exports are the same and valid; the only diagram of a file is the file
        assert write_bpmn(workspace, result.process_id, [diagram.id]) == alone
        assert_valid(bpmn_schema, alone)
        if len(diagrams) == 1:
            assert alone == whole
