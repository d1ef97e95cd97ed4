"""Canary for the PySide6 refcount bug: many void C++ calls in one process must not abort.

PySide6 6.12.0 on CPython 3.11 loses a reference to None on every call of a C++ method that
returns void; after a few thousand ``setPos`` calls the interpreter aborts. If this test
crashes the run, the pinned PySide6 version was changed.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene


def test_twenty_thousand_set_pos_calls_keep_none_alive(qapp):
    # given one item in a scene
    scene = QGraphicsScene()
    item = QGraphicsRectItem(0, 0, 10, 10)
    scene.addItem(item)
    before = sys.getrefcount(None)
    # when its position is set 20,000 times
    for index in range(20_000):
        item.setPos(index % 500, index % 300)
    # then the process is alive, None's references did not drain, and the item is where it was put
    assert sys.getrefcount(None) >= before - 100
    assert item.pos().x() == 19_999 % 500
