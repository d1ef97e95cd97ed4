"""File ▸ Open from Repository…: a repository URL, the processes to check out, the new
workspace file. The processes are listed from the repository on request (the caller hands in
how), each with a check box; nothing is written until the window checks them out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from procdesk.store.errors import WorkspaceError
from procdesk.text import tr

Lister = Callable[[str], list[tuple[str, str]]]
"""URL → the repository's processes as (id, name); raises WorkspaceError with the reason."""

SUFFIX = ".procdesk"


class OpenFromRepositoryDialog(QDialog):
    """Choose a repository, its processes and where the checked-out workspace goes."""

    def __init__(self, lister: Lister, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openFromRepositoryDialog")
        self.setWindowTitle(tr("Open from Repository"))
        self._lister = lister
        self.url = QLineEdit()
        self.url.setObjectName("repositoryUrl")
        self.url.setPlaceholderText("postgresql://user@host/database")
        self.list_button = QPushButton(tr("&List Processes"))
        self.list_button.setObjectName("listProcesses")
        self.list_button.clicked.connect(self.list_processes)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.list_button)
        self.processes = QListWidget()
        self.processes.setObjectName("repositoryProcesses")
        self.url.textChanged.connect(lambda _text: self.processes.clear())
        self.path = QLineEdit()
        self.path.setObjectName("checkoutPath")
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.read_only = QCheckBox(tr("Read-only (to read and export; Update brings changes)"))
        self.read_only.setObjectName("checkoutReadOnly")
        self.error = QLabel("")
        self.error.setObjectName("repositoryError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b")
        form = QFormLayout()
        form.addRow(tr("Repository URL:"), url_row)
        form.addRow(tr("Processes:"), self.processes)
        form.addRow(tr("New workspace file:"), path_row)
        form.addRow("", self.read_only)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Check &Out"))
        ok.setObjectName("checkOut")
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.resize(560, 420)

    def list_processes(self) -> None:
        """Ask the repository for its processes; a failure is said in the dialog."""
        self.processes.clear()
        self.error.setText("")
        url = self.url.text().strip()
        if not url:
            self.error.setText(tr("Type the repository's URL first."))
            return
        try:
            found = self._lister(url)
        except WorkspaceError as error:
            self.error.setText(str(error))
            return
        for process_id, name in found:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, process_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.processes.addItem(item)
        if not found:
            self.error.setText(tr("The repository holds no process yet."))

    def chosen_processes(self) -> list[str]:
        items = [self.processes.item(row) for row in range(self.processes.count())]
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def chosen_path(self) -> Path:
        text = self.path.text().strip()
        return Path(text if text.endswith(SUFFIX) else text + SUFFIX)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("New workspace file"), "", tr("procdesk workspaces (*.procdesk)")
        )
        if path:
            self.path.setText(path)

    def _accept_if_complete(self) -> None:
        if not self.chosen_processes():
            self.error.setText(tr("List the processes and check at least one."))
        elif not self.path.text().strip():
            self.error.setText(tr("Choose the new workspace file."))
        else:
            self.accept()
