"""The team repository in the window: File ▸ Open from Repository…, Check In… and Update from
Repository, and the conflicts of either, settled element by element.

A check-in or an update runs on the window's thread (it writes the open workspace through its
History, as any edit does; the network waits show the busy cursor). What it brings in reaches
the canvas, the tree and the panels as the one change event of that edit. A conflict stops
it with nothing changed; the person's choices are then applied as one update, and a check-in
that conflicted is tried again. The PostgreSQL driver is loaded on first use, not when the
window opens.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from procdesk.model.commands import CommandError
from procdesk.model.history import PersistError
from procdesk.model.merge import Conflict
from procdesk.model.merge_values import Side
from procdesk.store.errors import WorkspaceError
from procdesk.text import tr
from procdesk.ui.repository.checkin_dialog import CheckinDialog
from procdesk.ui.repository.conflicts_dialog import ConflictsDialog
from procdesk.ui.repository.open_dialog import OpenFromRepositoryDialog

if TYPE_CHECKING:
    from procdesk.ui.window.main_window import MainWindow

FAILURES = (WorkspaceError, CommandError, PersistError)


def install(window: MainWindow) -> None:
    """The File menu's three repository entries, after Open Recent."""
    actions = window.window_actions
    opening = QAction(tr("Open from Reposi&tory…"), window)
    opening.setObjectName("actionOpenFromRepository")
    opening.triggered.connect(lambda _checked=False: open_from_repository(window))
    checking_in = QAction(tr("Chec&k In…"), window)
    checking_in.setObjectName("actionCheckIn")
    checking_in.triggered.connect(lambda _checked=False: check_in(window))
    updating = QAction(tr("&Update from Repository"), window)
    updating.setObjectName("actionUpdateFromRepository")
    updating.triggered.connect(lambda _checked=False: update_from_repository(window))
    menu = actions.file_menu
    menu.insertAction(actions.open_sample, opening)
    separator = menu.insertSeparator(actions.new_process)
    menu.insertActions(separator, [checking_in, updating])

    def enable() -> None:
        document = window.document
        checked_out = document is not None and _checked_out(window)
        checking_in.setEnabled(checked_out and document is not None and not document.read_only)
        updating.setEnabled(checked_out)

    menu.aboutToShow.connect(enable)


def _checked_out(window: MainWindow) -> bool:
    from procdesk.store.origin import read_origin

    document = window.document
    return document is not None and document.store.read(read_origin) is not None


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _refused(window: MainWindow, title: str, error: Exception) -> None:
    QMessageBox.warning(window, title, str(error))


# open from repository ----------------------------------------------------------------------------
def _list(url: str) -> list[tuple[str, str]]:
    from procdesk.team.checkout import list_processes

    with _busy():
        return [(p.id, p.name) for p in list_processes(url)]


def open_from_repository(window: MainWindow) -> OpenFromRepositoryDialog:
    """Show the dialog; on Check Out, make the workspace and open it."""
    dialog = OpenFromRepositoryDialog(_list, window)
    dialog.accepted.connect(lambda: _check_out(window, dialog))
    dialog.open()
    return dialog


def _check_out(window: MainWindow, dialog: OpenFromRepositoryDialog) -> None:
    from procdesk.team.checkout import checkout

    path: Path = dialog.chosen_path()
    try:
        with _busy():
            done = checkout(
                dialog.url.text().strip(),
                path,
                dialog.chosen_processes(),
                read_only=dialog.read_only.isChecked(),
            )
    except WorkspaceError as error:
        _refused(window, tr("Cannot check out"), error)
        return
    shown = window.open_path(done.path)
    if shown is not None:
        message = tr("Checked out at revision {revision}: %n processes", None, len(done.processes))
        shown.statusBar().showMessage(message.format(revision=done.revision), 8000)


# check in ----------------------------------------------------------------------------------------
def check_in(window: MainWindow) -> CheckinDialog | None:
    """Show the local changes and ask for a message; on Check In, send them."""
    from procdesk.team.pending import describe_pending, standing

    document = window.document
    if document is None:
        return None
    try:
        state = standing(document)
    except WorkspaceError as error:
        _refused(window, tr("Cannot check in"), error)
        return None
    dialog = CheckinDialog(describe_pending(document, state.pending), window)
    dialog.accepted.connect(lambda: send(window, dialog.text()))
    dialog.open()
    return dialog


def send(window: MainWindow, message: str) -> None:
    """Check in now; conflicts are put to the person, then the check-in is tried again."""
    from procdesk.team.sync import checkin

    document = window.document
    if document is None:
        return
    try:
        with _busy():
            result = checkin(document, message)
    except FAILURES as error:
        _refused(window, tr("Cannot check in"), error)
        return
    if result.conflicts:
        settle(window, result.conflicts, lambda: send(window, message))
        return
    if result.checked_in:
        text = tr("Checked in as revision {revision}").format(revision=result.revision)
    else:
        text = tr("Nothing to check in; at revision {revision}").format(revision=result.revision)
    window.report(text)


# update ------------------------------------------------------------------------------------------
def update_from_repository(window: MainWindow) -> None:
    """Bring in what others checked in; conflicts are put to the person."""
    _update(window, {}, None)


def _update(
    window: MainWindow, choices: Mapping[str, Side], then: Callable[[], None] | None
) -> None:
    from procdesk.team.sync import update

    document = window.document
    if document is None:
        return
    try:
        with _busy():
            result = update(document, choices)
    except FAILURES as error:
        _refused(window, tr("Cannot update"), error)
        return
    if result.conflicts:
        settle(window, result.conflicts, then)
        return
    message = tr("Updated to revision {revision}: %n changes", None, result.received)
    window.report(message.format(revision=result.revision))
    if then is not None:
        then()


def settle(
    window: MainWindow, conflicts: tuple[Conflict, ...], then: Callable[[], None] | None
) -> ConflictsDialog | None:
    """Show *conflicts*; the choices are applied as one update, then *then* runs."""
    document = window.document
    if document is None:
        return None
    dialog = ConflictsDialog(conflicts, document.workspace, window)
    dialog.accepted.connect(lambda: _update(window, dialog.choices(), then))
    dialog.open()
    return dialog
