"""The sample's RACI: a role list beside the lanes, and who is accountable, consulted and
informed on each step of the purchase requisition, as-is and to-be.

The lanes stay Responsible for their steps by default; the parts below add the roles a lane
does not show: who answers for the result and who is asked or told. It names the roles in
the sample book as ``role/NAME``.
"""

from __future__ import annotations

from procdesk.model.assignments import Letter
from procdesk.sample.book import SampleBook

ROLES = (
    (
        "Cost centre manager",
        "Answers for the budget of the requesting department.",
        "Requesting department",
    ),
    (
        "Head of Purchasing",
        "Answers for how the company buys: suppliers, prices and terms.",
        "Purchasing",
    ),
    ("Controlling", "Watches budgets and spending across the company.", "Finance"),
    ("Accounts payable", "Pays supplier invoices against the purchase order.", "Finance"),
)
"""The role list: name, description, department."""

A, C, INF = Letter.ACCOUNTABLE, Letter.CONSULTED, Letter.INFORMED
AS_IS: dict[str, tuple[tuple[str, Letter], ...]] = {
    "fill": (("Cost centre manager", A),),
    "sign": (("Cost centre manager", A),),
    "check": (("Head of Purchasing", A), ("Requester", C)),
    "revise": (("Cost centre manager", A), ("Purchasing", C)),
    "approve": (("Controlling", A), ("Cost centre manager", C), ("Requester", INF)),
    "quotes": (("Head of Purchasing", A),),
    "select": (("Head of Purchasing", A), ("Requester", C)),
    "order": (("Head of Purchasing", A), ("Accounts payable", INF)),
    "send": (("Head of Purchasing", A), ("Requester", INF)),
    "receive": (("Cost centre manager", A), ("Purchasing", INF), ("Accounts payable", INF)),
}
"""Besides its lane (Responsible): roles and their letters on each step of the as-is."""

TO_BE: dict[str, tuple[tuple[str, Letter], ...]] = {
    **{key: value for key, value in AS_IS.items() if key not in ("sign", "approve")},
    "approve": (("Controlling", A), ("Cost centre manager", INF)),
}
"""The to-be drops the signature and lets the ERP check the budget, watched by controlling."""


def add_raci(book: SampleBook) -> None:
    """Add the role list and the RACI of the purchase requisition's steps."""
    editor = book.editor
    for name, description, department in ROLES:
        book.name(f"role/{name}", editor.add_role(name, description, department))
    for prefix, table in (("purchase/step/", AS_IS), ("purchase/to-be/step/", TO_BE)):
        for key, assignments in table.items():
            step_id = book.names.get(prefix + key)
            if step_id is None:
                continue
            for role, letter in assignments:
                editor.set_responsibility(step_id, role, letter)
