"""The Improvement area: the initiatives register above; the chosen initiative's business
case, the priority matrix and the prioritisation framework below, as tabs.

The area follows the Document: any change rebuilds the register (one score can move every
rank) and the views below it, keeping the chosen initiative. Selecting a row shows its
business case; clicking a bubble in the matrix selects its row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.portfolio.register import build_register
from procdesk.analysis.portfolio.scoring import TIE_BREAK_RULE
from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.portfolio_queries import baselines_of, framework_of
from procdesk.text import tr
from procdesk.ui.common.observe import named, observe
from procdesk.ui.portfolio.business_case_view import BusinessCaseView, FishboneView, no_fishbone
from procdesk.ui.portfolio.framework_editor import FrameworkEditor
from procdesk.ui.portfolio.matrix_view import MatrixView
from procdesk.ui.portfolio.register_model import RegisterModel
from procdesk.ui.portfolio.register_view import RegisterView


class PortfolioArea(QWidget):
    """objectName ``portfolioArea`` (set by the window); ``detach`` stops following."""

    def __init__(
        self,
        document: Document,
        report: object = None,
        fishbone: FishboneView = no_fishbone,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._report = report
        self.model = RegisterModel(document, self)
        self.register_view = RegisterView(self.model)
        self.version = named(QComboBox(), "frameworkVersion")
        self.version.setToolTip(tr("Rank under the current framework or an agreed version"))
        self.new_button = named(QPushButton(tr("New initiative…")), "newInitiative")
        self.delete_button = named(QPushButton(tr("Delete initiative")), "deleteInitiative")
        self.new_button.clicked.connect(self.new_initiative)
        self.delete_button.clicked.connect(self.delete_selected)
        self.summary = named(QLabel(), "portfolioSummary")
        self.case = BusinessCaseView(document, fishbone)
        self.matrix = MatrixView()
        self.framework = FrameworkEditor(document)
        self.tabs = named(QTabWidget(), "portfolioTabs")
        self.tabs.addTab(self.case, tr("Business case"))
        self.tabs.addTab(self.matrix, tr("Priority matrix"))
        self.tabs.addTab(self.framework, tr("Framework"))
        for source in (self.model, self.case, self.framework):
            source.refused.connect(self.report)
        self.matrix.initiative_clicked.connect(self.select)
        self.register_view.table.selectionModel().selectionChanged.connect(self._show_case)
        self.version.currentIndexChanged.connect(self._version_chosen)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(QLabel(tr("Rank under")))
        bar.addWidget(self.version)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(4, 4, 4, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.register_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        for widget in (self.new_button, self.delete_button):
            widget.setEnabled(not document.read_only)
        self.refresh()
        self._stop = observe(self, document, self._on_changed)

    def detach(self) -> None:
        self._stop()

    def report(self, message: str) -> None:
        report = self._report
        if callable(report):
            report(message)

    # following the document ------------------------------------------------------------------
    def _on_changed(self, changeset: ChangeSet) -> None:
        del changeset
        self.refresh()

    def refresh(self) -> None:
        """Rebuild everything from the workspace, keeping the chosen initiative."""
        chosen = self.register_view.selected_id()
        self._fill_versions()
        self.model.reload()
        self.register_view.fill_filters()
        if chosen is not None:
            self.register_view.select(chosen)
        register = self.model.register
        current = (
            register if self.model.version is None else build_register(self.document.workspace)
        )
        self.matrix.show_register(register, framework_of(self.document.workspace))
        self.framework.show_framework(current)
        ranked = len(register.ranked)
        self.summary.setText(
            tr("%n initiatives", None, len(register.rows)) + " · " + tr("%n ranked", None, ranked)
        )
        self.summary.setToolTip(tr(TIE_BREAK_RULE))
        self._show_case()

    def _fill_versions(self) -> None:
        framework = framework_of(self.document.workspace)
        chosen = self.model.version
        self.version.blockSignals(True)
        self.version.clear()
        self.version.addItem(
            tr("current framework (version {version})").format(version=framework.version), None
        )
        for baseline in baselines_of(self.document.workspace):
            if baseline.version == framework.version:
                continue
            self.version.addItem(
                tr("version {version}, agreed on {date}").format(
                    version=baseline.version, date=baseline.date
                ),
                baseline.version,
            )
        self.version.setCurrentIndex(max(0, self.version.findData(chosen)))
        self.version.blockSignals(False)

    def _version_chosen(self) -> None:
        self.model.set_version(self.version.currentData())
        self.refresh()

    # choosing ----------------------------------------------------------------------------------
    def select(self, initiative_id: str) -> None:
        """Choose an initiative: its row in the register, its business case below."""
        self.register_view.select(initiative_id)
        self._show_case()

    def show_case(self, initiative_id: str) -> None:
        """Choose an initiative and bring its business case to the front."""
        self.select(initiative_id)
        self.tabs.setCurrentWidget(self.case)

    def _show_case(self) -> None:
        chosen = self.register_view.selected_id()
        row = self.model.register.row(chosen) if chosen else None
        self.case.show_row(row, self.model.register.currency)

    # editing -----------------------------------------------------------------------------------
    def new_initiative(self) -> str | None:
        title, ok = QInputDialog.getText(self, tr("New initiative"), tr("Title:"))
        if not ok or not title.strip():
            return None
        try:
            initiative_id = self.document.editor.add_initiative(title)
        except (CommandError, ReadOnlyError, PersistError) as error:
            self.report(str(error))
            return None
        self.show_case(initiative_id)
        return initiative_id

    def delete_selected(self) -> None:
        chosen = self.register_view.selected_id()
        if chosen is None:
            return
        title = self.document.workspace.get(chosen).name  # type: ignore[attr-defined]
        answer = QMessageBox.question(
            self,
            tr("Delete initiative"),
            tr("Delete '{title}'? Its weak points and processes stay; Undo brings it back.").format(
                title=title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.document.editor.delete_initiative(chosen)
        except (CommandError, ReadOnlyError, PersistError) as error:
            self.report(str(error))


def make_portfolio_area(document: Document, host: object) -> QWidget:
    """The area's widget for the window (``AREAS`` in ``ui/window/areas.py``)."""
    area = PortfolioArea(document, getattr(host, "report", None))
    open_weak_point = getattr(host, "show_weak_point", None)
    if callable(open_weak_point):
        area.case.weak_point_activated.connect(open_weak_point)
    return area
