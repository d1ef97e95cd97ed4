"""Hide the tab bars Qt leaves behind when the window's docks are tabbed together.

Tabbing docks while the window is being built makes QMainWindow's layout create a tab bar for
a group more than once; the spare one stays visible at its first place, and depending on what
lies over it, a row of dead tabs ("Properties | Quick capture") shows in the middle of the
window. A tab bar in use sits right under the docks it switches (tabs are at the bottom of a
dock group); another tab bar of the window showing the same tabs, which touches no dock, is a
leftover and is hidden. Nothing else is touched: while the layout is still settling a bar in
use may not touch its docks yet, and a bar with no twin in use is never hidden.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

_TOUCH = 2
"""Pixels between a dock's bottom edge and its tab bar that still count as touching."""


def in_use(bar: QTabBar, docks: list[QDockWidget]) -> bool:
    """Whether *bar* is the tab bar of one of *docks*' groups (it sits right under it)."""
    place = bar.geometry()
    for dock in docks:
        edge = dock.geometry()
        touches = abs(edge.bottom() + 1 - place.top()) <= _TOUCH
        if touches and edge.left() < place.right() and place.left() < edge.right():
            return True
    return False


def _tabs(bar: QTabBar) -> tuple[str, ...]:
    return tuple(bar.tabText(i) for i in range(bar.count()))


def hide_stale_tab_bars(window: QMainWindow) -> int:
    """Hide the window's leftover tab bars (see the module's docstring); the number hidden."""
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible() and not d.isFloating()]
    bars = [b for b in window.findChildren(QTabBar) if b.parent() is window and b.isVisible()]
    used = {_tabs(bar) for bar in bars if in_use(bar, docks)}
    hidden = 0
    for bar in bars:
        if _tabs(bar) in used and not in_use(bar, docks):
            bar.hide()
            hidden += 1
    return hidden
