"""Workspace areas: views of the whole workspace beside the diagram, as tabs above the canvas.

A process office looks at more than one diagram: the landscape of all processes, the
portfolio of improvement initiatives, the audit's requirements and controls, the monthly KPI
report. Each of those lives in a room of its own (``procdesk/ui/<concept>/``) and is listed
once in ``AREAS`` below; the window shows the diagram as the first tab and every area after
it (Alt+1 is the diagram, Alt+2 the first area…). With no area listed the tab bar hides.

An area's widget is made the first time its tab is shown, for the open Document, and told to
``detach`` when the workspace closes, exactly like the panels in the docks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from procdesk.analysis.revision_compare import RevisionComparison
from procdesk.document import Document
from procdesk.text import tr, tr_noop
from procdesk.ui.audit.area import make_audit_area
from procdesk.ui.canvas.view import DiagramView
from procdesk.ui.common.background import BackgroundJobs
from procdesk.ui.landscape.area import KEY as LANDSCAPE
from procdesk.ui.landscape.area import LandscapeArea
from procdesk.ui.maturity.area import make_maturity_area
from procdesk.ui.performance.area import make_performance_area
from procdesk.ui.portfolio.area import make_portfolio_area


class AreaHost(Protocol):
    """What an area may ask of the window."""

    jobs: BackgroundJobs
    view: DiagramView
    """The diagram canvas (an area may float a way back over it)."""

    def open_diagram(self, diagram_id: str) -> None:
        """Show a diagram on the canvas (the diagram tab comes to the front)."""

    def open_process(self, process_id: str) -> None:
        """Show a process's first diagram on the canvas."""

    def select_element(self, diagram_id: str | None, element_id: str) -> None:
        """Show an element of a diagram, selected."""

    def show_kpi(self, kpi_id: str) -> None:
        """Show a KPI in the KPI panel (its process open on the canvas)."""

    def report(self, message: str) -> None:
        """Say something short in the status bar."""

    def show_area(self, key: str) -> None:
        """Bring the area *key* to the front (made now if it was not yet)."""

    def sop_changes_picture(self, comparison: RevisionComparison) -> bytes | None:
        """The revision overlay of a version's SOP (the SOP bundle's versions)."""

    def assess_maturity(self, process_id: str) -> None:
        """Show the Maturity area on a process (the Audit area's maturity tab)."""


class AreaWidget(Protocol):
    """The widget an area makes; ``detach`` stops it following the Document."""

    def detach(self) -> None: ...


@dataclass(frozen=True, slots=True)
class AreaSpec:
    """One workspace area: its object name, its tab title (marked for translation as
    ``tr_noop("Landscape", "workspace area")``) and the function that makes its widget for an
    open Document (the widget has ``detach()``)."""

    key: str
    title: str
    make: Callable[[Document, AreaHost], QWidget]


def _landscape(document: Document, host: AreaHost) -> QWidget:
    return LandscapeArea(document, host)


AREAS: tuple[AreaSpec, ...] = (
    AreaSpec(LANDSCAPE, tr_noop("Landscape", "workspace area"), _landscape),
    AreaSpec("portfolio", tr_noop("Improvement", "workspace area"), make_portfolio_area),
    AreaSpec("audit", tr_noop("Audit", "workspace area"), make_audit_area),
    AreaSpec("maturity", tr_noop("Maturity", "workspace area"), make_maturity_area),
    AreaSpec("performance", tr_noop("Performance", "workspace area"), make_performance_area),
)
"""The workspace areas, in tab order after the diagram."""

DIAGRAM_TITLE = tr_noop("Diagram", "workspace area")


class _Pending(QLabel):
    """Stands in a tab until its area is first shown."""

    def __init__(self) -> None:
        super().__init__(tr("Open a workspace to see this."))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)


class WorkspaceAreas(QTabWidget):
    """The diagram page and the workspace areas, one tab each."""

    area_shown = Signal(str)
    """The key of the area now in front ('' for the diagram)."""

    def __init__(self, diagram_page: QWidget, specs: tuple[AreaSpec, ...] | None = None) -> None:
        super().__init__()
        self.setObjectName("workspaceAreas")
        self.setAccessibleName(tr("Workspace areas"))
        self.setDocumentMode(True)
        self.setTabBarAutoHide(True)
        self.specs = AREAS if specs is None else specs
        self.diagram_page = diagram_page
        self.addTab(diagram_page, tr(DIAGRAM_TITLE, "workspace area"))
        for spec in self.specs:
            page = _Pending()
            page.setObjectName(f"{spec.key}Pending")
            self.addTab(page, tr(spec.title, "workspace area"))
        self._document: Document | None = None
        self._host: AreaHost | None = None
        self._made: dict[str, QWidget] = {}
        self.currentChanged.connect(self._shown)

    # the open workspace ------------------------------------------------------------------------
    def set_document(self, document: Document | None, host: AreaHost) -> None:
        """Forget the areas made for the previous workspace; make them anew when shown."""
        self.detach()
        self._document, self._host = document, host
        self.setCurrentIndex(0)

    def detach(self) -> None:
        """Let every area made so far stop following its Document, and drop it."""
        for index, spec in enumerate(self.specs, start=1):
            made = self._made.pop(spec.key, None)
            if made is None:
                continue
            detach = getattr(made, "detach", None)
            if callable(detach):
                detach()
            page = _Pending()
            page.setObjectName(f"{spec.key}Pending")
            current = self.currentIndex()
            self.blockSignals(True)
            self.removeTab(index)
            self.insertTab(index, page, tr(spec.title, "workspace area"))
            self.setCurrentIndex(current)
            self.blockSignals(False)
            made.deleteLater()

    # showing -----------------------------------------------------------------------------------
    def area(self, key: str) -> QWidget | None:
        """The widget of the area *key*, made (and shown) now if it was not yet."""
        for index, spec in enumerate(self.specs, start=1):
            if spec.key == key:
                self.setCurrentIndex(index)
                return self._made.get(key)
        return None

    def show_diagram_page(self) -> None:
        self.setCurrentIndex(0)

    def current_key(self) -> str:
        index = self.currentIndex()
        return self.specs[index - 1].key if index > 0 else ""

    def _shown(self, index: int) -> None:
        if index > 0:
            self._make(index)
        self.area_shown.emit(self.current_key())

    def _make(self, index: int) -> None:
        spec = self.specs[index - 1]
        if spec.key in self._made or self._document is None or self._host is None:
            return
        widget = spec.make(self._document, self._host)
        widget.setObjectName(f"{spec.key}Area")
        self._made[spec.key] = widget
        self.blockSignals(True)
        old = self.widget(index)
        self.removeTab(index)
        self.insertTab(index, widget, tr(spec.title, "workspace area"))
        self.setCurrentIndex(index)
        self.blockSignals(False)
        if old is not None:
            old.deleteLater()

    def actions_for(self, parent: QWidget) -> list[QAction]:
        """View menu entries that bring each tab to the front: Alt+1, Alt+2…"""
        titles = [DIAGRAM_TITLE, *(spec.title for spec in self.specs)]
        actions: list[QAction] = []
        if len(titles) < 2:
            return actions
        for index, title in enumerate(titles):
            action = QAction(tr(title, "workspace area"), parent)
            action.setObjectName(f"actionArea{index}")
            if index < 9:
                action.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.setCurrentIndex(i))
            actions.append(action)
        return actions
