"""Presentation mode: F5 in the main window, and the full-screen ``PresentationWindow``.

The main window's F5 walks the flow in place (docks hidden); ``PresentationWindow`` is a
window of its own that walks a room through a diagram with a halo and a caption.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDockWidget

from procdesk.document import Document
from procdesk.model.capture import rows_of
from procdesk.model.elements import Step, StepKind
from procdesk.ui.presentation.mode import LABEL_ZOOM, PresentationWindow, flow_order
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


# the full-screen presentation window --------------------------------------------------------
@pytest.fixture
def as_is(document: Document) -> str:
    process = document.workspace.processes()[0]
    return document.workspace.diagrams_of(process.id)[0].id


@pytest.fixture
def presenter(qtbot, document: Document, as_is: str) -> Iterator[PresentationWindow]:
    shown = PresentationWindow.start(document, as_is)
    qtbot.waitExposed(shown)
    yield shown
    if shiboken6.isValid(shown):
        shown.close()


def view_centre(presenter: PresentationWindow) -> QPointF:
    return presenter.view.mapToScene(presenter.view.viewport().rect().center())


def test_the_order_is_start_events_then_the_flow(document: Document, as_is: str) -> None:
    # given the sample's as-is and its rows in flow order
    workspace = document.workspace
    rows = [r for r in rows_of(workspace, as_is) if r.name or not r.kind.is_gateway]
    # when the presentation orders its steps
    order = flow_order(workspace, as_is)
    # then start events come first, the rest keep the table's order, merges are passed over
    kinds = [workspace.get(i, Step).kind for i in order]
    starts = kinds.count(StepKind.START_EVENT)
    assert starts >= 1 and set(kinds[:starts]) == {StepKind.START_EVENT}
    assert order[starts:] == [r.step_id for r in rows if r.kind != StepKind.START_EVENT]
    assert all(workspace.get(i, Step).name for i in order if workspace.get(i, Step).kind.is_gateway)


def test_arrow_keys_walk_the_flow_highlighting_and_centring_each_step(
    qtbot, presenter: PresentationWindow, document: Document, as_is: str
) -> None:
    # given a presentation full screen, on the overview
    assert presenter.isFullScreen()
    assert presenter.current_id is None and not presenter.spotlight.isVisible()
    order = flow_order(document.workspace, as_is)
    seen: list[str] = []
    # when → is pressed once per step
    for _ in order:
        qtbot.keyClick(presenter, Qt.Key.Key_Right)
        step = document.workspace.get(presenter.current_id or "", Step)
        seen.append(step.id)
        # then the step is ringed by the halo and in the middle of the screen
        assert presenter.spotlight.isVisible()
        assert presenter.spotlight.halo_rect().contains(step.bounds.x, step.bounds.y)
        centre = view_centre(presenter)
        assert abs(centre.x() - step.bounds.center.x) < 2
        assert abs(centre.y() - step.bounds.center.y) < 2
        # and large enough to read from the back of the room
        assert presenter.view.zoom > 1.0
        assert presenter.caption.title.text() == step.name
    # then the walk followed the flow order, and stops at the last step
    assert seen == order
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert presenter.current_id == order[-1]
    assert presenter.caption.counter.text() == f"{len(order)} / {len(order)}"


def test_left_goes_back_and_home_restarts(qtbot, presenter: PresentationWindow, as_is: str) -> None:
    # given the third step shown
    order = flow_order(presenter.document.workspace, as_is)
    for _ in range(3):
        qtbot.keyClick(presenter, Qt.Key.Key_Down)
    assert presenter.current_id == order[2]
    # when ← and ↑ are pressed
    qtbot.keyClick(presenter, Qt.Key.Key_Left)
    qtbot.keyClick(presenter, Qt.Key.Key_Up)
    # then the first step is shown again
    assert presenter.current_id == order[0]
    # and Home / End jump to the ends of the flow
    qtbot.keyClick(presenter, Qt.Key.Key_End)
    assert presenter.current_id == order[-1]
    qtbot.keyClick(presenter, Qt.Key.Key_Home)
    assert presenter.current_id == order[0]


def test_the_caption_says_lane_kind_and_instruction(
    qtbot, presenter: PresentationWindow, document: Document
) -> None:
    # given a step with a work instruction
    target = next(i for i in presenter.order if document.workspace.get(i, Step).instruction)
    step = document.workspace.get(target, Step)
    # when it is shown
    presenter.go_to(presenter.order.index(target))
    # then the caption names it, its lane and kind, and shows the instruction
    assert presenter.caption.title.text() == step.name
    assert "task" in presenter.caption.detail.text()
    assert presenter.caption.instruction.text() == step.instruction.strip()


def test_the_model_is_not_touched_and_edits_show_at_once(
    qtbot, presenter: PresentationWindow, document: Document
) -> None:
    # given a presentation on its second step
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    current = presenter.current_id
    assert current is not None
    # then walking it has not added a single undo step
    assert not document.history.can_undo
    # when the step is renamed elsewhere
    document.editor.rename(current, "Fill in the form online")
    # then the presentation stays on it and shows the new name
    assert presenter.current_id == current
    assert presenter.caption.title.text() == "Fill in the form online"


def test_escape_closes(qtbot, presenter: PresentationWindow) -> None:
    # given a presentation on a step
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    # when Esc is pressed
    with qtbot.waitSignal(presenter.closed):
        qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    # then the presenter is gone
    assert not presenter.isVisible()


def test_the_overview_fits_the_whole_diagram(qtbot, presenter: PresentationWindow) -> None:
    # given the overview
    presenter.show_overview()
    # then the whole diagram is in view, no larger than the reading zoom
    visible = presenter.view.mapToScene(presenter.view.viewport().rect()).boundingRect()
    assert visible.contains(presenter.diagram_rect())
    assert presenter.view.zoom <= LABEL_ZOOM


def test_a_click_on_a_step_shows_it(
    qtbot, presenter: PresentationWindow, document: Document
) -> None:
    # given the first step shown, its successor in view
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    target = presenter.order[1]
    bounds = document.workspace.get(target, Step).bounds
    where = presenter.view.mapFromScene(QPointF(bounds.center.x, bounds.center.y))
    # when the next step is clicked
    qtbot.mouseClick(presenter.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    # then it becomes the current step
    assert presenter.current_id == target
    # and a right click goes back
    qtbot.mouseClick(presenter.view.viewport(), Qt.MouseButton.RightButton, pos=where)
    assert presenter.current_id == presenter.order[0]


def test_an_empty_diagram_shows_its_overview_only(qtbot, document: Document) -> None:
    # given a diagram with no steps
    process_id = document.editor.add_process("Empty")
    diagram_id = document.workspace.diagrams_of(process_id)[0].id
    presenter = PresentationWindow(document, diagram_id)
    qtbot.addWidget(presenter)
    presenter.show()
    # when → is pressed
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    # then it stays on the overview, saying there is nothing to walk through
    assert presenter.current_id is None
    assert "0 steps" in presenter.caption.detail.text()
