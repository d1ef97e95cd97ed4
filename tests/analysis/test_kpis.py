"""KPI status: on or off target, latest value, off-target steps."""

from __future__ import annotations

from procdesk.analysis.kpis import latest, off_target_steps, on_target
from procdesk.model.elements import Kpi, KpiDirection
from tests.analysis.builders import line


def test_on_target_follows_the_direction() -> None:
    # given a KPI where higher is better and one where lower is better, both aiming at 10
    higher = Kpi(id="K1", process_id="P", name="Share on time", target=10)
    lower = Kpi(
        id="K2", process_id="P", name="Lead time", target=10, direction=KpiDirection.LOWER_IS_BETTER
    )
    # then the target itself counts as met, and each side is judged by the direction
    assert (on_target(higher, 10), on_target(higher, 9), on_target(higher, 11)) == (
        True,
        False,
        True,
    )
    assert (on_target(lower, 10), on_target(lower, 9), on_target(lower, 11)) == (True, True, False)
    assert on_target(Kpi(id="K3", process_id="P", name="Free"), 5) is None


def test_steps_whose_latest_value_misses_the_target() -> None:
    # given two step KPIs (lower is better, target 5): one now off target, one back on it
    sketch = line(("a", 1), ("b", 1))
    editor = sketch.editor
    lower = KpiDirection.LOWER_IS_BETTER
    slow = editor.add_kpi(
        sketch.process, "Time in a", step_id=sketch.ids["a"], target=5.0, direction=lower
    )
    fixed = editor.add_kpi(
        sketch.process, "Time in b", step_id=sketch.ids["b"], target=5.0, direction=lower
    )
    editor.add_measurement(slow, "2025-01-31", 4.0)
    editor.add_measurement(slow, "2025-02-28", 7.0)
    editor.add_measurement(fixed, "2025-02-28", 4.0)
    editor.add_measurement(fixed, "2025-01-31", 9.0)
    # then only a is off target, judged by its latest value
    assert latest(sketch.workspace, slow).value == 7.0  # type: ignore[union-attr]
    assert list(off_target_steps(sketch.workspace, sketch.process)) == [sketch.ids["a"]]
