"""The team repository in the window, on a real server: File ▸ Open from Repository…, Check
In… with the list of local changes and a message, Update from Repository, and conflicts
settled element by element, driven through the real dialogs' widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QListWidget, QPlainTextEdit, QPushButton

from procdesk.document import Document
from procdesk.model.elements import Step
from procdesk.model.merge_values import Side
from procdesk.store import pg_rows
from procdesk.team.session import Repository
from procdesk.team.sync import checkin
from procdesk.ui.repository.conflicts_dialog import ConflictsDialog
from procdesk.ui.window.main_window import MainWindow
from tests.repository.conftest import pg_server, repo_url, sample_repo
from tests.repository.helpers import PURCHASE, head, open_checkout, process_named, repository

__all__ = ["pg_server", "repo_url", "sample_repo"]  # the real server's fixtures, used here


def _dialog(window: MainWindow, name: str) -> QDialog:
    found = window.findChild(QDialog, name)
    assert isinstance(found, QDialog) and found.isVisible(), name
    return found


def _click(qtbot: object, dialog: QDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert isinstance(button, QPushButton), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def _first_task(document: Document) -> Step:
    process = process_named(document.workspace, PURCHASE)
    diagram = document.workspace.diagrams_of(process.id)[0]
    steps = document.workspace.elements_of(diagram.id, Step)
    return sorted((s for s in steps if s.kind.is_activity), key=lambda s: s.id)[0]


def _trigger(window: MainWindow, name: str) -> None:
    window.window_actions.file_menu.aboutToShow.emit()
    action = next(a for a in window.window_actions.file_menu.actions() if a.objectName() == name)
    assert action.isEnabled(), name
    action.trigger()


@pytest.fixture
def checked_out(window: MainWindow, sample_repo: str, tmp_path: Path) -> Document:
    """The window showing a check-out of the purchase process."""
    path = tmp_path / "mine.procdesk"
    open_checkout(sample_repo, path, PURCHASE).close()
    window.open_path(path)
    assert window.document is not None
    return window.document


def _theirs(url: str, folder: Path, task_id: str, name: str) -> None:
    """Someone else renames *task_id* and checks in."""
    with open_checkout(url, folder / "theirs.procdesk", PURCHASE) as other:
        other.editor.rename(task_id, name)
        assert checkin(other, "theirs").checked_in


def test_open_from_repository_checks_out_the_chosen_process(
    qtbot: object, window: MainWindow, sample_repo: str, tmp_path: Path
) -> None:
    # given the dialog, the repository's URL typed and its processes listed
    _trigger(window, "actionOpenFromRepository")
    dialog = _dialog(window, "openFromRepositoryDialog")
    dialog.url.setText(sample_repo)  # type: ignore[attr-defined]
    _click(qtbot, dialog, "listProcesses")
    listed = dialog.findChild(QListWidget, "repositoryProcesses")
    assert isinstance(listed, QListWidget)
    names = [listed.item(row).text() for row in range(listed.count())]
    assert PURCHASE in names and len(names) == len(repository(sample_repo).processes())
    # when the purchase process is checked and a new file given
    listed.item(names.index(PURCHASE)).setCheckState(Qt.CheckState.Checked)
    path = tmp_path / "from-repo.procdesk"
    dialog.path.setText(str(path))  # type: ignore[attr-defined]
    _click(qtbot, dialog, "checkOut")
    # then the window shows the new workspace, holding that process only
    assert window.document is not None and window.document.path == path
    assert [p.name for p in window.document.workspace.processes()] == [PURCHASE]
    assert "revision 1" in window.statusBar().currentMessage()


def test_open_from_repository_says_why_listing_failed(
    qtbot: object, window: MainWindow, tmp_path: Path
) -> None:
    _trigger(window, "actionOpenFromRepository")
    dialog = _dialog(window, "openFromRepositoryDialog")
    dialog.url.setText("mysql://nobody@nowhere/x")  # type: ignore[attr-defined]
    _click(qtbot, dialog, "listProcesses")
    assert "not a PostgreSQL URL" in dialog.error.text()  # type: ignore[attr-defined]
    _click(qtbot, dialog, "checkOut")  # nothing listed: the dialog stays, nothing written
    assert dialog.isVisible() and window.document is None
    assert list(tmp_path.iterdir()) == []


def test_check_in_lists_the_local_changes_and_sends_the_message(
    qtbot: object, window: MainWindow, checked_out: Document, sample_repo: str
) -> None:
    # given a rename in the window's workspace
    task = _first_task(checked_out)
    checked_out.editor.rename(task.id, "Renamed in the window")
    # when Check In… is chosen, then its dialog lists that one change
    _trigger(window, "actionCheckIn")
    dialog = _dialog(window, "checkinDialog")
    changes = dialog.findChild(QListWidget, "localChanges")
    assert isinstance(changes, QListWidget) and changes.count() == 1
    assert "Renamed in the window" in changes.item(0).text()
    # and the message typed goes with the check-in
    message = dialog.findChild(QPlainTextEdit, "checkinMessage")
    assert isinstance(message, QPlainTextEdit)
    qtbot.keyClicks(message, "Clearer task name")  # type: ignore[attr-defined]
    _click(qtbot, dialog, "checkIn")
    assert repository(sample_repo).get(task.id, Step).name == "Renamed in the window"
    with Repository(sample_repo) as repo, repo.reading() as connection:
        assert pg_rows.checkins(connection, 1)[-1].message == "Clearer task name"
    assert "revision 2" in window.statusBar().currentMessage()


def test_update_brings_others_work_into_the_window(
    window: MainWindow, checked_out: Document, sample_repo: str, tmp_path: Path
) -> None:
    # given the task's diagram on the canvas, and a colleague's rename checked in
    task = _first_task(checked_out)
    window.show_diagram(task.diagram_id)
    _theirs(sample_repo, tmp_path, task.id, "Renamed by a colleague")
    # when updating, then the workspace and the canvas show it, as one undoable edit
    _trigger(window, "actionUpdateFromRepository")
    assert checked_out.workspace.get(task.id, Step).name == "Renamed by a colleague"
    item = window.scene.item(task.id)
    assert item is not None and item.entity.name == "Renamed by a colleague"
    assert "revision 2" in window.statusBar().currentMessage()
    assert checked_out.history.undo_label.startswith("Update from repository")


@pytest.mark.parametrize(("side", "winner"), [(Side.MINE, "Mine"), (Side.THEIRS, "Theirs")])
def test_a_conflict_is_listed_per_element_and_settled_by_choice(
    qtbot: object,
    window: MainWindow,
    checked_out: Document,
    sample_repo: str,
    tmp_path: Path,
    side: Side,
    winner: str,
) -> None:
    # given the same task renamed here and, checked in first, there
    task = _first_task(checked_out)
    checked_out.editor.rename(task.id, "Mine")
    _theirs(sample_repo, tmp_path, task.id, "Theirs")
    revision = head(sample_repo)
    # when checking in, then the conflicts dialog shows the element with base, mine, theirs
    _trigger(window, "actionCheckIn")
    _click(qtbot, _dialog(window, "checkinDialog"), "checkIn")
    dialog = _dialog(window, "conflictsDialog")
    assert isinstance(dialog, ConflictsDialog)
    (element,) = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert "changed here and in the repository" in element.text(0)
    row = element.child(0)
    assert [row.text(c) for c in (0, 2, 3, 4)] == ["name", f"'{task.name}'", "'Mine'", "'Theirs'"]
    assert head(sample_repo) == revision and checked_out.workspace.get(task.id, Step).name == "Mine"
    # and choosing a side settles it: the check-in is tried again and everyone agrees
    combo = dialog.findChild(QComboBox, f"choice:{task.id}")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(side.value))
    _click(qtbot, dialog, "settleConflicts")
    assert checked_out.workspace.get(task.id, Step).name == winner
    assert repository(sample_repo).get(task.id, Step).name == winner
    assert head(sample_repo) == revision + (1 if side == Side.MINE else 0)
