"""Long work runs in the background: the window stays responsive and shows a progress bar."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar

from procdesk.export.bpmn.reader import ImportResult, read_bpmn
from procdesk.model.elements import Entity, Step
from procdesk.ui.common.background import BackgroundJobs
from procdesk.ui.window import bpmn_files
from tests.ui.jobs import TIMEOUT_MS, finished
from tests.ui.large_bpmn import large_bpmn


class Ticks:
    """A 10 ms QTimer on the GUI thread, counting its ticks: the event loop is alive."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1


def test_a_job_keeps_the_window_responsive_and_shows_its_progress(window, qtbot):
    # given a job that only ends once the GUI thread's timer has seen its progress bar
    jobs: BackgroundJobs = window.jobs
    trigger = window.findChild(QAction, "actionImportBpmn")
    bar = window.findChild(QProgressBar, "jobProgress")
    label = window.findChild(QLabel, "jobLabel")
    release = threading.Event()
    seen: list[str] = []

    collecting: list[bool] = []

    def look() -> None:
        if bar.isVisible() and not release.is_set():
            seen.append(label.text() if label.isVisible() else "")
            collecting.append(gc.isenabled())
            release.set()

    ticks = Ticks()
    ticks.timer.timeout.connect(look)
    results: list[str] = []

    def work() -> str:
        assert release.wait(TIMEOUT_MS / 1000), "the event loop did not run"
        return "done"

    # when it runs
    job = jobs.run("Importing order.bpmn…", work, results.append, trigger=trigger)
    # then it has not shown anything yet, but its action is disabled
    assert not bar.isVisible() and jobs.busy
    assert not trigger.isEnabled()
    finished(qtbot, job)
    ticks.timer.stop()
    # and while it ran, the timer ticked and saw the bar with the job's text (after the delay)
    assert ticks.count > 0 and seen == ["Importing order.bpmn…"]
    # and afterwards the result is delivered, the bar is gone and the action back
    assert results == ["done"]
    assert not bar.isVisible() and not label.isVisible()
    assert trigger.isEnabled() and not jobs.busy
    # and the cyclic garbage collector (which must not free widgets in a worker) waited
    assert collecting == [False] and gc.isenabled()


def test_a_failing_job_reports_its_error_on_the_gui_thread(window, qtbot):
    seen: list[tuple[str, bool]] = []

    def work() -> None:
        raise OSError("disk full")

    def failed(error: BaseException) -> None:
        seen.append((str(error), threading.current_thread() is threading.main_thread()))

    job = window.jobs.run("Exporting plan.pdf…", work, lambda _: None, failed)
    finished(qtbot, job)
    assert seen == [("disk full", True)]


def _drawing(entities: list[Entity]) -> list[tuple[str, str, object]]:
    """What a user sees of imported entities, without their (freshly made) ids."""
    return sorted(
        (type(e).__name__, getattr(e, "name", ""), repr(getattr(e, "bounds", None)))
        for e in entities
    )


def test_a_large_file_is_parsed_off_the_gui_thread_and_imported_whole(
    window, qtbot, sample_file, tmp_path: Path, monkeypatch
):
    # given a workspace open and a BPMN file with 4,000 drawn tasks (a fifth of a second or
    # more to parse). How the window keeps ticking while a job runs is proven above with a job
    # that waits for the GUI; here, where the parse is: on a worker, not the window's thread.
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    assert window.open_path(sample_file)
    path = large_bpmn(tmp_path / "order.bpmn", 4000)
    taken = {entity.id for entity in window.document.workspace}
    parsed_on: list[threading.Thread] = []

    def observed(data: bytes, ids: set[str]) -> ImportResult:
        parsed_on.append(threading.current_thread())
        return read_bpmn(data, ids)

    monkeypatch.setattr(bpmn_files, "read_bpmn", observed)
    bar = window.findChild(QProgressBar, "jobProgress")
    # when it is imported
    job = bpmn_files.import_bpmn(window, path)
    process_id = finished(qtbot, job)
    # then it was parsed once, away from the GUI thread, and the status bar is clear again
    assert len(parsed_on) == 1 and parsed_on[0] is not threading.main_thread()
    assert not bar.isVisible()
    # and the workspace holds what the synchronous reader makes of the file
    workspace = window.document.workspace
    imported = [e for e in workspace if e.id not in taken]
    assert _drawing(imported) == _drawing(read_bpmn(path.read_bytes(), taken).entities)
    diagram = workspace.diagrams_of(process_id)[0]
    assert len(workspace.elements_of(diagram.id, Step)) == 4002
    assert window.scene.diagram_id == diagram.id
