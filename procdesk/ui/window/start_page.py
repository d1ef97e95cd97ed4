"""The start page shown when procdesk starts without a workspace: recent, new, open, sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from procdesk.text import tr


class StartPage(QWidget):
    """objectName ``startPage``; each button or recent entry emits a request to the window."""

    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel("procdesk")
        title.setObjectName("startTitle")
        subtitle = QLabel(
            tr("Draw how work really flows, find its weak points, and publish the procedure.")
        )
        subtitle.setObjectName("startSubtitle")
        subtitle.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, signal, name in (
            (tr("New workspace…"), self.new_requested, "startNew"),
            (tr("Open…"), self.open_requested, "startOpen"),
            (tr("Open the sample"), self.sample_requested, "startSample"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        recent_title = QLabel(tr("Recent workspaces"))
        recent_title.setObjectName("startRecentTitle")
        self.recent = QListWidget()
        self.recent.setObjectName("recentWorkspaces")
        self.recent.setAccessibleName(tr("Recent workspaces"))
        recent_title.setBuddy(self.recent)
        self.recent.itemActivated.connect(self._chosen)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(recent_title)
        column.addWidget(self.recent, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}    —    {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        if not paths:
            self.recent.addItem(QListWidgetItem(tr("No recent workspaces yet")))

    def _chosen(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(path, str):
            self.recent_chosen.emit(path)
