"""The portfolio's figures on cases worked out by hand: weighted score, ranks and their
tie-breaks, payback, NPV, the computed benefit and the sensitivity thresholds."""

from __future__ import annotations

import math

import pytest

from procdesk.analysis.portfolio.benefit import compute_benefit
from procdesk.analysis.portfolio.finance import npv, payback_months
from procdesk.analysis.portfolio.matrix import Payoff, Quadrant, build_matrix, quadrant_of
from procdesk.analysis.portfolio.register import build_register
from procdesk.analysis.portfolio.scoring import Candidate, normalise, rank, weighted_score
from procdesk.analysis.portfolio.sensitivity import Scored, sensitivity
from procdesk.model.editor import Editor
from procdesk.model.elements import Duration, Step
from procdesk.model.history import History
from procdesk.model.portfolio import BenefitBasis, BenefitModel
from procdesk.model.portfolio_queries import framework_of
from procdesk.model.workspace import Workspace
from tests.analysis.builders import line


def test_weights_are_normalised_and_the_score_is_their_weighted_sum() -> None:
    # given weights 30 / 20 / 50 and scores 4, 3 and none
    weights = normalise([30, 20, 50])
    # then the weights become 0.3 / 0.2 / 0.5, and the score is 0.3·4 + 0.2·3 + 0.5·0 = 1.8
    assert weights == pytest.approx((0.3, 0.2, 0.5))
    assert weighted_score([4, 3, 0], weights) == pytest.approx(1.8)


def test_a_weight_sum_of_zero_is_refused() -> None:
    with pytest.raises(ValueError, match="sum to 0"):
        normalise([0, 0])


def test_ties_are_broken_by_benefit_then_effort_then_title_and_say_so() -> None:
    # given four candidates: two tied on score and benefit (effort decides), one tied on
    # score with more benefit, and one alone
    candidates = [
        Candidate("a", "Alpha", 3.0, benefit=100, effort=10),
        Candidate("b", "Beta", 3.0, benefit=100, effort=5),
        Candidate("c", "Gamma", 3.0, benefit=200, effort=50),
        Candidate("d", "Delta", 4.0, benefit=0, effort=0),
    ]
    placed = rank(candidates)
    # then Delta leads; Gamma (more benefit) beats Beta, and Beta (less effort) beats Alpha
    assert [p.candidate.id for p in placed] == ["d", "c", "b", "a"]
    assert [p.rank for p in placed] == [1, 2, 3, 4]
    assert [p.tie_break for p in placed] == [None, "benefit", "benefit", "effort"]


def test_a_tie_on_everything_falls_to_the_title() -> None:
    placed = rank([Candidate("x", "Zebra", 2.0, 10, 1), Candidate("y", "apple", 2.0, 10, 1)])
    assert [p.candidate.title for p in placed] == ["apple", "Zebra"]
    assert [p.tie_break for p in placed] == ["title", "title"]


def test_payback_is_cost_over_monthly_benefit() -> None:
    # 10,000 ÷ (5,000 ÷ 12) = 24 months; no benefit, no payback
    assert payback_months(10_000, 5_000) == pytest.approx(24.0)
    assert payback_months(10_000, 0) is None
    assert payback_months(0, 1_000) == 0


def test_npv_discounts_each_year_of_the_horizon() -> None:
    # -10,000 + 5,000/1.1 + 5,000/1.21 + 5,000/1.331 = 2,434.26
    assert npv(10_000, 5_000, 3, 0.10) == pytest.approx(2434.2600, abs=1e-3)
    # at 0 % it is simply years x benefit - cost
    assert npv(10_000, 5_000, 3, 0.0) == pytest.approx(5_000)


def three() -> list[Scored]:
    """A = (5, 1), B = (2, 3), C = (1, 2) under 50/50: scores 3.0, 2.5, 1.5."""
    rows = [("A", (5.0, 1.0)), ("B", (2.0, 3.0)), ("C", (1.0, 2.0))]
    return [Scored(Candidate(key, key, 0.5 * a + 0.5 * b, 0, 0), (a, b)) for key, (a, b) in rows]


def test_sensitivity_solves_for_the_weight_where_the_leader_changes() -> None:
    # given A leads under 50/50 and the top 1 is watched
    first, second = sensitivity(three(), ("one", "two"), (0.5, 0.5), top=1)
    # then lowering criterion one to 40 % makes A and B tie (0.4·5 + 0.6·1 = 0.4·2 + 0.6·3
    # = 2.6); raising it never dethrones A
    assert first.down is not None and first.up is None
    assert first.down.weight == pytest.approx(0.4)
    assert (first.down.upper, first.down.lower) == ("A", "B")
    assert first.room_down == pytest.approx(0.1)
    assert first.room_up == pytest.approx(0.5)
    # and criterion two mirrors it: up to 60 % is safe, down to 0 % too
    assert second.up is not None and second.down is None
    assert second.up.weight == pytest.approx(0.6)


def test_sensitivity_of_a_tied_pair_is_zero_in_the_direction_that_splits_it() -> None:
    # given B and C tie at 2.0 under 50/50 (B = (3, 1), C = (1, 3)) and B wins the tie
    rows = [
        Scored(Candidate("B", "B", 2.0, 1, 0), (3.0, 1.0)),
        Scored(Candidate("C", "C", 2.0, 0, 0), (1.0, 3.0)),
    ]
    first, _second = sensitivity(rows, ("one", "two"), (0.5, 0.5), top=1)
    # then any lowering of criterion one lets C overtake, and raising it never does
    assert first.down is not None and first.down.weight == pytest.approx(0.5)
    assert first.up is None


def test_register_ranks_open_initiatives_and_leaves_done_and_rejected_out() -> None:
    editor = Editor(History(Workspace()))
    editor.set_weights(
        {"strategy": 100, "financial": 0, "risk": 0, "compliance": 0, "efficiency": 0}
    )
    first = editor.add_initiative("First", benefit=10.0)
    second = editor.add_initiative("Second")
    finished = editor.add_initiative("Finished")
    editor.set_score(first, "strategy", 2)
    editor.set_score(second, "strategy", 4)
    editor.set_score(finished, "strategy", 5)
    editor.set_status(finished, "done")
    register = build_register(editor.workspace)
    assert [(r.initiative.title, r.rank) for r in register.rows] == [
        ("Second", 1),
        ("First", 2),
        ("Finished", None),
    ]
    assert register.rows[0].score == pytest.approx(4.0)


def test_benefit_is_computed_from_the_as_is_to_be_comparison() -> None:
    # given an as-is of one 62-minute task, and a to-be in which it takes 41 minutes
    sketch = line(("work", 62))
    editor = sketch.editor
    to_be = editor.create_variant(sketch.diagram)
    task = next(
        s for s in editor.workspace.elements_of(to_be, Step) if s.origin_id == sketch.ids["work"]
    )
    editor.update([task.id], duration=Duration(41, 41, 41))
    model = BenefitModel(
        id="BenefitModel_1",
        initiative_id="Initiative_1",
        diagram_id=to_be,
        basis=BenefitBasis.CYCLE_TIME,
        volume=1200,
        rate=55,
    )
    # when the benefit is computed at 1,200 cases a year and 55 EUR an hour
    result = compute_benefit(editor.workspace, model, "EUR")
    # then it is (62 - 41) x 1,200 x 55 / 60 = 23,100 EUR, and says so
    assert result.value == pytest.approx(23_100)
    assert result.derivation == "(62 − 41 min) × 1,200 cases/year × 55 EUR/h ÷ 60 = 23,100 EUR"  # noqa: RUF001 (the exact typography is the point)
    assert result.as_is_id == sketch.diagram


def test_a_cost_basis_counts_the_saving_once_per_case() -> None:
    sketch = line(("work", 10))
    editor = sketch.editor
    editor.update([sketch.ids["work"]], cost=138.09)
    to_be = editor.create_variant(sketch.diagram)
    task = next(s for s in editor.workspace.elements_of(to_be, Step) if s.name == "work")
    editor.update([task.id], cost=122.29)
    model = BenefitModel(
        id="B", initiative_id="I", diagram_id=to_be, basis=BenefitBasis.COST, volume=1200
    )
    result = compute_benefit(editor.workspace, model, "EUR")
    # (138.09 - 122.29) x 1,200 = 18,960
    assert result.value == pytest.approx(18_960)
    assert result.derivation.endswith("× 1,200 cases/year = 18,960 EUR")  # noqa: RUF001 (the exact typography is the point)


def test_the_simulated_median_gives_the_same_benefit_each_time() -> None:
    sketch = line(("work", 60))
    editor = sketch.editor
    to_be = editor.create_variant(sketch.diagram)
    model = BenefitModel(
        id="B",
        initiative_id="I",
        diagram_id=to_be,
        basis=BenefitBasis.SIMULATED_CYCLE_TIME,
        volume=100,
        rate=60,
    )
    # fixed durations: both medians are 60 minutes, so nothing is saved
    result = compute_benefit(editor.workspace, model, "EUR")
    assert result.before == pytest.approx(60) and result.after == pytest.approx(60)
    assert result.value == pytest.approx(0)
    assert compute_benefit(editor.workspace, model, "EUR") == result


def test_pick_quadrants_and_median_lines() -> None:
    # high payoff and low effort: implement; on a line counts as high
    assert quadrant_of(1, 10, 5, 5) == Quadrant.IMPLEMENT
    assert quadrant_of(5, 5, 5, 5) == Quadrant.CHALLENGE
    assert quadrant_of(1, 1, 5, 5) == Quadrant.POSSIBLE
    assert quadrant_of(9, 1, 5, 5) == Quadrant.KILL
    editor = Editor(History(Workspace()))
    for title, effort, benefit in (("a", 1.0, 100.0), ("b", 3.0, 300.0), ("c", 8.0, 50.0)):
        editor.add_initiative(title, effort=effort, benefit=benefit)
    matrix = build_matrix(
        build_register(editor.workspace), framework_of(editor.workspace), Payoff.BENEFIT
    )
    # medians of 1, 3, 8 and of 100, 300, 50
    assert (matrix.effort_line, matrix.payoff_line) == (3.0, 100.0)
    quadrants = {p.row.initiative.title: p.quadrant for p in matrix.points}
    assert quadrants == {"a": Quadrant.IMPLEMENT, "b": Quadrant.CHALLENGE, "c": Quadrant.KILL}
    assert math.isfinite(matrix.effort_line)
