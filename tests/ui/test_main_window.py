"""The main window on the sample workspace: tree, canvas, edits, undo, status, settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QGraphicsView, QMessageBox, QTreeWidget

from procdesk.document import Document
from procdesk.model.elements import Step, StepKind
from procdesk.ui.canvas.items import ShapeItem
from procdesk.ui.common.settings import recent_workspaces
from procdesk.ui.window.main_window import SAVED, MainWindow


def _open_sample(window: MainWindow, sample_file: Path) -> Document:
    assert window.open_path(sample_file)
    assert window.document is not None
    return window.document


def test_window_lists_processes_and_diagrams(window, sample_file):
    # given the sample workspace
    document = _open_sample(window, sample_file)
    # then the tree shows each process with its diagrams
    tree = window.findChild(QTreeWidget, "processTree")
    assert tree is not None
    process = document.workspace.processes()[0]
    top = tree.topLevelItem(0)
    assert top.text(0) == process.name
    names = [top.child(i).text(0) for i in range(top.childCount())]
    assert len(names) == len(document.workspace.diagrams_of(process.id)) >= 2
    assert isinstance(window.findChild(QGraphicsView, "canvas"), QGraphicsView)


def test_selecting_a_diagram_creates_one_item_per_element(window, sample_file):
    # given the sample open
    document = _open_sample(window, sample_file)
    # when each diagram is selected in the tree
    for row in window.tree.diagram_items():
        window.tree.setCurrentItem(row)
        diagram_id = row.data(0, 256)
        # then the scene holds exactly one item per element of that diagram
        elements = document.workspace.elements_of(diagram_id)
        assert window.scene.diagram_id == diagram_id
        assert set(window.scene.items_by_id) == {e.id for e in elements}


def test_edit_updates_scene_and_undo_restores_it(window, qtbot, sample_file):
    # given the sample's first diagram on the canvas
    document = _open_sample(window, sample_file)
    diagram_id = window.scene.diagram_id
    tasks = [s for s in document.workspace.elements_of(diagram_id, Step) if s.kind.is_activity][:3]
    before = {t.id: t.bounds for t in tasks}
    # when three steps are moved and one renamed through the editor
    document.editor.move([t.id for t in tasks], 40, 0)
    # then the items moved, and Undo names the edit
    for task in tasks:
        item = window.scene.item(task.id)
        assert isinstance(item, ShapeItem)
        assert item.pos().x() == before[task.id].x + 40
    assert window.window_actions.undo.text() == "&Undo Move 3 tasks"
    assert window.window_actions.undo.isEnabled()
    assert window.statusBar().currentMessage() == SAVED
    document.editor.rename(tasks[0].id, "Renamed step")
    assert window.scene.item(tasks[0].id).entity.name == "Renamed step"
    # when both edits are undone from the Edit menu
    window.window_actions.undo.trigger()
    window.window_actions.undo.trigger()
    # then the scene and the model are back where they started
    for task in tasks:
        assert window.scene.item(task.id).pos().x() == before[task.id].x
        assert document.workspace.get(task.id).bounds == before[task.id]
    assert window.scene.item(tasks[0].id).entity.name == tasks[0].name
    assert window.window_actions.redo.text().startswith("&Redo Move")


def test_added_and_deleted_steps_come_and_go(window, sample_file):
    # given the sample open
    document = _open_sample(window, sample_file)
    diagram_id = window.scene.diagram_id
    # when a step is added, then deleted, then the deletion undone
    step_id = document.editor.add_step(diagram_id, StepKind.SERVICE_TASK, "Post invoice")
    assert window.scene.item(step_id) is not None
    document.editor.delete([step_id])
    assert window.scene.item(step_id) is None
    window.undo()
    # then the item is back
    assert window.scene.item(step_id).entity.name == "Post invoice"


def test_recent_workspaces_and_geometry_are_remembered(window, qtbot, sample_file):
    # given a workspace opened once
    _open_sample(window, sample_file)
    window.close()
    # then a new window offers it as recent and restores the geometry
    assert recent_workspaces(window.settings) == [str(sample_file.resolve())]
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.settings.value("window/geometry") is not None
    assert again.start_page.recent.count() == 1


def test_refused_file_shows_message_and_is_untouched(window, tmp_path, monkeypatch):
    # given a file that is not a workspace
    bogus = tmp_path / "notes.procdesk"
    bogus.write_bytes(b"shopping list")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    # when it is opened
    opened = window.open_path(bogus)
    # then the user is told why, nothing opens, and the file is unchanged
    assert not opened
    assert shown and "not" in shown[0]
    assert window.document is None
    assert bogus.read_bytes() == b"shopping list"


def test_workspace_in_use_opens_read_only(window, sample_file):
    # given the workspace held by another document
    holder = Document.open(sample_file)
    try:
        # when the window opens it (no question: the bar above the canvas says why)
        assert window.open_path(sample_file)
        # then it is open read-only, shown as such, with editing disabled
        assert window.document is not None and window.document.read_only
        assert window.mode_label.text() == "Read-only"
        assert not window.window_actions.undo.isEnabled()
    finally:
        window.close()
        holder.close()


def test_save_as_continues_in_the_copy(window, sample_file, tmp_path):
    # given the sample open
    document = _open_sample(window, sample_file)
    copy = tmp_path / "copy.procdesk"
    # when saved under another name and edited
    assert window.save_as_path(copy)
    step = document.workspace.elements_of(window.scene.diagram_id, Step)[0]
    document.editor.rename(step.id, "Only in the copy")
    window.close()
    # then the copy has the edit and the original does not
    with Document.open(copy) as reopened:
        assert reopened.workspace.get(step.id).name == "Only in the copy"
    with Document.open(sample_file) as original:
        assert original.workspace.get(step.id).name == step.name


def test_read_only_disables_the_palette_and_the_status_bar_shows_zoom(window, sample_file):
    # given the sample opened read-only
    assert window.open_path(sample_file, read_only=True)
    # then the palette is disabled, and the zoom is shown as a percentage
    assert not window.element_palette.isEnabled()
    window.view.set_zoom(1.5)
    assert window.zoom_label.text() == "150%"


def test_f1_lists_the_keyboard_shortcuts(window, qtbot):
    # given the window
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication, QTextBrowser

    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName())
        seen.append(dialog.findChild(QTextBrowser).toPlainText())
        dialog.reject()

    # when Help ▸ Keyboard Shortcuts is chosen
    QTimer.singleShot(0, read_and_close)
    window.findChild(QAction, "actionShortcuts").trigger()
    # then the dialog lists the canvas gestures
    assert seen[0] == "shortcutsDialog"
    assert "Append a task" in seen[1] and "Ctrl+Shift+L" in seen[1]


def test_a_new_workspace_starts_with_a_process_to_draw_in(window, tmp_path):
    # given no workspace
    # when a new workspace is made (as File ▸ New does after asking for the name)
    assert window.new_workspace_at(tmp_path / "fresh.procdesk")
    # then it holds one process whose as-is diagram (a pool) is on the canvas; nothing to undo
    document = window.document
    processes = document.workspace.processes()
    assert [p.name for p in processes] == ["New process"]
    assert window.scene.diagram_id == document.workspace.diagrams_of(processes[0].id)[0].id
    assert window.scene.items_by_id
    assert not window.window_actions.undo.isEnabled()
    # and File ▸ New Process adds another
    window.window_actions.new_process.trigger()
    assert len(document.workspace.processes()) == 2


def test_every_shortcut_is_named_in_its_tooltip(window, sample_file):
    # given the window with a workspace open (its panels add actions of their own)
    from PySide6.QtGui import QAction, QKeySequence

    assert window.open_path(sample_file)
    native = QKeySequence.SequenceFormat.NativeText
    actions = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(actions) >= 20
    # then each action with a shortcut shows it in its tooltip, "Open… (Ctrl+O)" style
    for action in actions:
        key = action.shortcut().toString(native)
        assert action.toolTip().endswith(f"({key})"), (action.objectName(), action.toolTip())
    open_action = window.window_actions.open
    assert open_action.toolTip() == f"Open… ({open_action.shortcut().toString(native)})"
    # and an explanation of the action's own is kept
    heat = window.heat_action
    assert heat.toolTip().startswith("Let elements glow")


def test_tooltips_follow_the_changing_undo_text(window, sample_file):
    # given an edit made
    document = _open_sample(window, sample_file)
    step = document.workspace.elements_of(window.scene.diagram_id, Step)[0]
    document.editor.rename(step.id, "Renamed")
    undo = window.window_actions.undo
    # then Undo's tooltip names the edit and the key
    key = undo.shortcut().toString(undo.shortcut().SequenceFormat.NativeText)
    assert undo.toolTip() == f"{undo.text().replace('&', '')} ({key})"
    assert "Rename" in undo.toolTip()


def test_standard_keys_are_used_where_the_platform_has_them(window):
    from PySide6.QtGui import QAction, QKeySequence

    std = QKeySequence.StandardKey
    for name, key in (
        ("actionNew", std.New),
        ("actionOpen", std.Open),
        ("actionCloseWindow", std.Close),
        ("actionSaveAs", std.SaveAs),
        ("actionUndo", std.Undo),
        ("actionCut", std.Cut),
        ("actionCopy", std.Copy),
        ("actionPaste", std.Paste),
        ("actionDelete", std.Delete),
        ("actionSelectAll", std.SelectAll),
        ("actionFind", std.Find),
        ("actionZoomIn", std.ZoomIn),
        ("actionZoomOut", std.ZoomOut),
        ("actionShortcuts", std.HelpContents),
        ("actionFullScreen", std.FullScreen),
    ):
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert action.shortcuts()[0] == QKeySequence.keyBindings(key)[0], name
    quit_action = window.findChild(QAction, "actionQuit")
    assert not quit_action.shortcut().isEmpty()  # Ctrl+Q where the platform names none


def test_edit_delete_removes_the_selection_and_its_key_stays_on_the_canvas(window, sample_file):
    # given a step selected on the canvas
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    document = _open_sample(window, sample_file)
    step = next(
        s
        for s in document.workspace.elements_of(window.scene.diagram_id, Step)
        if s.kind.is_activity
    )
    window.scene.select_ids([step.id])
    delete = window.findChild(QAction, "actionDelete")
    # then Delete's key works only on the canvas (not in the tree or a text field)
    assert delete.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert delete in window.view.actions()
    # when Edit ▸ Delete is chosen, the step is gone, and Undo brings it back
    delete.trigger()
    assert step.id not in document.workspace
    window.undo()
    assert step.id in document.workspace
