"""A workspace-wide area opened in a fresh main window, timed from choosing it to its paint.

Benchmarks of the landscape, the performance dashboard and their like open the same workspace
in several fresh windows (settings in a folder of their own), choose their area and time its
first paint; each then times an edit of its own in that window before it is closed.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from procdesk.model.elements import Entity
from procdesk.store.repository import WorkspaceStore


def area_in_windows(
    app: QApplication,
    entities: list[Entity],
    name: str,
    painted: Callable[[Any], QWidget],
    runs: int = 3,
) -> Iterator[tuple[Any, Any, float]]:
    """For each of *runs* fresh windows on a workspace of *entities*: the window, its area
    *name* and the seconds from choosing the area until *painted(area)* has repainted. The
    window is closed when the caller asks for the next one."""
    from procdesk.ui.window.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    for run in range(runs):
        path = folder / f"{name}{run}.procdesk"
        WorkspaceStore.create(path, entities).close()
        window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        window.resize(1440, 900)
        window.show()
        window.open_path(path)
        app.processEvents()
        start = time.perf_counter()
        area = window.areas.area(name)
        painted(area).repaint()
        yield window, area, time.perf_counter() - start
        window.close()
        app.processEvents()
