"""File ▸ Export: the shown diagram as an image (PNG, SVG or PDF) and the process as an SOP.

Images are drawn by ``procdesk.ui.render`` exactly as the command line's ``export image``
does; the SOP goes through its own dialog (``sop_dialog``). Files are written whole or not at
all, and a failure is explained.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from procdesk.files import write_atomically
from procdesk.model.elements import Diagram
from procdesk.model.workspace import Workspace
from procdesk.ui.render import IMAGE_SUFFIXES, diagram_image, diagram_png

IMAGE_FILTER = "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"


def write_image(path: Path, workspace: Workspace, diagram_id: str) -> Path:
    """Write the diagram to *path* (PNG unless it ends in .svg or .pdf), atomically."""
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        path = path.with_name(path.name + ".png")
    write_atomically(path, diagram_image(workspace, diagram_id, path.suffix))
    return path


def copy_image(workspace: Workspace, diagram_id: str) -> QImage:
    """Put the diagram on the clipboard as a picture (for slides and e-mails); returns it."""
    image = QImage.fromData(diagram_png(workspace, diagram_id, scale=2.0))
    clipboard = QGuiApplication.clipboard()
    clipboard.setImage(image)
    return image


def export_image(parent: QWidget, workspace: Workspace, diagram_id: str) -> Path | None:
    """Ask where, then write the diagram; the written path, or None."""
    diagram = workspace.get(diagram_id, Diagram)
    suggested = f"{diagram.name}.png".replace("/", "-")
    name, _ = QFileDialog.getSaveFileName(parent, "Export diagram", suggested, IMAGE_FILTER)
    if not name:
        return None
    try:
        return write_image(Path(name), workspace, diagram_id)
    except OSError as error:
        QMessageBox.warning(parent, "Export diagram", f"The image could not be written:\n{error}")
        return None
