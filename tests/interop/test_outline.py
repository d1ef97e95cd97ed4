"""``bpmn_processes`` names the processes the export writes, with their pools and the
diagrams that show them, read back from the export itself for every kind of file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from procdesk.export.bpmn import read_bpmn, write_bpmn
from procdesk.export.bpmn.outline import bpmn_processes
from procdesk.model.commands import AddEntities
from procdesk.model.editor import Editor
from procdesk.model.elements import StepKind
from procdesk.model.geometry import Point
from procdesk.model.history import History
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample
from procdesk.ui.canvas.planes import open_sub_process
from tests.interop.conftest import reference_files

MODEL = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
DI = "{http://www.omg.org/spec/BPMN/20100524/DI}"
DATA = Path(__file__).with_name("data")

Shown = dict[str, tuple[str, set[str], set[str]]]
"""process id → (name, ids of the participants standing for it, ids of diagrams showing it)."""


def read_back(data: bytes) -> tuple[list[str], Shown]:
    """The processes of an exported file in file order, and what shows each one."""
    root = etree.fromstring(data)
    processes = [p.get("id", "") for p in root.iterfind(f"{MODEL}process")]
    home: dict[str, str] = {}
    for process in root.iterfind(f"{MODEL}process"):
        for element in process.iter():
            if element.get("id"):
                home[element.get("id", "")] = process.get("id", "")
    for participant in root.iter(f"{MODEL}participant"):
        if participant.get("processRef"):
            home[participant.get("id", "")] = participant.get("processRef", "")
    shown: Shown = {
        p.get("id", ""): (p.get("name", ""), set(), set()) for p in root.iterfind(f"{MODEL}process")
    }
    for participant in root.iter(f"{MODEL}participant"):
        if participant.get("processRef") in shown:
            shown[participant.get("processRef", "")][1].add(participant.get("id", ""))
    for diagram in root.iterfind(f"{DI}BPMNDiagram"):
        plane = diagram.find(f"{DI}BPMNPlane")
        assert plane is not None
        drawn = [plane.get("bpmnElement", "")]
        drawn += [s.get("bpmnElement", "") for s in plane.iterfind(f"{DI}BPMNShape")]
        for element_id in drawn:
            if element_id in home:
                shown[home[element_id]][2].add(diagram.get("id", ""))
    return processes, shown


def imported(name: str) -> Callable[[], tuple[Workspace, str]]:
    def make() -> tuple[Workspace, str]:
        folder = DATA if (DATA / name).is_file() else Path(reference_files()[0]).parent
        result = read_bpmn((folder / name).read_bytes())
        return Workspace(result.entities), result.process_id

    return make


def with_to_be(name: str) -> Callable[[], tuple[Workspace, str]]:
    """An imported file with a to-be copy of its first diagram."""

    def make() -> tuple[Workspace, str]:
        workspace, process = imported(name)()
        editor = Editor(History(Workspace()))
        editor.run(AddEntities(tuple(workspace)))
        editor.create_variant(editor.workspace.diagrams_of(process)[0].id)
        return editor.workspace, process

    return make


def sample_with_inside() -> tuple[Workspace, str]:
    """The sample (pools, a to-be) plus a collapsed sub-process with its own inside diagram,
    and a diagram without pools."""
    editor = Editor(History(Workspace(build_sample())))
    process = editor.workspace.processes()[0].id
    as_is = editor.workspace.diagrams_of(process)[0].id
    lane = next(e for e in editor.workspace.elements_of(as_is) if type(e).__name__ == "Lane")
    sub = editor.add_step(as_is, StepKind.SUB_PROCESS, "Order goods", Point(900, 100), lane.id)
    inside = open_sub_process(editor, sub)
    assert inside is not None
    editor.add_step(inside, StepKind.TASK, "Ask supplier", Point(200, 150), parent_id=sub)
    plain = editor.add_diagram(process, "Sketch", variant="sketch")
    editor.add_step(plain, StepKind.TASK, "Idea", Point(200, 150))
    return editor.workspace, process


CASES: dict[str, Callable[[], tuple[Workspace, str]]] = {
    **{p.name: imported(p.name) for p in sorted(DATA.glob("*.bpmn"))},
    **{p.name: imported(p.name) for p in reference_files()},
    "C.5.0 with a to-be": with_to_be("C.5.0.bpmn"),
    "drill-down with a to-be": with_to_be("collaboration_drill_down.bpmn"),
    "sample with inside and sketch": sample_with_inside,
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_outline_names_what_the_export_writes(case: str, corpus: Path) -> None:
    # given a process (an imported file, or one made here)
    workspace, process = CASES[case]()

    # when its BPMN processes are listed, and the whole process is exported
    listed = bpmn_processes(workspace, process)
    order, written = read_back(write_bpmn(workspace, process))

    # then the list has the file's processes in the file's order, each with its name, a pool
    # standing for it (if any) and the diagrams that show it
    assert [p.id for p in listed] == order
    for item in listed:
        name, participants, diagrams = written[item.id]
        assert item.name == name, item.id
        assert (item.participant.id if item.participant else None) in (participants or {None})
        assert set(item.diagram_ids) == diagrams, item.id
