"""The analysis docks follow the canvas; weak points show on it; File ▸ Export writes images."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from procdesk.model.elements import WeakPoint, WeakPointStatus
from procdesk.ui.canvas.context_menu import build_menu
from procdesk.ui.canvas.items import ShapeItem
from procdesk.ui.window.exports import write_image


def test_docks_hold_panels_that_follow_the_shown_diagram(window, canvas):
    # given the workspace open
    # then findings, KPIs and compare panels are in their docks, following the diagram
    for name in ("findings", "kpiPanel", "compareView"):
        assert window.findChild(QWidget, name) is not None, name
    assert window.panels.findings.diagram_id == canvas.diagram_id


def test_finding_activation_selects_the_element(window, canvas):
    # given a weak point on a task
    task = canvas.steps["Check budget"]
    canvas.editor.add_weak_point(canvas.diagram_id, task, description="Waits for the budget owner")
    # when the findings panel reports the element as activated
    window.panels.findings.element_activated.emit(task)
    # then the task is selected on the canvas
    assert window.scene.selected_ids() == [task]


def test_weak_points_badge_their_step_until_resolved(window, canvas):
    # given a task without weak points
    task = canvas.steps["Approve"]
    item = window.scene.item(task)
    assert isinstance(item, ShapeItem) and item.weak_severity == 0
    # when a severity-4 weak point is recorded on it
    point = canvas.editor.add_weak_point(
        canvas.diagram_id, task, description="Approver travels", severity=4
    )
    # then the task carries a severity-4 badge; resolving it removes the badge
    assert item.weak_severity == 4
    canvas.editor.update([point], status=WeakPointStatus.RESOLVED)
    assert item.weak_severity == 0
    window.document.history.undo()
    assert item.weak_severity == 4


def test_record_weak_point_from_the_canvas_menu(window, qtbot, canvas):
    # given the context menu of a task
    task = canvas.steps["Receive request"]
    menu = build_menu(window.controller, QPointF(220, 75))
    entry = next(a for a in menu.actions() if a.text() == "Record weak point…")

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.description.setPlainText("Requests arrive by phone and get lost")
        dialog.accept()

    # when it is chosen and the dialog filled in
    QTimer.singleShot(0, fill_in)
    entry.trigger()
    # then the weak point is recorded on the task and shown
    points = canvas.workspace.weak_points_on(task)
    assert [p.description for p in points] == ["Requests arrive by phone and get lost"]
    assert isinstance(points[0], WeakPoint)
    assert window.scene.item(task).weak_severity == points[0].severity


def test_export_image_writes_png_svg_and_pdf(canvas, tmp_path: Path, qapp):
    # given the swimlane diagram
    # when it is written in each format
    png = write_image(tmp_path / "d.png", canvas.workspace, canvas.diagram_id)
    svg = write_image(tmp_path / "d.svg", canvas.workspace, canvas.diagram_id)
    pdf = write_image(tmp_path / "d.pdf", canvas.workspace, canvas.diagram_id)
    other = write_image(tmp_path / "d.picture", canvas.workspace, canvas.diagram_id)
    # then each file holds that format (an unknown suffix becomes a PNG)
    assert not QImage(str(png)).isNull()
    assert svg.read_bytes().lstrip().startswith(b"<?xml")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert other.name == "d.picture.png" and other.exists()
    assert not list(tmp_path.glob(".*partial"))


def test_ctrl_f_on_the_canvas_opens_the_find_bar(window, qtbot, canvas):
    # given the canvas focused
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame

    from tests.ui.gestures import key

    # when Ctrl+F is pressed and a name typed
    key(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.findChild(QFrame, "searchBar")
    assert bar is not None and bar.isVisible()
    qtbot.keyClicks(bar.field, "Check budget")
    key(bar.field, Qt.Key.Key_Return)
    # then the step is selected on the canvas
    assert window.scene.selected_ids() == [canvas.steps["Check budget"]]


def test_quick_capture_follows_the_shown_diagram(qtbot, window, canvas):
    # given the workspace open, with the quick-capture tab brought to the front
    quick = window.findChild(QWidget, "quickCapture")
    window.panels.quick_dock.raise_()
    qtbot.waitUntil(lambda: quick.table.rowCount() > 1)
    # then the quick-capture table lists the diagram's steps
    assert quick is not None and quick.diagram_id == canvas.diagram_id
    assert quick.table.rowCount() >= len(canvas.steps)


def test_copy_diagram_as_image_puts_a_picture_on_the_clipboard(window, canvas):
    # given the diagram on the canvas
    from PySide6.QtGui import QAction, QGuiApplication

    QGuiApplication.clipboard().clear()
    # when Edit ▸ Copy Diagram as Image is chosen
    window.findChild(QAction, "actionCopyImage").trigger()
    # then the clipboard holds a picture of it
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() > 900


def test_shift_f5_opens_the_room_presentation(window, canvas):
    # given the diagram on the canvas
    from PySide6.QtGui import QAction

    from procdesk.ui.presentation.mode import PresentationWindow

    # when View ▸ Present to a Room is chosen
    window.findChild(QAction, "actionPresentRoom").trigger()
    # then a full-screen presentation of that diagram is open; closing it ends it
    shown = [w for w in PresentationWindow._open if w.isVisible()]
    assert len(shown) == 1
    shown[0].close()


def test_export_image_from_the_window_writes_in_the_background(window, qtbot, canvas, tmp_path):
    # given the diagram on the canvas
    from PySide6.QtGui import QAction

    from tests.ui.jobs import finished

    trigger = window.findChild(QAction, "actionExportImage")
    # when it is exported from the window
    target = tmp_path / "plan.png"
    window.export_image_to(target)
    # then the menu entry waits for the job, and the file is a whole picture afterwards
    assert not trigger.isEnabled()
    finished(qtbot, window.jobs.jobs[0])
    assert trigger.isEnabled()
    assert QImage(str(target)).width() > 100
    assert window.statusBar().currentMessage() == f"Exported {target}"
    assert (
        target.read_bytes() == (write_image(tmp_path / "direct.png", *_shown(window))).read_bytes()
    )


def _shown(window):
    return window.document.workspace, window.scene.diagram_id


def test_a_window_closes_only_after_its_export_is_written(window, qtbot, canvas, tmp_path):
    # given an export running
    from PySide6.QtWidgets import QProgressBar

    target = tmp_path / "plan.svg"
    window.export_image_to(target)
    # when the window is asked to close (twice: an impatient user)
    closed = window.close()
    assert not window.close()
    # then it stays open, says why, and closes once the file is written
    assert not closed and window.isVisible()
    assert "closes when" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
    assert window.document is None
    assert target.read_bytes().lstrip().startswith(b"<?xml")
    assert not list(tmp_path.glob(".plan.svg.*"))
    assert not window.findChild(QProgressBar, "jobProgress").isVisible()
