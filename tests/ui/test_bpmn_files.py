"""File ▸ Import BPMN…, File ▸ Export ▸ BPMN…, and dropping files on the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from procdesk.model.elements import Diagram, Process, Step
from procdesk.ui.window import bpmn_files, windows
from tests.builders import snapshot
from tests.ui.jobs import finished


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes the window would show, recorded instead of shown (they are modal)."""
    shown: list[tuple[str, str]] = []

    def record(kind: str):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    return shown


def exported_sample(qtbot, window, tmp_path: Path) -> Path:
    """The sample process written as BPMN through the window's export."""
    document = window.document
    process = document.workspace.processes()[0]
    path = tmp_path / "purchase.bpmn"
    finished(qtbot, bpmn_files.export_bpmn(window, path, process.id))
    assert window.statusBar().currentMessage() == "Exported purchase.bpmn"
    return path


def test_menus_offer_import_and_export(window):
    assert window.findChild(type(window.bpmn_actions[0]), "actionImportBpmn") is not None
    export_menu = window.findChild(QMenu, "menuExport")
    names = [a.objectName() for a in export_menu.actions()]
    assert "actionExportBpmn" in names


def test_export_then_import_gives_a_second_process_with_the_same_drawing(
    qtbot, window, sample_file, tmp_path, messages
):
    # given the sample open, exported as BPMN
    assert window.open_path(sample_file)
    path = exported_sample(qtbot, window, tmp_path)
    root = etree.fromstring(path.read_bytes())
    assert root.tag.endswith("definitions")
    before = snapshot(window.document.workspace)
    before_processes = window.document.workspace.processes()
    # when the file is imported
    process_id = finished(qtbot, bpmn_files.import_bpmn(window, path))
    # then a new process holds both diagrams, shown in the tree, as one undo step
    workspace = window.document.workspace
    assert process_id is not None and len(workspace.processes()) == len(before_processes) + 1
    assert workspace.get(process_id, Process).name == "Purchase requisition"
    names = sorted(d.name for d in workspace.diagrams_of(process_id))
    assert names == ["As-is", "To-be"]
    shown = workspace.get(window.scene.diagram_id, Diagram)
    assert shown.process_id == process_id
    imported_steps = sorted(s.name for s in workspace.elements_of(shown.id, Step))
    original = workspace.diagrams_of(workspace.processes()[0].id)[0].id
    assert imported_steps == sorted(s.name for s in workspace.elements_of(original, Step))
    window.document.history.undo()
    assert snapshot(window.document.workspace) == before


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"just some text", "not"),
        (
            b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<definitions>&x;</definitions>",
            "",
        ),
        (b"<definitions xmlns='urn:other'/>", ""),
    ],
)
def test_bad_files_are_refused_with_a_message_and_change_nothing(
    qtbot, window, sample_file, tmp_path, messages, content, reason
):
    assert window.open_path(sample_file)
    before = snapshot(window.document.workspace)
    path = tmp_path / "bad.bpmn"
    path.write_bytes(content)
    assert finished(qtbot, bpmn_files.import_bpmn(window, path)) is None
    assert snapshot(window.document.workspace) == before
    (kind, text) = messages[-1]
    assert kind == "warning" and "bad.bpmn was not imported" in text and reason in text


def drag_and_drop(window, path: Path) -> bool:
    """Drag *path* over the window and drop it; whether the window wanted it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton)
    enter = QDragEnterEvent(QPoint(50, 50), *args, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPoint(50, 50).toPointF(), *args, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return True


def test_dropping_a_bpmn_file_imports_it(qtbot, window, sample_file, tmp_path, messages):
    assert window.open_path(sample_file)
    path = exported_sample(qtbot, window, tmp_path)
    count = len(window.document.workspace.processes())
    assert drag_and_drop(window, path)
    qtbot.waitUntil(lambda: len(window.document.workspace.processes()) == count + 1, timeout=60_000)
    assert window.statusBar().currentMessage() == "Imported purchase.bpmn"


def test_dropping_a_workspace_opens_it_in_a_window_of_its_own(window, sample_file, tmp_path):
    # given a window showing a workspace
    assert window.create_workspace(tmp_path / "empty.procdesk")
    # when another workspace is dropped on it
    assert drag_and_drop(window, sample_file)
    # then a new window shows it, and the first one keeps its workspace
    other = windows.showing(sample_file)
    assert other is not None and other is not window and other.isVisible()
    assert window.document.path == tmp_path / "empty.procdesk"
    other.close()
    assert windows.showing(sample_file) is None


def test_other_files_are_not_taken(window, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert not drag_and_drop(window, text)
