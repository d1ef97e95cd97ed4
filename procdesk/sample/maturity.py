"""The sample's process maturity: the purchase requisition assessed twice under PEMM (a year
apart, to show progress) with the target profile the process owner set, so that four
dimensions still fall short of it.

It names ``maturity/pemm``, ``maturity/assessment/older``, ``maturity/assessment/latest`` and
``maturity/target`` in the sample book.
"""

from __future__ import annotations

from procdesk.model.maturity_files import shipped_model
from procdesk.model.maturity_queries import target_of
from procdesk.sample.book import SampleBook

ASSESSOR = "A. Weber (internal audit)"
OLDER = {"design": 1, "performers": 1, "owner": 1, "infrastructure": 1, "metrics": 1}
LATEST = {"design": 2, "performers": 2, "owner": 2, "infrastructure": 1, "metrics": 2}
TARGET = {"design": 3, "performers": 2, "owner": 3, "infrastructure": 3, "metrics": 3}

EVIDENCE = {
    "design": "The as-is flow is drawn end to end in procdesk and was agreed with Finance; "
    "no other process was looked at when it was designed.",
    "performers": "Requesters and buyers were trained on the new form in 2025; "
    "buyers can explain the whole flow, requesters only their part.",
    "owner": "The head of purchasing is named owner in the handbook but has no budget "
    "for the process and no say over Finance's approval.",
    "infrastructure": "Approval is a signed paper form; the ERP only sees the order. "
    "Bonuses depend on departmental targets.",
    "metrics": "Cycle time and first-pass yield are measured monthly end to end, "
    "but not tied to the company's goals or compared with others.",
}
DOCUMENTS = {
    "owner": ("handbook/purchasing-roles.pdf",),
    "metrics": ("https://intranet.example.com/reports/purchasing-kpis",),
}
LINKS = {"design": "purchase/as-is", "infrastructure": "purchase/step/approve"}


def add_maturity(book: SampleBook) -> None:
    """The PEMM copy, the two assessments with their evidence, and the target profile."""
    editor = book.editor
    process = book.id("purchase")
    model = editor.adopt_maturity_model(shipped_model("pemm"))
    book.name("maturity/pemm", model)
    older = editor.add_assessment(
        process,
        model,
        on="2025-03-10",
        assessor=ASSESSOR,
        levels=OLDER,
        note="First assessment, before the requisition form was redesigned.",
    )
    book.name("maturity/assessment/older", older)
    latest = editor.add_assessment(
        process,
        model,
        on="2026-02-16",
        assessor=ASSESSOR,
        levels=LATEST,
        note="Reassessed after the redesign and the KPI reporting were introduced.",
    )
    book.name("maturity/assessment/latest", latest)
    for dimension, text in EVIDENCE.items():
        editor.set_evidence(latest, dimension, text)
    for dimension, documents in DOCUMENTS.items():
        editor.set_documents(latest, dimension, documents)
    for dimension, name in LINKS.items():
        editor.link_evidence(latest, dimension, book.id(name))
    editor.set_target(process, model, TARGET)
    target = target_of(editor.workspace, process, model)
    assert target is not None
    book.name("maturity/target", target.id)
