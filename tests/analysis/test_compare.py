"""As-is against to-be, on a to-be made by "Create to-be from as-is" and then edited."""

from __future__ import annotations

import pytest

from procdesk.analysis.compare import compare
from procdesk.model.elements import Duration, Step, StepKind
from procdesk.model.geometry import Point
from tests.analysis.builders import E, S, Sketch


def as_is() -> Sketch:
    """start → fill (A, 10) → check (B, 30) → sign (A, 5) → file (B, 5) → end (B)."""
    sketch = Sketch()
    sketch.step("start", S, "A")
    sketch.step("fill", lane="A", minutes=10, cost=10.0)
    sketch.step("check", lane="B", minutes=30, cost=30.0)
    sketch.step("sign", lane="A", minutes=5, cost=5.0)
    sketch.step("file", lane="B", minutes=5, cost=5.0)
    sketch.step("end", E, "B")
    sketch.chain("start", "fill", "check", "sign", "file", "end")
    return sketch


def copy_of(sketch: Sketch) -> tuple[str, dict[str, str]]:
    """The to-be copy's id, and each as-is key mapped to its copy's id."""
    to_be = sketch.editor.create_variant(sketch.diagram)
    copies = {s.origin_id: s.id for s in sketch.workspace.elements_of(to_be, Step) if s.origin_id}
    return to_be, {key: copies[i] for key, i in sketch.ids.items() if i in copies}


def test_an_untouched_copy_has_no_differences() -> None:
    # given a fresh to-be copy
    sketch = as_is()
    to_be, _ = copy_of(sketch)
    # when compared
    result = compare(sketch.workspace, sketch.diagram, to_be)
    # then every step is matched and unchanged and every delta is zero
    assert (result.added, result.removed, result.changed) == ((), (), ())
    assert result.unchanged == 6
    assert all(d.change == 0 for d in result.deltas)


def test_an_edited_to_be() -> None:
    # given a to-be where "sign" is removed, "check" moves to lane A, becomes quicker and is
    # renamed, and a new step "notify" is added
    sketch = as_is()
    to_be, copy = copy_of(sketch)
    editor = sketch.editor
    editor.delete([copy["sign"]])
    editor.connect(copy["check"], copy["file"])
    lane_a = next(lane.id for lane in sketch.workspace.elements_of(to_be) if lane.name == "A")
    editor.set_lane([copy["check"]], lane_a)
    editor.update([copy["check"]], name="Check in ERP", duration=Duration(10, 10, 10))
    notify = editor.add_step(to_be, StepKind.SEND_TASK, "Notify requester", Point(900, 75))
    # when compared
    result = compare(sketch.workspace, sketch.diagram, to_be)
    # then one step is removed, one added, one changed in name, lane and duration
    assert [s.id for s in result.removed] == [sketch.ids["sign"]]
    assert [(s.id, s.name) for s in result.added] == [(notify, "Notify requester")]
    assert len(result.changed) == 1
    change = result.changed[0]
    assert (change.before.id, change.after.id) == (sketch.ids["check"], copy["check"])
    assert {name: (old, new) for name, old, new in change.fields} == {
        "name": ("check", "Check in ERP"),
        "lane": ("B", "A"),
        "duration": (
            {"min": 30.0, "typical": 30.0, "max": 30.0},
            {"min": 10.0, "typical": 10.0, "max": 10.0},
        ),
    }
    # and the figures: as-is 3 hand-offs (fill→check→sign→file), to-be 1 (check→file); the
    # new task is not connected, so it adds a step but no time
    assert (result.delta("handoffs").before, result.delta("handoffs").after) == (3, 1)
    assert result.delta("steps").change == 0
    assert result.delta("cycle_time").change == pytest.approx(-25.0)
    assert result.delta("cost").change == pytest.approx(-5.0)


def test_steps_drawn_afresh_are_matched_by_name() -> None:
    # given a to-be where "file" was deleted and drawn again under the same name
    sketch = as_is()
    to_be, copy = copy_of(sketch)
    sketch.editor.delete([copy["file"]])
    fresh = sketch.editor.add_step(to_be, StepKind.TASK, "File", Point(700, 75))
    # when compared
    result = compare(sketch.workspace, sketch.diagram, to_be)
    # then it counts as the same step (names match regardless of case)
    assert result.matches[sketch.ids["file"]] == fresh
    assert result.added == () and result.removed == ()


def test_comparing_backwards_matches_by_origin_too() -> None:
    # given a to-be with one step removed
    sketch = as_is()
    to_be, copy = copy_of(sketch)
    sketch.editor.delete([copy["sign"]])
    # when compared from the to-be to the as-is
    result = compare(sketch.workspace, to_be, sketch.diagram)
    # then the removed step shows as added, and the rest is matched by origin
    assert [s.id for s in result.added] == [sketch.ids["sign"]]
    assert result.matches[copy["check"]] == sketch.ids["check"]


def test_json_holds_the_lists_and_the_deltas() -> None:
    # given an edited to-be
    sketch = as_is()
    to_be, copy = copy_of(sketch)
    sketch.editor.delete([copy["sign"]])
    # when written as JSON
    data = compare(sketch.workspace, sketch.diagram, to_be).to_json()
    # then it holds the lists and integer deltas for counts
    assert {"from", "to", "added", "removed", "changed", "deltas"} <= set(data)
    assert data["deltas"]["steps"] == {"from": 4, "to": 3, "delta": -1}
    assert data["removed"][0]["name"] == "sign"
    assert data["removed"][0]["lane"] == "A"
