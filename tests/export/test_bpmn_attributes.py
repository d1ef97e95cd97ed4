"""What the writer says of a file as a whole: ``isExecutable`` as the source had it (and
``"false"`` on processes procdesk makes), and a readable, stable ``definitions`` id."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from procdesk.export.bpmn import read_bpmn, write_bpmn
from procdesk.model.commands import AddEntities
from procdesk.model.editor import Editor
from procdesk.model.history import History
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample

M = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
INTEROP_DATA = Path(__file__).resolve().parents[1] / "interop" / "data"


def executable(data: bytes) -> dict[str, str | None]:
    root = etree.fromstring(data)
    return {p.get("id", ""): p.get("isExecutable") for p in root.iter(f"{M}process")}


def test_is_executable_stays_as_the_file_had_it() -> None:
    # given a file with one process marked executable, one not, and two saying nothing
    original = (INTEROP_DATA / "process_planes.bpmn").read_bytes()
    assert executable(original) == {
        "Proc_Buyer": "true",
        "Proc_Supplier": None,
        "Proc_Budget": "false",
        "Proc_Archive": None,
    }

    # when it is imported and exported, whole and one diagram alone
    result = read_bpmn(original)
    workspace = Workspace(result.entities)
    whole = write_bpmn(workspace, result.process_id)
    alone = write_bpmn(workspace, result.process_id, ["Diagram_Purchase"])

    # then every process says what it said, and absent stays absent
    assert executable(whole) == executable(original)
    assert executable(alone) == {
        "Proc_Buyer": "true",
        "Proc_Supplier": None,
        "Proc_Budget": "false",
    }


def test_processes_made_in_procdesk_are_not_executable() -> None:
    # given the sample (made in procdesk) and a to-be copy of an imported diagram that
    # says nothing about isExecutable
    sample = Workspace(build_sample())
    process = sample.processes()[0].id
    result = read_bpmn((INTEROP_DATA / "collapsed_subprocess_plane.bpmn").read_bytes())
    editor = Editor(History(Workspace()))
    editor.run(AddEntities(tuple(result.entities)))
    main = next(d for d in editor.workspace.diagrams_of(result.process_id) if d.id == "Diagram_1")
    to_be = editor.create_variant(main.id)

    # when both are exported
    made_here = executable(write_bpmn(sample, process))
    with_copy = executable(write_bpmn(editor.workspace, result.process_id, [main.id, to_be]))

    # then every process procdesk wrote says "false"; the imported one keeps its "false"
    assert made_here and set(made_here.values()) == {"false"}
    assert with_copy["Process_1"] == "false"
    assert len(with_copy) == 2 and set(with_copy.values()) == {"false"}


def test_a_file_without_definitions_id_gets_a_readable_stable_one() -> None:
    # given a file whose definitions have no id, imported twice into two workspaces
    original = (INTEROP_DATA / "collaboration_drill_down.bpmn").read_bytes()
    assert etree.fromstring(original).get("id") is None
    first = read_bpmn(original)
    workspace = Workspace(first.entities)

    # when it is exported whole, again, and one diagram alone
    ids = {
        etree.fromstring(write_bpmn(workspace, first.process_id, chosen)).get("id")
        for chosen in (None, None, ["Diagram_Check"])
    }

    # then every export has the same short id, which is not procdesk's own process id
    (definitions,) = ids
    assert definitions is not None
    assert re.fullmatch(r"Definitions_[0-9a-f]{8}", definitions)
    assert first.process_id not in definitions


def test_a_definitions_id_from_the_file_is_kept() -> None:
    # given a file with a definitions id
    result = read_bpmn((INTEROP_DATA / "process_planes.bpmn").read_bytes())

    # when it is exported, then the id is the file's
    exported = write_bpmn(Workspace(result.entities), result.process_id, ["Diagram_Budget"])
    assert etree.fromstring(exported).get("id") == "Defs_Purchase"
