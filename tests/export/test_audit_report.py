"""The audit report read back: the PDF's text with pypdf, the workbook with openpyxl; the
maturity part from the sample's assessments."""

from __future__ import annotations

import io
import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from procdesk.export.compliance.report import audit_report
from procdesk.export.compliance.requirements_table import (
    guess_mapping,
    read_table,
    requirement_rows,
)
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample
from tests.export.pdf_reading import page_texts


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
        # the whole workspace: the maturity of each assessed process, under its name
        "Maturity: Purchase requisition",
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


def test_one_process_has_the_maturity_section_of_its_assessments(sample: Workspace) -> None:
    # given the purchase requisition, assessed under PEMM on 2025-03-10 and 2026-02-16
    process = next(p for p in sample.processes() if p.name == "Purchase requisition")
    # when its audit report is written and read back with pdftotext
    pages = page_texts(audit_report(sample, process.id, "Muster", "2026-03-01", ".pdf"))
    text = " ".join(" ".join(page.split()) for page in pages)
    # then it ends with the maturity section: the latest assessment, the profile table with
    # the target (procdesk/sample/maturity.py: LATEST and TARGET), the history and the changes
    assert "Purchase requisition As of 2026-03-01" in text
    maturity = text.split("Open findings")[1]
    assert "PEMM process enablers (2007): latest assessment on 2026-02-16 by A. Weber" in maturity
    assert "Dimension Level Target Gap" in maturity
    for row in ("Design P-2 P-3 1", "Performers P-2 P-2", "Infrastructure P-1 P-3 2"):
        assert row in maturity
    history = "2025-03-10 A. Weber (internal audit) P-1 P-1 P-1 P-1 P-1"
    assert "History of assessments" in maturity and history in maturity
    # four dimensions rose a level between the two assessments; infrastructure stayed
    assert maturity.count("+1") == 4
    assert "Maturity: Purchase requisition" not in maturity
    # and the heading stands on the page of its radar and table, not alone before it
    page = next(p for p in pages if "latest assessment on 2026-02-16" in p)
    assert "Infrastructure" in page and "Gap" in page


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
    # a row per assessment and dimension: the purchase requisition's two PEMM assessments
    maturity = list(book["Maturity"].iter_rows(values_only=True))
    assert maturity[0][:6] == ("Process", "Model", "Date", "Assessor", "Dimension", "Level")
    rows = maturity[1:]
    assert len(rows) == 10
    assert {(r[2], r[4]): r[5] for r in rows if r[4] in ("Design", "Infrastructure")} == {
        ("2025-03-10", "Design"): 1,
        ("2025-03-10", "Infrastructure"): 1,
        ("2026-02-16", "Design"): 2,
        ("2026-02-16", "Infrastructure"): 1,
    }
    assert {r[0] for r in rows} == {"Purchase requisition"}
    assert [r[7] for r in rows[5:]] == [3, 2, 3, 3, 3]


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
