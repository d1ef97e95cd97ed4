"""Portfolio intents: each is one undo step, refuses bad input with a reason and changes
nothing then, and keeps the framework's agreed versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from procdesk.analysis.portfolio.register import build_register
from procdesk.document import Document
from procdesk.model.commands import CommandError
from procdesk.model.editor import Editor
from procdesk.model.elements import WeakPoint
from procdesk.model.history import History
from procdesk.model.portfolio import Initiative, InitiativeStatus
from procdesk.model.portfolio_queries import (
    baselines_of,
    benefit_model_of,
    framework_of,
    initiatives_addressing,
    next_statuses,
    process_ids_of,
    weak_points_of,
)
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample
from tests.builders import snapshot


@pytest.fixture
def editor() -> Editor:
    return Editor(History(Workspace(build_sample())))


def a_weak_point(editor: Editor) -> WeakPoint:
    return next(e for e in editor.workspace if isinstance(e, WeakPoint))


def undo_restores(editor: Editor, action: object) -> None:
    """Run *action* as one undo step: undo gives the state before it, redo the state after."""
    before = snapshot(editor.workspace)
    action()  # type: ignore[operator]
    after = snapshot(editor.workspace)
    assert after != before
    editor.history.undo()
    assert snapshot(editor.workspace) == before
    editor.history.redo()
    assert snapshot(editor.workspace) == after


def test_every_portfolio_intent_is_one_undo_step(editor: Editor) -> None:
    point = a_weak_point(editor)
    initiative = editor.add_initiative("Pilot", cost=100.0)
    to_be = next(
        d
        for d in editor.workspace.diagrams_of(editor.workspace.processes()[0].id)
        if d.variant == "to-be"
    )
    for action in (
        lambda: editor.add_initiative("Another"),
        lambda: editor.create_initiative_from_weak_point(point.id),
        lambda: editor.update_initiative(initiative, {"owner": "Kim", "effort": 4.0}),
        lambda: editor.set_status(initiative, "assessed", on="2026-05-01"),
        lambda: editor.set_score(initiative, "risk", 4, "audit finding"),
        lambda: editor.link_process(initiative, editor.workspace.processes()[0].id),
        lambda: editor.link_weak_point(initiative, point.id),
        lambda: editor.set_benefit_model(initiative, to_be.id, "cost", 500, 0),
        lambda: editor.set_weights({"risk": 60}),
        lambda: editor.add_criterion("Customer value", 15),
        lambda: editor.set_framework(currency="CHF"),
        lambda: editor.delete_initiative(initiative),
    ):
        undo_restores(editor, action)


def test_create_from_a_weak_point_links_it_and_its_process(editor: Editor) -> None:
    point = a_weak_point(editor)
    initiative_id = editor.create_initiative_from_weak_point(point.id, on="2026-04-01")
    initiative = editor.workspace.get(initiative_id, Initiative)
    # titled after the proposed action, proposed on the day
    assert initiative.title == point.action.splitlines()[0]
    assert [(c.status, c.date) for c in initiative.status_log] == [
        (InitiativeStatus.PROPOSED, "2026-04-01")
    ]
    assert weak_points_of(editor.workspace, initiative_id) == [point]
    process = editor.workspace.get(point.diagram_id).process_id  # type: ignore[attr-defined]
    assert process_ids_of(editor.workspace, initiative_id) == [process]
    assert initiative in initiatives_addressing(editor.workspace, point.id)


def test_a_weak_point_may_be_addressed_by_several_initiatives(editor: Editor) -> None:
    point = a_weak_point(editor)
    already = [i.title for i in initiatives_addressing(editor.workspace, point.id)]
    one = editor.add_initiative("One")
    two = editor.add_initiative("Two")
    editor.link_weak_point(one, point.id)
    editor.link_weak_point(two, point.id)
    assert editor.link_weak_point(two, point.id) is None  # already linked: nothing added
    titles = [i.title for i in initiatives_addressing(editor.workspace, point.id)]
    assert sorted(titles) == sorted([*already, "One", "Two"])
    # deleting the weak point removes the links, not the initiatives
    editor.delete([point.id])
    assert weak_points_of(editor.workspace, one) == []
    assert one in editor.workspace and two in editor.workspace


def test_status_changes_follow_the_rules_and_keep_their_dates(editor: Editor) -> None:
    initiative = editor.add_initiative("Pilot", on="2026-01-01")
    editor.set_status(initiative, InitiativeStatus.APPROVED, on="2026-02-01")  # skips assessed
    editor.set_status(initiative, InitiativeStatus.ON_HOLD, on="2026-03-01")
    editor.set_status(initiative, InitiativeStatus.IN_PROGRESS, on="2026-04-01")
    log = editor.workspace.get(initiative, Initiative).status_log
    assert [(c.status.value, c.date) for c in log] == [
        ("proposed", "2026-01-01"),
        ("approved", "2026-02-01"),
        ("on-hold", "2026-03-01"),
        ("in-progress", "2026-04-01"),
    ]
    with pytest.raises(CommandError, match="cannot go from In progress to Proposed"):
        editor.set_status(initiative, InitiativeStatus.PROPOSED)
    editor.set_status(initiative, InitiativeStatus.DONE)
    assert next_statuses(InitiativeStatus.DONE) == ()
    with pytest.raises(CommandError, match="not a status"):
        editor.set_status(initiative, "finished")


@pytest.mark.parametrize(
    ("action", "reason"),
    [
        (lambda e, i: e.set_score(i, "risk", 6), "runs from 1 to 5, not 6"),
        (lambda e, i: e.set_score(i, "risk", 2.5), "whole number"),
        (lambda e, i: e.set_score(i, "nonsense", 3), "no criterion 'nonsense'"),
        (lambda e, i: e.update_initiative(i, {"cost": -5.0}), "cannot be negative"),
        (lambda e, i: e.update_initiative(i, {"effort": float("nan")}), "must be a number"),
        (lambda e, i: e.update_initiative(i, {"title": "  "}), "needs a title"),
        (lambda e, i: e.update_initiative(i, {"due_date": "31.12.2026"}), "YYYY-MM-DD"),
        (lambda e, i: e.update_initiative(i, {"discount_rate": 1.5}), "between 0 % and 100 %"),
        (
            lambda e, i: e.set_weights(
                {c: 0 for c in ("strategy", "financial", "risk", "compliance", "efficiency")}
            ),
            "sum to 0",
        ),
        (lambda e, i: e.set_weights({"risk": -1}), "cannot be negative"),
        (lambda e, i: e.link_weak_point(i, "WeakPoint_gone"), "no weak point WeakPoint_gone"),
        (lambda e, i: e.create_initiative_from_weak_point("WeakPoint_gone"), "was it deleted"),
        (lambda e, i: e.set_framework(scale_min=1, scale_max=3), "lie outside 1 to 3"),
        (lambda e, i: e.set_benefit_model(i, "Diagram_gone"), "no diagram Diagram_gone"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(editor: Editor, action, reason: str) -> None:
    initiative = editor.add_initiative("Pilot")
    editor.set_score(initiative, "risk", 5)
    before = snapshot(editor.workspace)
    with pytest.raises(CommandError, match=reason):
        action(editor, initiative)
    assert snapshot(editor.workspace) == before


def test_weight_changes_after_a_baseline_make_a_new_version_and_keep_the_old_ranking(
    editor: Editor,
) -> None:
    workspace = editor.workspace
    # the sample's framework was agreed as version 1 and has moved on to version 2
    assert framework_of(workspace).version == 2
    # when version 2 is agreed and then strategy alone counts
    editor.baseline_framework(on="2026-06-01", agreed_by="Board")
    with pytest.raises(CommandError, match="already agreed"):
        editor.baseline_framework()
    agreed = [r.id for r in build_register(workspace).rows]
    editor.set_weights(
        {"strategy": 100, "financial": 0, "risk": 0, "compliance": 0, "efficiency": 0}
    )
    # then the framework is version 3, not agreed, and version 2 ranks as it did
    assert (framework_of(workspace).version, framework_of(workspace).baselined) == (3, False)
    assert [b.version for b in baselines_of(workspace)] == [1, 2]
    assert [r.id for r in build_register(workspace, 2).rows] == agreed
    with pytest.raises(ValueError, match="no agreed version 7"):
        build_register(workspace, 7)


def test_the_benefit_model_is_replaced_not_duplicated_and_removed_with_none(
    editor: Editor,
) -> None:
    initiative = editor.add_initiative("Pilot")
    process = editor.workspace.processes()[0].id
    to_be = editor.workspace.diagrams_of(process)[-1].id
    editor.set_benefit_model(initiative, to_be, "work-time", 600, 48)
    editor.set_benefit_model(initiative, to_be, "cost", 600, 0)
    model = benefit_model_of(editor.workspace, initiative)
    assert model is not None and model.basis.value == "cost"
    assert process_ids_of(editor.workspace, initiative) == [process]
    editor.set_benefit_model(initiative, None)
    assert benefit_model_of(editor.workspace, initiative) is None


def test_the_portfolio_persists_and_reloads(tmp_path: Path) -> None:
    path = tmp_path / "w.procdesk"
    with Document.create(path, sample=True) as document:
        initiative = document.editor.add_initiative("Pilot", cost=10.0)
        document.editor.set_score(initiative, "risk", 2, "minor")
        document.editor.set_status(initiative, "assessed")
        state = snapshot(document.workspace)
    with Document.open(path, read_only=True) as document:
        assert snapshot(document.workspace) == state
