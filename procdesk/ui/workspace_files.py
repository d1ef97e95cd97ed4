"""File commands of the main window: new, open (read-only when in use), sample, Save As, recent.

They live apart from the window's layout so each stays small; the window supplies
``_set_document`` (what to do with a freshly opened Document) and its widgets.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox

from procdesk.document import SUFFIX, Document
from procdesk.store.errors import WorkspaceError, WorkspaceInUseError
from procdesk.ui.actions import WindowActions
from procdesk.ui.settings import recent_workspaces, remember_workspace

FILE_FILTER = f"procdesk workspaces (*{SUFFIX});;All files (*)"
SAVED = "All changes saved"


def sample_path(now: datetime | None = None) -> Path:
    """A fresh, timestamped place for a copy of the sample in the user's data folder."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return Path(user_data_dir("procdesk")) / "samples" / f"sample-{stamp}{SUFFIX}"


class WorkspaceFiles(QMainWindow):
    """Opening, creating and copying workspace files; refusals are explained, files untouched."""

    settings: QSettings
    document: Document | None
    mode_label: QLabel
    window_actions: WindowActions

    def _set_document(self, document: Document | None) -> None:
        raise NotImplementedError

    def _update_title(self) -> None:
        if self.document is None:
            return
        suffix = " [read-only]" if self.document.read_only else ""
        self.setWindowTitle(f"{self.document.path.name}{suffix} — procdesk")

    def open_path(self, path: str | Path, read_only: bool = False) -> bool:
        """Open a workspace; on refusal tell the user why and leave the file as it is."""
        try:
            document = Document.open(path, read_only=read_only)
        except WorkspaceInUseError as error:
            answer = QMessageBox.question(
                self,
                "Workspace in use",
                f"{error}\n\nOpen it read-only?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            return self.open_path(path, read_only=True)
        except WorkspaceError as error:
            QMessageBox.warning(self, "Cannot open workspace", str(error))
            return False
        self._set_document(document)
        return True

    def create_workspace(self, path: str | Path, sample: bool = False) -> bool:
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            document = Document.create(path, sample=sample)
        except (WorkspaceError, OSError) as error:
            QMessageBox.warning(self, "Cannot create workspace", str(error))
            return False
        self._set_document(document)
        return True

    def open_sample(self) -> bool:
        """Open a fresh copy of the sample (the bundled one is never edited)."""
        return self.create_workspace(sample_path(), sample=True)

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New workspace", "", FILE_FILTER)
        if path:
            if not path.endswith(SUFFIX):
                path += SUFFIX
            self.new_workspace_at(path)

    def new_workspace_at(self, path: str | Path) -> bool:
        """Create a workspace holding one empty process, ready to draw in."""
        if not self.create_workspace(path) or self.document is None:
            return False
        self.document.editor.add_process("New process")
        self.document.history.clear()
        self.window_actions.update_history(self.document.history)
        return True

    def open_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open workspace", "", FILE_FILTER)
        if path:
            self.open_path(path)

    def save_as(self) -> None:
        if self.document is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Save workspace as", "", FILE_FILTER)
        if not path:
            return
        if not path.endswith(SUFFIX):
            path += SUFFIX
        self.save_as_path(path)

    def save_as_path(self, path: str | Path) -> bool:
        """Copy the workspace to *path* and go on editing the copy."""
        if self.document is None:
            return False
        try:
            self.document.save_as(path)
        except (WorkspaceError, OSError) as error:
            QMessageBox.warning(self, "Cannot save workspace", str(error))
            return False
        remember_workspace(self.settings, path)
        self._update_title()
        self.mode_label.setText("")
        self.window_actions.update_history(self.document.history)
        self.statusBar().showMessage(f"Saved as {path}")
        return True

    def _fill_recent_menu(self) -> None:
        menu = self.window_actions.recent_menu
        menu.clear()
        paths = recent_workspaces(self.settings)
        for path in paths:
            action = menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not paths:
            menu.addAction("No recent workspaces").setEnabled(False)
