"""Presentation mode (F5) walks the flow with the arrow keys; Tab walks it while editing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from tests.ui.gestures import click, key


def test_f5_presents_and_arrows_walk_the_flow(window, canvas):
    # given the swimlane diagram with its docks visible
    dock = window.findChild(QDockWidget, "properties")
    assert dock.isVisible()
    # when F5 is pressed
    key(window.view, Qt.Key.Key_F5)
    # then the docks are hidden and the start event is the current, selected step
    assert window.presentation.active
    assert not dock.isVisible() and not window.element_palette.isVisible()
    assert window.scene.selected_ids() == [canvas.steps["start"]]
    # when Right is pressed twice and Left once
    key(window.view, Qt.Key.Key_Right)
    key(window.view, Qt.Key.Key_Right)
    key(window.view, Qt.Key.Key_Left)
    # then the walk went start → first task → second task → back to the first task
    assert window.scene.selected_ids() == [canvas.steps["Receive request"]]
    assert not window.document.history.can_undo  # arrows did not nudge
    # when Escape is pressed, the window is back as it was
    key(window.view, Qt.Key.Key_Escape)
    assert not window.presentation.active
    assert dock.isVisible() and window.element_palette.isVisible()


def test_tab_selects_the_next_step_along_the_flow(window, canvas):
    # given the first task selected
    click(window.view, 220, 75)
    # when Tab, Tab, Shift+Tab are pressed
    key(window.view, Qt.Key.Key_Tab)
    key(window.view, Qt.Key.Key_Tab)
    key(window.view, Qt.Key.Key_Backtab)
    # then the selection moved along the flow and back
    assert window.scene.selected_ids() == [canvas.steps["Check budget"]]


def test_an_empty_diagram_shows_its_overview_only(qtbot, document: Document) -> None:
    # given a diagram with no steps
    process_id = document.editor.add_process("Empty")
    diagram_id = document.workspace.diagrams_of(process_id)[0].id
    window = PresentationWindow(document, diagram_id)
    qtbot.addWidget(window)
    window.show()
    # when → is pressed
    qtbot.keyClick(window, Qt.Key.Key_Right)
    # then it stays on the overview, saying there is nothing to walk through
    assert window.current_id is None
    assert "0 steps" in window.caption.detail.text()
