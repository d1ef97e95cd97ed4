"""The versions dock: the released versions of the process on the canvas, and what can be
done with them — release the draft, submit, approve, retire, view one read-only on the
canvas, compare it with another or with the draft, and start a new draft from it.

Every action is one undoable edit through ``ReleaseIntents``; the panel follows the
Document and shows what the releases say now. Dialogs are run by ``run_dialog`` (modal by
default), so a test can drive them as a person would.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.reviews import review_due
from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.elements import Process
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.release_intents import ReleaseIntents
from procdesk.model.releases import (
    TRANSITIONS,
    Release,
    ReleaseStatus,
    SignOff,
    approval_of,
    releases_of,
    status_of,
    status_word,
)
from procdesk.text import capitalised, tr
from procdesk.ui.common.colours import mark_as_error
from procdesk.ui.common.observe import named, observe
from procdesk.ui.versions.dialogs import ApproveDialog, ReleaseDialog

ID_ROLE = Qt.ItemDataRole.UserRole
EDIT_ERRORS = (CommandError, ReadOnlyError, PersistError)


def _accepted(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


class VersionsPanel(QWidget):
    """objectName ``versionsPanel``: the versions of one process, and their actions."""

    view_requested = Signal(str)
    """Show the release (id) read-only on the canvas."""
    compare_requested = Signal(str)
    """Compare the release (id) with another version or the draft."""
    message = Signal(str)
    """Something short for the status bar (what was done, or why not)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsPanel")
        self.document = document
        self.intents = ReleaseIntents(document.history)
        self.process_id: str | None = None
        self.run_dialog: Callable[[QDialog], bool] = _accepted
        self.heading = named(QLabel(), "versionsHeading")
        self.heading.setWordWrap(True)
        self.review = named(QLabel(), "versionsReview")
        self.review.setWordWrap(True)
        mark_as_error(self.review)
        self.table = named(QTableWidget(0, 6), "versionsTable")
        self.table.setAccessibleName(tr("Released versions"))
        self.table.setHorizontalHeaderLabels(
            [
                tr("Version"),
                tr("Status"),
                tr("Date"),
                tr("Released by"),
                tr("Approved by"),
                tr("Summary"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.itemDoubleClicked.connect(lambda _item: self.view())
        self.buttons: dict[str, QPushButton] = {}
        for key, text, name, action in (
            ("release", tr("Release…"), "releaseButton", self.release),
            ("submit", tr("Submit for review"), "submitButton", self.submit),
            ("approve", tr("Approve…"), "approveButton", self.approve),
            ("retire", tr("Retire"), "retireButton", self.retire),
            ("view", tr("View"), "viewButton", self.view),
            ("compare", tr("Compare with…"), "compareButton", self.compare),
            ("restore", tr("New draft from version"), "restoreButton", self.restore),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(action)
            self.buttons[key] = button
        self.errors = named(QLabel(), "versionsErrors")
        mark_as_error(self.errors)
        self.errors.setWordWrap(True)
        self.errors.hide()
        self._layout()
        self._stop = observe(self, document, self._on_changed)
        self.refresh()

    def _layout(self) -> None:
        # The actions beside the table, two columns: a low dock still shows all of them.
        grid = QGridLayout()
        order = ("release", "view", "submit", "compare", "approve", "restore", "retire")
        for index, key in enumerate(order):
            grid.addWidget(self.buttons[key], index // 2, index % 2)
        grid.setRowStretch(4, 1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.review)
        layout.addLayout(row, 1)
        layout.addWidget(self.errors)

    def detach(self) -> None:
        """Stop following the Document (it is about to close)."""
        self._stop()

    # what is shown -----------------------------------------------------------------------------
    def set_process(self, process_id: str | None) -> None:
        if process_id != self.process_id:
            self.process_id = process_id
            self.refresh()

    def _on_changed(self, changeset: ChangeSet) -> None:
        if any(isinstance(c.entity, Release | SignOff | Process) for c in changeset.changes):
            self.refresh()

    def refresh(self) -> None:
        """Read the process's versions again, keeping the selected one selected."""
        workspace = self.document.workspace
        chosen = self.selected()
        process = workspace.find(self.process_id)
        self.table.setRowCount(0)
        if not isinstance(process, Process):
            self.process_id = None
            self.heading.setText(tr("Choose a diagram to see its process's versions."))
            self.review.hide()
            self._enable()
            return
        releases = releases_of(workspace, process.id)
        self.heading.setText(self._heading(process, releases))
        due = review_due(workspace, process, date.today())
        self.review.setText(tr("Review overdue: {reason}").format(reason=due.reason) if due else "")
        self.review.setVisible(due is not None)
        for release in reversed(releases):  # the newest on top
            self._add_row(release)
        if chosen is not None:
            self.select(chosen.id)
        self._enable()

    def _heading(self, process: Process, releases: list[Release]) -> str:
        if not releases:
            return tr("{process}: no released version yet; the draft is all there is.").format(
                process=process.name
            )
        workspace = self.document.workspace
        approved = [r for r in releases if status_of(workspace, r.id) == ReleaseStatus.APPROVED]
        if approved:
            return tr("{process}: version {version} is in force; you edit the draft.").format(
                process=process.name, version=approved[-1].version
            )
        return tr("{process}: no version is in force yet; you edit the draft.").format(
            process=process.name
        )

    def _add_row(self, release: Release) -> None:
        workspace = self.document.workspace
        approval = approval_of(workspace, release.id)
        approved = f"{approval.by} ({approval.date})" if approval else ""
        cells = (
            release.version,
            capitalised(status_word(status_of(workspace, release.id))),
            release.date,
            release.author,
            approved,
            release.summary,
        )
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            item.setData(ID_ROLE, release.id)
            item.setToolTip(value)
            self.table.setItem(row, column, item)

    def selected(self) -> Release | None:
        items = self.table.selectedItems()
        release = self.document.workspace.find(items[0].data(ID_ROLE)) if items else None
        return release if isinstance(release, Release) else None

    def select(self, release_id: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == release_id:
                self.table.selectRow(row)
                return

    def _enable(self) -> None:
        release = self.selected()
        editable = self.process_id is not None and not self.document.read_only
        status = status_of(self.document.workspace, release.id) if release else None
        moves = TRANSITIONS[status] if status is not None else frozenset()
        self.buttons["release"].setEnabled(editable)
        self.buttons["submit"].setEnabled(editable and ReleaseStatus.REVIEW in moves)
        self.buttons["approve"].setEnabled(editable and ReleaseStatus.APPROVED in moves)
        self.buttons["retire"].setEnabled(editable and ReleaseStatus.RETIRED in moves)
        self.buttons["restore"].setEnabled(editable and release is not None)
        self.buttons["view"].setEnabled(release is not None)
        self.buttons["compare"].setEnabled(release is not None)

    # actions -----------------------------------------------------------------------------------
    def _edit(self, action: Callable[[], object], done: str) -> bool:
        self.errors.hide()
        try:
            action()
        except EDIT_ERRORS as error:
            self.errors.setText(capitalised(str(error)))
            self.errors.show()
            return False
        self.message.emit(done)
        return True

    def release(self) -> None:
        """Release… the draft as a new version (asks for number, summary, approver)."""
        if self.process_id is None:
            return
        dialog = ReleaseDialog(self.document.workspace, self.process_id, self)
        try:
            if not self.run_dialog(dialog):
                return
            version, summary, approver = dialog.values()
        finally:
            dialog.deleteLater()
        process_id = self.process_id
        done = tr("Version {version} released").format(version=version)
        if self._edit(
            lambda: self.select(
                self.intents.release(process_id, version, summary, approver=approver)
            ),
            done,
        ):
            self.refresh()

    def submit(self) -> None:
        release = self.selected()
        if release is not None:
            done = tr("Version {version} submitted for review").format(version=release.version)
            self._edit(lambda: self.intents.submit(release.id), done)

    def approve(self) -> None:
        release = self.selected()
        if release is None:
            return
        dialog = ApproveDialog(release, self)
        try:
            if not self.run_dialog(dialog):
                return
            approver, day = dialog.values()
        finally:
            dialog.deleteLater()
        done = tr("Version {version} approved").format(version=release.version)
        self._edit(lambda: self.intents.approve(release.id, approver, day), done)

    def retire(self) -> None:
        release = self.selected()
        if release is not None:
            done = tr("Version {version} retired").format(version=release.version)
            self._edit(lambda: self.intents.retire(release.id), done)

    def restore(self) -> None:
        """New draft from version: the draft becomes the selected version (Ctrl+Z undoes)."""
        release = self.selected()
        if release is not None:
            done = tr("The draft is version {version} again (Ctrl+Z undoes this)").format(
                version=release.version
            )
            self._edit(lambda: self.intents.restore(release.id), done)

    def view(self) -> None:
        release = self.selected()
        if release is not None:
            self.view_requested.emit(release.id)

    def compare(self) -> None:
        release = self.selected()
        if release is not None:
            self.compare_requested.emit(release.id)
