"""Let a widget follow a Document's History without outliving it.

The History's ``changed`` signal is Qt-free, so Qt cannot disconnect it when a widget is
deleted. ``observe`` wraps the handler: once the widget's C++ side is gone the wrapper
disconnects itself instead of calling into a deleted object.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from procdesk.document import Document
from procdesk.model.changes import ChangeSet

Handler = Callable[[ChangeSet], None]


def observe(widget: QWidget, document: Document, handler: Handler) -> Callable[[], None]:
    """Call *handler* with each ChangeSet while *widget* lives; returns a function to stop."""

    def relay(changeset: ChangeSet) -> None:
        if not shiboken6.isValid(widget):
            stop()
            return
        handler(changeset)

    def stop() -> None:
        with contextlib.suppress(ValueError):
            document.history.changed.disconnect(relay)

    document.history.changed.connect(relay)
    return stop


W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give *widget* an objectName (tests and style sheets find widgets by it) and return it."""
    widget.setObjectName(name)
    return widget
