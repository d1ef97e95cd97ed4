"""Release… and Approve…: the two questions a version asks before it is made or signed.

The release dialog proposes the next number from the size of the change since the last
release (and says the rule), lets the user take the other one or type their own, and asks
for a summary for the revision table. A process whose diagrams have lint errors is shown
with them, and released only when the user ticks that they release it anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.readiness import release_blockers
from procdesk.identity import current_author
from procdesk.model.elements import Process
from procdesk.model.numbering import propose, refusal, rule_text
from procdesk.model.releases import Release, next_version, parse_version
from procdesk.model.workspace import Workspace
from procdesk.text import capitalised, tr
from procdesk.ui.common.colours import mark_as_error
from procdesk.ui.common.observe import named


class ReleaseDialog(QDialog):
    """objectName ``releaseDialog``: number, summary and (optionally) approver of a release."""

    def __init__(self, workspace: Workspace, process_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("releaseDialog")
        self.workspace, self.process_id = workspace, process_id
        process = workspace.get(process_id, Process)
        self.setWindowTitle(tr("Release {process}").format(process=process.name))
        self.proposal = propose(workspace, process_id)
        previous = parse_version(self.proposal.previous or "")
        self.major = named(QRadioButton(), "releaseMajor")
        self.minor = named(QRadioButton(), "releaseMinor")
        if previous is not None:
            self.major.setText(tr("Major: {version}").format(version=next_version(previous, True)))
            self.minor.setText(tr("Minor: {version}").format(version=next_version(previous, False)))
        else:
            self.major.hide()
            self.minor.hide()
        (self.major if self.proposal.major else self.minor).setChecked(True)
        self.major.toggled.connect(self._kind_chosen)
        self.version = named(QLineEdit(self.proposal.version), "releaseVersion")
        self.version.setAccessibleName(tr("Version number"))
        self.version.textChanged.connect(self._check)
        self.summary = named(QPlainTextEdit(), "releaseSummary")
        self.summary.setAccessibleName(tr("What changed"))
        self.summary.setPlaceholderText(tr("What changed, for the revision table"))
        self.summary.setFixedHeight(70)
        self.summary.textChanged.connect(self._check)
        self.approver = named(QLineEdit(), "releaseApprover")
        self.approver.setAccessibleName(tr("Approved by"))
        self.approver.setPlaceholderText(tr("Leave empty to release a draft for review"))
        self.problem = named(QLabel(), "releaseProblem")
        mark_as_error(self.problem)
        self.problem.setWordWrap(True)
        self.blockers = release_blockers(workspace, process_id)
        self.anyway = named(QCheckBox(tr("Release it despite these errors")), "releaseAnyway")
        self.anyway.toggled.connect(self._check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Release"))
        ok.setObjectName("releaseOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._check()

    def _layout(self) -> None:
        size = self.proposal.size
        change = size.summary() if size is not None else tr("the first release of this process")
        since = tr("Since {version}: {change}.").format(
            version=self.proposal.previous, change=change
        )
        facts = QLabel(since if self.proposal.previous else tr("This is the first release."))
        facts.setObjectName("releaseChange")
        facts.setWordWrap(True)
        rule = QLabel(rule_text())
        rule.setObjectName("releaseRule")
        rule.setWordWrap(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.major)
        kinds.addWidget(self.minor)
        kinds.addStretch(1)
        form = QFormLayout()
        form.addRow(tr("Version"), self.version)
        form.addRow("", kinds)
        form.addRow(tr("Summary"), self.summary)
        form.addRow(tr("Approved by"), self.approver)
        column = QVBoxLayout(self)
        column.addWidget(facts)
        column.addWidget(rule)
        column.addLayout(form)
        if self.blockers:
            lines = [
                tr("{diagram}: {message}").format(diagram=b.diagram.name, message=b.finding.message)
                for b in self.blockers
            ]
            warning = tr("The diagrams have %n errors:", None, len(self.blockers))
            errors = named(QLabel("\n".join([warning, *lines])), "releaseErrors")
            mark_as_error(errors)
            errors.setWordWrap(True)
            column.addWidget(errors)
            column.addWidget(self.anyway)
        else:
            self.anyway.hide()
        column.addWidget(self.problem)
        column.addWidget(self.buttons)

    def _kind_chosen(self, major: bool) -> None:
        previous = parse_version(self.proposal.previous or "")
        if previous is not None:
            self.version.setText(next_version(previous, major))

    def _check(self) -> None:
        problem = refusal(self.workspace, self.process_id, self.version.text())
        if problem is None and not self.summary.toPlainText().strip():
            problem = tr("Say in a few words what changed.")
        self.problem.setText(capitalised(problem) if problem else "")
        self.problem.setVisible(bool(problem))
        allowed = problem is None and (not self.blockers or self.anyway.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(allowed)

    def values(self) -> tuple[str, str, str]:
        """(version, summary, approver) as entered."""
        return (
            self.version.text().strip(),
            self.summary.toPlainText().strip(),
            self.approver.text().strip(),
        )


class ApproveDialog(QDialog):
    """objectName ``approveDialog``: who approves a version, and on which day."""

    def __init__(self, release: Release, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        self.setWindowTitle(tr("Approve version {version}").format(version=release.version))
        self.approver = named(QLineEdit(current_author()), "approveName")
        self.approver.setAccessibleName(tr("Approved by"))
        self.day = named(QDateEdit(QDate.currentDate()), "approveDate")
        self.day.setAccessibleName(tr("Approved on"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Approve"))
        self.ok.setObjectName("approveOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.approver.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        form = QFormLayout(self)
        form.addRow(tr("Approved by"), self.approver)
        form.addRow(tr("Approved on"), self.day)
        form.addRow(buttons)

    def values(self) -> tuple[str, str]:
        """(approver, ISO date)."""
        return self.approver.text().strip(), self.day.date().toString("yyyy-MM-dd")
