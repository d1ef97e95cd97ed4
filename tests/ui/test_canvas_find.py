"""Ctrl+F on the canvas finds elements by name, selects them and centres the canvas on them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui.gestures import key

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_f_selects_and_centres_matches_in_turn(window, qtbot, canvas):
    # given the canvas scrolled away from the tasks
    window.view.set_zoom(2.0)
    window.view.centerOn(0, 0)
    # when Ctrl+F is pressed and part of a name typed
    key(window.view, Qt.Key.Key_F, CTRL)
    box = window.findChild(QLineEdit, "canvasSearch")
    assert box is not None and box.isVisible()
    qtbot.keyClicks(box, "e")
    # then the leftmost matching step (the start event "Need") is selected and centred
    assert window.scene.selected_ids() == [canvas.steps["start"]]
    middle = window.view.mapToScene(window.view.viewport().rect().center())
    assert abs(middle.x() - 90) < 5
    # when Enter is pressed, the next match is selected
    key(box, Qt.Key.Key_Return)
    assert window.scene.selected_ids() == [canvas.steps["Receive request"]]
    # and Escape closes the box
    key(box, Qt.Key.Key_Escape)
    assert not box.isVisible()
