"""The bar above the canvas that says why a workspace is open read-only, with Save As… beside it.

A workspace that cannot be written (a write-protected file or folder, a read-only disk, or
another procdesk editing it) still opens, read-only; the title and the status bar say
"read-only", but only this bar says why and what to do about it. It is painted in an amber
tint of the window colour, so it reads in the light and the dark theme alike and follows a
switch between them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from procdesk.document import Document
from procdesk.store.errors import ReadOnlyReason
from procdesk.text import tr, tr_noop

AMBER = QColor("#f0a800")
TINT = 0.22
"""How much amber is mixed into the window colour for the bar's background."""

REASONS = {
    ReadOnlyReason.FILE: tr_noop(
        "This workspace is read-only: the file is write-protected. Save As… to edit a copy."
    ),
    ReadOnlyReason.FOLDER: tr_noop(
        "This workspace is read-only: its folder is write-protected. Save As… to edit a copy."
    ),
    ReadOnlyReason.DISK: tr_noop(
        "This workspace is read-only: it is on a read-only disk. Save As… to edit a copy."
    ),
    ReadOnlyReason.IN_USE: tr_noop(
        "This workspace is read-only: another procdesk window is editing it. Close it there "
        "to edit it here, or Save As… to edit a copy."
    ),
    ReadOnlyReason.ASKED: tr_noop("This workspace was opened read-only. Save As… to edit a copy."),
    ReadOnlyReason.REPOSITORY: tr_noop(
        "This workspace was checked out of its repository read-only: Update brings in what "
        "others check in; exports work. Save As… to edit a copy of your own, not linked to "
        "the repository."
    ),
}


def _mix(base: QColor, tint: QColor, share: float) -> QColor:
    return QColor(
        round(base.red() + (tint.red() - base.red()) * share),
        round(base.green() + (tint.green() - base.green()) * share),
        round(base.blue() + (tint.blue() - base.blue()) * share),
    )


class ReadOnlyBanner(QFrame):
    """Hidden while the workspace can be edited; otherwise the reason and a Save As… button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setAccessibleName(tr("Read-only"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 8, 6)
        row.setSpacing(8)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.icon)
        self.message = QLabel()
        self.message.setObjectName("readOnlyReason")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.message, 1)
        self.button = QToolButton()
        self.button.setObjectName("readOnlySaveAs")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.hide()
        row.addWidget(self.button)
        self._update_icon()
        self.hide()

    def offer(self, save_as: QAction) -> None:
        """Put the window's Save As… action on the bar (the same action as in the File menu)."""
        self.button.setDefaultAction(save_as)
        self.button.show()

    def show_for(self, document: Document | None) -> None:
        """Show why *document* is read-only, or hide the bar when it can be edited."""
        reason = document.read_only_reason if document is not None else None
        if document is None or not document.read_only:
            self.hide()
            return
        self.message.setText(tr(REASONS[reason or ReadOnlyReason.ASKED]))
        self.setAccessibleDescription(self.message.text())
        self.show()

    def _update_icon(self) -> None:
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        self.icon.setPixmap(icon.pixmap(size, size))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._update_icon()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        window = self.palette().color(QPalette.ColorRole.Window)
        painter = QPainter(self)
        painter.fillRect(self.rect(), _mix(window, AMBER, TINT))
        edge = _mix(window, AMBER, 0.6)
        painter.fillRect(0, self.height() - 1, self.width(), 1, edge)
        painter.fillRect(0, 0, 4, self.height(), AMBER)
        painter.end()
        super().paintEvent(event)
