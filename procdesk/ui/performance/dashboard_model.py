"""The dashboard as a tree for a QTreeView: the landscape's bands, their processes and each
process's KPIs, with the roll-up of a band or a process on its own row.

A KPI row shows its light, latest value, target, margin (in the KPI's direction), trend (drawn
by ``SparklineDelegate`` from ``TREND_ROLE``), the day measured and what is overdue; a band or
process row shows the light of its KPIs, how many there are and how many are on target,
slightly off, off target and overdue. The model is rebuilt whole from a Dashboard value;
``key`` (band value, process id or KPI id) lets the view keep what was open and chosen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from procdesk.analysis.kpis import KpiStatus
from procdesk.analysis.performance.dashboard import BandLine, Dashboard, ProcessLine
from procdesk.analysis.performance.figures import KpiFigures
from procdesk.analysis.performance.rollup import Tally
from procdesk.export.performance.words import (
    OVERDUE_RULE,
    margin_text,
    overdue_text,
    status_word,
    target_text,
    value_text,
)
from procdesk.model.landscape import BAND_TITLES
from procdesk.text import tr, tr_noop
from procdesk.ui.landscape.heat import LIGHTS

KEY_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
TREND_ROLE = Qt.ItemDataRole.UserRole + 2
"""A KPI's trend for the delegate: (values oldest first, target, colour of the last point)."""

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Column(IntEnum):
    NAME = 0
    STATUS = 1
    VALUE = 2
    TARGET = 3
    MARGIN = 4
    TREND = 5
    OVERDUE = 6
    MEASURED = 7
    OWNER = 8


HEADERS = (
    tr_noop("Band, process, KPI", "dashboard column"),
    tr_noop("Status", "dashboard column"),
    tr_noop("Latest", "dashboard column"),
    tr_noop("Target", "dashboard column"),
    tr_noop("Margin", "dashboard column"),
    tr_noop("Trend", "dashboard column"),
    tr_noop("Overdue", "dashboard column"),
    tr_noop("Measured", "dashboard column"),
    tr_noop("Owner", "dashboard column"),
)
RIGHT = frozenset({Column.VALUE, Column.TARGET, Column.MARGIN, Column.MEASURED})


@dataclass(eq=False)
class Node:
    """One row: a band, a process or a KPI."""

    kind: str
    key: str
    payload: BandLine | ProcessLine | KpiFigures | None
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    @property
    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class DashboardModel(QAbstractItemModel):
    """The bands, processes and KPIs of a Dashboard."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Node("root", "", None)
        self.dashboard: Dashboard | None = None
        self.nodes: dict[str, Node] = {}

    def set_dashboard(self, dashboard: Dashboard) -> None:
        self.beginResetModel()
        self.dashboard = dashboard
        self.root = Node("root", "", None)
        self.nodes = {}
        for band in dashboard.bands:
            band_node = self._add(self.root, Node("band", band.band.value, band))
            for line in band.processes:
                process_node = self._add(band_node, Node("process", line.process.id, line))
                for figures in line.figures:
                    self._add(process_node, Node("kpi", figures.kpi.id, figures))
        self.endResetModel()

    def _add(self, parent: Node, node: Node) -> Node:
        node.parent = parent
        parent.children.append(node)
        self.nodes[node.key] = node
        return node

    def index_of(self, key: str) -> QModelIndex:
        """The index of the row of band, process or KPI *key* (invalid when not shown)."""
        node = self.nodes.get(key)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    # the tree ----------------------------------------------------------------------------------
    def _node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < len(Column):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section], "dashboard column")
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.OVERDUE:
            return tr(OVERDUE_RULE)
        return None

    # the cells ---------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        column = Column(index.column())
        if role == KEY_ROLE:
            return node.key
        if role == KIND_ROLE:
            return node.kind
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        payload = node.payload
        if isinstance(payload, KpiFigures):
            return _kpi_cell(payload, column, role)
        if isinstance(payload, ProcessLine):
            return _rollup_cell(
                payload.process.name, payload.process.owner, payload.tally, column, role
            )
        if isinstance(payload, BandLine):
            title = tr(BAND_TITLES[payload.band])
            return _rollup_cell(title, "", payload.tally, column, role)
        return None


def _light(status: KpiStatus, column: Column, role: int) -> Any:
    if role == Qt.ItemDataRole.DecorationRole:
        return QColor(LIGHTS[status])
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        return status_word(status)
    return None


def _kpi_cell(figures: KpiFigures, column: Column, role: int) -> Any:
    kpi = figures.kpi
    if column == Column.STATUS:
        return _light(figures.status, column, role)
    if column == Column.TREND and role == TREND_ROLE:
        values = tuple(point.value for point in figures.trend)
        return values, kpi.target, LIGHTS[figures.status]
    if role == Qt.ItemDataRole.ToolTipRole and column == Column.OVERDUE:
        return tr(OVERDUE_RULE)
    if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        return None
    if column == Column.NAME:
        unit = kpi.unit.strip()
        # "Time to hire (days)", but "Customer complaints" rather than "(complaints)" again
        named = unit and kpi.name.casefold().endswith(unit.casefold())
        return f"{kpi.name} ({unit})" if unit and not named else kpi.name
    if column == Column.VALUE:
        return value_text(figures.value, kpi.unit)
    if column == Column.TARGET:
        return target_text(figures)
    if column == Column.MARGIN:
        return margin_text(figures)
    if column == Column.MEASURED:
        return figures.latest.date if figures.latest else ""
    if column == Column.OVERDUE:
        return overdue_text(figures.overdue)
    if column == Column.TREND and role == Qt.ItemDataRole.AccessibleTextRole:
        known = [p for p in figures.trend if p.value is not None]
        return tr("%n periods with a value", None, len(known))
    return None


def _rollup_cell(name: str, owner: str, tally: Tally, column: Column, role: int) -> Any:
    if column == Column.STATUS:
        return _light(tally.light, column, role)
    if role == Qt.ItemDataRole.ToolTipRole and tally.total:
        text = tr("on target {green} · slightly off {amber} · off {red} · no data {grey}")
        return text.format(green=tally.green, amber=tally.amber, red=tally.red, grey=tally.grey)
    if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        return None
    if column == Column.NAME:
        return name
    if column == Column.OWNER:
        return owner
    if column == Column.VALUE:
        return tr("%n KPIs", None, tally.total) if tally.total else tr("no KPIs")
    if column == Column.MARGIN and tally.total:
        return tr("{green} of {total} on target").format(green=tally.green, total=tally.total)
    if column == Column.OVERDUE and tally.overdue:
        return tr("overdue: {count}").format(count=tally.overdue)
    return None
