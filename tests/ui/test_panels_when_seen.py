"""Panels tabbed behind others wait until they are seen: opening a workspace or editing does
not rebuild the RACI matrix, the comparison or quick capture while nobody can see them, and
each shows the current state as soon as its tab comes to the front."""

from __future__ import annotations

from pathlib import Path

from procdesk.model.elements import Step
from procdesk.ui.window.main_window import MainWindow


def _front(qtbot, window: MainWindow) -> None:
    """Wait until the window's layout has put the front tabs on screen."""
    qtbot.waitUntil(lambda: not window.panels.findings_dock.visibleRegion().isEmpty())


def test_hidden_panels_catch_up_when_their_tab_comes_to_the_front(
    qtbot, window: MainWindow, sample_file: Path
) -> None:
    # given the sample open in a shown window: findings and properties are in front
    window.open_path(sample_file)
    _front(qtbot, window)
    panels = window.panels
    raci, compare, quick = panels.raci, panels.compare, panels.quick
    assert raci is not None and compare is not None and quick is not None
    # then the panels behind them have not read the diagram yet
    assert raci.model.rowCount() == 0 and quick.table.rowCount() == 0
    assert compare.changes.topLevelItemCount() == 0
    # when each comes to the front, then it shows the diagram on the canvas
    panels.raci_dock.raise_()
    qtbot.waitUntil(lambda: raci.model.rowCount() > 0)
    panels.quick_dock.raise_()
    qtbot.waitUntil(lambda: quick.table.rowCount() > 1)
    assert quick.table.currentRow() == quick.table.rowCount() - 1  # the row to type in
    panels.compare_dock.raise_()
    qtbot.waitUntil(lambda: compare.changes.topLevelItemCount() > 0)


def test_an_edit_behind_a_tab_is_shown_when_the_tab_comes_forward(
    qtbot, window: MainWindow, sample_file: Path
) -> None:
    # given the RACI matrix seen once, then tabbed behind the findings again
    window.open_path(sample_file)
    _front(qtbot, window)
    panels = window.panels
    raci = panels.raci
    assert raci is not None and window.document is not None
    panels.raci_dock.raise_()
    qtbot.waitUntil(lambda: raci.model.rowCount() > 0)
    panels.findings_dock.raise_()
    qtbot.waitUntil(lambda: raci.visibleRegion().isEmpty())
    names = [raci.model.row(raci.model.index(r, 0)).step.name for r in range(raci.model.rowCount())]
    step = next(
        s
        for s in window.document.workspace.elements_of(window.scene.diagram_id or "", Step)
        if s.name in names
    )
    # when a step is renamed while the matrix is hidden
    window.document.editor.rename(step.id, "Renamed while hidden")
    # then the matrix still shows the old name
    shown = [raci.model.row(raci.model.index(r, 0)).step.name for r in range(raci.model.rowCount())]
    assert "Renamed while hidden" not in shown
    # and, brought to the front, it shows the new one
    panels.raci_dock.raise_()
    qtbot.waitUntil(
        lambda: (
            "Renamed while hidden"
            in [
                raci.model.row(raci.model.index(r, 0)).step.name
                for r in range(raci.model.rowCount())
            ]
        )
    )
