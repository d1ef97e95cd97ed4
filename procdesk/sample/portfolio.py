"""The sample's improvement portfolio: a framework agreed by management, and initiatives in
several statuses that address the purchase requisition's weak points, one of them realised
by its to-be with a benefit computed from the as-is/to-be comparison.

It names ``portfolio/framework`` and ``portfolio/initiative/KEY`` in the sample book.
"""

from __future__ import annotations

from typing import Any

from procdesk.model.portfolio import BenefitBasis, InitiativeStatus
from procdesk.model.portfolio_queries import framework_of
from procdesk.sample.book import SampleBook

S = InitiativeStatus
WEIGHTS = {
    "strategy": 25.0,
    "financial": 30.0,
    "risk": 15.0,
    "compliance": 10.0,
    "efficiency": 20.0,
}

INITIATIVES: tuple[dict[str, Any], ...] = (
    {
        "key": "electronic-approval",
        "title": "Electronic approval with budget check",
        "description": "Requisitions are approved in the ERP; the budget is checked "
        "automatically and a deputy approves when the controller is away.",
        "owner": "M. Keller",
        "sponsor": "CFO",
        "path": (S.ASSESSED, S.APPROVED),
        "dates": ("2026-01-12", "2026-02-02", "2026-03-02"),
        "start_date": "2026-04-01",
        "due_date": "2026-09-30",
        "cost": 18000.0,
        "effort": 35.0,
        "benefit": 20000.0,
        "scores": {"strategy": 5, "financial": 4, "risk": 3, "compliance": 4, "efficiency": 5},
        "weak_points": ("approval-wait", "paper-form"),
        "to_be": (BenefitBasis.WORK_TIME, 600.0, 48.0),
    },
    {
        "key": "entry-validation",
        "title": "Validate requisitions on entry",
        "description": "Mandatory fields and a cost-centre list in the requisition form.",
        "owner": "J. Brandt",
        "sponsor": "Head of Purchasing",
        "path": (S.ASSESSED,),
        "dates": ("2026-01-20", "2026-02-16"),
        "cost": 4500.0,
        "effort": 8.0,
        "benefit": 9500.0,
        "scores": {"strategy": 3, "financial": 3, "risk": 2, "compliance": 3, "efficiency": 4},
        "weak_points": ("rework",),
    },
    {
        "key": "framework-agreements",
        "title": "Framework agreements for frequent items",
        "description": "Agree prices and delivery times once a year with the main suppliers.",
        "owner": "S. Roth",
        "sponsor": "Head of Purchasing",
        "path": (S.APPROVED, S.IN_PROGRESS),
        "dates": ("2025-11-03", "2025-12-01", "2026-01-15"),
        "start_date": "2026-01-15",
        "due_date": "2026-06-30",
        "cost": 12000.0,
        "effort": 40.0,
        "benefit": 26000.0,
        "scores": {"strategy": 4, "financial": 5, "risk": 4, "compliance": 2, "efficiency": 3},
        "weak_points": ("supplier-wait",),
    },
    {
        "key": "purchase-cards",
        "title": "Purchase cards for small orders",
        "description": "Orders below 500 EUR are paid by card without a requisition.",
        "owner": "J. Brandt",
        "sponsor": "CFO",
        "path": (),
        "dates": ("2026-02-23",),
        "cost": 2500.0,
        "effort": 6.0,
        "benefit": 7000.0,
        "scores": {"strategy": 2, "financial": 3, "risk": 2, "compliance": 1, "efficiency": 5},
        "weak_points": ("paper-form",),
    },
    {
        "key": "supplier-portal",
        "title": "Supplier self-service portal",
        "description": "Suppliers confirm orders and delivery dates online.",
        "owner": "S. Roth",
        "sponsor": "COO",
        "path": (S.ON_HOLD,),
        "dates": ("2025-10-06", "2026-01-19"),
        "cost": 65000.0,
        "effort": 120.0,
        "benefit": 15000.0,
        "scores": {"strategy": 3, "financial": 2, "risk": 3, "compliance": 2, "efficiency": 3},
        "weak_points": ("supplier-wait",),
    },
)


def add_portfolio(book: SampleBook) -> None:
    """The framework (agreed in March, its weights moved since, so that the agreed version
    ranks the supplier portal above the purchase cards and the current one the other way
    round) and the initiatives."""
    editor = book.editor
    agreed = {"strategy": 30.0, "financial": 20.0, "risk": 30.0, "compliance": 10.0}
    editor.set_weights({**agreed, "efficiency": 10.0})
    editor.baseline_framework(on="2026-03-02", agreed_by="Management board")
    editor.set_weights(WEIGHTS)
    book.name("portfolio/framework", framework_of(editor.workspace).id)
    for spec in INITIATIVES:
        _initiative(book, spec)


def _initiative(book: SampleBook, spec: dict[str, Any]) -> None:
    editor = book.editor
    dates = spec["dates"]
    fields = {
        name: spec[name]
        for name in ("description", "owner", "sponsor", "start_date", "due_date", "cost")
        if name in spec
    }
    initiative_id = editor.add_initiative(
        spec["title"], on=dates[0], effort=spec["effort"], benefit=spec["benefit"], **fields
    )
    book.name(f"portfolio/initiative/{spec['key']}", initiative_id)
    for status, day in zip(spec["path"], dates[1:], strict=True):
        editor.set_status(initiative_id, status, on=day)
    for criterion, value in spec["scores"].items():
        editor.set_score(initiative_id, criterion, value)
    for key in spec["weak_points"]:
        editor.link_weak_point(initiative_id, book.id(f"purchase/weak-point/{key}"))
    if "to_be" in spec:
        basis, volume, rate = spec["to_be"]
        editor.set_benefit_model(initiative_id, book.id("purchase/to-be"), basis, volume, rate)
