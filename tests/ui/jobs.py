"""Waiting for background jobs in tests: their call-back has run once ``finished`` is out."""

from __future__ import annotations

from typing import Any

from procdesk.ui.common.background import Job

TIMEOUT_MS = 60_000
"""A generous bound: a loaded CI machine may be slow, a hung job must still fail the test."""


def finished(qtbot: Any, job: Job | None) -> Any:
    """Wait for *job* (which must have been started) and return its ``outcome``."""
    assert job is not None, "the job was not started"
    if job.running:
        with qtbot.waitSignal(job.finished, timeout=TIMEOUT_MS):
            pass
    return job.outcome
