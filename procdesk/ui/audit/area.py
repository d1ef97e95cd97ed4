"""The Audit area: the registers of requirements, risks and controls, the coverage findings
and the risk matrix as tabs, with the traceability of the chosen item beside them.

The area follows the Document: a change that concerns compliance rebuilds what it shows
(keeping the chosen rows). Every edit goes through the Editor, one undo step each; a refused
edit is said in the status bar and the table shows the model's value again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.coverage import CoverageReport, coverage_report
from procdesk.analysis.risk_score import Assessment
from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.compliance import LINKS, Control, Requirement, Risk
from procdesk.model.compliance_queries import controls, requirements, risks, step_ids_of
from procdesk.model.compliance_words import element_label
from procdesk.model.elements import Diagram, DiagramElement, Process, Step
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.text import tr
from procdesk.ui.audit.import_dialog import RequirementsImportDialog
from procdesk.ui.audit.matrix_page import MatrixPage
from procdesk.ui.audit.maturity_page import KINDS as MATURITY_KINDS
from procdesk.ui.audit.maturity_page import MaturityPage
from procdesk.ui.audit.register_table import RegisterTable
from procdesk.ui.audit.registers import (
    control_columns,
    coverage_texts,
    requirement_columns,
    risk_columns,
)
from procdesk.ui.audit.report_export import ReportBar
from procdesk.ui.audit.trace_view import TraceView
from procdesk.ui.common.background import BackgroundJobs
from procdesk.ui.common.observe import named, observe


class AuditHost(Protocol):
    """What the area asks of the window."""

    jobs: BackgroundJobs

    def open_process(self, process_id: str) -> None: ...

    def open_diagram(self, diagram_id: str) -> None: ...

    def select_element(self, diagram_id: str | None, element_id: str) -> None: ...

    def report(self, message: str) -> None: ...

    def assess_maturity(self, process_id: str) -> None:
        """Show the Maturity area on *process_id*."""


KINDS = (Requirement, Risk, Control, Process, Step, *LINKS, *MATURITY_KINDS)
"""Changes that alter what the area shows (a process or step renamed shows in the columns)."""
RULE = (
    "Residual: each control that runs at a step lowers the likelihood (preventive) or the "
    "impact (detective) by one level, two if automated, never below 1."
)


class AuditArea(QWidget):
    """objectName ``auditArea`` (set by the window); ``detach`` stops following."""

    def __init__(self, document: Document, host: AuditHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.host = host
        self.report: CoverageReport = coverage_report(document.workspace)
        self._stale = False
        self.tabs = named(QTabWidget(), "auditTabs")
        self.report_bar = ReportBar(document, host)
        self.requirements = RegisterTable([], "requirementsTable")
        self.risks = RegisterTable([], "risksTable")
        self.controls = RegisterTable([], "controlsTable")
        self.filters: dict[str, QLineEdit] = {}
        self.tabs.addTab(
            self._page(self.requirements, "requirements", self._requirement_buttons()),
            tr("Requirements"),
        )
        rule = QLabel(tr(RULE))
        rule.setWordWrap(True)
        self.tabs.addTab(self._page(self.risks, "risks", [], rule), tr("Risks"))
        self.tabs.addTab(self._page(self.controls, "controls", []), tr("Controls"))
        self.coverage = named(QTableWidget(0, 3), "coverageTable")
        self.coverage.setHorizontalHeaderLabels([tr("Rule"), tr("Element"), tr("Finding")])
        self.coverage.horizontalHeader().setStretchLastSection(True)
        self.coverage.verticalHeader().hide()
        self.coverage.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.coverage.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.coverage.cellClicked.connect(self._coverage_chosen)
        self.tabs.addTab(self.coverage, tr("Coverage"))
        self.matrix_page = MatrixPage()
        self.matrix_page.risk_activated.connect(self._risk_activated)
        self.tabs.addTab(self.matrix_page, tr("Risk matrix"))
        self.maturity_page = MaturityPage()
        self.maturity_page.assess_wanted.connect(host.assess_maturity)
        self.maturity_page.gap_weak_points_wanted.connect(self.gap_weak_points)
        self.tabs.addTab(self.maturity_page, tr("Maturity"))
        self.trace = TraceView()
        self.trace.element_activated.connect(self.show_on_canvas)
        for table in (self.requirements, self.risks, self.controls):
            table.edited.connect(self._edit)
            table.chosen.connect(self._trace)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.trace)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.report_bar)
        layout.addWidget(splitter, 1)
        self._stop = observe(self, document, self._on_changed)
        self.refresh()

    def detach(self) -> None:
        self._stop()

    # pages -------------------------------------------------------------------------------------
    def _page(
        self,
        table: RegisterTable,
        key: str,
        buttons: list[QPushButton],
        note: QLabel | None = None,
    ) -> QWidget:
        page = QWidget()
        search = named(QLineEdit(), f"{key}Filter")
        search.setPlaceholderText(tr("Filter…"))
        search.setClearButtonEnabled(True)
        search.textChanged.connect(lambda _text: self.refresh())
        self.filters[key] = search
        delete = named(QPushButton(tr("Delete")), f"delete_{key}")
        delete.clicked.connect(lambda: self._delete(table))
        bar = QHBoxLayout()
        bar.addWidget(search, 1)
        for button in (*buttons, delete):
            bar.addWidget(button)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(bar)
        if note is not None:
            column.addWidget(note)
        column.addWidget(table)
        return page

    def _requirement_buttons(self) -> list[QPushButton]:
        add = named(QPushButton(tr("Add requirement")), "addRequirement")
        add.clicked.connect(self.add_requirement)
        load = named(QPushButton(tr("Import…")), "importRequirements")
        load.clicked.connect(self.choose_import)
        return [add, load]

    # following the document --------------------------------------------------------------------
    def _on_changed(self, changeset: ChangeSet) -> None:
        if any(isinstance(c.entity, KINDS) for c in changeset.changes):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        workspace = self.document.workspace
        self.report = coverage_report(workspace)
        by_risk: dict[str, Assessment] = {a.risk.id: a for a in self.report.assessments}
        self.requirements.columns = tuple(requirement_columns(coverage_texts(self.report)))
        self.risks.columns = tuple(risk_columns(workspace, by_risk))
        self.controls.columns = tuple(control_columns(workspace))
        for table in (self.requirements, self.risks, self.controls):
            table.setColumnCount(len(table.columns))
            table.setHorizontalHeaderLabels([c.title for c in table.columns])
        self.requirements.load(requirements(workspace), self.filters["requirements"].text())
        self.risks.load(risks(workspace), self.filters["risks"].text())
        self.controls.load(controls(workspace), self.filters["controls"].text())
        findings = self.report.findings
        self.coverage.setRowCount(len(findings))
        for row, finding in enumerate(findings):
            texts = (finding.rule, element_label(workspace, finding.element), finding.message)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, finding.element)
                item.setToolTip(finding.hint or text)
                self.coverage.setItem(row, column, item)
        self.coverage.resizeColumnsToContents()
        self.matrix_page.show_assessments(list(self.report.assessments))
        self.maturity_page.show_reports(workspace, not self.document.read_only)
        self.report_bar.fill_scope()
        self.tabs.setTabText(
            3, tr("Coverage ({count})").format(count=len(findings)) if findings else tr("Coverage")
        )

    def _risk_activated(self, risk_id: str) -> None:
        risk = self.document.workspace.find(risk_id)
        if isinstance(risk, Risk):
            self.show_item(risk.id)
            self.show_on_canvas(risk.element_id or risk.process_id)

    # choosing and showing ----------------------------------------------------------------------
    def _trace(self, item_id: str) -> None:
        self.trace.trace(self.document.workspace, item_id)

    def _coverage_chosen(self, row: int, _column: int) -> None:
        item = self.coverage.item(row, 0)
        if item is not None:
            self._trace(str(item.data(Qt.ItemDataRole.UserRole)))

    def show_item(self, item_id: str) -> None:
        """Bring the register of *item_id* to the front with its row chosen, and trace it."""
        entity = self.document.workspace.find(item_id)
        for index, (kind, table) in enumerate(
            ((Requirement, self.requirements), (Risk, self.risks), (Control, self.controls))
        ):
            if isinstance(entity, kind):
                self.tabs.setCurrentIndex(index)
                key = ("requirements", "risks", "controls")[index]
                if not table.select_id(item_id) and self.filters[key].text():
                    self.filters[key].clear()
                    table.select_id(item_id)
        self._trace(item_id)

    def show_on_canvas(self, element_id: str) -> None:
        """Show a step or flow on the canvas; a control shows its first step, a process its
        first diagram."""
        workspace = self.document.workspace
        entity = workspace.find(element_id)
        if isinstance(entity, Control):
            steps = step_ids_of(workspace, entity.id)
            entity = workspace.find(steps[0]) if steps else None
        if isinstance(entity, Process):
            self.host.open_process(entity.id)
        elif isinstance(entity, DiagramElement):
            diagram = workspace.find(entity.diagram_id)
            if isinstance(diagram, Diagram):
                self.host.open_diagram(diagram.id)
                self.host.select_element(diagram.id, entity.id)

    # edits -------------------------------------------------------------------------------------
    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (CommandError, PersistError, ReadOnlyError) as error:
            self.host.report(str(error))
            self.refresh()
            return False
        return True

    def _edit(self, entity_id: str, field: str, value: object) -> None:
        if field in ("likelihood", "impact"):
            value = int(str(value))
        editor = self.document.editor
        self._run(lambda: editor.set_fields([entity_id], {field: value}))

    def _delete(self, table: RegisterTable) -> None:
        ids = table.selected_ids()
        if ids:
            self._run(lambda: self.document.editor.delete(ids))

    def add_requirement(self) -> None:
        """A new requirement with a free clause id, chosen in the table for editing."""
        workspace = self.document.workspace
        taken = {r.clause for r in requirements(workspace) if r.source == tr("New source")}
        number = 1
        while str(number) in taken:
            number += 1
        created: list[str] = []
        ok = self._run(
            lambda: created.append(
                self.document.editor.add_requirement(tr("New source"), str(number))
            )
        )
        if ok and created:
            self.filters["requirements"].clear()
            self.show_item(created[0])

    def gap_weak_points(self, assessment_id: str) -> None:
        """A weak point for every gap of the assessment (one undo step), said in the status
        bar; the weak points sit on the process's as-is diagram."""
        made: list[str] = []
        editor = self.document.editor
        if self._run(lambda: made.extend(editor.create_gap_weak_points(assessment_id))):
            text = tr("%n weak points created for maturity gaps", None, len(made))
            self.host.report(text)

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Import requirements"), "", tr("Requirements (*.csv *.xlsx)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> RequirementsImportDialog:
        dialog = RequirementsImportDialog(self.document.editor, path, self)
        dialog.finished.connect(lambda _code: self._imported(dialog))
        dialog.open()
        return dialog

    def _imported(self, dialog: RequirementsImportDialog) -> None:
        outcome = dialog.outcome
        if outcome is not None:
            text = tr("Requirements imported: {added} added, {updated} updated")
            self.host.report(text.format(added=outcome.added, updated=outcome.updated))


def make_audit_area(document: Document, host: AuditHost) -> QWidget:
    return AuditArea(document, host)
