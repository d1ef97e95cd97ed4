"""File commands of the main window: new, open (read-only if not writable), sample, Save As, recent.

Each workspace has a window of its own: a window still on its start page takes the workspace,
one that already shows a workspace opens a new window for it, and a workspace that is open
already only brings its window forward. The file commands live apart from the window's layout
so each stays small; the window supplies ``_set_document`` and ``new_window``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox

from procdesk.document import SUFFIX, Document
from procdesk.store.errors import WorkspaceError
from procdesk.text import tr, tr_noop
from procdesk.ui.common.settings import recent_workspaces, remember_workspace
from procdesk.ui.window import windows
from procdesk.ui.window.actions import WindowActions
from procdesk.ui.window.read_only_banner import ReadOnlyBanner

SAVED = tr_noop("All changes saved")
CASCADE = QPoint(32, 32)
"""How far a new window sits from the one it was opened from, so both stay visible."""


def file_filter() -> str:
    return tr("procdesk workspaces (*.procdesk);;All files (*)")


def sample_path(now: datetime | None = None) -> Path:
    """A fresh, timestamped place for a copy of the sample in the user's data folder."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return Path(user_data_dir("procdesk")) / "samples" / f"sample-{stamp}{SUFFIX}"


class WorkspaceFiles(QMainWindow):
    """Opening, creating and copying workspace files; refusals are explained, files untouched."""

    settings: QSettings
    document: Document | None
    mode_label: QLabel
    read_only_banner: ReadOnlyBanner
    window_actions: WindowActions

    def _set_document(self, document: Document | None) -> None:
        raise NotImplementedError

    def _editing_allowed(self) -> None:
        """Unlock what a read-only workspace locked (Save As made an editable copy of it)."""
        raise NotImplementedError

    def new_window(self) -> WorkspaceFiles:
        """A fresh main window (on its start page), not shown yet."""
        raise NotImplementedError

    def _update_title(self) -> None:
        if self.document is None:
            return
        if self.document.read_only:
            title = tr("{name} [read-only] — procdesk")
        else:
            title = tr("{name} — procdesk")
        self.setWindowTitle(title.format(name=self.document.path.name))

    def _place(self, document: Document) -> WorkspaceFiles:
        """Show *document* here if this window is free, else in a new window; that window."""
        if self.document is None:
            self._set_document(document)
            return self
        other = self.new_window()
        other.move(self.pos() + CASCADE)
        other._set_document(document)
        windows.bring_forward(other)
        return other

    def open_path(self, path: str | Path, read_only: bool = False) -> WorkspaceFiles | None:
        """Open a workspace (or bring forward the window showing it); the window showing it.

        On refusal the user is told why, the file stays as it is, and None is returned. A
        workspace that can be read but not written opens read-only.
        """
        shown = windows.showing(path)
        if shown is not None:
            windows.bring_forward(shown)
            return shown
        try:
            if read_only:
                document = Document.open(path, read_only=True)
            else:
                # write-protected, in a write-protected folder or being edited elsewhere: it
                # opens read-only, and the bar above the canvas says why
                document = Document.open_or_read_only(path)
        except WorkspaceError as error:
            QMessageBox.warning(self, tr("Cannot open workspace"), str(error))
            return None
        return self._place(document)

    def create_workspace(self, path: str | Path, sample: bool = False) -> WorkspaceFiles | None:
        """Create a workspace file and show it; the window showing it, or None."""
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            document = Document.create(path, sample=sample)
        except (WorkspaceError, OSError) as error:
            QMessageBox.warning(self, tr("Cannot create workspace"), str(error))
            return None
        return self._place(document)

    def open_sample(self) -> WorkspaceFiles | None:
        """Open a fresh copy of the sample (the bundled one is never edited)."""
        return self.create_workspace(sample_path(), sample=True)

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("New workspace"), "", file_filter())
        if path:
            if not path.endswith(SUFFIX):
                path += SUFFIX
            self.new_workspace_at(path)

    def new_workspace_at(self, path: str | Path) -> WorkspaceFiles | None:
        """Create a workspace holding one empty process, ready to draw in."""
        window = self.create_workspace(path)
        document = window.document if window is not None else None
        if window is None or document is None:
            return None
        document.editor.add_process(tr("New process"))
        document.history.clear()
        window.window_actions.update_history(document.history)
        return window

    def open_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open workspace"), "", file_filter())
        if path:
            self.open_path(path)

    def save_as(self) -> None:
        if self.document is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Save workspace as"), "", file_filter())
        if not path:
            return
        if not path.endswith(SUFFIX):
            path += SUFFIX
        self.save_as_path(path)

    def save_as_path(self, path: str | Path) -> bool:
        """Copy the workspace to *path* and go on editing the copy."""
        if self.document is None:
            return False
        was_read_only = self.document.read_only
        try:
            self.document.save_as(path)
        except (WorkspaceError, OSError) as error:
            QMessageBox.warning(self, tr("Cannot save workspace"), str(error))
            return False
        remember_workspace(self.settings, path)
        self._update_title()
        self.mode_label.setText("")
        self.read_only_banner.show_for(self.document)
        if was_read_only:
            self._editing_allowed()
        self.window_actions.update_history(self.document.history)
        self.statusBar().showMessage(tr("Saved as {path}").format(path=path))
        return True

    def _fill_recent_menu(self) -> None:
        menu = self.window_actions.recent_menu
        menu.clear()
        paths = recent_workspaces(self.settings)
        for path in paths:
            action = menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not paths:
            menu.addAction(tr("No recent workspaces")).setEnabled(False)
