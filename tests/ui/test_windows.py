"""One window per workspace: new windows for new workspaces, one window per file, Quit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from procdesk.document import Document
from procdesk.ui.common.settings import remember_workspace
from procdesk.ui.window import windows
from procdesk.ui.window.main_window import MainWindow


@pytest.fixture
def second_file(tmp_path: Path) -> Path:
    path = tmp_path / "second.procdesk"
    Document.create(path, sample=True).close()
    return path


def test_a_window_on_its_start_page_takes_the_workspace(window, sample_file):
    # given a window on its start page, when a workspace is opened
    shown = window.open_path(sample_file)
    # then this window shows it, titled with the file's name
    assert shown is window and window.document.path == sample_file
    assert window.windowTitle() == "sample.procdesk — procdesk"


def test_another_workspace_opens_in_a_new_window(window, sample_file, second_file):
    # given a window showing a workspace
    assert window.open_path(sample_file)
    # when another workspace is opened from it
    other = window.open_path(second_file)
    # then a second window shows it, and the first still shows its own
    try:
        assert isinstance(other, MainWindow) and other is not window
        assert other.isVisible() and other.document.path == second_file
        assert other.windowTitle() == "second.procdesk — procdesk"
        assert window.document.path == sample_file
        assert windows.showing(second_file) is other
        assert {window, other} <= set(windows.open_windows())
    finally:
        other.close()
    # and closing it releases its file and forgets the window
    assert other not in windows.open_windows()
    with Document.open(second_file) as again:
        assert not again.read_only


def test_an_open_workspace_brings_its_window_forward(window, sample_file, second_file):
    # given two windows, each with a workspace
    assert window.open_path(sample_file)
    other = window.open_path(second_file)
    count = len(windows.open_windows())
    try:
        # when the first workspace is opened again, from the second window (by another spelling)
        shown = other.open_path(sample_file.parent / "." / sample_file.name)
        # then no window is added: the one showing it is returned, visible
        assert shown is window and window.isVisible()
        assert len(windows.open_windows()) == count
        assert not window.document.read_only
    finally:
        other.close()


def test_the_sample_and_new_workspaces_open_in_new_windows(window, sample_file, tmp_path):
    assert window.open_path(sample_file)
    sample = window.open_sample()
    fresh = window.new_workspace_at(tmp_path / "fresh.procdesk")
    try:
        assert sample is not window and sample.document.workspace.processes()
        assert fresh is not window and fresh is not sample
        assert [p.name for p in fresh.document.workspace.processes()] == ["New process"]
        assert not fresh.window_actions.undo.isEnabled()
        assert window.document.path == sample_file
    finally:
        sample.close()
        fresh.close()


def test_open_recent_goes_the_same_way(window, sample_file, second_file):
    # given a window showing a workspace, and another one in the recent list
    assert window.open_path(sample_file)
    remember_workspace(window.settings, second_file)
    # when the recent entry is chosen
    window._fill_recent_menu()
    entry = next(a for a in window.window_actions.recent_menu.actions() if "second" in a.text())
    entry.trigger()
    # then it opens in a window of its own
    other = windows.showing(second_file)
    assert other is not None and other is not window
    other.close()


def test_close_window_closes_only_this_window(window, sample_file, second_file):
    assert window.open_path(sample_file)
    other = window.open_path(second_file)
    other.findChild(QAction, "actionCloseWindow").trigger()
    assert not other.isVisible() and windows.showing(second_file) is None
    assert window.isVisible() and window.document is not None


def test_quit_closes_every_window_and_releases_every_file(window, sample_file, second_file):
    # given two windows with workspaces
    assert window.open_path(sample_file)
    other = window.open_path(second_file)
    # when Quit is chosen in one of them
    other.findChild(QAction, "actionQuit").trigger()
    # then both are closed, and both files can be opened for editing again
    assert not window.isVisible() and not other.isVisible()
    assert window not in windows.open_windows() and other not in windows.open_windows()
    for path in (sample_file, second_file):
        with Document.open(path) as again:
            assert not again.read_only
