"""Canvas marks: open weak points per element, off-target step KPIs."""

from __future__ import annotations

from procdesk.analysis.marks import DIAGRAM, KpiMark, WeakMark, kpi_marks, weak_marks
from procdesk.model.elements import KpiDirection, WeakPointStatus
from tests.analysis.builders import line


def test_weak_marks_count_open_points_by_element_and_keep_the_worst() -> None:
    # given two open weak points and a resolved one on a, one on the flow a→b, one on the diagram
    sketch = line(("a", 1), ("b", 1))
    editor, diagram, a = sketch.editor, sketch.diagram, sketch.ids["a"]
    editor.add_weak_point(diagram, a, severity=2)
    editor.add_weak_point(diagram, a, severity=3, status=WeakPointStatus.IN_PROGRESS)
    editor.add_weak_point(diagram, a, severity=5, status=WeakPointStatus.RESOLVED)
    flow = next(f.id for f in sketch.workspace.flows_at(a) if f.source_id == a)
    editor.add_weak_point(diagram, flow, severity=4)
    editor.add_weak_point(diagram, None, severity=1)
    # when the marks are read
    marks = weak_marks(sketch.workspace, diagram)
    # then the resolved one does not count; the diagram's own sit under DIAGRAM
    assert marks == {
        a: WeakMark(count=2, worst=3, total=5),
        flow: WeakMark(count=1, worst=4, total=4),
        DIAGRAM: WeakMark(count=1, worst=1, total=1),
    }


def test_heat_grows_with_the_worst_and_with_further_points() -> None:
    # given one minor point, one critical point, and a critical point with company
    minor, critical = WeakMark(1, 1, 1), WeakMark(1, 5, 5)
    crowded = WeakMark(3, 5, 11)
    # then heat orders them and stays within 0..1
    assert 0 < minor.heat < critical.heat < crowded.heat <= 1
    assert WeakMark(20, 5, 100).heat == 1


def test_kpi_marks_name_the_latest_value_and_the_target() -> None:
    # given a step KPI (lower is better, target 24 h) whose latest value is 33 h
    sketch = line(("a", 1))
    lower = KpiDirection.LOWER_IS_BETTER
    kpi = sketch.editor.add_kpi(
        sketch.process, "Wait", step_id=sketch.ids["a"], unit="h", target=24.0, direction=lower
    )
    sketch.editor.add_measurement(kpi, "2025-01-31", 20.0)
    sketch.editor.add_measurement(kpi, "2025-02-28", 33.0)
    # when the marks are read
    marks = kpi_marks(sketch.workspace, sketch.process)
    # then step a carries the KPI, described for a tooltip
    assert marks == {sketch.ids["a"]: [KpiMark("Wait", "h", 24.0, 33.0, lower)]}
    assert marks[sketch.ids["a"]][0].describe() == "Wait: 33 h (target ≤ 24 h)"
    # and a newer value on target clears it
    sketch.editor.add_measurement(kpi, "2025-03-31", 24.0)
    assert kpi_marks(sketch.workspace, sketch.process) == {}
