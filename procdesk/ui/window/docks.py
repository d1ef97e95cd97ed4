"""The panels around the canvas: findings, KPIs, the as-is/to-be comparison, the released
versions, the change history, the RACI matrix, quick capture and the find bar floating over
the canvas.

Each panel follows one open Document, so the docks keep their place while their panels are
made anew for every workspace (and detached from the old one before it closes). The window
tells them which diagram and process are shown; they tell the window (the ``PanelHost``)
which element or diagram the user picked, so the canvas can show it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QMainWindow, QScrollArea, QWidget

from procdesk.document import Document
from procdesk.text import tr
from procdesk.ui.audit.area import AuditArea
from procdesk.ui.canvas.view import DiagramView
from procdesk.ui.compare.view import CompareView
from procdesk.ui.panels.capture.panel import QuickCapture
from procdesk.ui.panels.findings.panel import FindingsPanel
from procdesk.ui.panels.history.panel import HistoryPanel
from procdesk.ui.panels.kpis.panel import KpiPanel
from procdesk.ui.panels.search.bar import SearchBar
from procdesk.ui.raci.panel import RaciPanel
from procdesk.ui.versions.panel import VersionsPanel


class PanelHost(Protocol):
    """What the panels ask of the window."""

    view: DiagramView

    def select_element(self, diagram_id: str | None, element_id: str) -> None: ...

    def edit_weak_point(self, weak_point_id: str) -> None: ...

    def show_initiative(self, initiative_id: str) -> None: ...

    def open_diagram(self, diagram_id: str) -> None: ...

    def report(self, message: str) -> None: ...

    def view_version(self, release_id: str) -> None: ...

    def compare_versions(self, release_id: str) -> None: ...


def _placeholder() -> QLabel:
    label = QLabel(tr("Open a workspace to see this."))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


@dataclass
class Panels:
    """The docks and, while a workspace is open, the panels in them."""

    findings_dock: QDockWidget
    kpi_dock: QDockWidget
    compare_dock: QDockWidget
    quick_dock: QDockWidget
    versions_dock: QDockWidget
    history_dock: QDockWidget
    raci_dock: QDockWidget
    findings: FindingsPanel | None = None
    kpis: KpiPanel | None = None
    compare: CompareView | None = None
    quick: QuickCapture | None = None
    versions: VersionsPanel | None = None
    search: SearchBar | None = None
    history: HistoryPanel | None = None
    raci: RaciPanel | None = None
    _detach: list[Callable[[], None]] = field(default_factory=list)

    @classmethod
    def create(cls, window: QMainWindow, beside: QDockWidget) -> Panels:
        """Make the docks, empty for now: analysis tabbed along the bottom of *window*,
        quick capture tabbed with the dock *beside* (the properties)."""
        docks = []
        for title, name in (
            (tr("Findings"), "findingsDock"),
            (tr("KPIs"), "kpiDock"),
            (tr("Compare", "dock title"), "compareDock"),
            (tr("Versions", "dock title"), "versionsDock"),
            (tr("History", "dock title"), "historyDock"),
            (tr("RACI", "dock title"), "raciDock"),
        ):
            dock = QDockWidget(title, window)
            dock.setObjectName(name)
            dock.setWidget(_placeholder())
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            docks.append(dock)
        for before, after in itertools.pairwise(docks):
            window.tabifyDockWidget(before, after)
        docks[0].raise_()
        quick = QDockWidget(tr("Quick capture"), window)
        quick.setObjectName("quickCaptureDock")
        quick.setWidget(_placeholder())
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, quick)
        window.tabifyDockWidget(beside, quick)
        beside.raise_()
        return cls(docks[0], docks[1], docks[2], quick, docks[3], docks[4], docks[5])

    @property
    def docks(self) -> tuple[QDockWidget, ...]:
        return (
            self.findings_dock,
            self.kpi_dock,
            self.compare_dock,
            self.quick_dock,
            self.versions_dock,
            self.history_dock,
            self.raci_dock,
        )

    def set_document(self, document: Document | None, host: PanelHost) -> None:
        """Give each dock a panel for *document* (None: placeholders)."""
        for stop in self._detach:
            stop()
        self._detach = []
        if self.search is not None:
            self.search.deleteLater()
        self.findings = self.kpis = self.compare = self.quick = self.search = None
        self.versions = None
        self.history = self.raci = None
        if document is None:
            for dock in self.docks:
                _replace(dock, _placeholder())
            return
        findings = FindingsPanel(document)
        findings.element_activated.connect(lambda element_id: host.select_element(None, element_id))
        findings.weak_point_activated.connect(host.edit_weak_point)
        findings.audit_item_activated.connect(lambda item_id: show_audit_item(host, item_id))
        findings.initiative_chosen.connect(host.show_initiative)
        kpis = KpiPanel(document)
        compare = CompareView(document)
        compare.element_activated.connect(host.select_element)
        quick = QuickCapture(document)
        quick.step_added.connect(lambda step_id: host.select_element(None, step_id))
        quick.message.connect(host.report)
        versions = VersionsPanel(document)
        versions.view_requested.connect(host.view_version)
        versions.compare_requested.connect(host.compare_versions)
        versions.message.connect(host.report)
        history = HistoryPanel(document)
        raci = RaciPanel(document)
        raci.message.connect(host.report)
        for dock, panel in (
            (self.findings_dock, findings),
            (self.kpi_dock, kpis),
            (self.compare_dock, compare),
            (self.quick_dock, quick),
            (self.versions_dock, versions),
            (self.history_dock, history),
            (self.raci_dock, raci),
        ):
            _replace(dock, panel)
        search = SearchBar(document, host.view, shortcuts=False)
        search.diagram_requested.connect(host.open_diagram)
        self.findings, self.kpis, self.compare, self.quick = findings, kpis, compare, quick
        self.versions, self.search, self.history, self.raci = versions, search, history, raci
        self._detach = [findings.detach, kpis.detach, compare.detach, quick.detach, search.detach]
        self._detach += [versions.detach, history.detach, raci.detach]

    def show(self, diagram_id: str | None, process_id: str | None) -> None:
        """Follow the diagram on the canvas (and its process)."""
        if self.findings is not None:
            self.findings.set_diagram(diagram_id)
        if self.kpis is not None:
            self.kpis.set_process(process_id)
        if self.compare is not None:
            self.compare.set_process(process_id)
        if self.quick is not None:
            self.quick.set_diagram(diagram_id)
        if self.versions is not None:
            self.versions.set_process(process_id)
        if self.history is not None:
            self.history.set_process(process_id)
        if self.raci is not None:
            self.raci.set_diagram(diagram_id)

    def select(self, ids: list[str]) -> None:
        """Follow the selection on the canvas (the history shows the one element selected)."""
        if self.history is not None:
            self.history.set_selection(ids)

    def find(self) -> None:
        """Open the find bar over the canvas."""
        if self.search is not None:
            self.search.open()

    def close(self) -> None:
        for stop in self._detach:
            stop()
        self._detach = []


def _replace(dock: QDockWidget, widget: QWidget) -> None:
    """Put *widget* in *dock*, scrollable, so a tall panel cannot squeeze the canvas."""
    old = dock.widget()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    scroll.setAccessibleName(dock.windowTitle())
    dock.setWidget(scroll)
    if old is not None:
        old.deleteLater()


def show_audit_item(host: object, item_id: str) -> None:
    """Bring the Audit area forward with a requirement, risk or control chosen."""
    areas = getattr(host, "areas", None)
    area = areas.area("audit") if areas is not None else None
    if isinstance(area, AuditArea):
        area.show_item(item_id)
