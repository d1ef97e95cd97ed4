"""The sample's compliance part: requirements the purchase requisition must meet, its risks
and the controls that mitigate them, with something left for the coverage report to show (a
requirement no control meets, a control without evidence, a high risk without a control).

It names ``audit/requirement/KEY``, ``audit/risk/KEY`` and ``audit/control/KEY``.
"""

from __future__ import annotations

from procdesk.model.compliance import (
    ControlAutomation,
    ControlFrequency,
    ControlType,
    RiskCategory,
)
from procdesk.model.elements import WeakPointCategory
from procdesk.sample.book import SampleBook

REQUIREMENTS = (
    (
        "four-eyes",
        "SOX (internal control)",
        "ICFR-PUR-01",
        "Four-eyes principle above the approval limit",
        "Purchases above 25,000 EUR are approved by a second, independent approver.",
    ),
    (
        "budget",
        "Internal policy",
        "FIN-2",
        "Spend within the approved budget",
        "No order is placed unless budget for it has been checked and reserved.",
    ),
    (
        "external",
        "ISO 9001:2015",
        "8.4",
        "Control of externally provided processes, products and services",
        "The organisation determines and applies criteria for the evaluation, selection, "
        "monitoring of performance and re-evaluation of external providers.",
    ),
    (
        "gdpr",
        "GDPR",
        "Art. 5",
        "Principles relating to processing of personal data",
        "Supplier contacts' personal data are accurate, kept up to date and limited to what "
        "is necessary.",
    ),
    (
        "split",
        "Internal policy",
        "PUR-2",
        "No split orders",
        "A purchase must not be split into several orders to stay below an approval limit.",
    ),
)


def add_audit(book: SampleBook) -> None:
    """Record requirements, risks and controls on the purchase requisition's as-is."""
    editor = book.editor
    for key, source, clause, title, text in REQUIREMENTS:
        book.name(
            f"audit/requirement/{key}",
            editor.add_requirement(source, clause, title=title, text=text),
        )
    design = editor.add_requirement(
        "ISO 9001:2015",
        "8.3",
        title="Design and development of products and services",
        applicable=False,
        reason="Purchasing designs no products or services.",
    )
    book.name("audit/requirement/design", design)
    process = book.id("purchase")

    def step(key: str) -> str:
        return book.id(f"purchase/step/{key}")

    unauthorised = editor.add_risk(
        process,
        step("approve"),
        "Purchase approved without authority while the only approver is away",
        category=RiskCategory.COMPLIANCE,
        likelihood=4,
        impact=5,
        owner="Head of Finance",
    )
    split = editor.add_risk(
        process,
        step("amount"),
        "Orders split to stay below the approval limit",
        category=RiskCategory.FRAUD,
        likelihood=4,
        impact=4,
        owner="Head of Procurement",
    )
    fraud = editor.add_risk(
        process,
        step("select"),
        "Supplier fraud: fictitious supplier or manipulated bank details",
        category=RiskCategory.FRAUD,
        likelihood=2,
        impact=5,
        owner="Head of Procurement",
    )
    weak_point = editor.add_weak_point(
        book.id("purchase/as-is"),
        step("order"),
        category=WeakPointCategory.COMPLIANCE,
        severity=4,
        description="Orders are sometimes placed before the requisition is approved.",
        root_cause="Urgent purchases are ordered by phone and documented afterwards.",
        action="Let the ERP refuse a purchase order without an approved requisition.",
        owner="Purchasing",
    )
    book.name("audit/weak-point/order-first", weak_point)
    order_first = editor.risk_from_weak_point(weak_point)
    for key, risk in (
        ("unauthorised", unauthorised),
        ("split", split),
        ("fraud", fraud),
        ("order-first", order_first),
    ):
        book.name(f"audit/risk/{key}", risk)

    def requirement(key: str) -> str:
        return book.id(f"audit/requirement/{key}")

    budget = editor.add_control(
        "Budget check in ERP",
        [step("approve"), step("order")],
        [unauthorised, order_first],
        [requirement("budget")],
        description="The ERP reserves the budget and refuses a purchase order without an "
        "approved requisition.",
        type=ControlType.PREVENTIVE,
        automation=ControlAutomation.AUTOMATED,
        frequency=ControlFrequency.EACH_CASE,
        evidence="ERP approval and commitment log",
        owner="Finance / ERP team",
    )
    deputy = editor.add_control(
        "Deputy approval above 25,000 EUR",
        [step("approve")],
        [unauthorised],
        [requirement("four-eyes")],
        description="A second approver (the controller's deputy) signs every requisition "
        "above 25,000 EUR.",
        type=ControlType.PREVENTIVE,
        automation=ControlAutomation.MANUAL,
        evidence="Second signature in the ERP approval record",
        owner="Controller",
    )
    review = editor.add_control(
        "Supplier master-data review",
        [step("select")],
        [fraud],
        [requirement("external"), requirement("gdpr")],
        description="Purchasing reviews new and changed suppliers, their bank details and "
        "contact data against the supplier's documents.",
        type=ControlType.DETECTIVE,
        automation=ControlAutomation.MANUAL,
        frequency=ControlFrequency.MONTHLY,
        owner="Purchasing lead",
    )
    for key, control in (("budget", budget), ("deputy", deputy), ("review", review)):
        book.name(f"audit/control/{key}", control)
