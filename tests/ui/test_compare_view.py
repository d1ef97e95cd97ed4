"""The compare view on the sample: figures, added/removed/changed steps, simulation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from procdesk.analysis.compare import compare
from procdesk.analysis.simulation import simulate
from procdesk.document import Document
from procdesk.model.elements import Step
from procdesk.ui.compare.view import BETTER, CompareView
from tests.ui.jobs import finished


@pytest.fixture
def view(qtbot, document: Document) -> CompareView:
    widget = CompareView(document)
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    widget.show()
    widget.set_process(document.workspace.processes()[0].id)
    return widget


def row_of(view: CompareView, figure: str) -> int:
    return next(
        i
        for i in range(view.table.rowCount())
        if view.table.item(i, 0).data(Qt.ItemDataRole.UserRole) == figure
    )


def test_compares_as_is_with_to_be(view: CompareView, document: Document) -> None:
    # given the sample process, whose to-be removes hand-offs
    before, after = view.chosen()
    diagrams = {d.id: d for d in document.workspace.diagrams_of(view.process_id or "")}
    assert (diagrams[before].variant, diagrams[after].variant) == ("as-is", "to-be")
    expected = compare(document.workspace, before, after)
    # then every figure has a row, and fewer hand-offs show as a green change
    assert view.table.rowCount() == len(expected.deltas)
    handoffs = row_of(view, "handoffs")
    assert view.table.item(handoffs, 3).text().startswith("-")
    assert view.table.item(handoffs, 3).foreground().color().name() == BETTER
    # and the steps are grouped as added, removed and changed
    titles = [view.changes.topLevelItem(i).text(0) for i in range(3)]
    assert titles == [
        f"Added ({len(expected.added)})",
        f"Removed ({len(expected.removed)})",
        f"Changed ({len(expected.changed)})",
    ]


def test_follows_edits_of_the_to_be(view: CompareView, document: Document) -> None:
    # given the to-be, when one more of its steps is deleted
    _, after = view.chosen()
    removed_before = len(view.result.removed) if view.result else 0
    task = next(s for s in document.workspace.elements_of(after, Step) if s.kind.is_activity)
    document.editor.delete([task.id])
    # then the view counts one more removed step, and undo restores the count
    assert view.result is not None and len(view.result.removed) == removed_before + 1
    document.history.undo()
    assert len(view.result.removed) == removed_before


def test_clicking_a_step_activates_it_in_its_diagram(qtbot, view: CompareView) -> None:
    # given a removed step in the list
    group = view.changes.topLevelItem(1)
    assert group.childCount() > 0
    leaf = group.child(0)
    before, _ = view.chosen()
    # when it is clicked, then its diagram and id are announced
    rect = view.changes.visualItemRect(leaf)
    with qtbot.waitSignal(view.element_activated, timeout=1000) as signal:
        qtbot.mouseClick(view.changes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [before, leaf.data(0, Qt.ItemDataRole.UserRole)]
    assert view.highlights()[before][signal.args[1]] == "removed"


def test_simulating_both_adds_percentiles_and_histograms(
    qtbot, view: CompareView, document: Document
) -> None:
    # when both diagrams are simulated
    rows = view.table.rowCount()
    view.runs.setValue(500)
    job = view.run_simulation(seed=1)
    # then the button waits for the running simulation
    assert not view.simulate_button.isEnabled()
    finished(qtbot, job)
    # then four simulated rows are added and both histograms are drawn
    assert view.simulate_button.isEnabled()
    assert view.table.rowCount() == rows + 4
    assert view.table.item(rows, 0).text().startswith("Cycle time P50")
    assert view.histogram.isVisible()
    assert len(view.histogram.getPlotItem().listDataItems()) == 2
    assert view.simulations is not None
    assert [s.runs for s in view.simulations] == [500, 500]
    # and the figures are those of the same simulation run directly
    before, after = view.chosen()
    direct = [simulate(document.workspace, d, 500, seed=1) for d in (before, after)]
    assert [s.to_json() for s in view.simulations] == [s.to_json() for s in direct]
    assert all(
        (a.cycle_times == b.cycle_times).all()
        for a, b in zip(view.simulations, direct, strict=True)
    )


def test_a_simulation_for_other_diagrams_is_not_shown(
    qtbot, view: CompareView, document: Document
) -> None:
    # given a simulation running
    view.runs.setValue(500)
    job = view.run_simulation(seed=1)
    # when the comparison changes before it ends (the same diagram on both sides)
    view.after.setCurrentIndex(view.before.currentIndex())
    finished(qtbot, job)
    # then its results are dropped, and nothing can be simulated
    assert view.simulations is None and not view.histogram.isVisible()
    assert not view.simulate_button.isEnabled()


def test_the_same_diagram_twice_is_not_compared(view: CompareView) -> None:
    # when the same diagram is chosen on both sides
    view.after.setCurrentIndex(view.before.currentIndex())
    # then nothing is compared and the view says why
    assert view.result is None
    assert view.table.rowCount() == 0
    assert "two different diagrams" in view.message.text()
    assert not view.simulate_button.isEnabled()


def test_both_diagrams_are_shown_with_differences_outlined(
    qtbot, view: CompareView, document: Document
) -> None:
    # given the sample's as-is and to-be side by side
    before, after = view.chosen()
    pictures = view.pictures
    assert [s.diagram_id for s in pictures.scenes] == [before, after]
    highlights = view.highlights()
    expected = {}
    for statuses in highlights.values():
        for status in statuses.values():
            expected[status] = expected.get(status, 0) + 1
    # then each differing step is outlined in the colour of its status
    assert {k: len(v) for k, v in pictures.outlines.items()} == expected
    # when one more to-be step is deleted
    task = next(
        s
        for s in document.workspace.elements_of(after, Step)
        if s.kind.is_activity and s.id not in highlights.get(after, {})
    )
    document.editor.delete([task.id])
    # then its as-is original is outlined as removed, and the to-be scene lost the step
    assert len(pictures.outlines["removed"]) == expected.get("removed", 0) + 1
    assert pictures.scenes[1].item(task.id) is None
    # and selecting a step in a picture announces it
    origin = task.origin_id
    assert origin is not None
    with qtbot.waitSignal(view.element_activated, timeout=1000) as signal:
        pictures.scenes[0].select_ids([origin])
    assert signal.args == [before, origin]
