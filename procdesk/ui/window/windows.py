"""Every open main window: kept alive, found by the workspace it shows, closed together.

Each workspace gets a window of its own, as in any document application. A window made from
Python and referenced nowhere else would be collected by Python's garbage collector and vanish
from the screen, so every main window registers here while it is open and is forgotten when
it closes. Opening a workspace that some window already shows brings that window forward
instead of opening the file a second time (which its lock would refuse anyway).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from procdesk.ui.window.workspace_files import WorkspaceFiles

_open: list[WorkspaceFiles] = []


def keep(window: WorkspaceFiles) -> None:
    """Hold *window* (it stays alive until it closes)."""
    if window not in _open:
        _open.append(window)


def forget(window: WorkspaceFiles) -> None:
    """Let go of a closed window."""
    if window in _open:
        _open.remove(window)


def open_windows() -> list[WorkspaceFiles]:
    """The open main windows, oldest first."""
    return list(_open)


def showing(path: str | Path) -> WorkspaceFiles | None:
    """The window that shows the workspace at *path* (compared as resolved paths), if any."""
    target = Path(path).resolve()
    for window in _open:
        document = window.document
        if document is not None and document.path.resolve() == target:
            return window
    return None


def bring_forward(window: WorkspaceFiles) -> None:
    """Show *window* on top and give it the keyboard (un-minimized if need be)."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def close_all() -> bool:
    """Close every window, newest first (Quit); False if one of them stays open."""
    closed = True
    for window in reversed(open_windows()):
        closed = window.close() and closed
    return closed
