"""A released version in the window: read-only on the canvas with its banner, the revision
overlay and its window, and reviews overdue flagged in the tree and the status bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from procdesk.analysis.revision_compare import compare_revisions, side
from procdesk.document import Document
from procdesk.model.elements import Step
from procdesk.model.release_intents import ReleaseIntents
from procdesk.model.releases import find_release
from procdesk.ui.panels.process_tree import REVIEW_ROLE
from procdesk.ui.versions.overlay import GHOST_OPACITY, OverlayScene, overlay_svg
from procdesk.ui.versions.revision_window import RevisionWindow
from procdesk.ui.window.main_window import MainWindow
from tests.ui.gestures import click, key


@pytest.fixture
def released_file(tmp_path: Path) -> Path:
    """The sample, its version 1.2 approved, then "Check requisition" renamed, "Revise
    requisition" deleted and "Print and sign form" moved down by 60 in the draft."""
    path = tmp_path / "released.procdesk"
    with Document.create(path, sample=True) as document:
        workspace = document.workspace
        process = workspace.processes()[0].id
        release = find_release(workspace, process, "1.2")
        assert release is not None
        ReleaseIntents(document.history).approve(release.id, "Chief")
        diagram = workspace.diagrams_of(process)[0].id
        steps = {s.name: s.id for s in workspace.elements_of(diagram, Step)}
        document.editor.rename(steps["Check requisition"], "Check requisition in ERP")
        document.editor.delete([steps["Revise requisition"]])
        document.editor.move([steps["Print and sign form"]], 0, 60)
    return path


def steps_by_name(workspace, diagram_id: str) -> dict[str, str]:
    return {s.name: s.id for s in workspace.elements_of(diagram_id, Step)}


def open_versions(window: MainWindow, path: Path) -> Document:
    assert window.open_path(path)
    assert window.document is not None and window.panels.versions is not None
    window.panels.versions.table.selectRow(0)
    return window.document


def test_the_versions_dock_is_tabbed_with_the_analysis_docks(
    window: MainWindow, sample_file: Path
) -> None:
    assert window.open_path(sample_file)
    tabbed = window.tabifiedDockWidgets(window.panels.findings_dock)
    assert window.panels.versions_dock in tabbed
    assert {window.panels.kpi_dock, window.panels.compare_dock} <= set(tabbed)


def test_a_version_is_shown_read_only_and_back_returns_to_the_draft(
    qtbot, window: MainWindow, released_file: Path
) -> None:
    # given the draft on the canvas, and version 1.2 chosen in the dock
    document = open_versions(window, released_file)
    draft_scene = window.scene
    diagram = draft_scene.diagram_id
    assert diagram is not None
    steps = steps_by_name(document.workspace, diagram)
    # when View is pressed
    qtbot.mouseClick(window.panels.versions.buttons["view"], Qt.MouseButton.LeftButton)
    # then the canvas shows 1.2 under its banner: the step with its old name, the deleted
    # step still there
    banner = window.version_banner
    assert banner.isVisible()
    assert banner.text.text() == "Version 1.2 (approved) — read-only"
    shown = window.view.diagram_scene()
    assert shown is not draft_scene
    assert shown.item(steps["Check requisition in ERP"]).entity.name == "Check requisition"
    assert len(shown.items_by_id) == len(draft_scene.items_by_id) + 3  # the step, two flows
    # and editing is refused with a reason: Delete on a selected step changes nothing
    before = {e.id: e for e in document.workspace}
    step = steps["Check requisition in ERP"]
    box = shown.item(step).sceneBoundingRect()
    click(window.view, box.center().x(), box.center().y())
    assert shown.selected_ids() == [step]
    key(window.view, Qt.Key.Key_Delete)
    assert step in shown.items_by_id and {e.id: e for e in document.workspace} == before
    assert "read-only; use “New draft from version”" in window.statusBar().currentMessage()
    assert not window.findChild(QAction, "actionDelete").isEnabled()
    # when Back is pressed
    back = banner.findChild(QPushButton, "versionBannerBack")
    assert back is not None
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    # then the draft is on the canvas again, editable
    assert not banner.isVisible()
    assert window.view.diagram_scene() is draft_scene
    assert window.findChild(QAction, "actionDelete").isEnabled()
    assert window.controller.can_edit


def test_choosing_a_diagram_in_the_tree_leaves_the_version(
    window: MainWindow, released_file: Path
) -> None:
    document = open_versions(window, released_file)
    window.panels.versions.view()
    assert window.viewed is not None
    to_be = document.workspace.diagrams_of(document.workspace.processes()[0].id)[1].id
    window.tree.select_diagram(to_be)
    assert window.viewed is None and window.view.diagram_scene() is window.scene
    assert window.scene.diagram_id == to_be


def test_undoing_the_release_leaves_its_view(window: MainWindow, tmp_path: Path) -> None:
    # given a release made in the window and shown
    path = tmp_path / "fresh.procdesk"
    Document.create(path, sample=True).close()
    assert window.open_path(path)
    document = window.document
    assert document is not None
    process = document.workspace.processes()[0].id
    release = ReleaseIntents(document.history).release(process, "1.3", "x")
    window.view_version(release)
    assert window.viewed is not None
    # when it is undone, then the draft is back on the canvas
    window.undo()
    assert window.viewed is None and not window.version_banner.isVisible()


def test_the_overlay_marks_what_changed(window: MainWindow, released_file: Path) -> None:
    # given 1.2 against the draft
    with Document.open(released_file, read_only=True) as document:
        workspace = document.workspace
        process = workspace.processes()[0].id
        result = compare_revisions(
            side(workspace, process, "1.2"), side(workspace, process, "draft"), process
        )
        revision = result.diagram()
        assert revision is not None
        steps = steps_by_name(workspace, revision.diagram.id)
        # when drawn as an overlay
        scene = OverlayScene(result, revision)
        # then the renamed step is outlined as changed, the deleted one is a faint ghost with
        # its two flows, and the moved one has a dashed ghost and a trace line
        assert len(scene.marks["changed"]) == 1
        assert len(scene.marks["removed"]) == 3
        ghost = next(i for i in scene.items_by_id.values() if i.entity.name == "Revise requisition")
        assert ghost.opacity() == pytest.approx(GHOST_OPACITY)
        assert len(scene.marks["moved"]) == 2
        assert scene.item(steps["Check requisition in ERP"]).opacity() == 1.0
        # and its SVG for the SOP is a drawing that names the steps
        svg = overlay_svg(result)
        assert svg is not None
        texts = "".join(etree.fromstring(svg).itertext())
        assert "Revise" in texts and "ERP" in texts


def test_the_revision_window_lists_changes_and_shows_them(
    qtbot, window: MainWindow, released_file: Path
) -> None:
    # given Compare with… on version 1.2
    document = open_versions(window, released_file)
    qtbot.mouseClick(window.panels.versions.buttons["compare"], Qt.MouseButton.LeftButton)
    dialog = window.findChild(RevisionWindow)
    assert dialog is not None and dialog.isVisible()
    # then the changes are listed by group, the steps first
    tree = dialog.changes
    steps = tree.topLevelItem(0)
    lines = [(steps.child(i).text(0), steps.child(i).text(1)) for i in range(steps.childCount())]
    assert lines == [
        ("Removed", "Revise requisition"),
        ("Changed", "Check requisition in ERP"),
        ("Moved", "Print and sign form"),
    ]
    # when the changed step is chosen, then it is selected on the overlay
    tree.itemClicked.emit(steps.child(1), 0)
    diagram = window.scene.diagram_id
    assert diagram is not None
    renamed = steps_by_name(document.workspace, diagram)["Check requisition in ERP"]
    assert dialog.scene is not None and dialog.scene.selected_ids() == [renamed]
    # and an edit of the draft is followed: renaming it back leaves two changes
    document.editor.rename(renamed, "Check requisition")
    qtbot.waitUntil(lambda: tree.topLevelItem(0).childCount() == 2, timeout=3000)
    dialog.close()


def test_an_overdue_review_is_flagged_in_the_tree_and_the_status_bar(
    window: MainWindow, tmp_path: Path
) -> None:
    # given a workspace whose process was due for review on 1 January 2020
    path = tmp_path / "due.procdesk"
    with Document.create(path, sample=True) as document:
        process = document.workspace.processes()[0].id
        document.editor.update([process], review_date="2020-01-01")
    # when it is opened
    assert window.open_path(path)
    # then the status bar says so, and the process's row has a sign and says why
    assert "overdue for review: Purchase requisition" in window.statusBar().currentMessage()
    row = window.tree.topLevelItem(0)
    assert row.data(0, REVIEW_ROLE) == "2020-01-01"
    assert not row.icon(0).isNull()
    assert "Review overdue since 2020-01-01." in row.toolTip(0)
    # and a new review date clears the flag at once
    assert window.document is not None
    window.document.editor.update([window.document.workspace.processes()[0].id],
                                  review_date="2999-01-01")  # fmt: skip
    row = window.tree.topLevelItem(0)
    assert row.data(0, REVIEW_ROLE) is None and row.icon(0).isNull()


def test_the_sop_prints_the_version_shown_or_the_draft(
    window: MainWindow, released_file: Path
) -> None:
    # given version 1.2 approved and a draft edited since
    document = open_versions(window, released_file)
    process = document.workspace.processes()[0].id
    # when the draft is on the canvas, then its SOP is the draft's, with the overlay drawn
    workspace, record = window.sop_source(process)
    assert workspace is document.workspace
    assert record is not None and record.version == "draft after 1.2"
    assert record.changes is not None and record.changes_svg is not None
    # when version 1.2 is shown, then its SOP is version 1.2's, approved by Chief
    window.panels.versions.view()
    workspace, record = window.sop_source(process)
    assert workspace is not document.workspace
    assert record is not None and (record.version, record.approved_by) == ("1.2", "Chief")
    assert record.watermark == ""
