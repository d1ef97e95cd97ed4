"""The sample is a small organisation: processes in all three bands around the purchase
requisition, with an interface of every kind, owners, statuses and KPIs partly off target."""

from __future__ import annotations

from datetime import date

from procdesk.analysis.interfaces import InterfaceKind
from procdesk.analysis.kpis import KpiStatus
from procdesk.analysis.landscape import build_landscape
from procdesk.model.landscape import Band
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample

TODAY = date(2026, 12, 7)


def test_the_sample_is_an_organisation_in_three_bands() -> None:
    landscape = build_landscape(Workspace(build_sample()), TODAY)
    cards = {card.name: card for card in landscape.cards.values()}
    assert 6 <= len(cards) <= 8
    by_band = {band: [c.name for c in cards.values() if c.band == band] for band in Band}
    assert by_band == {
        Band.MANAGEMENT: ["Strategy & planning", "Quality management"],
        Band.CORE: ["Procure to pay", "Purchase requisition", "Production", "Order to cash"],
        Band.SUPPORT: ["HR recruiting", "Accounts payable"],
    }
    # the purchase requisition is the level-2 process of Procure to pay
    requisition = cards["Purchase requisition"]
    assert requisition.parent == cards["Procure to pay"].id and requisition.level == 2
    # every process has an owner; statuses vary, one review is overdue
    assert all(card.owner for card in cards.values())
    assert {card.status.value for card in cards.values()} == {"draft", "review", "approved"}
    assert [c.name for c in cards.values() if c.review_overdue] == ["Quality management"]
    # KPIs: some on target, some a little off, some far off, one process without any
    lights = {name: card.kpi_status for name, card in cards.items()}
    assert lights["Strategy & planning"] == KpiStatus.GREY
    assert lights["Quality management"] == KpiStatus.GREEN
    assert lights["Production"] == KpiStatus.AMBER
    assert lights["Order to cash"] == KpiStatus.RED
    assert landscape.rolled_up(cards["Procure to pay"].id).kpi_status == KpiStatus.RED
    assert (
        cards["Purchase requisition"].weak_points_open == 5
    )  # four from the workshop, one compliance gap


def test_the_sample_has_an_interface_of_every_kind_and_one_unresolved_call() -> None:
    landscape = build_landscape(Workspace(build_sample()), TODAY)
    names = {card.id: card.name for card in landscape.cards.values()}
    found = {(names[i.source], names[i.target], i.kind) for i in landscape.report.interfaces}
    assert ("Order to cash", "Production", InterfaceKind.MESSAGE) in found
    assert ("Procure to pay", "Accounts payable", InterfaceKind.CALL) in found
    assert ("Production", "Order to cash", InterfaceKind.CONTINUES) in found
    assert ("Purchase requisition", "Accounts payable", InterfaceKind.CONTINUES) in found
    assert ("Strategy & planning", "HR recruiting", InterfaceKind.DATA) in found
    assert {kind for *_, kind in found} == set(InterfaceKind)
    (unresolved,) = landscape.report.unresolved
    assert (names[unresolved.process], unresolved.reference) == (
        "Quality management",
        "Internal audit",
    )
