"""The audit report read back: the PDF's text with pypdf, the workbook with openpyxl; the
maturity hook filled by a source of its own."""

from __future__ import annotations

import io
import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from procdesk.analysis.audit_maturity import MaturityProfile
from procdesk.export.compliance.report import audit_report
from procdesk.export.compliance.requirements_table import (
    guess_mapping,
    read_table,
    requirement_rows,
)
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample


@pytest.fixture(scope="module")
def sample() -> Workspace:
    return Workspace(build_sample())


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_the_pdf_has_every_section_and_what_the_sample_holds(sample: Workspace) -> None:
    text = text_of(audit_report(sample, None, "Muster", "2026-03-01", ".pdf"))
    for heading in (
        "Audit report",
        "Workspace Muster",
        "As of 2026-03-01",
        "4 of 5 requirements met · 4 risks · 3 controls · 3 open findings",
        "Approval status of the SOPs",
        "Requirements and their coverage",
        "Residual (after controls)",
        "Controls per step",
        "Open findings",
        "No maturity assessment is recorded yet.",
    ):
        assert heading in text
    # the process is in review, not approved; the unmet clause and the excluded one
    assert "SOP-PRC-004 1.2 Review" in text
    # and its released version, in review (the versions part of the sample)
    assert "1.2 in review" in text
    assert "Internal policy PUR-2 No split orders \u2013 Not met" in text
    assert "Not applicable: Purchasing designs no products or services." in text
    # the residual rule applied, and the control without evidence
    assert "4 \u00d7 5 = 20 L 4 → 1, I 5 → 5: residual 5" in text
    assert "Supplier master-data review Detective, Manual, Monthly Purchasing lead (missing)" in (
        text
    )


def test_one_process_and_the_maturity_hook(sample: Workspace) -> None:
    process = sample.processes()[0]
    earlier = MaturityProfile("PEMM", "2025-06-01", {"Design": 1, "Owner": 2})
    profile = MaturityProfile("PEMM", "2026-02-01", {"Design": 2, "Owner": 3}, (earlier,))
    pdf = audit_report(sample, process.id, "Muster", "2026-03-01", ".pdf", lambda ws, pid: profile)
    text = text_of(pdf)
    assert "Purchase requisition As of 2026-03-01" in text
    assert "Assessment Design Owner PEMM · 2025-06-01 1 2 PEMM · 2026-02-01 2 3" in text


def test_the_workbook(sample: Workspace) -> None:
    data = audit_report(sample, None, "Muster", "2026-03-01", ".xlsx")
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Scope", "Requirements", "Risks", "Controls", "Findings", "Maturity"]
    risks = list(book["Risks"].iter_rows(min_row=2, values_only=True))
    # likelihood, impact, inherent, residual likelihood, residual impact, residual
    assert sorted(tuple(r[4:10]) for r in risks) == [
        (2, 5, 10, 2, 4, 8),
        (3, 4, 12, 1, 4, 4),
        (4, 4, 16, 4, 4, 16),
        (4, 5, 20, 1, 5, 5),
    ]
    findings = [r[0] for r in book["Findings"].iter_rows(min_row=2, values_only=True)]
    assert sorted(findings) == [
        "control-without-evidence",
        "requirement-uncovered",
        "risk-uncontrolled",
    ]
    assert book["Maturity"]["A1"].value == "No maturity assessment is recorded yet."


def test_the_workbooks_register_reads_back_as_requirements(sample: Workspace) -> None:
    data = audit_report(sample, None, "Muster", "2026-03-01", ".xlsx")
    table = read_table(data, ".xlsx")
    rows = requirement_rows(table, guess_mapping(table.header))
    assert len(rows) == 6
    design = next(r for r in rows if r.clause == "8.3")
    assert (design.applicable, design.reason) == (
        False,
        "Purchasing designs no products or services.",
    )
