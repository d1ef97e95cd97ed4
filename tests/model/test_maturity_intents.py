"""Maturity intents: models kept in the workspace, assessments, ratings and evidence, target
profiles, and gaps made into weak points and initiatives. Every intent is one undo step."""

from __future__ import annotations

import pytest

from procdesk.model.commands import CommandError
from procdesk.model.elements import Lane, WeakPoint, WeakPointCategory
from procdesk.model.maturity import EvidenceLink, MaturityAssessment, MaturityModel, MaturityTarget
from procdesk.model.maturity_files import shipped_model
from procdesk.model.maturity_queries import evidence_links, gaps, models_of, target_of
from procdesk.model.portfolio import Initiative, InitiativeProcess, InitiativeStatus
from tests.builders import draw_simple, snapshot
from tests.model.maturity_builders import assessed, small_model


def test_adopting_a_model_keeps_one_copy_and_reuses_an_identical_one() -> None:
    # given a workspace without models
    drawn = draw_simple()
    editor = drawn.editor
    before = snapshot(drawn.workspace)
    # when the shipped PEMM is adopted twice
    first = editor.adopt_maturity_model(shipped_model("pemm"))
    second = editor.adopt_maturity_model(shipped_model("pemm"))
    # then there is one copy, and one undo removes it
    assert first == second
    assert [m.key for m in models_of(drawn.workspace)] == ["pemm"]
    drawn.history.undo()
    assert snapshot(drawn.workspace) == before


def test_an_assessment_under_a_shipped_model_keeps_the_model_in_the_same_step() -> None:
    drawn = draw_simple()
    before = snapshot(drawn.workspace)
    shipped = shipped_model("capability")
    # when a process is assessed under a model not kept yet
    assessment_id = drawn.editor.add_assessment(
        drawn.process, shipped, on="2026-03-01", assessor="Bo"
    )
    # then a copy is kept and the assessment refers to it
    assessment = drawn.workspace.get(assessment_id, MaturityAssessment)
    kept = drawn.workspace.get(assessment.model_id, MaturityModel)
    assert kept.same_content(shipped) and kept.id != shipped.id
    assert (assessment.date, assessment.assessor, assessment.ratings) == ("2026-03-01", "Bo", ())
    # and one undo takes both away
    drawn.history.undo()
    assert snapshot(drawn.workspace) == before


def test_the_assessor_defaults_to_the_current_author(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROCDESK_AUTHOR", "Grace Hopper")
    drawn = draw_simple()
    model = drawn.editor.adopt_maturity_model(small_model())
    made = drawn.editor.add_assessment(drawn.process, model, on="2026-01-01")
    assert drawn.workspace.get(made, MaturityAssessment).assessor == "Grace Hopper"


def test_rating_evidence_and_documents_each_undo_in_one_step() -> None:
    case = assessed()
    workspace, history, editor = case.drawn.workspace, case.drawn.history, case.editor
    start = snapshot(workspace)
    # when a level, the evidence and the documents are set
    editor.set_level(case.assessment, "docs", 3)
    editor.set_evidence(case.assessment, "docs", "All SOPs signed")
    editor.set_documents(case.assessment, "docs", ["sop.pdf", " ", "sop.pdf", "https://x/y"])
    rating = workspace.get(case.assessment, MaturityAssessment).rating("docs")
    # then the rating holds them (documents without blanks or repeats)
    assert rating is not None
    assert (rating.level, rating.evidence, rating.documents) == (
        3,
        "All SOPs signed",
        ("sop.pdf", "https://x/y"),
    )
    # and three undos bring the start back, one each
    for _ in range(3):
        history.undo()
    assert snapshot(workspace) == start


def test_a_level_outside_the_model_or_an_unknown_dimension_is_refused() -> None:
    case = assessed()
    before = snapshot(case.drawn.workspace)
    with pytest.raises(CommandError, match="runs from 1 to 3, not 4"):
        case.editor.set_level(case.assessment, "docs", 4)
    with pytest.raises(CommandError, match="has no dimension 'speed'"):
        case.editor.set_level(case.assessment, "speed", 1)
    with pytest.raises(CommandError, match="must be a date"):
        case.editor.update_assessment(case.assessment, date="15.01.2026")
    assert snapshot(case.drawn.workspace) == before


def test_evidence_links_point_into_the_process_and_go_with_their_element() -> None:
    case = assessed()
    drawn = case.drawn
    # when a step of the process is linked as evidence
    link = case.editor.link_evidence(case.assessment, "owner", drawn.steps["check"])
    assert link is not None
    assert case.editor.link_evidence(case.assessment, "owner", drawn.steps["check"]) is None
    # then it is listed for its dimension only
    assert [x.element_id for x in evidence_links(drawn.workspace, case.assessment, "owner")] == [
        drawn.steps["check"]
    ]
    assert evidence_links(drawn.workspace, case.assessment, "docs") == []
    # and deleting the step removes the link, keeping the assessment
    case.editor.delete([drawn.steps["check"]])
    assert link not in drawn.workspace and case.assessment in drawn.workspace
    drawn.history.undo()
    assert isinstance(drawn.workspace.get(link), EvidenceLink)


def test_an_element_of_another_process_cannot_be_evidence() -> None:
    case = assessed()
    other = draw_simple(case.editor)
    with pytest.raises(CommandError, match="not part of the assessed process"):
        case.editor.link_evidence(case.assessment, "docs", other.steps["check"])


def test_target_profile_is_merged_and_cleared_per_dimension() -> None:
    case = assessed()
    workspace, process = case.drawn.workspace, case.drawn.process
    case.editor.set_target(process, case.model, {"docs": 3})
    case.editor.set_target(process, case.model, {"owner": 2})
    target = target_of(workspace, process, case.model)
    assert target is not None
    assert [(t.dimension, t.level) for t in target.levels] == [("docs", 3), ("owner", 2)]
    case.editor.set_target(process, case.model, {"docs": None})
    target = target_of(workspace, process, case.model)
    assert target is not None and [t.dimension for t in target.levels] == ["owner"]
    case.drawn.history.undo()
    case.drawn.history.undo()
    case.drawn.history.undo()
    assert workspace.in_scope(process, MaturityTarget) == []


def test_gaps_are_the_dimensions_assessed_below_target() -> None:
    # given docs at 1 (target 3) and owner at 2 (target 2)
    case = assessed(docs=1, owner=2, target={"docs": 3, "owner": 2})
    workspace = case.drawn.workspace
    model = workspace.get(case.model, MaturityModel)
    assessment = workspace.get(case.assessment, MaturityAssessment)
    found = gaps(model, assessment, target_of(workspace, case.drawn.process, case.model))
    # then only docs falls short, by 2 levels: severity 3
    assert [(g.dimension.key, g.level, g.target, g.size, g.severity) for g in found] == [
        ("docs", 1, 3, 2, 3)
    ]


def test_a_gap_becomes_a_weak_point_on_the_as_is_diagram() -> None:
    case = assessed(docs=1, owner=1, target={"docs": 3, "owner": 2})
    drawn = case.drawn
    case.editor.set_evidence(case.assessment, "docs", "Only a wiki page")
    lane = drawn.lanes[0]
    case.editor.link_evidence(case.assessment, "owner", lane)
    before = snapshot(drawn.workspace)
    # when the docs gap is made a weak point
    made = case.editor.create_gap_weak_point(case.assessment, "docs")
    point = drawn.workspace.get(made, WeakPoint)
    # then it sits on the diagram, as a compliance issue of severity 3, naming the levels
    assert (point.diagram_id, point.target_id) == (drawn.diagram, None)
    assert (point.category, point.severity) == (WeakPointCategory.COMPLIANCE, 3)
    assert point.description == (
        "Maturity gap in Docs: assessed at L1 on 2026-01-15, target L3 (Small model)."
    )
    assert (point.root_cause, point.action) == ("Only a wiki page", "all")
    # and the owner gap's weak point sits on the lane linked as its evidence
    owner = drawn.workspace.get(
        case.editor.create_gap_weak_point(case.assessment, "owner"), WeakPoint
    )
    assert isinstance(drawn.workspace.get(owner.target_id or ""), Lane)
    assert owner.severity == 2
    drawn.history.undo()
    drawn.history.undo()
    assert snapshot(drawn.workspace) == before


def test_a_gap_becomes_an_initiative_linked_to_the_process() -> None:
    case = assessed(docs=1, owner=2, target={"docs": 3})
    drawn = case.drawn
    made = case.editor.create_gap_initiative(case.assessment, "docs", on="2026-02-01")
    initiative = drawn.workspace.get(made, Initiative)
    assert initiative.title == "Raise Docs from L1 to L3"
    assert initiative.description == "all"
    assert initiative.status == InitiativeStatus.PROPOSED
    assert [c.date for c in initiative.status_log] == ["2026-02-01"]
    links = drawn.workspace.in_scope(made, InitiativeProcess)
    assert [link.process_id for link in links] == [drawn.process]
    drawn.history.undo()
    assert made not in drawn.workspace and links[0].id not in drawn.workspace


def test_no_gap_no_work() -> None:
    case = assessed(docs=3, owner=2, target={"docs": 2, "owner": 2})
    with pytest.raises(CommandError, match="Docs has no gap"):
        case.editor.create_gap_weak_point(case.assessment, "docs")
    with pytest.raises(CommandError, match="reaches the target on every dimension"):
        case.editor.create_gap_initiatives(case.assessment)


def test_all_gaps_at_once_are_one_step() -> None:
    case = assessed(docs=1, owner=1, target={"docs": 2, "owner": 3})
    drawn = case.drawn
    before = snapshot(drawn.workspace)
    points = case.editor.create_gap_weak_points(case.assessment)
    initiatives = case.editor.create_gap_initiatives(case.assessment)
    assert len(points) == 2
    titles = [drawn.workspace.get(i, Initiative).title for i in initiatives]
    assert titles == ["Raise Docs from L1 to L2", "Raise Owner from L1 to L3"]
    assert drawn.history.undo() is not None and all(i not in drawn.workspace for i in initiatives)
    assert drawn.history.undo() is not None
    assert snapshot(drawn.workspace) == before


def test_a_model_in_use_keeps_what_is_used() -> None:
    case = assessed(docs=3, owner=2, target={"docs": 3})
    workspace = case.drawn.workspace
    model = workspace.get(case.model, MaturityModel)
    # dropping a rated dimension, or the level a rating uses, is refused
    with pytest.raises(CommandError, match="dimension 'owner' is used by the assessment"):
        case.editor.store_maturity_model(small_model(id=model.id, dimensions=model.dimensions[:1]))
    shorter = small_model(
        id=model.id,
        levels=model.levels[:2],
        dimensions=tuple(
            type(d)(d.key, d.name, d.texts[:2], category=d.category) for d in model.dimensions
        ),
    )
    with pytest.raises(CommandError, match=r"level 3 is used by the (assessment|target profile)"):
        case.editor.store_maturity_model(shorter)
    with pytest.raises(CommandError, match="cannot be deleted"):
        case.editor.delete_maturity_model(case.model)
    # but renaming it is one undo step
    case.editor.store_maturity_model(small_model(id=model.id, name="Renamed"))
    assert workspace.get(case.model, MaturityModel).name == "Renamed"
    case.drawn.history.undo()
    assert workspace.get(case.model, MaturityModel) == model


def test_a_reassessment_starts_from_the_one_before() -> None:
    case = assessed(docs=2, owner=1)
    case.editor.set_evidence(case.assessment, "docs", "two SOPs")
    again = case.editor.add_assessment(
        case.drawn.process,
        case.model,
        on="2026-06-01",
        copy_from=case.assessment,
        levels={"owner": 2},
    )
    copy = case.drawn.workspace.get(again, MaturityAssessment)
    assert (copy.level_of("docs"), copy.level_of("owner")) == (2, 2)
    rating = copy.rating("docs")
    assert rating is not None and rating.evidence == "two SOPs"
