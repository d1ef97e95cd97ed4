"""Root-cause analyses travel with their weak points through BPMN: export then import gives
the same 5 Whys and fishbones; what another tool may leave behind is read with care."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from procdesk.export.bpmn.namespaces import PROCDESK
from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.root_cause_xml import read_analysis
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.elements import WeakPoint
from procdesk.model.root_cause import Cause, CauseCategory, Why
from procdesk.model.root_cause_queries import fishbone_of, has_analysis, whys_of
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample
from tests.interop.conftest import assert_valid


def analyses(workspace: Workspace) -> list[object]:
    """What the analyses say, without ids: per weak point (by description), its root cause,
    its whys and its fishbone tree."""

    def tree(nodes: tuple) -> list[object]:  # type: ignore[type-arg]
        return [(n.text, n.confirmed, tree(n.children)) for n in nodes]

    found = []
    for point in workspace:
        if isinstance(point, WeakPoint) and has_analysis(workspace, point.id):
            fishbone = fishbone_of(workspace, point.id)
            bones = [] if fishbone is None else [(b.name, tree(b.causes)) for b in fishbone.bones]
            whys = [(w.why, w.because) for w in whys_of(workspace, point.id)]
            found.append((point.description, point.root_cause, whys, bones))
    return sorted(found, key=str)


def test_analyses_survive_export_and_import(corpus: Path, bpmn_schema: etree.XMLSchema) -> None:
    # given the sample with its two analysed weak points
    workspace = Workspace(build_sample())
    (process,) = [p for p in workspace.processes() if p.name == "Purchase requisition"]
    # when it is exported and imported again
    exported = write_bpmn(workspace, process.id)
    assert_valid(bpmn_schema, exported)
    again = Workspace(read_bpmn(exported).entities)
    # then the analyses are the same, down to the confirmed marks and the order
    before = analyses(workspace)
    assert len(before) == 2
    assert analyses(again) == before
    counts = [
        len([e for e in ws if isinstance(e, kind)])
        for ws in (workspace, again)
        for kind in (Why, CauseCategory, Cause)
    ]
    assert counts[:3] == counts[3:]


def weak_point_item(body: str) -> etree._Element:
    return etree.fromstring(
        f'<procdesk:weakPoint xmlns:procdesk="{PROCDESK}">{body}</procdesk:weakPoint>'
    )


def test_nameless_categories_and_textless_causes_are_left_out_with_what_hangs_on_them() -> None:
    item = weak_point_item(
        "<procdesk:why because='Paper'/>"
        "<procdesk:fishbone>"
        "<procdesk:category name='  '><procdesk:cause text='lost'/></procdesk:category>"
        "<procdesk:category name='Method'>"
        "<procdesk:cause text=''><procdesk:cause text='orphan'/></procdesk:cause>"
        "<procdesk:cause text='  Paper   form ' confirmed='true'>"
        "<procdesk:cause text='Signed by hand'/></procdesk:cause>"
        "</procdesk:category></procdesk:fishbone>"
    )
    entities = read_analysis(item, "WeakPoint_1")
    (why,) = [e for e in entities if isinstance(e, Why)]
    assert (why.why, why.because) == ("", "Paper")
    (category,) = [e for e in entities if isinstance(e, CauseCategory)]
    assert category.name == "Method"
    causes = {e.text: e for e in entities if isinstance(e, Cause)}
    assert set(causes) == {"Paper form", "Signed by hand"}
    assert causes["Paper form"].confirmed and causes["Paper form"].parent_id is None
    assert causes["Signed by hand"].parent_id == causes["Paper form"].id


def test_a_deep_tree_of_sub_causes_reads_back_whole() -> None:
    # as deep as the XML parser allows (it refuses documents nested more than 256 deep)
    depth = 200
    body = "".join(f"<procdesk:cause text='level {n}'>" for n in range(depth))
    body += "</procdesk:cause>" * depth
    item = weak_point_item(
        f"<procdesk:fishbone><procdesk:category name='Method'>{body}</procdesk:category>"
        "</procdesk:fishbone>"
    )
    causes = [e for e in read_analysis(item, "WeakPoint_1") if isinstance(e, Cause)]
    assert len(causes) == depth
    by_id = {c.id: c for c in causes}
    deepest = next(c for c in causes if c.text == f"level {depth - 1}")
    chain = 0
    while deepest.parent_id is not None:
        deepest = by_id[deepest.parent_id]
        chain += 1
    assert chain == depth - 1
