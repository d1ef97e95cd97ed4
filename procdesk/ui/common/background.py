"""Work that may take a while, done in a worker thread while the window stays responsive.

Imports, exports and simulations can take seconds on a large workspace. Run on the GUI thread
they would freeze the window, so ``BackgroundJobs.run`` hands the pure part (parsing, laying
out, writing a file, simulating) to a worker thread and calls back on the GUI thread with the
result or the error. Anything touching the SQLite store or widgets stays in those call-backs.

The Workspace is changed in place by every edit, so a job gets a ``snapshot``: a second
Workspace over the same frozen entities, which later edits cannot disturb.

A job that ends quickly shows nothing; one that runs longer than ``reveal_after_ms`` shows a
busy bar and its text ("Importing order.bpmn…") in the status bar. The button or menu action
that started the job is disabled while it runs, so it cannot be started twice.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from procdesk.files import write_atomically
from procdesk.gc_pause import pause_cyclic_gc, resume_cyclic_gc
from procdesk.model.workspace import Workspace
from procdesk.text import tr

REVEAL_AFTER_MS = 500
"""Jobs quicker than this never show the progress bar (it would only flicker)."""


class Trigger(Protocol):
    """What started a job: a QAction or a button, disabled while the job runs."""

    def isEnabled(self) -> bool: ...

    def setEnabled(self, enabled: bool) -> None: ...


def snapshot(workspace: Workspace) -> Workspace:
    """A copy of *workspace* that a worker thread may read while the user goes on editing."""
    return Workspace(workspace)


def expected(
    handler: Callable[[BaseException], object], *kinds: type[BaseException]
) -> Callable[[BaseException], object]:
    """*handler* for the errors a user can meet (*kinds*); any other error is a bug and is
    raised again, as it would be without the worker thread."""

    def handle(error: BaseException) -> object:
        if isinstance(error, kinds):
            return handler(error)
        raise error

    return handle


class _Relay(QObject):
    """Carries a worker's outcome back to the GUI thread (queued signals)."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Task(threading.Thread):
    """One thread per job (jobs are few and long): joined when the job ends, so the window
    knows for certain that no Python code of the job runs any more."""

    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__(name="procdesk-job", daemon=True)
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # every outcome must reach the window
            self.relay.failed.emit(error)
        else:
            self.relay.succeeded.emit(result)


class Job(QObject):
    """One running piece of work; ``finished`` is emitted after its call-back has run, and
    ``outcome`` then holds what the call-back returned (an imported process id, say)."""

    finished = Signal()

    def __init__(
        self,
        jobs: BackgroundJobs,
        text: str,
        done: Callable[[Any], object],
        failed: Callable[[BaseException], object] | None,
        trigger: Trigger | None,
    ) -> None:
        super().__init__(jobs)
        self.jobs = jobs
        self.text = text
        self.done = done
        self.on_error = failed
        self.trigger = trigger
        self.running = True
        self.outcome: Any = None
        self.task: _Task | None = None
        self.relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self.relay.succeeded.connect(self._succeeded, queued)
        self.relay.failed.connect(self._failed, queued)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._end(lambda: self.done(result))

    @Slot(object)
    def _failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        if self.on_error is None:
            self._end(lambda: None)
            raise error
        handler = self.on_error
        self._end(lambda: handler(error))

    def _end(self, call_back: Callable[[], object]) -> None:
        # the bar stays up during the call-back: storing a large import takes a moment too
        self.running = False
        try:
            self.outcome = call_back()
        finally:
            self.jobs._job_ended(self)
            self.finished.emit()
            self.jobs._after_call_back()
            self.deleteLater()


class BackgroundJobs(QObject):
    """The jobs of one window, and their progress bar in its status bar (if it has one)."""

    idle = Signal()

    def __init__(
        self,
        status_bar: QStatusBar | None = None,
        parent: QObject | None = None,
        reveal_after_ms: int = REVEAL_AFTER_MS,
    ) -> None:
        super().__init__(parent if parent is not None else status_bar)
        self.setObjectName("backgroundJobs")
        self.jobs: list[Job] = []
        self.label = QLabel()
        self.label.setObjectName("jobLabel")
        self.bar = QProgressBar()
        self.bar.setObjectName("jobProgress")
        self.bar.setRange(0, 0)  # busy: how long a parse or a drawing takes is not known
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(140)
        self.bar.setMaximumHeight(14)
        self.shows_progress = status_bar is not None  # else the bar would be a window of its own
        if status_bar is not None:
            status_bar.addPermanentWidget(self.label)
            status_bar.addPermanentWidget(self.bar)
        self.label.hide()
        self.bar.hide()
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.setInterval(reveal_after_ms)
        self._reveal_timer.timeout.connect(self._reveal)
        self._when_idle: list[Callable[[], object]] = []
        self._disabled: dict[int, tuple[Trigger, bool]] = {}

    @property
    def busy(self) -> bool:
        return bool(self.jobs)

    @property
    def reveal_after_ms(self) -> int:
        """How long a job runs before the progress bar shows."""
        return self._reveal_timer.interval()

    @reveal_after_ms.setter
    def reveal_after_ms(self, milliseconds: int) -> None:
        self._reveal_timer.setInterval(milliseconds)

    def write_file(
        self,
        path: Path,
        data: bytes,
        done: Callable[[Path], object],
        failed: Callable[[BaseException], object],
        trigger: Trigger | None = None,
    ) -> Job:
        """Write *data*, drawn already, to *path* (whole or not at all) in the background
        ("Exporting NAME…"); *done(path)* after, *failed(error)* for an OSError."""

        def write() -> Path:
            write_atomically(path, data)
            return path

        text = tr("Exporting {name}…").format(name=path.name)
        return self.run(text, write, done, expected(failed, OSError), trigger)

    def run(
        self,
        text: str,
        work: Callable[[], Any],
        done: Callable[[Any], object],
        failed: Callable[[BaseException], object] | None = None,
        trigger: Trigger | None = None,
    ) -> Job:
        """Run *work* in a worker thread, then *done(result)* or *failed(error)* on this one.

        *work* must not touch widgets or the store; *text* ("Exporting plan.pdf…") is shown
        beside the progress bar if the job takes longer than ``reveal_after_ms``.
        """
        job = Job(self, text, done, failed, trigger)
        self.jobs.append(job)
        if trigger is not None and id(trigger) not in self._disabled:
            self._disabled[id(trigger)] = (trigger, trigger.isEnabled())
            trigger.setEnabled(False)
        self.label.setText(text)
        if self.bar.isHidden():
            self._reveal_timer.start()
        job.task = _Task(work, job.relay)
        # the collector waits for the workers (see procdesk.gc_pause)
        pause_cyclic_gc()
        job.task.start()
        return job

    def when_idle(self, call_back: Callable[[], object]) -> None:
        """Call *call_back* once no job runs any more (at once if none does); asking twice
        for the same call-back (closing a busy window twice) still calls it once."""
        if not self.jobs:
            call_back()
        elif call_back not in self._when_idle:
            self._when_idle.append(call_back)

    def _reveal(self) -> None:
        if self.jobs and self.shows_progress:
            self.label.show()
            self.bar.show()

    def _job_ended(self, job: Job) -> None:
        self.jobs.remove(job)
        if job.task is not None:
            job.task.join()  # its outcome is here: only the thread's own exit is left
            resume_cyclic_gc()
        trigger = job.trigger
        if trigger is not None and not any(j.trigger is trigger for j in self.jobs):
            _, was_enabled = self._disabled.pop(id(trigger), (trigger, True))
            trigger.setEnabled(was_enabled)
        if self.jobs:
            self.label.setText(self.jobs[-1].text)
            return
        self._reveal_timer.stop()
        self.label.hide()
        self.bar.hide()

    def _after_call_back(self) -> None:
        if self.jobs:
            return
        waiting, self._when_idle = self._when_idle, []
        for call_back in waiting:
            call_back()
        self.idle.emit()


def jobs_near(widget: QWidget) -> BackgroundJobs:
    """The jobs of the window *widget* sits in (also in a floating dock), so a panel's work
    shows in the window's status bar and holds the window open; a runner of its own if none."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    current = widget.parentWidget()
    while current is not None:
        found = current.findChild(BackgroundJobs, "backgroundJobs", direct)
        if found is not None:
            return found
        current = current.parentWidget()
    own = widget.findChild(BackgroundJobs, "backgroundJobs", direct)
    return own if own is not None else BackgroundJobs(None, widget)
