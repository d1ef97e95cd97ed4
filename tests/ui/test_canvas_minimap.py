"""The minimap shows the whole diagram and moves the canvas where it is clicked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsView


def test_clicking_the_minimap_centres_the_canvas_there(window, canvas):
    # given the minimap, hidden while the whole diagram is in view
    minimap = window.findChild(QGraphicsView, "minimap")
    minimap.fit()
    window.view.fit_diagram()
    assert minimap is not None and not minimap.isVisible()
    # when the canvas shows only part of it (200 %), the minimap appears
    window.view.set_zoom(2.0)
    window.view.centerOn(100, 50)
    assert minimap.isVisible()
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
