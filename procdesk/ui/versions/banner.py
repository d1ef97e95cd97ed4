"""The banner over the canvas while a released version is shown: which version, that it is
read-only, which of its diagrams, and the way back to the draft."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from procdesk.model.elements import Diagram
from procdesk.model.naming import diagram_label
from procdesk.text import tr
from procdesk.ui.canvas.style import scheme_colour
from procdesk.ui.common.observe import named

MARGIN = 10


class VersionBanner(QFrame):
    """objectName ``versionBanner``; sits above the canvas *view*'s drawing area, which moves
    down to make room for it while it is shown (``withdraw`` gives the room back)."""

    back_requested = Signal()
    diagram_chosen = Signal(str)
    compare_requested = Signal()

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("versionBanner")
        self.setAutoFillBackground(True)
        self.text = named(QLabel(), "versionBannerText")
        self.diagrams = named(QComboBox(), "versionBannerDiagram")
        self.diagrams.setAccessibleName(tr("Diagram of the version"))
        self.diagrams.currentIndexChanged.connect(self._chosen)
        compare = named(QPushButton(tr("Compare with draft")), "versionBannerCompare")
        compare.clicked.connect(self.compare_requested.emit)
        back = named(QPushButton(tr("Back to the draft")), "versionBannerBack")
        back.clicked.connect(self.back_requested.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.diagrams)
        row.addWidget(compare)
        row.addWidget(back)
        self.hide()

    def show_version(self, text: str, diagrams: list[Diagram], shown: str | None) -> None:
        """Say *text* ("Version 1.2 (approved) — read-only") and offer the version's diagrams."""
        self.text.setText(text)
        self.setAccessibleName(text)
        self.diagrams.blockSignals(True)
        self.diagrams.clear()
        for diagram in diagrams:
            self.diagrams.addItem(diagram_label(diagram), diagram.id)
        self.diagrams.setCurrentIndex(max(0, self.diagrams.findData(shown)))
        self.diagrams.blockSignals(False)
        band = scheme_colour("header_band")
        stroke = scheme_colour("stroke")
        self.setStyleSheet(
            f"QFrame#versionBanner {{ background: {band.name()}; color: {stroke.name()};"
            " border: 2px solid #ef8f00; border-radius: 6px; }"
            f" QLabel#versionBannerText {{ color: {stroke.name()}; font-weight: bold; }}"
        )
        self.show()
        self.place()
        self.raise_()

    def place(self) -> None:
        """Stretch across the top of the canvas, below the diagram's weak-point chip."""
        parent = self.parentWidget()
        if parent is None:
            return
        top = MARGIN
        for chip in parent.findChildren(QLabel, "diagramWeakPoints"):
            if chip.isVisible():  # the diagram's own weak points keep their corner
                top = max(top, chip.geometry().bottom() + 6)
        width = max(self.sizeHint().width(), parent.width() - 2 * MARGIN)
        height = self.sizeHint().height()
        self.setGeometry(MARGIN, top, width, height)
        if not self.isHidden():
            self.view.setViewportMargins(0, top + height + MARGIN // 2, 0, 0)

    def withdraw(self) -> None:
        """Hide the banner and give its room back to the drawing."""
        self.hide()
        self.view.setViewportMargins(0, 0, 0, 0)

    def _chosen(self, index: int) -> None:
        diagram_id = self.diagrams.itemData(index)
        if isinstance(diagram_id, str):
            self.diagram_chosen.emit(diagram_id)
