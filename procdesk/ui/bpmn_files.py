"""BPMN files in the window: File ▸ Import BPMN…, File ▸ Export ▸ BPMN…, and dropping files.

Import and export are the same pure functions the command line uses (``read_bpmn``,
``write_bpmn``). An import is one transaction and one undo step; a refused file changes
nothing and says why; warnings (dangling references, elements that had to be laid out) are
shown after the import. Dropping a ``.bpmn`` file on the window imports it, dropping a
``.procdesk`` workspace opens it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from procdesk.export.bpmn.errors import BpmnError
from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.files import write_atomically
from procdesk.model.commands import CommandError
from procdesk.model.elements import Diagram
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.store.repository import SUFFIX

if TYPE_CHECKING:
    from procdesk.ui.main_window import MainWindow

BPMN_FILTER = "BPMN 2.0 files (*.bpmn *.xml);;All files (*)"
MAX_BYTES = 200 * 1024 * 1024
SHOWN_WARNINGS = 12


def import_bpmn(window: MainWindow, path: Path) -> str | None:
    """Import *path* as a new process of the open workspace; the new process id, or None."""
    document = window.document
    title = "Import BPMN"
    if document is None:
        QMessageBox.information(window, title, "Open or create a workspace first.")
        return None
    try:
        if path.stat().st_size > MAX_BYTES:
            raise BpmnError(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
        result = read_bpmn(data, {entity.id for entity in document.workspace})
        document.import_entities(result.entities, f"Import {path.name}")
    except OSError as error:
        QMessageBox.warning(window, title, f"{path.name} cannot be read: {error.strerror}")
        return None
    except (BpmnError, CommandError, PersistError, ReadOnlyError) as error:
        QMessageBox.warning(window, title, f"{path.name} was not imported: {error}")
        return None
    diagrams = document.workspace.diagrams_of(result.process_id)
    if diagrams:
        window.tree.select_diagram(diagrams[0].id)
    window.report(f"Imported {path.name}")
    if result.warnings:
        shown = "\n".join(f"• {w}" for w in result.warnings[:SHOWN_WARNINGS])
        more = len(result.warnings) - SHOWN_WARNINGS
        if more > 0:
            shown += f"\n… and {more} more"
        QMessageBox.information(window, title, f"{path.name} was imported with notes:\n\n{shown}")
    return result.process_id


def ask_and_import(window: MainWindow) -> str | None:
    name, _ = QFileDialog.getOpenFileName(window, "Import BPMN", "", BPMN_FILTER)
    return import_bpmn(window, Path(name)) if name else None


def export_bpmn(window: MainWindow, path: Path, process_id: str) -> bool:
    """Write every diagram of a process to *path* as BPMN 2.0 XML (whole or not at all)."""
    document = window.document
    if document is None:
        return False
    try:
        write_atomically(path, write_bpmn(document.workspace, process_id))
    except (OSError, BpmnError) as error:
        QMessageBox.warning(window, "Export BPMN", f"{path.name} was not written: {error}")
        return False
    window.report(f"Exported {path.name}")
    return True


def ask_and_export(window: MainWindow) -> bool:
    document, diagram_id = window.document, window.scene.diagram_id
    if document is None or diagram_id is None:
        return False
    process = document.workspace.get(document.workspace.get(diagram_id, Diagram).process_id)
    suggested = f"{getattr(process, 'name', 'process')}.bpmn".replace("/", "-")
    name, _ = QFileDialog.getSaveFileName(window, "Export BPMN", suggested, BPMN_FILTER)
    if not name:
        return False
    path = Path(name) if Path(name).suffix else Path(name + ".bpmn")
    return export_bpmn(window, path, process.id)


class FileDrops(QObject):
    """Accepts ``.bpmn`` and workspace files dropped anywhere on the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent) and dropped_files(event):
            event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            files = dropped_files(event)
            if files:
                event.acceptProposedAction()
                for path in files:
                    self.open(path)
                return True
        return False

    def open(self, path: Path) -> None:
        if path.suffix.lower() == SUFFIX:
            self.window.open_path(path)
        else:
            import_bpmn(self.window, path)


def dropped_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The local ``.bpmn`` / ``.xml`` / workspace files a drag carries."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in (".bpmn", ".xml", SUFFIX)]


def install(window: MainWindow) -> tuple[QAction, QAction, FileDrops]:
    """Add File ▸ Import BPMN… and File ▸ Export ▸ BPMN…, and accept dropped files."""
    actions = window.window_actions
    importing = QAction("&Import BPMN…", window)
    importing.setObjectName("actionImportBpmn")
    importing.setToolTip("Import a BPMN 2.0 file (Camunda, Signavio, Bizagi…) as a new process")
    importing.triggered.connect(lambda _checked=False: ask_and_import(window))
    actions.file_menu.insertAction(actions.save_as, importing)
    exporting = QAction("&BPMN 2.0…", window)
    exporting.setObjectName("actionExportBpmn")
    exporting.setToolTip("Write the process with all its diagrams as BPMN 2.0 XML")
    exporting.triggered.connect(lambda _checked=False: ask_and_export(window))
    export_menu = window.findChild(QMenu, "menuExport")
    if export_menu is not None:
        export_menu.insertAction(export_menu.actions()[0], exporting)
    return importing, exporting, FileDrops(window)
