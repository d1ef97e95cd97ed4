"""The Audit area's *Export report…*: the audit report of the workspace or one process, as
PDF or XLSX, written in the background.

What the report says is read from the workspace on the window's thread (edits may follow at
once); only the layout and the writing, from that immutable content, run in the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from procdesk.analysis.audit_maturity import maturity_reports
from procdesk.analysis.coverage import coverage_report
from procdesk.document import Document
from procdesk.export.compliance.audit_content import AuditContent, build_audit
from procdesk.files import write_atomically
from procdesk.model.elements import Process
from procdesk.text import tr
from procdesk.ui.common.background import BackgroundJobs, Job, expected
from procdesk.ui.common.observe import named


class ReportHost(Protocol):
    """What the export asks of the window: its background jobs and status bar."""

    jobs: BackgroundJobs

    def report(self, message: str) -> None: ...


def report_content(document: Document, process_id: str | None) -> AuditContent:
    workspace = document.workspace
    if process_id is None:
        scope = tr("Workspace {name}").format(name=document.path.stem)
    else:
        scope = workspace.get(process_id, Process).name
    report = coverage_report(workspace, process_id)
    maturity = maturity_reports(workspace, process_id)
    return build_audit(workspace, report, maturity, scope, date.today().isoformat())


def ask_report_path(parent: QWidget, suggested: str) -> Path | None:
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        tr("Export audit report"),
        suggested,
        tr("PDF document (*.pdf);;Excel workbook (*.xlsx)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".pdf", ".xlsx"):
        path = path.with_name(path.name + (".xlsx" if "xlsx" in chosen else ".pdf"))
    return path


def start_report_export(
    parent: QWidget,
    jobs: BackgroundJobs,
    content: AuditContent,
    path: Path,
    done: Callable[[Path], object],
) -> Job:
    """Lay the report out and write it to *path* in the background; *done(path)* after."""

    def work() -> Path:
        if path.suffix.lower() == ".xlsx":
            from procdesk.export.compliance.audit_xlsx import audit_xlsx

            data = audit_xlsx(content)
        else:
            from procdesk.export.compliance.audit_pdf import audit_pdf

            data = audit_pdf(content)
        write_atomically(path, data)
        return path

    def refused(error: BaseException) -> None:
        message = tr("The audit report could not be written:\n{reason}").format(reason=error)
        QMessageBox.warning(parent, tr("Export audit report"), message)

    text = tr("Exporting {name}…").format(name=path.name)
    return jobs.run(text, work, done, expected(refused, OSError))


class ReportBar(QWidget):
    """ "Audit report of [scope] [Export report…]": the scope is the workspace or a process."""

    def __init__(self, document: Document, host: ReportHost) -> None:
        super().__init__()
        self.document, self.host = document, host
        self.scope = named(QComboBox(), "reportScope")
        self.export_button = named(QPushButton(tr("Export report…")), "exportReport")
        self.export_button.clicked.connect(self.export_report)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(tr("Audit report of")))
        row.addWidget(self.scope)
        row.addWidget(self.export_button)
        row.addStretch(1)
        self.fill_scope()

    def fill_scope(self) -> None:
        """The workspace and its processes, keeping the choice."""
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(tr("the whole workspace"), None)
        for process in self.document.workspace.processes():
            self.scope.addItem(process.name, process.id)
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))
        self.scope.blockSignals(False)

    def export_report(self) -> None:
        """Ask where, then write the audit report of the chosen scope in the background."""
        process_id = self.scope.currentData()
        suggested = f"{tr('Audit report')} {self.scope.currentText()}.pdf".replace("/", "-")
        path = ask_report_path(self, suggested)
        if path is not None:
            self.write_report(path, process_id)

    def write_report(self, path: Path, process_id: str | None) -> Job:
        content = report_content(self.document, process_id)

        def done(written: Path) -> None:
            self.host.report(tr("Audit report written to {path}").format(path=written))

        return start_report_export(self, self.host.jobs, content, path, done)
