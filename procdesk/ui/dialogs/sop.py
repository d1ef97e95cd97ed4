"""File ▸ Export ▸ SOP PDF…: choose the diagram, the sections and who signs, then write the PDF.

The choices are remembered per process (QSettings group ``sop/<process id>``): the same SOP is
exported again at every revision, usually with the same signatories.

Laying out the PDF takes a second or more, so it is built in the background from a snapshot of
the workspace; only the diagram picture is drawn first, on the GUI thread (see ``exports``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from procdesk.export.fonts.fallback import PLACEHOLDER
from procdesk.export.fonts.missing import MissingGlyphs, noting_missing_glyphs
from procdesk.export.sop.content import Section, SopOptions, diagram_label
from procdesk.export.sop.record import SopRecord
from procdesk.files import write_atomically
from procdesk.model.elements import Process
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop
from procdesk.ui.common.background import BackgroundJobs, Job, Trigger, expected, snapshot
from procdesk.ui.common.missing_fonts import warn_missing_glyphs
from procdesk.ui.common.settings import app_settings

SECTION_LABELS: dict[Section, str] = {
    Section.CONTENTS: tr_noop("Contents"),
    Section.PURPOSE: tr_noop("Purpose, scope and definitions"),
    Section.ROLES: tr_noop("Roles and responsibilities"),
    Section.DIAGRAM: tr_noop("Process diagram"),
    Section.PROCEDURE: tr_noop("Procedure"),
    Section.KPIS: tr_noop("Performance indicators"),
    Section.WEAK_POINTS: tr_noop("Weak points and improvement actions"),
    Section.CONTROLS: tr_noop("Controls and risks"),
    Section.REVISIONS: tr_noop("Revision history"),
    Section.CHANGES: tr_noop("Changes since the last approved version"),
}
PAGE_SIZES = ("A4", "Letter")


class SopDialog(QDialog):
    """The SOP export choices for one process; ``options()`` and ``diagram_id()`` read them."""

    def __init__(
        self,
        workspace: Workspace,
        process_id: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        diagram_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._shown_diagram = diagram_id
        self.workspace = workspace
        self.process = workspace.get(process_id, Process)
        self.settings = settings if settings is not None else app_settings()
        self.setWindowTitle(tr("Export SOP PDF — {process}").format(process=self.process.name))

        self.diagram_box = QComboBox()
        for diagram in workspace.diagrams_of(process_id):
            self.diagram_box.addItem(diagram_label(diagram), diagram.id)
        self.prepared = QLineEdit()
        self.reviewed = QLineEdit()
        self.approved = QLineEdit()
        for edit in (self.prepared, self.reviewed, self.approved):
            edit.setPlaceholderText(tr("Name (leave empty to sign by hand)"))
        self.page_size = QComboBox()
        self.page_size.addItems(PAGE_SIZES)
        self.section_boxes: dict[Section, QCheckBox] = {
            section: QCheckBox(tr(label)) for section, label in SECTION_LABELS.items()
        }

        form = QFormLayout()
        form.addRow(tr("&Diagram:"), self.diagram_box)
        form.addRow(tr("&Prepared by:"), self.prepared)
        form.addRow(tr("&Reviewed by:"), self.reviewed)
        form.addRow(tr("&Approved by:"), self.approved)
        form.addRow(tr("Paper &size:"), self.page_size)
        sections = QGroupBox(tr("Sections (the cover is always included)"))
        section_layout = QVBoxLayout(sections)
        for box in self.section_boxes.values():
            section_layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(sections)
        layout.addWidget(buttons)
        ok.setEnabled(self.diagram_box.count() > 0)
        self._restore()

    # remembered choices ----------------------------------------------------------------------
    def _key(self, name: str) -> str:
        return f"sop/{self.process.id}/{name}"

    def _text(self, name: str, default: str = "") -> str:
        value = self.settings.value(self._key(name), default)
        return value if isinstance(value, str) else default

    def _restore(self) -> None:
        # The diagram chosen last time, else the one on screen, else the first.
        index = self.diagram_box.findData(self._text("diagram", self._shown_diagram or ""))
        self.diagram_box.setCurrentIndex(max(index, 0))
        self.prepared.setText(self._text("prepared_by"))
        self.reviewed.setText(self._text("reviewed_by"))
        self.approved.setText(self._text("approved_by", self.process.owner))
        self.page_size.setCurrentText(self._text("page_size", "A4"))
        chosen = self._text("sections", ",".join(s.value for s in Section)).split(",")
        for section, box in self.section_boxes.items():
            box.setChecked(section.value in chosen)

    def _remember(self) -> None:
        options = self.options()
        self.settings.setValue(self._key("diagram"), self.diagram_id())
        self.settings.setValue(self._key("prepared_by"), options.prepared_by)
        self.settings.setValue(self._key("reviewed_by"), options.reviewed_by)
        self.settings.setValue(self._key("approved_by"), options.approved_by)
        self.settings.setValue(self._key("page_size"), options.page_size)
        chosen = [s.value for s in Section if s in options.sections]
        self.settings.setValue(self._key("sections"), ",".join(chosen))
        self.settings.sync()

    def accept(self) -> None:
        self._remember()
        super().accept()

    # results ---------------------------------------------------------------------------------
    def diagram_id(self) -> str:
        data = self.diagram_box.currentData()
        return data if isinstance(data, str) else ""

    def options(self) -> SopOptions:
        return SopOptions(
            prepared_by=self.prepared.text().strip(),
            reviewed_by=self.reviewed.text().strip(),
            approved_by=self.approved.text().strip(),
            sections=frozenset(s for s, box in self.section_boxes.items() if box.isChecked()),
            page_size=self.page_size.currentText(),
        )


def _diagram_picture(workspace: Workspace, options: SopOptions, diagram_id: str) -> bytes | None:
    from procdesk.ui.canvas.render import diagram_svg

    return diagram_svg(workspace, diagram_id) if Section.DIAGRAM in options.sections else None


def write_sop(
    path: Path,
    workspace: Workspace,
    process_id: str,
    dialog: SopDialog,
    record: SopRecord | None = None,
) -> None:
    """Draw the chosen diagram and write the SOP to *path* (whole, or not at all)."""
    from procdesk.export.sop.document import sop_pdf

    options = dialog.options()
    diagram_id = dialog.diagram_id()
    svg = _diagram_picture(workspace, options, diagram_id)
    write_atomically(path, sop_pdf(workspace, process_id, diagram_id, svg, options, record))


def start_sop_export(
    parent: QWidget | None,
    jobs: BackgroundJobs,
    path: Path,
    workspace: Workspace,
    process_id: str,
    dialog: SopDialog,
    done: Callable[[Path], object],
    trigger: Trigger | None = None,
    record: SopRecord | None = None,
) -> Job | None:
    """Draw the diagram here, then lay out and write the SOP PDF in the background (the
    issue *record* of a released version, or of a draft with its changes drawn)."""
    from procdesk.export.sop.document import sop_pdf

    def refused(error: BaseException) -> None:
        QMessageBox.warning(
            parent,
            tr("Export SOP PDF"),
            tr("The SOP could not be written:\n{reason}").format(reason=error),
        )

    options = dialog.options()
    diagram_id = dialog.diagram_id()
    try:
        svg = _diagram_picture(workspace, options, diagram_id)
    except ValueError as error:
        refused(error)
        return None
    frozen = snapshot(workspace)
    missing = MissingGlyphs()

    def build_and_write() -> Path:
        with noting_missing_glyphs(missing):  # in the worker thread, where the PDF is set
            data = sop_pdf(frozen, process_id, diagram_id, svg, options, record)
        write_atomically(path, data)
        return path

    def written(result: Path) -> None:
        done(result)
        warn_missing_glyphs(parent, tr("Export SOP PDF"), missing, PLACEHOLDER)

    text = tr("Exporting {name}…").format(name=path.name)
    return jobs.run(text, build_and_write, written, expected(refused, OSError, ValueError), trigger)


def ask_sop_path(parent: QWidget | None, dialog: SopDialog) -> Path | None:
    """Where to write the SOP (named after the document id and version); None if cancelled."""
    process = dialog.process
    stem = (process.document_id or process.name).replace("/", "-").replace("\\", "-")
    suggested = f"{stem} v{process.version}.pdf"
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Export SOP PDF"), suggested, tr("PDF (*.pdf)")
    )
    if not name:
        return None
    return Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")


def export_sop_pdf(
    parent: QWidget | None,
    jobs: BackgroundJobs,
    workspace: Workspace,
    process_id: str,
    done: Callable[[Path], object],
    settings: QSettings | None = None,
    diagram_id: str | None = None,
    trigger: Trigger | None = None,
    record: SopRecord | None = None,
) -> Job | None:
    """The whole menu action: choices, file name, then writing in the background.

    *diagram_id* (the diagram on screen) is proposed when no choice was remembered; *done*
    gets the written path. None if the user cancelled (or the picture could not be drawn).
    *workspace* is a released version's own when *record* says it is that version.
    """
    dialog = SopDialog(workspace, process_id, settings, parent, diagram_id)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    path = ask_sop_path(parent, dialog)
    if path is None:
        return None
    return start_sop_export(
        parent, jobs, path, workspace, process_id, dialog, done, trigger, record
    )
