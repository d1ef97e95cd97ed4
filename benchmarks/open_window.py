"""Open a workspace in the procdesk window and exit when the diagram's first frame is painted.

Run as its own process by ``bench_scale.py``: ``open_window.py WORKSPACE``. It builds the
application and the window as ``procdesk WORKSPACE`` does (``procdesk.app``), waits for the
canvas to paint the diagram the window opens on, prints the seconds since ``BENCH_T0`` (the
epoch time the parent took just before starting this process) and exits at once.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from procdesk.app import make_application, start_window


class FirstPaint(QObject):
    """Ends the process after the canvas has painted a frame of a non-empty scene."""

    def __init__(self, app: QApplication, started: float) -> None:
        super().__init__()
        self.app = app
        self.started = started

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.app.postEvent(self, QEvent(QEvent.Type.User))
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.User:
            print(f"{time.time() - self.started:.4f}", flush=True)
            os._exit(0)
        return super().event(event)


def main() -> None:
    started = float(os.environ.get("BENCH_T0", time.time()))
    app = make_application()
    window = start_window(sys.argv[1], show=True)
    if not window.scene.items():
        sys.exit("the workspace opened on no diagram")
    watcher = FirstPaint(app, started)
    window.view.viewport().installEventFilter(watcher)
    app.exec()


if __name__ == "__main__":
    main()
