"""The improvement portfolio in the window: weak points lead to initiatives (the canvas's
right-click menu), File ▸ Import Portfolio Workbook…, File ▸ Export ▸ Portfolio…, and
showing an initiative or a weak point on request.

The report and the workbook are built in the background from a snapshot of the workspace
and written whole or not at all; an imported workbook is checked whole before anything is
stored (one undo step), and the user is told what changed or why nothing did.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from procdesk.analysis.portfolio.register import build_register
from procdesk.document import Document
from procdesk.export.portfolio.report import portfolio_pdf
from procdesk.export.portfolio.xlsx_reader import PortfolioImportError, import_portfolio_file
from procdesk.export.portfolio.xlsx_writer import portfolio_xlsx
from procdesk.files import write_atomically
from procdesk.model.elements import Shape, WeakPoint
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.text import tr
from procdesk.ui.common.background import Job, expected, snapshot
from procdesk.ui.dialogs.initiative_links import add_initiative_entries
from procdesk.ui.portfolio.area import PortfolioArea
from procdesk.ui.window.areas import WorkspaceAreas

if TYPE_CHECKING:
    from procdesk.ui.window.main_window import MainWindow


class Host(Protocol):
    """What showing an initiative or a weak point needs of the window."""

    document: Document | None
    areas: WorkspaceAreas

    def open_diagram(self, diagram_id: str) -> None: ...

    def select_element(self, diagram_id: str | None, element_id: str) -> None: ...

    def edit_weak_point(self, weak_point_id: str) -> None: ...


MAX_BYTES = 50 * 1024 * 1024


def install(window: MainWindow) -> None:
    """The canvas menu entries and the File menu's import and export of the portfolio."""
    window.controller.menu_extensions.append(
        lambda menu, target: _canvas_entries(window, menu, target)
    )
    actions = window.window_actions
    importing = QAction(tr("Import Portfolio &Workbook…"), window)
    importing.setObjectName("actionImportPortfolio")
    importing.setToolTip(tr("Read back the scores and statuses edited in a portfolio workbook"))
    importing.triggered.connect(lambda _checked=False: ask_and_import(window))
    actions.file_menu.insertAction(actions.save_as, importing)
    window.editing_actions.append(importing)
    export_menu = window.findChild(QMenu, "menuExport")
    if export_menu is None:
        return
    for text, name, suffix in (
        (tr("&Portfolio as PDF…"), "actionExportPortfolioPdf", ".pdf"),
        (tr("Portfolio as E&xcel Workbook…"), "actionExportPortfolioXlsx", ".xlsx"),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, s=suffix: ask_and_export(window, s))
        export_menu.addAction(action)
        window.editing_actions.append(action)


def _canvas_entries(window: MainWindow, menu: QMenu, target: Shape | None) -> None:
    document, diagram_id = window.document, window.scene.diagram_id
    if document is None or diagram_id is None:
        return
    points = document.workspace.weak_points_on(target.id if target else diagram_id)
    add_initiative_entries(
        menu, document, [p.id for p in points], window, lambda i: show_initiative(window, i)
    )


def show_initiative(window: Host, initiative_id: str) -> None:
    area = window.areas.area("portfolio")
    if isinstance(area, PortfolioArea):
        area.show_case(initiative_id)


def show_weak_point(window: Host, weak_point_id: str) -> None:
    document = window.document
    if document is None:
        return
    point = document.workspace.find(weak_point_id)
    if not isinstance(point, WeakPoint):
        return
    window.open_diagram(point.diagram_id)
    if point.target_id:
        window.select_element(point.diagram_id, point.target_id)
    window.edit_weak_point(weak_point_id)


def export_portfolio(window: MainWindow, path: Path) -> Job | None:
    """Write the portfolio report (.pdf) or workbook (.xlsx) in the background."""
    document = window.document
    if document is None:
        return None
    frozen = snapshot(document.workspace)

    def write() -> Path:
        register = build_register(frozen)
        if path.suffix.lower() == ".xlsx":
            data = portfolio_xlsx(frozen, register)
        else:
            data = portfolio_pdf(frozen, register)
        write_atomically(path, data)
        return path

    def refused(error: BaseException) -> None:
        QMessageBox.warning(
            window,
            tr("Export portfolio"),
            tr("{name} was not written: {reason}").format(name=path.name, reason=error),
        )

    return window.jobs.run(
        tr("Exporting {name}…").format(name=path.name),
        write,
        lambda written: window.report(tr("Exported {name}").format(name=written.name)),
        expected(refused, OSError, ValueError),
    )


def ask_and_export(window: MainWindow, suffix: str) -> Job | None:
    if window.document is None:
        return None
    wanted = tr("Excel workbooks (*.xlsx)") if suffix == ".xlsx" else tr("PDF documents (*.pdf)")
    name, _ = QFileDialog.getSaveFileName(
        window, tr("Export portfolio"), tr("portfolio") + suffix, wanted
    )
    if not name:
        return None
    path = Path(name) if Path(name).suffix.lower() == suffix else Path(name + suffix)
    return export_portfolio(window, path)


def import_workbook(window: MainWindow, path: Path) -> list[str] | None:
    """Store the scores and statuses of a portfolio workbook; the lines of what changed, or
    None when it was refused (the user is told why; nothing changed)."""
    document = window.document
    title = tr("Import portfolio workbook")
    if document is None:
        return None
    try:
        if path.stat().st_size > MAX_BYTES:
            raise PortfolioImportError(
                tr("larger than {size} MB").format(size=MAX_BYTES // (1024 * 1024))
            )
        report = import_portfolio_file(document.editor, path.read_bytes())
    except (OSError, PortfolioImportError, ReadOnlyError, PersistError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        QMessageBox.warning(
            window,
            title,
            tr("{name} was not imported; nothing changed: {reason}").format(
                name=path.name, reason=reason
            ),
        )
        return None
    lines = list(report.changes)
    text = "\n".join(f"• {line}" for line in lines) if lines else tr("Nothing changed.")
    window.report(tr("Imported {name}").format(name=path.name))
    QMessageBox.information(window, title, text)
    return lines


def ask_and_import(window: MainWindow) -> list[str] | None:
    name, _ = QFileDialog.getOpenFileName(
        window, tr("Import portfolio workbook"), "", tr("Excel workbooks (*.xlsx)")
    )
    return import_workbook(window, Path(name)) if name else None
