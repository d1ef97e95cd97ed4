"""The register's table with its filters: by status, owner, process and text; sortable by any
column (numbers as numbers); status and scores edited through fitting editors.

The status editor offers only the statuses the initiative may go to; a score editor runs
over the framework's scale (clearing it removes the score).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from procdesk.model.elements import Process
from procdesk.model.portfolio import InitiativeStatus
from procdesk.model.portfolio_queries import framework_of, next_statuses, status_label
from procdesk.text import tr
from procdesk.ui.common.observe import named
from procdesk.ui.portfolio.register_model import ID_ROLE, SORT_ROLE, RegisterModel

Index = QModelIndex | QPersistentModelIndex


class RegisterFilter(QSortFilterProxyModel):
    """Rows matching every filter set: status, owner, process (ids) and text (any column)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.owner: str | None = None
        self.process: str | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(
        self,
        status: str | None = None,
        owner: str | None = None,
        process: str | None = None,
        text: str = "",
    ) -> None:
        self.beginFilterChange()
        self.status, self.owner, self.process = status, owner, process
        self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RegisterModel):
            return True
        row = model.entry(source_row)
        initiative = row.initiative
        if self.status is not None and initiative.status.value != self.status:
            return False
        if self.owner is not None and initiative.owner != self.owner:
            return False
        if self.process is not None and self.process not in row.processes:
            return False
        return not self.text or self.text in model.search_texts[source_row]


class RegisterDelegate(QStyledItemDelegate):
    """A status list and a score spin box; the usual editors elsewhere."""

    def __init__(self, model: RegisterModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.register_model = model

    def _column(self, index: Index) -> Any:
        proxy = index.model()
        source = proxy.mapToSource(index) if isinstance(proxy, QSortFilterProxyModel) else index
        return self.register_model.columns[source.column()], source

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column, source = self._column(index)
        if column.key == "status":
            current = self.register_model.entry(source.row()).initiative.status
            combo = QComboBox(parent)
            for status in (current, *next_statuses(current)):
                combo.addItem(status_label(status), status.value)
            return combo
        if column.criterion:
            framework = framework_of(self.register_model.document.workspace)
            spin = QSpinBox(parent)
            spin.setRange(framework.scale_min - 1, framework.scale_max)
            spin.setSpecialValueText(tr("none", "score"))
            return spin
        editor: QWidget = super().createEditor(parent, option, index)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(editor.minimum() if value is None else int(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            value = editor.value()
            model.setData(index, None if value == editor.minimum() else value)
        else:
            super().setModelData(editor, model, index)


class RegisterView(QWidget):
    """objectName ``initiativesRegister``: the filter bar and the table."""

    def __init__(self, model: RegisterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("initiativesRegister")
        self.model = model
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(model)
        self.status_filter = named(QComboBox(), "statusFilter")
        self.owner_filter = named(QComboBox(), "ownerFilter")
        self.process_filter = named(QComboBox(), "processFilter")
        self.text_filter = named(QLineEdit(), "textFilter")
        self.text_filter.setPlaceholderText(tr("Filter by text…"))
        self.text_filter.setClearButtonEnabled(True)
        self.table = named(QTableView(), "initiativesTable")
        self.table.setAccessibleName(tr("Initiatives"))
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(RegisterDelegate(model, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # a criterion's column is narrow: its name reads from the start, "Alignment wi…", and
        # in full in the tooltip (Qt's headers would otherwise cut it at both ends)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        for combo in (self.status_filter, self.owner_filter, self.process_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.text_filter.textChanged.connect(self.apply_filters)
        bar = QHBoxLayout()
        for widget in (self.status_filter, self.owner_filter, self.process_filter):
            bar.addWidget(widget)
        bar.addWidget(self.text_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.fill_filters()
        self.size_columns()
        model.modelReset.connect(self._columns_changed)
        self._column_count = model.columnCount()

    def _columns_changed(self) -> None:
        if self.model.columnCount() != self._column_count:
            self._column_count = self.model.columnCount()
            self.size_columns()

    def size_columns(self) -> None:
        """Widths that fit the register: a wide title, narrow numbers and scores."""
        header = self.table.horizontalHeader()
        for index, column in enumerate(self.model.columns):
            width = {"rank": 48, "title": 280, "status": 96, "owner": 96, "tie": 150}.get(
                column.key, 72 if column.criterion else 90
            )
            header.resizeSection(index, width)

    def fill_filters(self) -> None:
        """The filter choices from the workspace, keeping what is chosen."""
        workspace = self.model.document.workspace
        rows = self.model.register.rows
        owners = sorted({r.initiative.owner for r in rows if r.initiative.owner}, key=str.casefold)
        processes = sorted(workspace.in_scope("", Process), key=lambda p: p.name.casefold())
        choices = (
            (
                self.status_filter,
                tr("Any status"),
                [(status_label(s), s.value) for s in InitiativeStatus],
            ),
            (self.owner_filter, tr("Any owner"), [(o, o) for o in owners]),
            (self.process_filter, tr("Any process"), [(p.name, p.id) for p in processes]),
        )
        for combo, anything, items in choices:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.apply_filters()

    def apply_filters(self) -> None:
        self.proxy.set_filters(
            self.status_filter.currentData(),
            self.owner_filter.currentData(),
            self.process_filter.currentData(),
            self.text_filter.text(),
        )

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else None

    def select(self, initiative_id: str) -> None:
        """Select (and show) the row of *initiative_id*, if it passes the filters."""
        source = self.model.row_of(initiative_id)
        if source < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def visible_ids(self) -> list[str]:
        """The ids of the rows shown, top to bottom."""
        return [str(self.proxy.index(r, 0).data(ID_ROLE)) for r in range(self.proxy.rowCount())]
