"""The SOP's "Controls and risks" section: a block per step with risks or controls, in
procedure order; none at all when the process has neither; left out on request."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from procdesk.export.sop.content import Section, SopOptions
from procdesk.export.sop.document import sop_pdf
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample
from tests.builders import draw_simple


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_the_sample_lists_controls_and_risks_per_step() -> None:
    workspace = Workspace(build_sample())
    process = workspace.processes()[0]
    diagram = workspace.diagrams_of(process.id)[0]
    text = text_of(sop_pdf(workspace, process.id, diagram.id, None, SopOptions()))
    section = text[text.rindex("Controls and risks") :]
    # steps in procedure order, only those with a risk or a control
    titles = re.findall(r"Step (\d+): (.+?) Risk or control", section)
    assert [name for _, name in titles] == [
        "Amount above 5,000 EUR?",
        "Approve budget",
        "Select supplier",
        "Create purchase order",
    ]
    assert (
        "Risk: Orders split to stay below the approval limit Fraud; inherent 16, residual 16"
        in (section)
    )
    assert "Control: Supplier master-data review" in section
    assert "Evidence: (missing)" in section
    assert "Satisfies: SOX (internal control) ICFR-PUR-01" in section


def test_no_section_without_controls_or_risks_and_none_when_left_out() -> None:
    drawn = draw_simple()
    pdf = sop_pdf(drawn.workspace, drawn.process, drawn.diagram, None, SopOptions())
    assert "Controls and risks" not in text_of(pdf)
    workspace = Workspace(build_sample())
    process = workspace.processes()[0]
    diagram = workspace.diagrams_of(process.id)[0]
    options = SopOptions(sections=frozenset(Section) - {Section.CONTROLS})
    assert "Controls and risks" not in text_of(
        sop_pdf(workspace, process.id, diagram.id, None, options)
    )
