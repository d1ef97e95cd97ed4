"""File ▸ Export ▸ SOP PDF…: choose the diagram, the sections and who signs, then write the PDF.

The choices are remembered per process (QSettings group ``sop/<process id>``): the same SOP is
exported again at every revision, usually with the same signatories.
"""

from __future__ import annotations

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

from procdesk.export.sop.content import Section, SopOptions, diagram_label
from procdesk.files import write_atomically
from procdesk.model.elements import Process
from procdesk.model.workspace import Workspace
from procdesk.ui.settings import app_settings

SECTION_LABELS: dict[Section, str] = {
    Section.CONTENTS: "Contents",
    Section.PURPOSE: "Purpose, scope and definitions",
    Section.ROLES: "Roles and responsibilities",
    Section.DIAGRAM: "Process diagram",
    Section.PROCEDURE: "Procedure",
    Section.KPIS: "Performance indicators",
    Section.WEAK_POINTS: "Weak points and improvement actions",
    Section.REVISIONS: "Revision history",
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
        self.setWindowTitle(f"Export SOP PDF — {self.process.name}")

        self.diagram_box = QComboBox()
        for diagram in workspace.diagrams_of(process_id):
            self.diagram_box.addItem(diagram_label(diagram), diagram.id)
        self.prepared = QLineEdit()
        self.reviewed = QLineEdit()
        self.approved = QLineEdit()
        for edit in (self.prepared, self.reviewed, self.approved):
            edit.setPlaceholderText("Name (leave empty to sign by hand)")
        self.page_size = QComboBox()
        self.page_size.addItems(PAGE_SIZES)
        self.section_boxes: dict[Section, QCheckBox] = {
            section: QCheckBox(label) for section, label in SECTION_LABELS.items()
        }

        form = QFormLayout()
        form.addRow("&Diagram:", self.diagram_box)
        form.addRow("&Prepared by:", self.prepared)
        form.addRow("&Reviewed by:", self.reviewed)
        form.addRow("&Approved by:", self.approved)
        form.addRow("Paper &size:", self.page_size)
        sections = QGroupBox("Sections (the cover is always included)")
        section_layout = QVBoxLayout(sections)
        for box in self.section_boxes.values():
            section_layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Export…")
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


def write_sop(path: Path, workspace: Workspace, process_id: str, dialog: SopDialog) -> None:
    """Draw the chosen diagram and write the SOP to *path* (whole, or not at all)."""
    from procdesk.export.sop.document import sop_pdf
    from procdesk.ui.render import diagram_svg

    options = dialog.options()
    diagram_id = dialog.diagram_id()
    svg = diagram_svg(workspace, diagram_id) if Section.DIAGRAM in options.sections else None
    write_atomically(path, sop_pdf(workspace, process_id, diagram_id, svg, options))


def export_sop_pdf(
    parent: QWidget | None,
    workspace: Workspace,
    process_id: str,
    settings: QSettings | None = None,
    diagram_id: str | None = None,
) -> Path | None:
    """The whole menu action: choices, file name, writing; the written path, or None.

    *diagram_id* (the diagram on screen) is proposed when no choice was remembered.
    """
    dialog = SopDialog(workspace, process_id, settings, parent, diagram_id)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    process = dialog.process
    stem = (process.document_id or process.name).replace("/", "-").replace("\\", "-")
    suggested = f"{stem} v{process.version}.pdf"
    name, _ = QFileDialog.getSaveFileName(parent, "Export SOP PDF", suggested, "PDF (*.pdf)")
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")
    try:
        write_sop(path, workspace, process_id, dialog)
    except (OSError, ValueError) as error:
        QMessageBox.warning(parent, "Export SOP PDF", f"The SOP could not be written:\n{error}")
        return None
    return path
