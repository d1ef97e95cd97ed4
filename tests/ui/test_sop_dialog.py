"""The SOP export dialog: sensible defaults, choices remembered per process, a PDF written."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from procdesk.export.sop.content import Section
from procdesk.model.editor import Editor
from procdesk.model.history import History
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample
from procdesk.ui.dialogs.sop import SopDialog, write_sop


def _workspace() -> tuple[Workspace, str]:
    workspace = Workspace(build_sample())
    return workspace, workspace.processes()[0].id


def test_defaults_offer_every_section_and_the_owner_as_approver(qtbot) -> None:
    # given the sample process, never exported before
    workspace, process_id = _workspace()
    # when the dialog opens
    dialog = SopDialog(workspace, process_id)
    qtbot.addWidget(dialog)
    # then the first diagram, every section, A4 and the owner as approver are proposed
    options = dialog.options()
    assert dialog.diagram_id() == workspace.diagrams_of(process_id)[0].id
    assert options.sections == frozenset(Section)
    assert options.approved_by == "Head of Procurement"
    assert options.page_size == "A4"


def test_choices_are_remembered_per_process(qtbot) -> None:
    # given the dialog for the sample process
    workspace, process_id = _workspace()
    dialog = SopDialog(workspace, process_id)
    qtbot.addWidget(dialog)
    # when the user picks the to-be diagram, drops the KPIs, names the signatories and confirms
    dialog.diagram_box.setCurrentIndex(1)
    dialog.section_boxes[Section.KPIS].setChecked(False)
    qtbot.keyClicks(dialog.prepared, "Anna Nowak")
    dialog.reviewed.setText("Łukasz Żółw")  # QTest cannot type non-Latin-1 keys
    dialog.page_size.setCurrentText("Letter")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    # then the next dialog for that process starts from those choices
    again = SopDialog(workspace, process_id)
    qtbot.addWidget(again)
    options = again.options()
    assert again.diagram_id() == workspace.diagrams_of(process_id)[1].id
    assert Section.KPIS not in options.sections and Section.PROCEDURE in options.sections
    assert (options.prepared_by, options.reviewed_by) == ("Anna Nowak", "Łukasz Żółw")
    assert options.page_size == "Letter"
    # and another process still gets the defaults
    other = Editor(History(workspace)).add_process("Invoices", owner="CFO")
    fresh = SopDialog(workspace, other)
    qtbot.addWidget(fresh)
    assert fresh.options().prepared_by == "" and fresh.options().approved_by == "CFO"


def test_the_diagram_on_screen_is_proposed_first_time(qtbot) -> None:
    workspace, process_id = _workspace()
    to_be = workspace.diagrams_of(process_id)[1].id
    dialog = SopDialog(workspace, process_id, diagram_id=to_be)
    qtbot.addWidget(dialog)
    assert dialog.diagram_id() == to_be


def test_cancel_remembers_nothing(qtbot) -> None:
    workspace, process_id = _workspace()
    dialog = SopDialog(workspace, process_id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.prepared, "Someone")
    dialog.reject()
    again = SopDialog(workspace, process_id)
    qtbot.addWidget(again)
    assert again.options().prepared_by == ""


def test_write_sop_uses_the_choices(qtbot, tmp_path: Path) -> None:
    # given the dialog with names set and the weak points left out
    workspace, process_id = _workspace()
    dialog = SopDialog(workspace, process_id)
    qtbot.addWidget(dialog)
    dialog.prepared.setText("Anna Nowak")
    dialog.section_boxes[Section.WEAK_POINTS].setChecked(False)
    # when the SOP is written
    path = tmp_path / "sop.pdf"
    write_sop(path, workspace, process_id, dialog)
    # then the PDF names the preparer, shows the diagram and has no weak points section
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    assert "Anna Nowak" in text
    assert "Process diagram" in text and "Muster GmbH" in text
    assert "Known weak points" not in text


def test_the_sop_is_built_in_the_background_as_it_would_be_directly(qtbot, tmp_path: Path) -> None:
    # given the dialog's choices and a runner of background jobs
    from procdesk.ui.common.background import BackgroundJobs
    from procdesk.ui.dialogs.sop import start_sop_export
    from tests.ui.jobs import finished

    workspace, process_id = _workspace()
    dialog = SopDialog(workspace, process_id)
    qtbot.addWidget(dialog)
    dialog.prepared.setText("Anna Nowak")
    jobs = BackgroundJobs(None, dialog)
    written: list[Path] = []
    # when the SOP is exported through the runner
    path = tmp_path / "background.pdf"
    job = start_sop_export(None, jobs, path, workspace, process_id, dialog, written.append)
    finished(qtbot, job)
    # then the same document is written as by the direct path
    direct = tmp_path / "direct.pdf"
    write_sop(direct, workspace, process_id, dialog)
    assert written == [path]

    def text(pdf: Path) -> list[str]:
        return [page.extract_text() or "" for page in PdfReader(str(pdf)).pages]

    assert text(path) == text(direct) and "Anna Nowak" in " ".join(text(path))
