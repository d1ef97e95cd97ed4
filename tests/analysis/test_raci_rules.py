"""The RACI lint rules, one test each, and their silence on diagrams without a RACI."""

from __future__ import annotations

from procdesk.analysis.checks import check
from procdesk.model.assignments import Letter
from tests.analysis.builders import E, S, Sketch


def two_tasks() -> Sketch:
    """start → a (lane A) → b (lane B) → end."""
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("a")
    sketch.step("b", lane="B")
    sketch.step("end", E, lane="B")
    sketch.chain("start", "a", "b", "end")
    return sketch


def raci_findings(sketch: Sketch) -> list[tuple[str, str]]:
    return sorted(
        (f.rule, f.element)
        for f in check(sketch.workspace, sketch.diagram)
        if f.rule.startswith("raci-")
    )


def test_a_diagram_without_a_raci_has_no_raci_findings() -> None:
    assert raci_findings(two_tasks()) == []


def test_accountable_missing() -> None:
    # given a RACI begun on "a" only
    sketch = two_tasks()
    sketch.editor.set_responsibility(sketch.ids["a"], "B", Letter.ACCOUNTABLE)
    # then "b" is reported: nobody answers for it
    assert raci_findings(sketch) == [("raci-accountable-missing", sketch.ids["b"])]
    (finding,) = [f for f in check(sketch.workspace, sketch.diagram) if f.rule.startswith("raci")]
    assert finding.message == "nobody is accountable for task 'b'"


def test_accountable_multiple() -> None:
    # given each task with the other lane Accountable, and a second Accountable on "a"
    sketch = two_tasks()
    sketch.editor.set_responsibility(sketch.ids["a"], "B", Letter.ACCOUNTABLE)
    sketch.editor.set_responsibility(sketch.ids["b"], "A", Letter.ACCOUNTABLE)
    sketch.editor.add_role("Head")
    sketch.editor.set_responsibility(sketch.ids["a"], "Head", Letter.ACCOUNTABLE)
    assert raci_findings(sketch) == [("raci-accountable-multiple", sketch.ids["a"])]
    (finding,) = [f for f in check(sketch.workspace, sketch.diagram) if f.rule.startswith("raci")]
    assert finding.message == "task 'a' has 2 accountable roles: B, Head"


def test_responsible_missing() -> None:
    # given both tasks with an Accountable, and "b"'s lane taken off its R
    sketch = two_tasks()
    sketch.editor.set_responsibility(sketch.ids["a"], "B", Letter.ACCOUNTABLE)
    sketch.editor.set_responsibility(sketch.ids["b"], "A", Letter.ACCOUNTABLE)
    sketch.editor.set_responsibility(sketch.ids["b"], "B", None)
    assert raci_findings(sketch) == [("raci-responsible-missing", sketch.ids["b"])]
