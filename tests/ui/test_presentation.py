"""Presentation mode: the arrow keys walk a room through the sample's as-is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPointF, Qt

from procdesk.document import Document
from procdesk.model.capture import rows_of
from procdesk.model.elements import Step, StepKind
from procdesk.ui.presentation import LABEL_ZOOM, PresentationWindow, flow_order


@pytest.fixture
def document(tmp_path: Path) -> Iterator[Document]:
    opened = Document.create(tmp_path / "w.procdesk", sample=True)
    yield opened
    opened.close()


@pytest.fixture
def as_is(document: Document) -> str:
    process = document.workspace.processes()[0]
    return document.workspace.diagrams_of(process.id)[0].id


@pytest.fixture
def window(qtbot, document: Document, as_is: str) -> Iterator[PresentationWindow]:
    shown = PresentationWindow.start(document, as_is)
    qtbot.waitExposed(shown)
    yield shown
    if shiboken6.isValid(shown):
        shown.close()


def view_centre(window: PresentationWindow) -> QPointF:
    return window.view.mapToScene(window.view.viewport().rect().center())


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
    qtbot, window: PresentationWindow, document: Document, as_is: str
) -> None:
    # given a presentation full screen, on the overview
    assert window.isFullScreen()
    assert window.current_id is None and not window.spotlight.isVisible()
    order = flow_order(document.workspace, as_is)
    seen: list[str] = []
    # when → is pressed once per step
    for _ in order:
        qtbot.keyClick(window, Qt.Key.Key_Right)
        step = document.workspace.get(window.current_id or "", Step)
        seen.append(step.id)
        # then the step is ringed by the halo and in the middle of the screen
        assert window.spotlight.isVisible()
        assert window.spotlight.halo_rect().contains(step.bounds.x, step.bounds.y)
        centre = view_centre(window)
        assert abs(centre.x() - step.bounds.center.x) < 2
        assert abs(centre.y() - step.bounds.center.y) < 2
        # and large enough to read from the back of the room
        assert window.view.zoom > 1.0
        assert window.caption.title.text() == step.name
    # then the walk followed the flow order, and stops at the last step
    assert seen == order
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.current_id == order[-1]
    assert window.caption.counter.text() == f"{len(order)} / {len(order)}"


def test_left_goes_back_and_home_restarts(qtbot, window: PresentationWindow, as_is: str) -> None:
    # given the third step shown
    order = flow_order(window.document.workspace, as_is)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Down)
    assert window.current_id == order[2]
    # when ← and ↑ are pressed
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.keyClick(window, Qt.Key.Key_Up)
    # then the first step is shown again
    assert window.current_id == order[0]
    # and Home / End jump to the ends of the flow
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.current_id == order[-1]
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert window.current_id == order[0]


def test_the_caption_says_lane_kind_and_instruction(
    qtbot, window: PresentationWindow, document: Document
) -> None:
    # given a step with a work instruction
    target = next(i for i in window.order if document.workspace.get(i, Step).instruction)
    step = document.workspace.get(target, Step)
    # when it is shown
    window.go_to(window.order.index(target))
    # then the caption names it, its lane and kind, and shows the instruction
    assert window.caption.title.text() == step.name
    assert "task" in window.caption.detail.text()
    assert window.caption.instruction.text() == step.instruction.strip()


def test_the_model_is_not_touched_and_edits_show_at_once(
    qtbot, window: PresentationWindow, document: Document
) -> None:
    # given a presentation on its second step
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    current = window.current_id
    assert current is not None
    # then walking it has not added a single undo step
    assert not document.history.can_undo
    # when the step is renamed elsewhere
    document.editor.rename(current, "Fill in the form online")
    # then the presentation stays on it and shows the new name
    assert window.current_id == current
    assert window.caption.title.text() == "Fill in the form online"


def test_escape_closes(qtbot, window: PresentationWindow) -> None:
    # given a presentation on a step
    qtbot.keyClick(window, Qt.Key.Key_Right)
    # when Esc is pressed
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    # then the window is gone
    assert not window.isVisible()


def test_the_overview_fits_the_whole_diagram(qtbot, window: PresentationWindow) -> None:
    # given the overview
    window.show_overview()
    # then the whole diagram is in view, no larger than the reading zoom
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(window.diagram_rect())
    assert window.view.zoom <= LABEL_ZOOM


def test_a_click_on_a_step_shows_it(qtbot, window: PresentationWindow, document: Document) -> None:
    # given the first step shown, its successor in view
    qtbot.keyClick(window, Qt.Key.Key_Right)
    target = window.order[1]
    bounds = document.workspace.get(target, Step).bounds
    where = window.view.mapFromScene(QPointF(bounds.center.x, bounds.center.y))
    # when the next step is clicked
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    # then it becomes the current step
    assert window.current_id == target
    # and a right click goes back
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.RightButton, pos=where)
    assert window.current_id == window.order[0]
