"""Weak-point badges, the heat map, KPI tags and Ctrl+Shift+W on the sample's canvas."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtWidgets import QApplication

from procdesk.document import Document
from procdesk.model.elements import Flow, Lane, Step, WeakPointStatus
from procdesk.ui.canvas import marks
from procdesk.ui.canvas.context_menu import build_menu
from procdesk.ui.canvas.items import ShapeItem
from tests.ui.gestures import click, key

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def sample(window, tmp_path: Path):
    """The window on a fresh sample workspace, its as-is diagram shown."""
    path = tmp_path / "w.procdesk"
    Document.create(path, sample=True).close()
    assert window.open_path(path)
    assert window.scene.diagram_id is not None
    window.view.setFocus()
    return window


def step_named(window, name: str) -> str:
    workspace = window.document.workspace
    return next(
        s.id for s in workspace.elements_of(window.scene.diagram_id, Step) if s.name == name
    )


def pixel(window, scene_point: QPointF) -> QColor:
    """The colour the canvas shows at a scene point."""
    image: QImage = window.view.viewport().grab().toImage()
    return image.pixelColor(window.view.mapFromScene(scene_point))


def close_to(seen: QColor, wanted: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(a - b) <= tolerance for a, b in zip(seen.getRgb()[:3], wanted.getRgb()[:3], strict=True)
    )


def show_at_100(window, element_id: str) -> ShapeItem:
    item = window.scene.item(element_id)
    window.view.set_zoom(1.0)
    window.view.centerOn(item.sceneBoundingRect().center())
    QApplication.processEvents()
    return item


def test_sample_steps_carry_the_count_and_worst_colour_of_their_open_weak_points(sample):
    # given the sample's as-is diagram (one open weak point on each of five steps)
    expected = {
        "Approve budget": (1, 5),
        "Create purchase order": (1, 4),
        "Print and sign form": (1, 4),
        "Revise requisition": (1, 3),
        "Quotes received (max. 5 days)": (1, 3),
    }
    # then exactly those steps carry a badge with that count and worst severity
    badged = {
        sample.scene.item(s.id).entity.name: (item.weak.count, item.weak.worst)
        for s in sample.document.workspace.elements_of(sample.scene.diagram_id, Step)
        if (item := sample.scene.item(s.id)).weak is not None
    }
    assert badged == expected
    # and the badge is painted in the worst severity's colour: red for 5, orange for 3
    for name, colour in (("Approve budget", "#d7263d"), ("Revise requisition", "#f2780c")):
        item = show_at_100(sample, step_named(sample, name))
        assert marks.tier_colour(item.weak.worst) == QColor(colour)
        rect = item.local_rect()
        inside_badge = item.mapToScene(QPointF(rect.right() - 6, rect.top() - 3))
        assert close_to(pixel(sample, inside_badge), QColor(colour)), name


def test_resolving_a_weak_point_through_the_editor_updates_the_badge(sample):
    # given "Revise requisition" with a severity-3 point, and a severity-2 point added to it
    step = step_named(sample, "Revise requisition")
    item = sample.scene.item(step)
    editor = sample.document.editor
    editor.add_weak_point(sample.scene.diagram_id, step, severity=2, description="Retyped")
    assert (item.weak.count, item.weak.worst) == (2, 3)
    assert "2 open weak points, worst severity 3" in item.toolTip()
    # when the severity-3 point is resolved
    (worse,) = [p for p in sample.document.workspace.weak_points_on(step) if p.severity == 3]
    editor.update([worse.id], status=WeakPointStatus.RESOLVED)
    # then one point is left and the badge turns amber; undo brings it back
    assert (item.weak.count, item.weak.worst) == (1, 2)
    assert marks.tier_colour(item.weak.worst) == marks.TIERS[0]
    sample.document.history.undo()
    assert (item.weak.count, item.weak.worst) == (2, 3)


def test_flows_lanes_and_the_diagram_carry_their_weak_points(sample):
    # given the sample's diagram with no weak point on a flow, a lane or the diagram
    workspace, diagram = sample.document.workspace, sample.scene.diagram_id
    flow = workspace.elements_of(diagram, Flow)[0]
    lane = workspace.elements_of(diagram, Lane)[0]
    editor = sample.document.editor
    # when one is recorded on each
    editor.add_weak_point(diagram, flow.id, severity=4, description="Lost on the way")
    editor.add_weak_point(diagram, lane.id, severity=1, description="Overloaded")
    editor.add_weak_point(diagram, None, severity=3, description="No owner")
    # then the flow and the lane are badged, and the canvas shows the diagram's own
    assert sample.scene.item(flow.id).weak.count == 1
    assert sample.scene.item(lane.id).weak_severity == 1
    assert sample.diagram_badge.isVisible()
    assert "1 open weak point on this diagram" in sample.diagram_badge.text()
    # and undoing the diagram's one hides the chip
    sample.document.history.undo()
    assert not sample.diagram_badge.isVisible()


def test_heat_map_makes_hurting_elements_glow_and_follows_undo(sample):
    # given the sample at 100 % on "Approve budget" (severity 5) and a plain step
    hot = step_named(sample, "Approve budget")
    item = show_at_100(sample, hot)
    rect = item.sceneBoundingRect()
    # just above its top edge, where nothing else is drawn
    beside = item.mapToScene(QPointF(item.local_rect().center().x(), -6))
    plain = sample.scene.item(step_named(sample, "Check requisition"))
    before = pixel(sample, beside)
    assert not sample.heat_action.isChecked()
    # when Ctrl+Shift+H is pressed on the canvas
    key(sample.view, Qt.Key.Key_H, CTRL_SHIFT)
    QApplication.processEvents()
    # then the hot step glows (the canvas beside it is tinted) and plain steps fade
    assert sample.heat_action.isChecked()
    assert item.heat and item.sceneBoundingRect().contains(rect)
    glowing = pixel(sample, beside)
    assert not close_to(glowing, before, 10)
    assert glowing.red() > glowing.blue() + 20
    assert plain.opacity() == marks.DIMMED and item.opacity() == 1.0
    # when its weak point is resolved, the glow goes and the step fades; undo brings it back
    (point,) = sample.document.workspace.weak_points_on(hot)
    sample.document.editor.update([point.id], status=WeakPointStatus.RESOLVED)
    QApplication.processEvents()
    assert close_to(pixel(sample, beside), before, 10) and item.opacity() == marks.DIMMED
    sample.document.history.undo()
    QApplication.processEvents()
    assert close_to(pixel(sample, beside), glowing, 10) and item.opacity() == 1.0
    # and turning the heat map off restores the plain look
    key(sample.view, Qt.Key.Key_H, CTRL_SHIFT)
    QApplication.processEvents()
    assert close_to(pixel(sample, beside), before, 10) and plain.opacity() == 1.0


def test_heat_map_stays_on_for_another_diagram(sample):
    # given the heat map on
    sample.heat_action.setChecked(True)
    # when the to-be diagram is shown
    to_be = next(d for d in sample.tree.diagram_items() if d.text(0).startswith("To-be"))
    sample.tree.setCurrentItem(to_be)
    # then its items glow or fade too
    assert sample.scene.diagram_id is not None
    assert all(item.heat for item in sample.scene.items_by_id.values())


def test_a_measurement_off_target_tags_the_step_and_undo_removes_it(sample):
    # given the step KPI "Approval waiting time" (lower is better, 24 h) brought back on target
    workspace, editor = sample.document.workspace, sample.document.editor
    process = sample.current_process_id()
    kpi = next(k for k in workspace.kpis_of(process) if k.step_id)
    item = sample.scene.item(kpi.step_id)
    assert item.kpis  # the sample's latest value misses the target
    editor.add_measurement(kpi.id, "2099-01-31", kpi.target - 4)
    assert item.kpis == () and "KPI" not in item.toolTip()
    # when a newer measurement misses the target
    editor.add_measurement(kpi.id, "2099-02-28", kpi.target + 9)
    # then the step is tagged, and its tooltip names the KPI, the target and the value
    assert [mark.name for mark in item.kpis] == [kpi.name]
    assert f"{kpi.name}: {kpi.target + 9:g}" in item.toolTip()
    assert f"target ≤ {kpi.target:g}" in item.toolTip()
    # and the tag is painted (red) below the step's right corner; undo removes it
    show_at_100(sample, kpi.step_id)
    corner = item.mapToScene(
        QPointF(item.local_rect().right() - 20, item.local_rect().bottom() + 4)
    )
    assert close_to(pixel(sample, corner), marks.KPI_OFF)
    sample.document.history.undo()
    QApplication.processEvents()
    assert item.kpis == ()
    assert not close_to(pixel(sample, corner), marks.KPI_OFF)


def test_ctrl_shift_w_opens_the_weak_point_dialog_for_the_selected_step(sample, qtbot):
    # given "Check requisition" selected by a click
    step = step_named(sample, "Check requisition")
    item = show_at_100(sample, step)
    centre = item.sceneBoundingRect().center()
    click(sample.view, centre.x(), centre.y())
    assert sample.scene.selected_ids() == [step]
    seen: list[tuple[str | None, str]] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append((dialog.target_id, dialog.diagram_id))
        dialog.description.setPlainText("Checked twice")
        dialog.accept()

    # when Ctrl+Shift+W is pressed on the canvas and the dialog filled in
    QTimer.singleShot(0, fill_in)
    key(sample.view, Qt.Key.Key_W, CTRL_SHIFT)
    # then the dialog was bound to that step, and the step now carries the badge
    assert seen == [(step, sample.scene.diagram_id)]
    assert item.weak is not None and item.weak.count == 1


def test_ctrl_shift_w_without_selection_records_on_the_diagram(sample):
    # given nothing selected
    sample.scene.clearSelection()
    seen: list[str | None] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.target_id)
        dialog.description.setPlainText("Nobody owns the process")
        dialog.accept()

    # when Ctrl+Shift+W is pressed
    QTimer.singleShot(0, fill_in)
    key(sample.view, Qt.Key.Key_W, CTRL_SHIFT)
    # then the weak point is on the diagram as a whole, shown in the canvas's corner
    assert seen == [None]
    assert sample.diagram_badge.isVisible()


def test_context_menu_entry_shows_the_shortcut(sample):
    # given the context menu of a step
    item = sample.scene.item(step_named(sample, "Check requisition"))
    menu = build_menu(sample.controller, item.sceneBoundingRect().center())
    # then its weak-point entry names Ctrl+Shift+W
    entry = next(a for a in menu.actions() if a.text() == "Record weak point…")
    assert entry.shortcut() == QKeySequence("Ctrl+Shift+W")
    assert "Ctrl+Shift+W" in entry.toolTip()
