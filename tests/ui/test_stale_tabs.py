"""Tab bars Qt leaves behind are hidden; the ones that switch dock groups stay."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QTabBar

from procdesk.ui.window.stale_tabs import hide_stale_tab_bars, in_use


def _window(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("canvas"))
    docks = []
    for title in ("Properties", "Quick capture"):
        dock = QDockWidget(title, window)
        dock.setObjectName(title)
        dock.setWidget(QLabel(title))
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        docks.append(dock)
    window.tabifyDockWidget(docks[0], docks[1])
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    return window


def _shown_bars(window: QMainWindow) -> list[QTabBar]:
    return [b for b in window.findChildren(QTabBar) if b.parent() is window and b.isVisible()]


def test_a_leftover_twin_is_hidden_and_the_bar_in_use_stays(qtbot) -> None:
    # given a window whose two docks are tabbed, and a leftover twin of their tab bar
    window = _window(qtbot)
    (used,) = _shown_bars(window)
    docks = window.findChildren(QDockWidget)
    assert in_use(used, docks)
    leftover = QTabBar(window)
    for title in ("Properties", "Quick capture"):
        leftover.addTab(title)
    leftover.setGeometry(QRect(300, 200, 180, 26))
    leftover.show()
    assert not in_use(leftover, docks)
    # when the window is tidied
    assert hide_stale_tab_bars(window) == 1
    # then only the leftover went
    assert _shown_bars(window) == [used]


def test_a_bar_without_a_twin_in_use_is_left_alone(qtbot) -> None:
    # given a tab bar of other tabs, touching no dock (nothing says it is a leftover)
    window = _window(qtbot)
    other = QTabBar(window)
    other.addTab("Findings")
    other.setGeometry(QRect(300, 200, 180, 26))
    other.show()
    # then tidying keeps it, and the bar in use
    assert hide_stale_tab_bars(window) == 0
    assert len(_shown_bars(window)) == 2
