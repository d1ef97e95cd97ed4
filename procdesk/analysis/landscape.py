"""The process landscape as one pure value: every process with what its shape shows, the
interfaces between them, and what cannot be resolved.

``build_landscape`` is what the landscape area, ``procdesk landscape``, the SOP bundle and a
KPI dashboard read, so they agree on every figure:

* ``status`` is the process's (draft, review, approved); ``review_overdue`` says it is
  overdue for review on *today* by the one rule the process tree and the reminders follow
  (``procdesk.analysis.reviews``: its review date has passed, or the version in force was
  approved longer ago than its review interval);
* ``kpi_status`` is the process's KPI traffic light (``procdesk.analysis.kpis``);
* ``weak_points_open`` counts the weak points not yet resolved in its current diagrams (those
  copied into a to-be would count twice).

A card describes the process alone; ``rolled_up`` adds its sub-processes, as a level-1 shape
that stands for them shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import networkx as nx

from procdesk.analysis.interfaces import InterfaceReport, derive_interfaces
from procdesk.analysis.kpis import DEFAULT_TOLERANCE, KpiStatus, process_kpi_status, roll_up
from procdesk.analysis.landscape_graph import (
    Connection,
    connections,
    flow_graph,
    interface_graph,
)
from procdesk.analysis.process_directory import current_diagrams
from procdesk.analysis.reviews import review_due
from procdesk.model.elements import ProcessStatus, WeakPoint, WeakPointStatus
from procdesk.model.landscape import Band
from procdesk.model.landscape_tree import LandscapeTree
from procdesk.model.workspace import Workspace


@dataclass(frozen=True, slots=True)
class ProcessCard:
    """What the landscape shows of one process."""

    id: str
    name: str
    band: Band
    parent: str | None
    level: int
    owner: str
    status: ProcessStatus
    review_overdue: bool
    kpi_status: KpiStatus
    weak_points_open: int
    weak_points_worst: int = 0
    """The highest severity among the open weak points (0 when there are none)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "band": self.band.value,
            "parent": self.parent,
            "owner": self.owner,
            "status": self.status.value,
            "review_overdue": self.review_overdue,
            "kpi_status": self.kpi_status.value,
            "weak_points_open": self.weak_points_open,
        }


def open_weak_points(workspace: Workspace, process_id: str) -> list[WeakPoint]:
    """The weak points not yet resolved in a process's current diagrams."""
    return [
        point
        for diagram in current_diagrams(workspace, process_id)
        for point in workspace.elements_of(diagram.id, WeakPoint)
        if point.status != WeakPointStatus.RESOLVED
    ]


@dataclass(slots=True)
class Landscape:
    """The landscape of one workspace, as of one day."""

    tree: LandscapeTree
    cards: dict[str, ProcessCard]
    """Every process's card, in landscape order (band by band, parents before children)."""
    report: InterfaceReport
    today: date

    def card(self, process_id: str) -> ProcessCard:
        return self.cards[process_id]

    def rolled_up(self, process_id: str) -> ProcessCard:
        """The card of a process together with its sub-processes: the worst KPI light and the
        open weak points of them all."""
        own = self.cards[process_id]
        family = [own, *(self.cards[i] for i in self.tree.descendants(process_id))]
        return replace(
            own,
            kpi_status=roll_up(card.kpi_status for card in family),
            weak_points_open=sum(card.weak_points_open for card in family),
            weak_points_worst=max(card.weak_points_worst for card in family),
        )

    def graph(self) -> nx.MultiDiGraph:
        """Every process and every interface (a KPI dashboard's or a report's own questions)."""
        return interface_graph(self.cards, self.report.interfaces)

    def connections(self, shown: list[str]) -> list[Connection]:
        """The arrows between the *shown* processes (a level of the hierarchy)."""
        visible = frozenset(shown)
        return connections(
            self.report.interfaces,
            visible,
            lambda process_id: self.tree.representative(process_id, visible),
        )

    def flow(self, shown: list[str]) -> nx.DiGraph:
        """The directed graph of the arrows between *shown* processes (end-to-end views)."""
        return flow_graph(shown, self.connections(shown))

    def to_json(self) -> dict[str, Any]:
        """What ``procdesk landscape --json`` prints."""
        return {
            "processes": [card.to_json() for card in self.cards.values()],
            "interfaces": [interface.to_json() for interface in self.report.interfaces],
            "unresolved": [entry.to_json() for entry in self.report.unresolved],
        }


def build_landscape(
    workspace: Workspace, today: date | None = None, tolerance: float = DEFAULT_TOLERANCE
) -> Landscape:
    """The landscape of *workspace* as of *today* (default: the computer's date)."""
    today = today or date.today()
    tree = LandscapeTree.of(workspace)
    cards: dict[str, ProcessCard] = {}
    for process_id in tree.in_landscape_order():
        process = tree.processes[process_id]
        weak = [point.severity for point in open_weak_points(workspace, process_id)]
        cards[process_id] = ProcessCard(
            id=process.id,
            name=process.name,
            band=tree.band_of(process_id),
            parent=tree.parent_of[process_id],
            level=tree.level(process_id),
            owner=process.owner,
            status=process.status,
            review_overdue=review_due(workspace, process, today) is not None,
            kpi_status=process_kpi_status(workspace, process_id, tolerance),
            weak_points_open=len(weak),
            weak_points_worst=max(weak, default=0),
        )
    return Landscape(tree, cards, derive_interfaces(workspace), today)
