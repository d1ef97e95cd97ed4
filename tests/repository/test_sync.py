"""Two workspaces checked out of one repository on a real server, editing the same process:
what merges, what conflicts, how a conflict is settled, and that the repository and both
workspaces end level."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from procdesk.document import Document
from procdesk.model.elements import Flow, Step, StepKind
from procdesk.model.geometry import Point
from procdesk.model.merge import ConflictKind
from procdesk.model.merge_values import Side
from procdesk.model.workspace import Workspace
from procdesk.store.log_codec import replay_all
from procdesk.store.origin import read_origin
from procdesk.team.pending import standing
from procdesk.team.sync import checkin, update
from tests.builders import snapshot
from tests.repository.helpers import (
    PURCHASE,
    checkin_payloads,
    head,
    level,
    open_checkout,
    process_named,
    repository,
)


@pytest.fixture
def pair(sample_repo: str, tmp_path: Path) -> Iterator[tuple[Document, Document]]:
    """Ann's and Ben's check-outs of the purchase requisition."""
    ann = open_checkout(sample_repo, tmp_path / "ann.procdesk", PURCHASE)
    ben = open_checkout(sample_repo, tmp_path / "ben.procdesk", PURCHASE)
    yield ann, ben
    ann.close()
    ben.close()


def tasks(document: Document) -> list[Step]:
    """The named tasks of the purchase requisition's first diagram, by name."""
    process = process_named(document.workspace, PURCHASE)
    diagram = document.workspace.diagrams_of(process.id)[0]
    found = document.workspace.elements_of(diagram.id, Step)
    return sorted((s for s in found if s.kind.is_activity and s.name), key=lambda s: s.name)


def test_a_checkout_holds_the_process_and_what_the_workspace_shares(
    sample_repo: str, pair: tuple[Document, Document]
) -> None:
    ann, _ = pair
    names = [p.name for p in ann.workspace.processes()]
    assert names == [PURCHASE]
    assert level(sample_repo, ann)
    assert not standing(ann).pending


def test_changes_to_different_elements_merge(
    sample_repo: str, pair: tuple[Document, Document]
) -> None:
    # given Ann and Ben each rename a different task
    ann, ben = pair
    first, second = tasks(ann)[0].id, tasks(ann)[1].id
    ann.editor.rename(first, "Ann's name")
    ben.editor.rename(second, "Ben's name")
    # when both check in, Ann first, and Ann updates
    assert checkin(ann, "ann").checked_in
    result = checkin(ben, "ben")
    update(ann)
    # then Ben's check-in merged Ann's rename into his workspace, and all three agree
    assert (result.revision, result.sent, result.received) == (3, 1, 1)
    assert ben.workspace.get(first, Step).name == "Ann's name"
    assert ann.workspace.get(second, Step).name == "Ben's name"
    assert level(sample_repo, ann, ben)


def test_different_attributes_of_one_element_merge(
    sample_repo: str, pair: tuple[Document, Document]
) -> None:
    ann, ben = pair
    task = tasks(ann)[0].id
    ann.editor.rename(task, "Renamed by Ann")
    ben.editor.update([task], instruction="Written by Ben")
    checkin(ann)
    checkin(ben)
    update(ann)
    for document in (ann, ben):
        step = document.workspace.get(task, Step)
        assert (step.name, step.instruction) == ("Renamed by Ann", "Written by Ben")
    assert level(sample_repo, ann, ben)


def test_the_same_attribute_stops_the_check_in_with_nothing_written(
    sample_repo: str, pair: tuple[Document, Document]
) -> None:
    # given both rename the same task, Ann checks in first
    ann, ben = pair
    task = tasks(ann)[0]
    ann.editor.rename(task.id, "Ann's")
    ben.editor.rename(task.id, "Ben's")
    checkin(ann)
    before, revision = snapshot(repository(sample_repo)), head(sample_repo)
    ben_before = snapshot(ben.workspace)
    # when Ben checks in
    result = checkin(ben, "mine")
    # then a conflict on the name, with base, mine and theirs; nothing changed anywhere
    (conflict,) = result.conflicts
    assert conflict.kind == ConflictKind.BOTH_CHANGED
    assert [(f.name, f.base, f.mine, f.theirs) for f in conflict.fields] == [
        ("name", task.name, "Ben's", "Ann's")
    ]
    assert (snapshot(repository(sample_repo)), head(sample_repo)) == (before, revision)
    assert snapshot(ben.workspace) == ben_before


@pytest.mark.parametrize(("side", "winner"), [(Side.MINE, "Ben's"), (Side.THEIRS, "Ann's")])
def test_a_conflict_is_settled_locally_as_one_undoable_edit_then_checked_in(
    sample_repo: str, pair: tuple[Document, Document], side: Side, winner: str
) -> None:
    ann, ben = pair
    task = tasks(ann)[0].id
    other = tasks(ann)[1].id
    ann.editor.rename(task, "Ann's")
    ann.editor.rename(other, "Ann renamed this too")
    ben.editor.rename(task, "Ben's")
    checkin(ann)
    assert checkin(ben).conflicts
    # when Ben settles the conflict
    settled = update(ben, {task: side})
    # then his workspace has the chosen name and Ann's other rename, in one undo step
    assert not settled.conflicts
    assert ben.workspace.get(task, Step).name == winner
    assert ben.workspace.get(other, Step).name == "Ann renamed this too"
    assert ben.history.undo_label.startswith("Update from repository")
    # and the check-in then goes through, and everyone agrees
    result = checkin(ben)
    assert not result.conflicts and result.checked_in == (side == Side.MINE)
    update(ann)
    assert ann.workspace.get(task, Step).name == winner
    assert level(sample_repo, ann, ben)


def test_an_update_is_undone_in_one_step_and_then_pending(
    sample_repo: str, pair: tuple[Document, Document]
) -> None:
    ann, ben = pair
    task = tasks(ann)[0]
    ann.editor.rename(task.id, "Ann's")
    checkin(ann)
    update(ben)
    assert ben.workspace.get(task.id, Step).name == "Ann's"
    ben.history.undo()
    assert ben.workspace.get(task.id, Step).name == task.name
    # the undone update is a local change now: Ben reverting Ann's rename
    assert list(standing(ben).pending) == [task.id]


def test_deleted_here_edited_there(sample_repo: str, pair: tuple[Document, Document]) -> None:
    ann, ben = pair
    task = tasks(ann)[0].id
    ann.editor.update([task], instruction="Ann's instruction")
    ben.editor.delete([task])
    checkin(ann)
    (conflict,) = checkin(ben).conflicts
    assert (conflict.kind, conflict.id) == (ConflictKind.DELETED_HERE, task)
    # keeping Ben's deletion removes the step (and its flows) from the repository
    update(ben, {task: Side.MINE})
    assert checkin(ben).checked_in
    assert task not in repository(sample_repo)
    update(ann)
    assert task not in ann.workspace
    assert level(sample_repo, ann, ben)


def test_edited_here_deleted_there_taken_theirs(
    sample_repo: str, pair: tuple[Document, Document]
) -> None:
    ann, ben = pair
    task = tasks(ann)[0].id
    ann.editor.delete([task])
    ben.editor.update([task], instruction="Ben's instruction")
    checkin(ann)
    (conflict,) = checkin(ben).conflicts
    assert (conflict.kind, conflict.id) == (ConflictKind.DELETED_THERE, task)
    update(ben, {task: Side.THEIRS})
    assert task not in ben.workspace
    assert not checkin(ben).checked_in
    assert level(sample_repo, ann, ben)


def test_additions_of_different_elements_merge(
    sample_repo: str, pair: tuple[Document, Document]
) -> None:
    ann, ben = pair
    diagram = tasks(ann)[0].diagram_id
    added_by_ann = ann.editor.add_step(diagram, StepKind.TASK, "Ann's task", Point(300, 500))
    added_by_ben = ben.editor.add_step(diagram, StepKind.TASK, "Ben's task", Point(500, 500))
    checkin(ann)
    checkin(ben)
    update(ann)
    assert {added_by_ann, added_by_ben} <= {e.id for e in ann.workspace}
    assert level(sample_repo, ann, ben)


def test_a_flow_whose_end_was_deleted_there(
    sample_repo: str, pair: tuple[Document, Document]
) -> None:
    # given Ann deletes a task while Ben draws a new flow to it
    ann, ben = pair
    first, second = tasks(ann)[0].id, tasks(ann)[1].id
    ann.editor.delete([second])
    flow = ben.editor.connect(first, second)
    checkin(ann)
    # when Ben checks in, then the deleted task is the conflict, used by Ben's flow
    (conflict,) = checkin(ben).conflicts
    assert (conflict.kind, conflict.id, conflict.users) == (
        ConflictKind.DELETED_THERE,
        second,
        (flow,),
    )
    # keeping his version restores the task in the repository, with the new flow
    update(ben, {second: Side.MINE})
    assert checkin(ben).checked_in
    stored = repository(sample_repo)
    assert isinstance(stored.find(second), Step) and isinstance(stored.find(flow), Flow)
    update(ann)
    assert level(sample_repo, ann, ben)


def test_a_process_made_here_is_checked_in_and_stays_in_the_checkout(
    sample_repo: str, pair: tuple[Document, Document], tmp_path: Path
) -> None:
    ann, ben = pair
    process = ann.editor.add_process("Travel expenses")
    checkin(ann, "new process")
    assert process in repository(sample_repo)
    ann.editor.rename(process, "Travel costs")
    checkin(ann)
    update(ben)  # Ben did not check it out: it stays away from him
    assert process not in ben.workspace
    assert level(sample_repo, ann, ben)


def test_the_check_in_log_replays_to_the_repository(
    sample_repo: str, pair: tuple[Document, Document]
) -> None:
    ann, ben = pair
    ann.editor.rename(tasks(ann)[0].id, "One")
    checkin(ann)
    ben.editor.delete([tasks(ben)[1].id])
    checkin(ben)
    replayed = replay_all(checkin_payloads(sample_repo))
    assert snapshot(replayed) == snapshot(repository(sample_repo))


def test_a_read_only_checkout_refuses_edits_and_check_ins_but_updates(
    sample_repo: str, pair: tuple[Document, Document], tmp_path: Path
) -> None:
    ann, _ = pair
    viewer = open_checkout(sample_repo, tmp_path / "viewer.procdesk", PURCHASE, read_only=True)
    with viewer:
        assert viewer.read_only_reason is not None
        task = tasks(ann)[0].id
        ann.editor.rename(task, "Seen by the viewer")
        checkin(ann)
        update(viewer)
        assert viewer.workspace.get(task, Step).name == "Seen by the viewer"
        assert viewer.history.read_only
        with pytest.raises(Exception, match="read-only"):
            checkin(viewer)


def test_workspace_equals_its_replayed_log_after_updates(
    sample_repo: str, pair: tuple[Document, Document]
) -> None:
    ann, ben = pair
    ann.editor.rename(tasks(ann)[0].id, "Two")
    checkin(ann)
    update(ben)
    payloads = [payload for _, payload in ben.store.log.payloads()]
    assert snapshot(replay_all(payloads)) == snapshot(ben.workspace)
    assert isinstance(ben.workspace, Workspace)


def test_save_as_of_a_read_only_checkout_is_an_editable_workspace_of_its_own(
    sample_repo: str, tmp_path: Path
) -> None:
    # given a read-only check-out
    viewer = open_checkout(sample_repo, tmp_path / "viewer.procdesk", PURCHASE, read_only=True)
    with viewer:
        # when it is saved as a copy
        copy = tmp_path / "copy.procdesk"
        viewer.save_as(copy)
        # then the copy can be edited, now and when opened again, and knows no repository
        assert not viewer.read_only
        viewer.editor.rename(tasks(viewer)[0].id, "Edited in the copy")
    with Document.open(copy) as reopened:
        assert not reopened.read_only
        assert reopened.store.read(read_origin) is None
    with Document.open(tmp_path / "viewer.procdesk") as original:
        assert original.read_only  # the check-out itself stays read-only
