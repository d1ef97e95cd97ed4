"""Exports from the landscape: the picture (PNG, SVG or PDF) and the SOP bundle.

Pictures are painted here, on the GUI thread (painting switches the canvas colours to paper
for a moment), and written in the background. The SOP bundle draws the landscape and every
diagram here, then lays out and writes the PDFs in the background from a snapshot of the
workspace, so the window stays usable while a large bundle is made.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from procdesk.export.sop.content import SopOptions
from procdesk.files import write_atomically, write_files_atomically
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.canvas.render import diagram_svg, image_path
from procdesk.ui.common.background import BackgroundJobs, Job, Trigger, expected, snapshot
from procdesk.ui.landscape.picture import Picture
from procdesk.ui.landscape.render import landscape_svg, picture_image

if TYPE_CHECKING:  # reportlab is loaded only when a bundle is written
    from procdesk.export.sop.bundle import DrawChanges


def ask_picture_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Export landscape"),
        tr("Process landscape") + ".png",
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
    )
    return image_path(Path(name)) if name else None


def start_picture_export(
    parent: QWidget,
    jobs: BackgroundJobs,
    path: Path,
    picture: Picture,
    done: Callable[[Path], object],
    trigger: Trigger | None = None,
) -> Job | None:
    """Paint *picture* now, then write it to *path* in the background; *done(path)* after."""
    path = image_path(path)

    def refused(error: BaseException) -> None:
        message = tr("The picture could not be written:\n{reason}").format(reason=error)
        QMessageBox.warning(parent, tr("Export landscape"), message)

    try:
        data = picture_image(picture, path.suffix)
    except (OSError, ValueError) as error:
        refused(error)
        return None

    return jobs.write_file(path, data, done, refused, trigger)


class BundleDialog(QDialog):
    """What goes into the SOP bundle and how it is written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundleDialog")
        self.setWindowTitle(tr("SOP bundle"))
        self.drafts = QCheckBox(tr("Include processes not yet approved"))
        self.one_pdf = QRadioButton(tr("One PDF: the landscape, the contents and every SOP"))
        self.folder = QRadioButton(tr("A folder: landscape.pdf and one PDF per process"))
        self.one_pdf.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        for widget in (self.drafts, self.one_pdf, self.folder, buttons):
            column.addWidget(widget)


def ask_bundle_target(parent: QWidget, folder: bool) -> Path | None:
    if folder:
        name = QFileDialog.getExistingDirectory(parent, tr("SOP bundle"))
        return Path(name) if name else None
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("SOP bundle"), tr("SOP bundle") + ".pdf", tr("PDF (*.pdf)")
    )
    if not name:
        return None
    return Path(name) if name.lower().endswith(".pdf") else Path(f"{name}.pdf")


def start_bundle_export(
    parent: QWidget,
    jobs: BackgroundJobs,
    workspace: Workspace,
    target: Path,
    folder: bool,
    drafts: bool,
    done: Callable[[Path], object],
    trigger: Trigger | None = None,
    draw_changes: DrawChanges | None = None,
) -> Job | None:
    """Read each SOP's issue and draw the pictures here (*draw_changes* draws a version's
    revision overlay), then compose and write the bundle in the background."""
    from procdesk.export.sop.bundle import bundle_entries, bundle_files, bundle_pdf, prepare_sops

    def refused(error: BaseException) -> None:
        message = tr("The SOP bundle could not be written:\n{reason}").format(reason=error)
        QMessageBox.warning(parent, tr("SOP bundle"), message)

    frozen, today, options = snapshot(workspace), date.today(), SopOptions()
    try:
        landscape = landscape_svg(frozen)
        entries = bundle_entries(frozen, drafts)
        sops = prepare_sops(frozen, entries, options, diagram_svg, draw_changes)
    except ValueError as error:
        refused(error)
        return None

    def build_and_write() -> Path:
        if folder:
            write_files_atomically(target, bundle_files(sops, landscape, options, today, drafts))
        else:
            write_atomically(target, bundle_pdf(sops, landscape, options, today, drafts))
        return target

    text = tr("Writing the SOP bundle {name}…").format(name=target.name)
    return jobs.run(text, build_and_write, done, expected(refused, OSError, ValueError), trigger)


def export_bundle(
    parent: QWidget,
    jobs: BackgroundJobs,
    workspace: Workspace,
    done: Callable[[Path], object],
    trigger: Trigger | None = None,
    draw_changes: DrawChanges | None = None,
) -> Job | None:
    """The whole action: the choices, the target, then writing in the background."""
    dialog = BundleDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    folder = dialog.folder.isChecked()
    target = ask_bundle_target(parent, folder)
    if target is None:
        return None
    drafts = dialog.drafts.isChecked()
    return start_bundle_export(
        parent, jobs, workspace, target, folder, drafts, done, trigger, draw_changes
    )
