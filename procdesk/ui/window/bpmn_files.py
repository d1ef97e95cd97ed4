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
from procdesk.export.bpmn.reader import ImportResult, read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.files import write_atomically
from procdesk.model.commands import CommandError
from procdesk.model.elements import Diagram
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.store.repository import SUFFIX
from procdesk.text import tr
from procdesk.ui.common.background import Job, expected, snapshot

if TYPE_CHECKING:
    from procdesk.ui.window.main_window import MainWindow

MAX_BYTES = 200 * 1024 * 1024
SHOWN_WARNINGS = 12


def bpmn_filter() -> str:
    return tr("BPMN 2.0 files (*.bpmn *.xml);;All files (*)")


def read_file(path: Path, taken: set[str]) -> ImportResult:
    """Read and parse *path* (no store, no widgets: this runs in a worker thread)."""
    if path.stat().st_size > MAX_BYTES:
        raise BpmnError(tr("larger than {size} MB").format(size=MAX_BYTES // (1024 * 1024)))
    return read_bpmn(path.read_bytes(), taken)


def import_bpmn(window: MainWindow, path: Path) -> Job | None:
    """Import *path* as a new process of the open workspace, parsed in the background.

    The returned job's ``outcome`` is the new process id once it has finished (None if the
    file was refused, which the user is told). None if no workspace is open.
    """
    document = window.document
    title = tr("Import BPMN")
    if document is None:
        QMessageBox.information(window, title, tr("Open or create a workspace first."))
        return None
    taken = {entity.id for entity in document.workspace}

    def refused(error: BaseException) -> None:
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
            text = tr("{name} cannot be read: {reason}").format(name=path.name, reason=reason)
        else:
            text = tr("{name} was not imported: {reason}").format(name=path.name, reason=error)
        QMessageBox.warning(window, title, text)

    def store(result: ImportResult) -> str | None:
        # the store lives on this (the GUI) thread: only the parsing ran in the background
        try:
            document.import_entities(result.entities, tr("Import {name}").format(name=path.name))
        except (CommandError, PersistError, ReadOnlyError) as error:
            refused(error)
            return None
        diagrams = document.workspace.diagrams_of(result.process_id)
        if diagrams and window.document is document:
            window.tree.select_diagram(diagrams[0].id)
        window.report(tr("Imported {name}").format(name=path.name))
        if result.warnings:
            shown = "\n".join(f"• {w}" for w in result.warnings[:SHOWN_WARNINGS])
            more = len(result.warnings) - SHOWN_WARNINGS
            if more > 0:
                shown += "\n" + tr("… and %n more", None, more)
            QMessageBox.information(
                window,
                title,
                tr("{name} was imported with notes:\n\n{notes}").format(
                    name=path.name, notes=shown
                ),
            )
        return result.process_id

    return window.jobs.run(
        tr("Importing {name}…").format(name=path.name),
        lambda: read_file(path, taken),
        store,
        expected(refused, OSError, BpmnError),
        window.findChild(QAction, "actionImportBpmn"),
    )


def ask_and_import(window: MainWindow) -> Job | None:
    name, _ = QFileDialog.getOpenFileName(window, tr("Import BPMN"), "", bpmn_filter())
    return import_bpmn(window, Path(name)) if name else None


def export_bpmn(window: MainWindow, path: Path, process_id: str) -> Job | None:
    """Write every diagram of a process to *path* as BPMN 2.0 XML (whole or not at all),
    in the background from a snapshot of the workspace."""
    document = window.document
    if document is None:
        return None
    frozen = snapshot(document.workspace)

    def write() -> Path:
        write_atomically(path, write_bpmn(frozen, process_id))
        return path

    def refused(error: BaseException) -> None:
        QMessageBox.warning(
            window,
            tr("Export BPMN"),
            tr("{name} was not written: {reason}").format(name=path.name, reason=error),
        )

    return window.jobs.run(
        tr("Exporting {name}…").format(name=path.name),
        write,
        lambda written: window.report(tr("Exported {name}").format(name=written.name)),
        expected(refused, OSError, BpmnError),
        window.findChild(QAction, "actionExportBpmn"),
    )


def ask_and_export(window: MainWindow) -> Job | None:
    document, diagram_id = window.document, window.scene.diagram_id
    if document is None or diagram_id is None:
        return None
    process = document.workspace.get(document.workspace.get(diagram_id, Diagram).process_id)
    suggested = f"{getattr(process, 'name', 'process')}.bpmn".replace("/", "-")
    name, _ = QFileDialog.getSaveFileName(window, tr("Export BPMN"), suggested, bpmn_filter())
    if not name:
        return None
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
    importing = QAction(tr("&Import BPMN…"), window)
    importing.setObjectName("actionImportBpmn")
    importing.setToolTip(tr("Import a BPMN 2.0 file (Camunda, Signavio, Bizagi…) as a new process"))
    importing.triggered.connect(lambda _checked=False: ask_and_import(window))
    actions.file_menu.insertAction(actions.save_as, importing)
    exporting = QAction(tr("&BPMN 2.0…"), window)
    exporting.setObjectName("actionExportBpmn")
    exporting.setToolTip(tr("Write the process with all its diagrams as BPMN 2.0 XML"))
    exporting.triggered.connect(lambda _checked=False: ask_and_export(window))
    export_menu = window.findChild(QMenu, "menuExport")
    if export_menu is not None:
        export_menu.insertAction(export_menu.actions()[0], exporting)
    return importing, exporting, FileDrops(window)
