"""The findings panel: lint findings, recorded weak points and compliance findings of a
diagram, in one table (its rows are made in ``rows``).

One list of "what is wrong here" whatever its source: errors and warnings that the lint rules
find, the weak points people recorded, and the coverage report's findings for the diagram's
process (an unmet requirement, a high risk without a control, a control without evidence).
It can be filtered by severity and kind (lint, weak points, compliance) and sorted by any
column; clicking a row asks the window to select and centre the element
(``element_activated``), double-clicking a compliance finding to show its requirement, risk
or control in the Audit area. The table is rebuilt whenever an edit touches the diagram.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.compliance import LINKS, Control, Requirement, Risk
from procdesk.model.elements import (
    DiagramElement,
    WeakPoint,
    WeakPointCategory,
)
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.text import tr, tr_noop
from procdesk.ui.common.colours import on_base
from procdesk.ui.common.observe import named, observe
from procdesk.ui.dialogs.initiative_links import add_initiative_entries
from procdesk.ui.panels.findings.rows import COMPLIANCE, LINT, WEAK_POINT, Row, finding_rows
from procdesk.ui.root_cause.entries import add_root_cause_entries

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (
    tr_noop("Severity"),
    tr_noop("Kind"),
    tr_noop("Element"),
    tr_noop("Message"),
    tr_noop("Fix / action"),
    tr_noop("Status"),
)
SEVERITY_FILTERS = (
    (tr_noop("Any severity"), None),
    (tr_noop("High: errors, weak points 4-5"), "high"),
    (tr_noop("Medium: warnings, weak points 2-3"), "medium"),
    (tr_noop("Low: weak points 1"), "low"),
)
KIND_FILTERS = (
    (tr_noop("All kinds"), None),
    (tr_noop("Lint findings"), LINT),
    (tr_noop("Weak points"), WEAK_POINT),
    (tr_noop("Compliance"), COMPLIANCE),
)
COMPLIANCE_KINDS = (Requirement, Risk, Control, *LINKS)
COLOURS = {"high": "#c62828", "medium": "#ef6c00", "low": "#5f6368"}


class _Item(QTableWidgetItem):
    """A cell that sorts by its sort key (severity rank) instead of its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return self.text().casefold() < other.text().casefold()


class FindingsPanel(QWidget):
    """objectName ``findings``: weak points and lint findings of the diagram shown."""

    element_activated = Signal(str)
    weak_point_activated = Signal(str)
    audit_item_activated = Signal(str)
    """A compliance finding was opened: show its requirement, risk or control."""
    initiative_chosen = Signal(str)
    """An initiative was created from, or extended by, a weak point row (its context menu)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        self.document = document
        self.diagram_id: str | None = None
        self.all_rows: list[Row] = []
        self.severity_filter = named(QComboBox(), "severityFilter")
        for label, value in SEVERITY_FILTERS:
            self.severity_filter.addItem(tr(label), value)
        self.kind_filter = named(QComboBox(), "kindFilter")
        for label, value in KIND_FILTERS:
            self.kind_filter.addItem(tr(label), value)
        self.show_resolved = named(QCheckBox(tr("Show resolved")), "showResolved")
        self.summary = named(QLabel(), "findingsSummary")
        self.table = named(QTableWidget(0, len(COLUMNS)), "findingsTable")
        self.table.setAccessibleName(tr("Findings"))
        self.table.setAccessibleDescription(
            tr("Weak points and check results of the diagram, worst first.")
        )
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.cellClicked.connect(self._on_clicked)
        self.table.cellDoubleClicked.connect(self._on_double_clicked)
        # The keyboard's click and double-click: Enter goes to the element, F2 edits.
        for keys, handler in (
            (("Return", "Enter"), self._on_clicked),
            (("F2",), self._on_double_clicked),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self.table)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda h=handler: h(self.table.currentRow(), 0))
        for combo in (self.severity_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.show_resolved.toggled.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.severity_filter)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.show_resolved)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._stop = observe(self, document, self._on_changed)

    def detach(self) -> None:
        """Stop following the document (before it is closed)."""
        self._stop()

    # content ---------------------------------------------------------------------------------
    def set_diagram(self, diagram_id: str | None) -> None:
        self.diagram_id = diagram_id
        self.refresh()

    def _on_changed(self, changeset: ChangeSet) -> None:
        if self.diagram_id is None:
            return
        for change in changeset.changes:
            entity = change.entity
            if (
                entity.id == self.diagram_id
                or isinstance(entity, COMPLIANCE_KINDS)
                or (
                    isinstance(entity, DiagramElement | WeakPoint)
                    and entity.diagram_id == self.diagram_id
                )
            ):
                self.refresh()
                return

    def collect(self) -> list[Row]:
        """Every row of the diagram shown, before filtering."""
        return finding_rows(
            self.document.workspace, self.diagram_id, self.show_resolved.isChecked()
        )

    def refresh(self) -> None:
        """Rebuild the table from the workspace, keeping the filters and the sort order."""
        self.all_rows = self.collect()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.all_rows))
        for index, row in enumerate(self.all_rows):
            for column, text in enumerate(row.cells()):
                item = _Item(text)
                item.setToolTip(text)
                if column == 0:
                    item.setData(ID_ROLE, row.element)
                    item.setData(ROW_ROLE, index)
                    item.setData(SORT_ROLE, row.rank)
                    item.setForeground(on_base(COLOURS[row.level]))
                if column == 1:
                    item.setData(ID_ROLE, row.weak_point or row.audit_item)
                self.table.setItem(index, column, item)
        self.table.setSortingEnabled(True)
        for column in (0, 1, 2, 5):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.apply_filters()

    def apply_filters(self) -> None:
        level = self.severity_filter.currentData()
        kind = self.kind_filter.currentData()
        shown = 0
        for index in range(self.table.rowCount()):
            row = self._row_at(index)
            visible = row is not None and (
                (level is None or row.level == level) and (kind is None or row.kind == kind)
            )
            self.table.setRowHidden(index, not visible)
            shown += visible
        errors = sum(1 for r in self.all_rows if r.kind == LINT and r.rank > 5)
        points = sum(1 for r in self.all_rows if r.kind == WEAK_POINT)
        audit = sum(1 for r in self.all_rows if r.kind == COMPLIANCE)
        parts = (
            tr("{shown} of {total} shown").format(shown=shown, total=len(self.all_rows)),
            tr("%n error(s)", None, errors),
            tr("%n weak point(s)", None, points),
            tr("%n compliance finding(s)", None, audit),
        )
        self.summary.setText(" · ".join(parts))

    def _row_at(self, index: int) -> Row | None:
        """The Row behind a table line (lines move when sorted)."""
        item = self.table.item(index, 0)
        if item is None or item.data(ROW_ROLE) is None:
            return None
        return self.all_rows[int(item.data(ROW_ROLE))]

    def visible_rows(self) -> list[Row]:
        """The rows shown, top to bottom."""
        rows = [
            self._row_at(i) for i in range(self.table.rowCount()) if not self.table.isRowHidden(i)
        ]
        return [r for r in rows if r is not None]

    # interaction -----------------------------------------------------------------------------
    def _on_clicked(self, index: int, _column: int) -> None:
        item = self.table.item(index, 0)
        if item is not None and item.data(ID_ROLE):
            self.element_activated.emit(str(item.data(ID_ROLE)))

    def weak_point_menu(self, index: int) -> QMenu | None:
        """The context menu of a weak point row: to the improvement portfolio and to its
        root-cause analysis (None for a lint finding)."""
        item = self.table.item(index, 1)
        row = self._row_at(index)
        if item is None or not item.data(ID_ROLE) or row is None or row.kind != WEAK_POINT:
            return None
        point_id = str(item.data(ID_ROLE))
        menu = QMenu(self.table)
        menu.setObjectName("findingsMenu")
        add_initiative_entries(menu, self.document, [point_id], self, self.initiative_chosen.emit)
        add_root_cause_entries(menu, self.document, [point_id], self)
        point = self.document.workspace.find(point_id)
        if isinstance(point, WeakPoint) and point.category == WeakPointCategory.COMPLIANCE:
            action = menu.addAction(tr("Create risk from this weak point"))
            action.setObjectName("riskFromWeakPoint")
            action.triggered.connect(lambda _on=False: self._risk_from(point_id))
        return menu

    def _risk_from(self, point_id: str) -> None:
        """A risk where the weak point is, then shown in the Audit area."""
        try:
            risk = self.document.editor.risk_from_weak_point(point_id)
        except (CommandError, PersistError, ReadOnlyError):
            return
        self.audit_item_activated.emit(risk)

    def _menu(self, pos: QPoint) -> None:
        menu = self.weak_point_menu(self.table.rowAt(pos.y()))
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def _on_double_clicked(self, index: int, _column: int) -> None:
        item = self.table.item(index, 1)
        row = self._row_at(index)
        if item is None or not item.data(ID_ROLE) or row is None:
            return
        if row.kind == COMPLIANCE:
            self.audit_item_activated.emit(str(item.data(ID_ROLE)))
        else:
            self.weak_point_activated.emit(str(item.data(ID_ROLE)))
