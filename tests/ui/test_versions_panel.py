"""The versions dock and its dialogs, driven as a person would: release, submit, approve,
retire, start a new draft from a version."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from procdesk.document import Document
from procdesk.model.elements import Step, StepKind
from procdesk.model.geometry import Point
from procdesk.model.release_intents import ReleaseIntents
from procdesk.model.releases import ReleaseStatus, find_release, status_of
from procdesk.ui.versions.dialogs import ApproveDialog, ReleaseDialog
from procdesk.ui.versions.panel import VersionsPanel


@pytest.fixture
def panel(qtbot, document: Document, monkeypatch: pytest.MonkeyPatch) -> VersionsPanel:
    monkeypatch.setenv("PROCDESK_AUTHOR", "M. Keller")
    widget = VersionsPanel(document)
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    widget.set_process(document.workspace.processes()[0].id)
    return widget


def answering(qtbot, fill: Callable[[QDialog], None]) -> Callable[[QDialog], bool]:
    """A dialog runner that shows the dialog, lets *fill* type into it, and clicks its OK."""

    def run(dialog: QDialog) -> bool:
        dialog.show()
        fill(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        if not ok.isEnabled():
            dialog.reject()
            return False
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def type_into(qtbot, dialog: QDialog, name: str, text: str) -> None:
    field = dialog.findChild(QWidget, name)
    field.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def cells(panel: VersionsPanel) -> list[list[str]]:
    table = panel.table
    return [
        [table.item(row, column).text() for column in range(5)] for row in range(table.rowCount())
    ]


def click(qtbot, panel: VersionsPanel, key: str) -> None:
    assert panel.buttons[key].isEnabled(), key
    qtbot.mouseClick(panel.buttons[key], Qt.MouseButton.LeftButton)


def test_a_version_is_released_submitted_approved_and_retired(
    qtbot, panel: VersionsPanel, document: Document
) -> None:
    # given the sample, whose version 1.2 is in review
    assert cells(panel) == [["1.2", "In review", "2026-01-10", "A. Nowak", ""]]
    assert "no version is in force yet" in panel.heading.text()

    # when the draft, unchanged since 1.2, is released as the proposed 1.3 (a minor step)
    def fill(dialog: QDialog) -> None:
        assert dialog.findChild(QWidget, "releaseVersion").text() == "1.3"  # type: ignore[attr-defined]
        type_into(qtbot, dialog, "releaseSummary", "Values of 2026")

    panel.run_dialog = answering(qtbot, fill)
    click(qtbot, panel, "release")
    # then the table shows 1.3 on top as a draft, selected, released by the author
    assert cells(panel)[0] == ["1.3", "Draft", panel.table.item(0, 2).text(), "M. Keller", ""]
    assert panel.selected() is not None and panel.selected().version == "1.3"
    assert not panel.buttons["approve"].isEnabled() and panel.buttons["submit"].isEnabled()
    # when submitted, then approved by Chief on 4 March 2026
    click(qtbot, panel, "submit")
    assert cells(panel)[0][1] == "In review"

    def approve(dialog: QDialog) -> None:
        assert isinstance(dialog, ApproveDialog)
        type_into(qtbot, dialog, "approveName", "Chief")
        dialog.day.setDate(dialog.day.date().fromString("2026-03-04", "yyyy-MM-dd"))

    panel.run_dialog = answering(qtbot, approve)
    click(qtbot, panel, "approve")
    assert cells(panel)[0][1:] == ["Approved", panel.table.item(0, 2).text(), "M. Keller",
                                   "Chief (2026-03-04)"]  # fmt: skip
    assert "version 1.3 is in force" in panel.heading.text()
    # when retired
    click(qtbot, panel, "retire")
    # then it is retired, nothing more can happen to it, and the model says the same
    assert cells(panel)[0][1] == "Retired"
    assert not any(panel.buttons[k].isEnabled() for k in ("submit", "approve", "retire"))
    process = document.workspace.processes()[0].id
    release = find_release(document.workspace, process, "1.3")
    assert release is not None
    assert status_of(document.workspace, release.id) == ReleaseStatus.RETIRED
    # and each step was one undo: four undos leave the sample's 1.2 alone
    for _ in range(4):
        document.history.undo()
    assert [row[0] for row in cells(panel)] == ["1.2"]


def test_a_refused_move_says_why(qtbot, panel: VersionsPanel, document: Document) -> None:
    # given the sample's 1.2 in review and, in another window as it were, 1.3 approved
    process = document.workspace.processes()[0].id
    first = find_release(document.workspace, process, "1.2")
    assert first is not None
    ReleaseIntents(document.history).release(process, "1.3", "y", approver="Chief")
    # when 1.2 is approved from the panel
    panel.select(first.id)
    panel.run_dialog = answering(qtbot, lambda dialog: None)
    click(qtbot, panel, "approve")
    # then the panel says why not, and 1.2 stays in review
    assert panel.errors.isVisible()
    assert "A later version, 1.3, is already approved" in panel.errors.text()
    assert status_of(document.workspace, first.id) == ReleaseStatus.REVIEW


def test_new_draft_from_version(qtbot, panel: VersionsPanel, document: Document) -> None:
    # given the sample's version 1.2, then a renamed step in the draft
    process = document.workspace.processes()[0].id
    release = find_release(document.workspace, process, "1.2")
    assert release is not None
    step = next(s for s in document.workspace if isinstance(s, Step) and s.name)
    document.editor.rename(step.id, "Renamed in the draft")
    # when a new draft is started from 1.2
    panel.select(release.id)
    click(qtbot, panel, "restore")
    # then the step has its old name, and Ctrl+Z (one undo) brings the rename back
    assert document.workspace.get(step.id, Step).name == step.name
    document.history.undo()
    assert document.workspace.get(step.id, Step).name == "Renamed in the draft"


def test_the_release_dialog_proposes_and_checks_the_number(qtbot, document: Document) -> None:
    # given the sample's version 1.2, and a step added to the draft since (a major change),
    # in the first lane between the start event and the first end event
    process = document.workspace.processes()[0].id
    diagram = document.workspace.diagrams_of(process)[0].id
    steps = document.workspace.elements_of(diagram, Step)
    start = next(s for s in steps if s.kind == StepKind.START_EVENT)
    end = next(s for s in steps if s.kind == StepKind.END_EVENT)
    new = document.editor.add_step(diagram, StepKind.TASK, "New", Point(start.bounds.x + 60, 40))
    document.editor.connect(start.id, new)
    document.editor.connect(new, end.id)
    dialog = ReleaseDialog(document.workspace, process)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    # then 2.0 is proposed, as a major change, with what changed said
    assert dialog.version.text() == "2.0" and dialog.major.isChecked()
    change = dialog.findChild(QWidget, "releaseChange").text()  # type: ignore[attr-defined]
    assert change.startswith("Since 1.2: 1 steps added, 2 flows added")  # English source
    # and choosing minor proposes 1.3; a number taken is refused with a reason
    dialog.minor.setChecked(True)
    assert dialog.version.text() == "1.3"
    qtbot.keyClicks(dialog.summary, "Added a step")
    assert ok.isEnabled()
    dialog.version.setText("1.2")
    assert not ok.isEnabled() and "Version 1.2 already exists" in dialog.problem.text()


def test_lint_errors_are_shown_and_must_be_overridden(qtbot, document: Document) -> None:
    # given a draft with a task that nothing reaches
    process = document.workspace.processes()[0].id
    diagram = document.workspace.diagrams_of(process)[0].id
    document.editor.add_step(diagram, StepKind.TASK, "Orphan", Point(2600, 40))
    dialog = ReleaseDialog(document.workspace, process)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.summary, "x")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    # then the errors are listed and Release is refused until the user insists
    errors = dialog.findChild(QWidget, "releaseErrors")
    assert errors is not None and "Orphan" in errors.text()  # type: ignore[attr-defined]
    assert not ok.isEnabled()
    qtbot.mouseClick(dialog.anyway, Qt.MouseButton.LeftButton)
    assert ok.isEnabled()
