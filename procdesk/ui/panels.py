"""The analysis docks around the canvas: findings, KPIs and the as-is/to-be comparison.

Each panel follows one open Document, so the docks keep their place while their panels are
made anew for every workspace (and detached from the old one before it closes). The window
tells them which diagram and process are shown; they tell the window which element the user
picked, so the canvas can show it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QMainWindow, QScrollArea, QWidget

from procdesk.document import Document
from procdesk.ui.compare_view import CompareView
from procdesk.ui.findings import FindingsPanel
from procdesk.ui.kpi_panel import KpiPanel


def _placeholder() -> QLabel:
    label = QLabel("Open a workspace to see this.")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


@dataclass
class Panels:
    """The docks and, while a workspace is open, the panels in them."""

    findings_dock: QDockWidget
    kpi_dock: QDockWidget
    compare_dock: QDockWidget
    findings: FindingsPanel | None = None
    kpis: KpiPanel | None = None
    compare: CompareView | None = None
    _detach: list[Callable[[], None]] = field(default_factory=list)

    @classmethod
    def create(cls, window: QMainWindow) -> Panels:
        """Make the docks (tabbed along the bottom of *window*), empty for now."""
        docks = []
        for title, name in (
            ("Findings", "findingsDock"),
            ("KPIs", "kpiDock"),
            ("Compare", "compareDock"),
        ):
            dock = QDockWidget(title, window)
            dock.setObjectName(name)
            dock.setWidget(_placeholder())
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            docks.append(dock)
        window.tabifyDockWidget(docks[0], docks[1])
        window.tabifyDockWidget(docks[1], docks[2])
        docks[0].raise_()
        return cls(docks[0], docks[1], docks[2])

    @property
    def docks(self) -> tuple[QDockWidget, ...]:
        return (self.findings_dock, self.kpi_dock, self.compare_dock)

    def set_document(
        self,
        document: Document | None,
        select: Callable[[str | None, str], None],
        edit_weak_point: Callable[[str], None],
    ) -> None:
        """Give each dock a panel for *document* (None: placeholders)."""
        for stop in self._detach:
            stop()
        self._detach = []
        self.findings = self.kpis = self.compare = None
        if document is None:
            for dock in self.docks:
                _replace(dock, _placeholder())
            return
        findings = FindingsPanel(document)
        findings.element_activated.connect(lambda element_id: select(None, element_id))
        findings.weak_point_activated.connect(edit_weak_point)
        kpis = KpiPanel(document)
        compare = CompareView(document)
        compare.element_activated.connect(select)
        for dock, panel in (
            (self.findings_dock, findings),
            (self.kpi_dock, kpis),
            (self.compare_dock, compare),
        ):
            _replace(dock, panel)
        self.findings, self.kpis, self.compare = findings, kpis, compare
        self._detach = [findings.detach, kpis.detach, compare.detach]

    def show(self, diagram_id: str | None, process_id: str | None) -> None:
        """Follow the diagram on the canvas (and its process)."""
        if self.findings is not None:
            self.findings.set_diagram(diagram_id)
        if self.kpis is not None:
            self.kpis.set_process(process_id)
        if self.compare is not None:
            self.compare.set_process(process_id)

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
    dock.setWidget(scroll)
    if old is not None:
        old.deleteLater()
