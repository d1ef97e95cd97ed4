"""Real mouse and key gestures on a canvas, in scene coordinates (events go to the viewport)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsView

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton


def at(view: QGraphicsView, x: float, y: float) -> QPoint:
    """The viewport position showing scene point (x, y)."""
    return view.mapFromScene(QPointF(x, y))


def _move(view: QGraphicsView, pos: QPoint, buttons: Qt.MouseButton, modifiers) -> None:
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(view.viewport().mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        buttons,
        modifiers,
    )
    QApplication.sendEvent(view.viewport(), event)


def click(view: QGraphicsView, x: float, y: float, modifiers=NO_MODIFIER) -> None:
    QTest.mouseClick(view.viewport(), LEFT, modifiers, at(view, x, y))


def double_click(view: QGraphicsView, x: float, y: float) -> None:
    QTest.mouseDClick(view.viewport(), LEFT, NO_MODIFIER, at(view, x, y))


def hover(view: QGraphicsView, x: float, y: float) -> None:
    _move(view, at(view, x, y), Qt.MouseButton.NoButton, NO_MODIFIER)


def drag(
    view: QGraphicsView,
    start: tuple[float, float],
    end: tuple[float, float],
    button: Qt.MouseButton = LEFT,
    modifiers=NO_MODIFIER,
    steps: int = 5,
) -> None:
    """Press at *start*, move in *steps* to *end* with the button held, release there."""
    first, last = at(view, *start), at(view, *end)
    QTest.mousePress(view.viewport(), button, modifiers, first)
    for index in range(1, steps + 1):
        point = first + (last - first) * index / steps
        _move(view, point, button, modifiers)
    QTest.mouseRelease(view.viewport(), button, modifiers, last)


def key(view: QGraphicsView, key: Qt.Key, modifiers=NO_MODIFIER) -> None:
    QTest.keyClick(view, key, modifiers)


def move_held(view: QGraphicsView, x: float, y: float, button: Qt.MouseButton = LEFT) -> None:
    """Move to scene point (x, y) with *button* held (a drag not yet released)."""
    _move(view, at(view, x, y), button, NO_MODIFIER)
