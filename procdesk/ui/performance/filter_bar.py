"""The dashboard's filters: one owner, one process, one kind of KPI (on target, slightly off,
off target, no data, overdue). Each choice narrows what the dashboard shows and counts; the
lists are filled anew from the workspace after each edit, keeping what was chosen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from procdesk.analysis.kpis import KpiStatus
from procdesk.analysis.performance.dashboard import OVERDUE, View, owners
from procdesk.export.performance.words import status_word
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.common.observe import named


class FilterBar(QWidget):
    """Owner, process and status choices; ``changed`` after the user picks one."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.owner = named(QComboBox(), "dashboardOwner")
        self.process = named(QComboBox(), "dashboardProcess")
        self.status = named(QComboBox(), "dashboardStatus")
        self.owner.setAccessibleName(tr("Owner"))
        self.process.setAccessibleName(tr("Process"))
        self.status.setAccessibleName(tr("Status"))
        self.status.addItem(tr("all KPIs"), None)
        for status in KpiStatus:
            self.status.addItem(status_word(status), status.value)
        self.status.addItem(tr("overdue", "KPI filter"), OVERDUE)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, combo in (
            (tr("Owner"), self.owner),
            (tr("Process"), self.process),
            (tr("Status"), self.status),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(combo)
            combo.currentIndexChanged.connect(self._picked)
        self._filling = False

    def fill(self, workspace: Workspace) -> None:
        """The workspace's owners and processes, keeping the choices still there."""
        self._filling = True
        _refill(self.owner, tr("all owners"), [(name, name) for name in owners(workspace)])
        processes = sorted(workspace.processes(), key=lambda p: p.name.casefold())
        _refill(self.process, tr("all processes"), [(p.name, p.id) for p in processes])
        self._filling = False

    def view(self) -> View:
        return View(
            owner=self.owner.currentData(),
            process_id=self.process.currentData(),
            kpis=self.status.currentData(),
        )

    def _picked(self) -> None:
        if not self._filling:
            self.changed.emit()


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)
