"""The minimap shows the whole diagram and moves the canvas where it is clicked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsView


def test_clicking_the_minimap_centres_the_canvas_there(window, canvas):
    # given the canvas at 200 % and the minimap
    minimap = window.findChild(QGraphicsView, "minimap")
    assert minimap is not None and minimap.isVisible()
    minimap.fit()
    window.view.set_zoom(2.0)
    window.view.centerOn(100, 50)
    # when the minimap is clicked where the end event is
    target = minimap.mapFromScene(QPointF(700, 75))
    QTest.mouseClick(minimap.viewport(), Qt.MouseButton.LeftButton, pos=target)
    # then the canvas shows that spot in its middle
    middle = window.view.mapToScene(window.view.viewport().rect().center())
    assert abs(middle.x() - 700) < 20 and abs(middle.y() - 75) < 20
    # and the View menu hides it
    action = window.findChild(type(window.window_actions.fit), "actionMinimap")
    action.trigger()
    assert not minimap.isVisible()
