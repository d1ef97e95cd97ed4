"""The properties dock's compliance section: the selected step's or flow's risks (with their
residual score and the rule that gives it), the controls that run there and the requirements
they satisfy; and the buttons that add a risk, a control, or a risk from a compliance weak
point. Every edit goes through the Editor; the section only shows the model."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.risk_score import assess
from procdesk.model.commands import CommandError
from procdesk.model.compliance import Requirement
from procdesk.model.compliance_queries import (
    controls_at,
    process_of,
    requirement_ids_of,
    risks_from,
    risks_on,
)
from procdesk.model.editor import Editor
from procdesk.model.elements import Flow, Step, WeakPoint, WeakPointCategory
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.text import tr
from procdesk.ui.common.observe import named
from procdesk.ui.dialogs.compliance import ControlDialog, RiskDialog


class ComplianceSection(QGroupBox):
    """objectName ``complianceSection``: shown for one selected step or flow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Risks and controls"), parent)
        self.setObjectName("complianceSection")
        self.editor: Editor | None = None
        self.element_id: str | None = None
        self.summary = named(QLabel(""), "complianceSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.add_risk = named(QPushButton(tr("Add risk…")), "addRisk")
        self.add_control = named(QPushButton(tr("Add control…")), "addControl")
        self.from_weak_point = named(
            QPushButton(tr("Create risk from this weak point")), "riskFromWeakPoint"
        )
        self.error = named(QLabel(""), "complianceError")
        self.error.setStyleSheet("color: #b91c1c")
        self.error.setWordWrap(True)
        self.add_risk.clicked.connect(self._add_risk)
        self.add_control.clicked.connect(self._add_control)
        self.from_weak_point.clicked.connect(self._risk_from_weak_point)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_risk)
        buttons.addWidget(self.add_control)
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addLayout(buttons)
        column.addWidget(self.from_weak_point)
        column.addWidget(self.error)

    def show_element(self, editor: Editor | None, ids: list[str]) -> None:
        """Show the section for a single selected step or flow; hide it otherwise."""
        self.editor = editor
        element = editor.workspace.find(ids[0]) if editor is not None and len(ids) == 1 else None
        self.element_id = element.id if isinstance(element, Step | Flow) else None
        self.setVisible(self.element_id is not None)
        self.error.setText("")
        if self.element_id is not None:
            self.refresh()

    def refresh(self) -> None:
        if self.editor is None or self.element_id not in self.editor.workspace:
            return
        assert self.element_id is not None
        workspace = self.editor.workspace
        lines: list[str] = []
        for risk in risks_on(workspace, self.element_id):
            result = assess(workspace, risk)
            lines.append(tr("Risk: {risk}").format(risk=risk.description))
            lines.append("    " + result.explain())
        controls = controls_at(workspace, self.element_id)
        for control in controls:
            owner = control.owner or tr("(no owner)")
            lines.append(
                tr("Control: {control} ({owner})").format(control=control.name, owner=owner)
            )
            for requirement_id in requirement_ids_of(workspace, control.id):
                requirement = workspace.get(requirement_id, Requirement)
                lines.append("    " + tr("satisfies {clause}").format(clause=requirement.label))
        self.summary.setText("\n".join(lines) or tr("No risk or control recorded here."))
        read_only = self.editor.history.read_only
        is_step = isinstance(workspace.find(self.element_id), Step)
        self.add_risk.setEnabled(not read_only)
        self.add_control.setEnabled(not read_only and is_step)
        self.from_weak_point.setVisible(self._open_weak_point() is not None)
        self.from_weak_point.setEnabled(not read_only)

    def _open_weak_point(self) -> WeakPoint | None:
        """A compliance weak point on the element that no risk was drawn from yet."""
        assert self.editor is not None and self.element_id is not None
        workspace = self.editor.workspace
        for point in workspace.weak_points_on(self.element_id):
            if point.category == WeakPointCategory.COMPLIANCE and not risks_from(
                workspace, point.id
            ):
                return point
        return None

    def _process(self) -> str | None:
        assert self.editor is not None and self.element_id is not None
        return process_of(self.editor.workspace, self.element_id)

    def _add_risk(self) -> None:
        process = self._process()
        if self.editor is not None and process is not None:
            RiskDialog(self.editor, process, self.element_id, self.window()).exec()

    def _add_control(self) -> None:
        process = self._process()
        if self.editor is not None and process is not None and self.element_id is not None:
            ControlDialog(self.editor, process, [self.element_id], self.window()).exec()

    def _risk_from_weak_point(self) -> None:
        point = self._open_weak_point()
        if self.editor is None or point is None:
            return
        try:
            self.editor.risk_from_weak_point(point.id)
        except (CommandError, PersistError, ReadOnlyError) as error:
            self.error.setText(str(error))
