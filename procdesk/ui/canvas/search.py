"""Find on the canvas (Ctrl+F): type part of a name, Enter selects and centres the next match.

The box floats at the top of the canvas; Escape closes it and gives the keyboard back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from procdesk.model.elements import Lane, Pool
from procdesk.ui.canvas.items import ShapeItem
from procdesk.ui.canvas.view import DiagramView


class SearchBox(QLineEdit):
    """objectName ``canvasSearch``."""

    def __init__(self, view: DiagramView) -> None:
        super().__init__(view)
        self.setObjectName("canvasSearch")
        self.view = view
        self.setPlaceholderText("Find by name — Enter: next, Esc: close")
        self.setFixedWidth(300)
        self.setClearButtonEnabled(True)
        self.hide()
        self._index = -1
        self.textEdited.connect(self._restart)
        self.returnPressed.connect(self.find_next)

    def open(self) -> None:
        area = self.view.viewport().geometry()
        self.move(area.right() - self.width() - 16, area.top() + 12)
        self.show()
        self.raise_()
        self.setFocus()
        self.selectAll()

    def matches(self) -> list[ShapeItem]:
        """Shapes whose name contains the text: steps before pools and lanes, left to right."""
        needle = self.text().strip().casefold()
        if not needle:
            return []
        found = [
            item
            for item in self.view.diagram_scene().items_by_id.values()
            if isinstance(item, ShapeItem) and needle in item.entity.name.casefold()
        ]
        return sorted(
            found,
            key=lambda i: (isinstance(i.entity, Pool | Lane), i.entity.bounds.x, i.entity.bounds.y),
        )

    def _restart(self) -> None:
        self._index = -1
        found = self.matches()
        self.setStyleSheet("" if found or not self.text() else "color: #b91c1c")
        if found:
            self._select(found[0])
            self._index = 0

    def find_next(self) -> None:
        found = self.matches()
        if not found:
            return
        self._index = (self._index + 1) % len(found)
        self._select(found[self._index])

    def _select(self, item: ShapeItem) -> None:
        scene = self.view.diagram_scene()
        scene.clearSelection()
        item.setSelected(True)
        self.view.centerOn(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.view.setFocus()
            return
        super().keyPressEvent(event)
