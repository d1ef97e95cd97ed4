"""A workspace that can only be read: it opens read-only, the bar above the canvas says why,
every edit is refused in the status bar (never a traceback), and exports still work."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QApplication

from procdesk.document import Document
from procdesk.model.elements import Step
from procdesk.store.errors import ReadOnlyReason
from procdesk.ui.panels.capture.panel import NO_EDITING
from procdesk.ui.window.main_window import MainWindow
from procdesk.ui.window.read_only_banner import REASONS
from tests import unwritable
from tests.builders import snapshot
from tests.ui.jobs import finished

ROOT = Path(__file__).resolve().parents[2]
EDITS = ("actionCut", "actionPaste", "actionDuplicate", "actionDelete", "actionAutoLayout")


def _in_use(window: MainWindow, sample_file: Path) -> Document:
    """The sample shown in *window* while another document holds it for editing."""
    holder = Document.open(sample_file)
    assert window.open_path(sample_file)
    assert window.document is not None
    return holder


def test_a_workspace_another_window_edits_opens_read_only_saying_why(window, sample_file):
    # given the sample being edited elsewhere
    holder = _in_use(window, sample_file)
    try:
        # then it opens read-only without a question, and the bar above the canvas says why
        document = window.document
        assert document.read_only and document.read_only_reason == ReadOnlyReason.IN_USE
        banner = window.read_only_banner
        assert banner.isVisible() and "another procdesk window" in banner.message.text()
        assert (
            banner.mapTo(window, banner.rect().bottomLeft()).y()
            <= window.view.mapTo(window, window.view.rect().topLeft()).y()
        )
        assert banner.button.defaultAction() is window.window_actions.save_as
        assert banner.button.isVisible() and banner.button.isEnabled()
        assert "[read-only]" in window.windowTitle()
    finally:
        window.close()
        holder.close()


def test_every_edit_is_refused_in_the_status_bar_and_nothing_changes(window, sample_file, qtbot):
    # given the sample opened read-only, a step selected and copied
    assert window.open_path(sample_file, read_only=True)
    document = window.document
    before, data = snapshot(document.workspace), sample_file.read_bytes()
    step = document.workspace.elements_of(window.scene.diagram_id, Step)[1]
    window.scene.select_ids([step.id])
    window.findChild(QAction, "actionCopy").trigger()
    edits = [window.findChild(QAction, name) for name in EDITS]
    edits += [window.findChild(QAction, "actionRecordWeakPoint"), window.window_actions.new_process]
    for action in edits:
        window.statusBar().clearMessage()
        # when an edit is asked for from the menu
        action.trigger()
        # then the status bar says why it is not made
        assert "read-only" in window.statusBar().currentMessage(), action.objectName()
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Right):
        # when an edit is asked for by key on the canvas, then the status bar says why not
        window.scene.select_ids([step.id])
        window.statusBar().clearMessage()
        qtbot.keyClick(window.view.viewport(), key)
        assert "read-only" in window.statusBar().currentMessage(), key
    for key in (Qt.Key.Key_T, Qt.Key.Key_F2):
        # (appending a step and renaming in place are simply not offered)
        window.scene.select_ids([step.id])
        qtbot.keyClick(window.view.viewport(), key)
        assert not window.controller.keys.label_editor_active()
        assert QApplication.activeModalWidget() is None
    # and neither the workspace nor its file changed
    assert snapshot(document.workspace) == before
    assert not window.window_actions.undo.isEnabled()
    window.close()
    assert sample_file.read_bytes() == data


def test_exports_work_and_save_as_makes_an_editable_copy(window, sample_file, qtbot, tmp_path):
    # given the sample open read-only because another window edits it
    holder = _in_use(window, sample_file)
    try:
        # when the diagram is exported, then the picture is written
        target = tmp_path / "plan.png"
        window.export_image_to(target)
        finished(qtbot, window.jobs.jobs[0])
        assert QImage(str(target)).width() > 100
        # when it is saved under another name
        copy = tmp_path / "copy.procdesk"
        assert window.save_as_path(copy)
        # then the bar goes, and the copy can be edited: on the canvas, in the panels
        assert not window.read_only_banner.isVisible()
        assert not window.document.read_only and window.document.read_only_reason is None
        assert window.element_palette.isEnabled()
        capture = window.panels.quick
        assert capture is not None and capture.table.editTriggers() != NO_EDITING
        step = window.document.workspace.elements_of(window.scene.diagram_id, Step)[1]
        window.scene.select_ids([step.id])
        qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Delete)
        assert step.id not in window.document.workspace
    finally:
        window.close()
        holder.close()


@pytest.mark.parametrize("reason", list(ReadOnlyReason))
def test_the_bar_names_each_reason(window, sample_file, reason):
    # given the sample open read-only for a reason
    assert window.open_path(sample_file, read_only=True)
    window.document.read_only_reason = reason
    # when the bar is shown, then it says that reason, in words of its own
    window.read_only_banner.show_for(window.document)
    text = window.read_only_banner.message.text()
    assert text == REASONS[reason] and text.count("Save As…") == 1
    assert window.read_only_banner.accessibleDescription() == text
    window.close()


PROBE = """
import json, sys
from procdesk.app import make_application, start_window
make_application()
seen = {}
for path in sys.argv[1:]:
    window = start_window(path)
    window.show()
    banner = window.read_only_banner
    document = window.document
    seen[path] = {
        "read_only": document.read_only,
        "reason": document.read_only_reason,
        "bar": banner.isVisible() and banner.message.text(),
    }
    window.close()
print(json.dumps(seen))
"""


def test_write_protected_file_and_folder_open_read_only(tmp_path, sample_file):
    # given a write-protected workspace file, and a workspace in a write-protected folder
    prefix = unwritable.unprivileged()
    if prefix is None:
        pytest.skip(unwritable.NO_UNPRIVILEGED)
    protected_file = tmp_path / "file" / "plan.procdesk"
    protected_folder = tmp_path / "folder" / "plan.procdesk"
    for path in (protected_file, protected_folder):
        path.parent.mkdir()
        path.write_bytes(sample_file.read_bytes())
    protected_file.chmod(0o444)
    protected_folder.parent.chmod(0o555)
    try:
        # when the window opens each (as a user for whom the permissions hold)
        done = unwritable.run(
            [sys.executable, "-c", PROBE, str(protected_file), str(protected_folder)],
            prefix=prefix,
            cwd=ROOT,
        )
    finally:
        protected_folder.parent.chmod(0o755)
    # then each is open read-only, and the bar says which was write-protected
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen[str(protected_file)] == {
        "read_only": True,
        "reason": "file",
        "bar": REASONS[ReadOnlyReason.FILE],
    }
    assert seen[str(protected_folder)] == {
        "read_only": True,
        "reason": "folder",
        "bar": REASONS[ReadOnlyReason.FOLDER],
    }
    assert [p.name for p in protected_folder.parent.iterdir()] == [protected_folder.name]
    assert sorted(p.name for p in protected_file.parent.iterdir()) == [protected_file.name]
