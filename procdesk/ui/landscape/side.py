"""Beside the landscape: the end-to-end view of the chosen process in words, and the list of
references to processes that are missing (double-click one to see it in its diagram)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from procdesk.analysis.landscape import Landscape
from procdesk.text import tr
from procdesk.ui.common.observe import named
from procdesk.ui.landscape.drawing import Emphasis
from procdesk.ui.landscape.picture import Picture

ROLE = Qt.ItemDataRole.UserRole


class SidePanel(QWidget):
    """objectName ``landscapeSide``: ``endToEnd`` (a label) and ``landscapeUnresolved`` (a
    list whose rows carry (diagram id, element id))."""

    unresolved_chosen = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("landscapeSide")
        self.setMaximumWidth(340)
        heading = tr("End to end")
        self.heading = QLabel(f"<b>{heading}</b>")
        self.end_to_end = named(QLabel(), "endToEnd")
        self.end_to_end.setWordWrap(True)
        self.end_to_end.setTextFormat(Qt.TextFormat.PlainText)
        self.end_to_end.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.unresolved_heading = QLabel()
        self.unresolved = named(QListWidget(), "landscapeUnresolved")
        self.unresolved.setAccessibleName(tr("Unresolved references"))
        self.unresolved.setWordWrap(True)
        self.unresolved.itemActivated.connect(self._activated)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.end_to_end)
        column.addSpacing(8)
        column.addWidget(self.unresolved_heading)
        column.addWidget(self.unresolved, 1)
        self.show_chosen(None, Emphasis())

    def show_chosen(self, picture: Picture | None, emphasis: Emphasis) -> None:
        """Say what lies upstream and downstream of the chosen process."""
        if picture is None or emphasis.chosen is None:
            self.end_to_end.setText(tr("Click a process to see what feeds it and what it feeds."))
            return
        names = {card.id: card.name for card in picture.landscape.cards.values()}

        def listed(ids: frozenset[str]) -> str:
            order = picture.shown
            return ", ".join(names[i] for i in sorted(ids, key=order.index)) or tr("nothing")

        lines = [
            names[emphasis.chosen],
            tr("Upstream (%n): {names}", None, len(emphasis.upstream)).format(
                names=listed(emphasis.upstream)
            ),
            tr("Downstream (%n): {names}", None, len(emphasis.downstream)).format(
                names=listed(emphasis.downstream)
            ),
        ]
        self.end_to_end.setText("\n".join(lines))

    def show_unresolved(self, landscape: Landscape) -> None:
        """List every reference to a missing process, with the process it is drawn in."""
        entries = landscape.report.unresolved
        self.unresolved_heading.setText(
            "<b>" + tr("Unresolved references (%n)", None, len(entries)) + "</b>"
        )
        self.unresolved.clear()
        for entry in entries:
            process = landscape.cards[entry.process].name
            item = QListWidgetItem(f"{process}: {entry.message}")
            item.setData(ROLE, (entry.diagram, entry.element))
            item.setToolTip(entry.rule)
            self.unresolved.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        diagram, element = item.data(ROLE)
        self.unresolved_chosen.emit(diagram, element)
