"""Rebuild a panel when someone can see it.

A dock tabbed behind another still follows every edit; rebuilding a RACI matrix or a comparison
of a diagram with thousands of steps costs seconds that nobody sees. ``RefreshWhenShown`` runs
the rebuild at once while the panel is on screen, or while its window has not been shown at all
(a script, a test, a window still being built); otherwise it marks the panel stale and rebuilds
it as soon as there is a sign that it is seen: the panel is shown or painted, or its dock comes
to the front of its tabs.

Qt reports a dock tabbed behind another as visible; what tells it apart is that nothing of it
is on screen (an empty visible region) and that it is never painted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget


class RefreshWhenShown(QObject):
    """Runs *rebuild* for *panel* now when it is seen, else when it next comes into view."""

    def __init__(self, panel: QWidget, rebuild: Callable[[], None]) -> None:
        super().__init__(panel)
        self._panel = panel
        self._rebuild = rebuild
        self._dock: QDockWidget | None = None
        self.stale = False
        panel.installEventFilter(self)

    def request(self) -> None:
        """The panel's content is out of date: rebuild it now, or when it comes into view."""
        panel = self._panel
        on_screen = panel.isVisible() and not panel.visibleRegion().isEmpty()
        if on_screen or not panel.window().isVisible():
            self.stale = False
            self._rebuild()
            return
        self.stale = True
        self._follow_dock()

    def _catch_up(self) -> None:
        if self.stale:
            self.stale = False
            self._rebuild()

    def _soon(self) -> None:
        if self.stale:
            QTimer.singleShot(0, self, self._catch_up)

    def _follow_dock(self) -> None:
        if self._dock is not None:
            return
        parent = self._panel.parentWidget()
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parentWidget()
        if parent is not None:
            self._dock = parent
            parent.visibilityChanged.connect(self._on_dock_visibility)

    def _on_dock_visibility(self, visible: bool) -> None:
        if visible:
            self._soon()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._panel and event.type() in (QEvent.Type.Show, QEvent.Type.Paint):
            self._soon()
        return False
