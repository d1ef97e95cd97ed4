"""The landscape's tree and its edits: where processes sit, moves and nesting as one undo step
each, links from steps to processes, and what a broken placement reads as."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from procdesk.model.commands import AddEntities, CommandError
from procdesk.model.editor import Editor
from procdesk.model.elements import StepKind
from procdesk.model.history import History
from procdesk.model.landscape import BANDS, Band, LandscapePlacement, ProcessLink
from procdesk.model.landscape_tree import LandscapeTree
from procdesk.model.workspace import Workspace
from tests.builders import snapshot
from tests.landscape_builders import Organisation

CORE, SUPPORT, MANAGEMENT = Band.CORE, Band.SUPPORT, Band.MANAGEMENT


def org_of(*names: str) -> tuple[Organisation, dict[str, str]]:
    org = Organisation()
    ids = {name: org.process(name).process for name in names}
    return org, ids


def names(org: Organisation, ids: list[str]) -> list[str]:
    return [org.workspace.get(i).name for i in ids]  # type: ignore[attr-defined]


def test_new_processes_sit_at_the_end_of_the_core_band_in_tree_order() -> None:
    org, _ = org_of("Sell", "Make", "Buy")
    tree = LandscapeTree.of(org.workspace)
    assert names(org, tree.roots_of[CORE]) == ["Sell", "Make", "Buy"]
    assert tree.roots_of[MANAGEMENT] == tree.roots_of[SUPPORT] == []
    assert all(not p.id for p in tree.placements.values())  # nothing stored yet


def test_dragging_a_chevron_reorders_the_value_chain_in_one_undo_step() -> None:
    # given three core processes, none placed yet
    org, ids = org_of("Sell", "Make", "Buy")
    before = snapshot(org.workspace)
    # when Buy is dropped in front of the chain
    changes = org.editor.place_process(ids["Buy"], CORE, 0)
    # then the chain reads Buy, Sell, Make, written as placements of all three, one undo step
    tree = LandscapeTree.of(org.workspace)
    assert names(org, tree.roots_of[CORE]) == ["Buy", "Sell", "Make"]
    assert {type(c.entity) for c in changes.changes} == {LandscapePlacement}
    assert len(changes.changes) == 3
    assert changes.label == "Move Buy in the landscape"
    org.editor.history.undo()
    assert snapshot(org.workspace) == before
    org.editor.history.redo()
    assert names(org, LandscapeTree.of(org.workspace).roots_of[CORE]) == ["Buy", "Sell", "Make"]


def test_moving_to_another_band_closes_the_gap_it_leaves() -> None:
    org, ids = org_of("Sell", "Make", "Buy", "Hire")
    org.editor.place_process(ids["Hire"], SUPPORT, 0)
    org.editor.place_process(ids["Make"], SUPPORT, 0)
    tree = LandscapeTree.of(org.workspace)
    assert names(org, tree.roots_of[CORE]) == ["Sell", "Buy"]
    assert names(org, tree.roots_of[SUPPORT]) == ["Make", "Hire"]
    assert [tree.placements[i].order for i in tree.roots_of[CORE]] == [0, 1]
    # an index past the end puts it last; dropping it where it is changes nothing
    org.editor.place_process(ids["Sell"], CORE, 99)
    assert names(org, LandscapeTree.of(org.workspace).roots_of[CORE]) == ["Buy", "Sell"]
    assert org.editor.place_process(ids["Sell"], CORE, 1).is_empty


def test_a_sub_process_follows_its_parent_and_nests_at_most_three_levels() -> None:
    # given Procure to pay with Purchase requisition inside it and Approvals inside that
    org, ids = org_of("Procure to pay", "Purchase requisition", "Approvals", "Budget check")
    editor = org.editor
    editor.set_process_parent(ids["Purchase requisition"], ids["Procure to pay"])
    editor.set_process_parent(ids["Approvals"], ids["Purchase requisition"])
    tree = LandscapeTree.of(org.workspace)
    assert tree.level(ids["Approvals"]) == 3
    assert tree.roots_of[CORE] == [ids["Procure to pay"], ids["Budget check"]]
    assert tree.shown_in(ids["Procure to pay"]) == [ids["Purchase requisition"]]
    # a fourth level, a cycle and a parent that does not exist are refused
    with pytest.raises(CommandError, match="at most 3 levels"):
        editor.set_process_parent(ids["Budget check"], ids["Approvals"])
    with pytest.raises(CommandError, match="inside itself"):
        editor.set_process_parent(ids["Procure to pay"], ids["Approvals"])
    with pytest.raises(CommandError, match="no process"):
        editor.set_process_parent(ids["Budget check"], "Process_missing")
    # when the group moves to the support band, its sub-processes go with it
    editor.place_process(ids["Procure to pay"], SUPPORT, 0)
    tree = LandscapeTree.of(org.workspace)
    assert tree.band_of(ids["Approvals"]) == SUPPORT
    # and a sub-process taken out lands last in the band it was shown in
    change = editor.set_process_parent(ids["Approvals"], None)
    assert change.label == "Make Approvals a top-level process"
    tree = LandscapeTree.of(org.workspace)
    assert tree.roots_of[SUPPORT] == [ids["Procure to pay"], ids["Approvals"]]
    assert tree.level(ids["Approvals"]) == 1


def test_deleting_a_parent_leaves_its_sub_processes_at_the_top_and_undo_restores_them() -> None:
    org, ids = org_of("Procure to pay", "Purchase requisition")
    org.editor.set_process_parent(ids["Purchase requisition"], ids["Procure to pay"])
    org.editor.delete([ids["Procure to pay"]])
    tree = LandscapeTree.of(org.workspace)
    assert tree.roots_of[CORE] == [ids["Purchase requisition"]]
    org.editor.history.undo()
    tree = LandscapeTree.of(org.workspace)
    assert tree.parent_of[ids["Purchase requisition"]] == ids["Procure to pay"]


def test_a_stored_cycle_or_too_deep_a_chain_is_read_as_top_level() -> None:
    # given placements written by another tool: A under B under A, and D under C under B…
    org, ids = org_of("A", "B", "C", "D", "E")
    placements = [
        LandscapePlacement(id=f"Placement_{n}", process_id=ids[n], parent_id=ids[p], order=0)
        for n, p in (("A", "B"), ("B", "A"), ("C", "E"), ("D", "C"))
    ]
    org.editor.history.execute(AddEntities(tuple(placements)))
    tree = LandscapeTree.of(org.workspace)
    # then the cycle is broken at both ends and the chain E ⊃ C ⊃ D stands (three levels)
    assert tree.parent_of[ids["A"]] is None and tree.parent_of[ids["B"]] is None
    assert tree.parent_of[ids["D"]] == ids["C"] and tree.level(ids["D"]) == 3
    assert sorted(tree.in_landscape_order()) == sorted(ids.values())


def test_a_step_links_to_a_process_and_unlinks_each_in_one_undo_step() -> None:
    org, ids = org_of("Production", "Order to cash", "Shipping")
    production = org.drawings["Production"]
    end = production.step(StepKind.END_EVENT, "Goods ready")
    task = production.step(StepKind.USER_TASK, "Make")
    editor = org.editor
    # linking adds a link, linking again changes it, unlinking removes it: three undo steps
    first = editor.link_step_to_process(end, ids["Order to cash"])
    assert first.label == "Link Goods ready to Order to cash"
    editor.link_step_to_process(end, ids["Shipping"])
    (link,) = org.workspace.in_scope(end, ProcessLink)
    assert link.process_id == ids["Shipping"]
    editor.link_step_to_process(end, None)
    assert org.workspace.in_scope(end, ProcessLink) == []
    editor.history.undo()
    editor.history.undo()
    (link,) = org.workspace.in_scope(end, ProcessLink)
    assert link.process_id == ids["Order to cash"]
    # a task cannot be linked; deleting the step deletes its link
    with pytest.raises(CommandError, match="only events and call activities"):
        editor.link_step_to_process(task, ids["Shipping"])
    editor.delete([end])
    assert not [e for e in org.workspace if isinstance(e, ProcessLink)]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 5),
            st.sampled_from(["place", "nest", "lift"]),
            st.integers(0, 5),
            st.sampled_from(BANDS),
        ),
        max_size=12,
    )
)
def test_any_sequence_of_moves_keeps_every_process_once_and_undoes_completely(
    moves: list[tuple[int, str, int, Band]],
) -> None:
    # given six processes and any sequence of moves, nestings and lifts (refusals allowed)
    editor = Editor(History(Workspace()))
    ids = [editor.add_process(f"P{n}", with_pool=False) for n in range(6)]
    start = snapshot(editor.workspace)
    done = 0
    for who, what, other, band in moves:
        try:
            if what == "place":
                change = editor.place_process(ids[who], band, other)
            elif what == "nest":
                change = editor.set_process_parent(ids[who], ids[other])
            else:
                change = editor.set_process_parent(ids[who], None)
            done += not change.is_empty
        except CommandError:
            pass
        tree = LandscapeTree.of(editor.workspace)
        # then every process is in the tree exactly once, no deeper than three levels,
        listed = list(tree.in_landscape_order())
        assert sorted(listed) == sorted(ids)
        assert all(tree.level(i) <= 3 for i in ids)
        # and the stored parents are the ones the tree reads (no edit writes a broken one)
        for placement in editor.workspace:
            if isinstance(placement, LandscapePlacement):
                assert tree.parent_of[placement.process_id] == placement.parent_id
    # and undoing every move gives back the start
    for _ in range(done):
        editor.history.undo()
    assert snapshot(editor.workspace) == start
