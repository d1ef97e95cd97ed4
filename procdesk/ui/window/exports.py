"""File ▸ Export: the shown diagram as an image (PNG, SVG or PDF) and the process as an SOP.

Images are drawn by ``procdesk.ui.canvas.render`` exactly as the command line's ``export image``
does; the SOP goes through its own dialog (``sop_dialog``). Files are written whole or not at
all, in the background, and a failure is explained.

The picture itself is painted on the GUI thread: while an export paints, the canvas colours
are switched to the light paper scheme for the whole process, which a worker thread must not
do while the window paints its dark canvas. Writing the file (a slow network drive, a USB
stick) happens in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from procdesk.export.fonts.missing import noting_missing_glyphs
from procdesk.files import write_atomically
from procdesk.model.elements import Diagram
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.canvas.render import diagram_image, diagram_png, image_path
from procdesk.ui.common.background import BackgroundJobs, Job, Trigger
from procdesk.ui.common.missing_fonts import warn_missing_glyphs


def image_filter() -> str:
    return tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)")


def write_image(path: Path, workspace: Workspace, diagram_id: str) -> Path:
    """Write the diagram to *path* (PNG unless it ends in .svg or .pdf), atomically."""
    path = image_path(path)
    write_atomically(path, diagram_image(workspace, diagram_id, path.suffix))
    return path


def copy_image(workspace: Workspace, diagram_id: str) -> QImage:
    """Put the diagram on the clipboard as a picture (for slides and e-mails); returns it."""
    image = QImage.fromData(diagram_png(workspace, diagram_id, scale=2.0))
    clipboard = QGuiApplication.clipboard()
    clipboard.setImage(image)
    return image


def ask_image_path(parent: QWidget, workspace: Workspace, diagram_id: str) -> Path | None:
    """Ask where to export the diagram; None if the user cancels."""
    diagram = workspace.get(diagram_id, Diagram)
    suggested = f"{diagram.name}.png".replace("/", "-")
    name, _ = QFileDialog.getSaveFileName(parent, tr("Export diagram"), suggested, image_filter())
    return image_path(Path(name)) if name else None


def start_image_export(
    parent: QWidget,
    jobs: BackgroundJobs,
    path: Path,
    workspace: Workspace,
    diagram_id: str,
    done: Callable[[Path], object],
    trigger: Trigger | None = None,
) -> Job | None:
    """Draw the diagram, then write it to *path* in the background; *done(path)* after."""
    path = image_path(path)

    def refused(error: BaseException) -> None:
        QMessageBox.warning(
            parent,
            tr("Export diagram"),
            tr("The image could not be written:\n{reason}").format(reason=error),
        )

    try:
        with noting_missing_glyphs() as missing:
            data = diagram_image(workspace, diagram_id, path.suffix)
    except (OSError, ValueError) as error:
        refused(error)
        return None

    def written(result: Path) -> None:
        done(result)
        warn_missing_glyphs(parent, tr("Export diagram"), missing, tr("empty boxes"))

    return jobs.write_file(path, data, written, refused, trigger)
