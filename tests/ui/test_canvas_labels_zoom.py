"""In-place label editing, zoom and pan."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from procdesk.model.elements import Step
from tests.ui.gestures import click, double_click, drag, key

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_double_click_edits_a_multi_line_name(window, qtbot, canvas):
    # given a task
    task = canvas.steps["Receive request"]
    # when it is double-clicked, a two-line name typed and Enter pressed
    double_click(window.view, 220, 75)
    assert window.controller.keys.label_editor_active()
    qtbot.keyClicks(window.view, "Take")
    key(window.view, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(window.view, "request")
    key(window.view, Qt.Key.Key_Return)
    # then the model and the item carry the new name, as one undo step
    assert canvas.workspace.get(task, Step).name == "Take\nrequest"
    assert window.scene.item(task).entity.name == "Take\nrequest"
    assert not window.controller.keys.label_editor_active()
    window.document.history.undo()
    assert canvas.workspace.get(task, Step).name == "Receive request"


def test_f2_edits_and_escape_drops_the_edit(window, qtbot, canvas):
    # given a selected task
    task = canvas.steps["Check budget"]
    click(window.view, 380, 75)
    # when F2 is pressed, text typed, then Escape
    key(window.view, Qt.Key.Key_F2)
    qtbot.keyClicks(window.view, "Something else")
    key(window.view, Qt.Key.Key_Escape)
    # then nothing changed
    assert canvas.workspace.get(task, Step).name == "Check budget"
    assert not window.document.history.can_undo


def _wheel(view, steps: int, modifiers) -> None:
    pos = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        pos,
        QPointF(view.viewport().mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_ctrl_wheel_zooms_ctrl_0_fits_ctrl_1_resets(window, canvas):
    # given the diagram at 100 %
    view = window.view
    assert view.zoom == 1.0
    # when Ctrl+wheel turns up twice
    _wheel(view, 2, CTRL)
    # then it zoomed in
    assert view.zoom > 1.2
    # when Ctrl+0, the whole diagram fits; Ctrl+1 is 100 % again
    key(view, Qt.Key.Key_0, CTRL)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(window.scene.itemsBoundingRect())
    key(view, Qt.Key.Key_1, CTRL)
    assert view.zoom == 1.0


def test_middle_button_and_space_drag_pan(window, canvas):
    # given the diagram at 200 % (so there is room to scroll)
    view = window.view
    view.set_zoom(2.0)
    bar = view.horizontalScrollBar()
    start = bar.value()
    # when dragged with the middle button to the left
    drag(view, (450, 150), (400, 150), button=Qt.MouseButton.MiddleButton)
    # then the view scrolled right and nothing was selected or moved
    assert bar.value() > start
    assert window.scene.selected_ids() == []
    # when Space is held and the left button drags
    before = bar.value()
    view.setFocus()
    QTest.keyPress(view, Qt.Key.Key_Space)
    drag(view, (450, 75), (420, 75))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    # then it panned too, without moving the task under the mouse, and pan mode ended
    assert bar.value() > before
    assert not window.document.history.can_undo
    assert view._space_down is False


def test_lane_names_stay_pinned_when_scrolled_out_of_view(window, canvas):
    # given the canvas scrolled right so the pool's name bands are out of view
    from procdesk.ui.canvas.sticky import BAND

    view = window.view
    view.set_zoom(1.0)
    view.centerOn(700, 150)
    assert view.mapToScene(view.viewport().rect()).boundingRect().left() > 60
    # when the canvas is drawn
    image = view.viewport().grab().toImage()
    # then a name band is drawn along its left edge, level with the lanes
    y = view.mapFromScene(QPointF(700, 75)).y()
    assert image.pixelColor(4, y).rgb() == BAND.rgb()


def test_a_wide_diagram_opens_readable_at_its_start(window, canvas):
    # given a diagram far wider than the canvas
    from procdesk.model.elements import Pool
    from procdesk.ui.canvas.view import READABLE_ZOOM

    pool = canvas.workspace.elements_of(canvas.diagram_id, Pool)[0]
    canvas.editor.resize(pool.id, pool.bounds.__class__(0, 0, 6000, 300))
    # when it is shown
    window.show_diagram(canvas.diagram_id)
    # then it is at a readable zoom with its top-left corner in view
    view = window.view
    assert view.zoom == READABLE_ZOOM
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(QPointF(10, 10))
    # and Ctrl+0 still shows all of it
    key(view, Qt.Key.Key_0, CTRL)
    assert view.zoom < READABLE_ZOOM
