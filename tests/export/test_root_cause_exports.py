"""Root-cause analyses on paper, read back: the fishbone PDF, the SOP's weak-point section and
the portfolio report hold the 5 Whys and every line of every cause the layout set."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from procdesk.analysis.fishbone_layout import FishboneLayout
from procdesk.analysis.portfolio.register import build_register
from procdesk.export.portfolio.report import portfolio_pdf
from procdesk.export.root_cause.drawing import (
    fishbone_pdf,
    fishbones_for,
    weak_point_drawing,
    weak_point_layout,
)
from procdesk.export.sop.content import Section, SopOptions
from procdesk.export.sop.document import sop_pdf
from procdesk.model.editor import Editor
from procdesk.model.elements import WeakPoint
from procdesk.model.history import History
from procdesk.model.root_cause_queries import has_analysis, whys_of
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample
from tests.world_names import pdftotext


@pytest.fixture(scope="module")
def workspace() -> Workspace:
    return Workspace(build_sample())


def analysed(workspace: Workspace, start: str) -> WeakPoint:
    return next(
        p
        for p in workspace
        if isinstance(p, WeakPoint)
        and p.description.startswith(start)
        and has_analysis(workspace, p.id)
    )


def cause_lines(layout: FishboneLayout) -> list[str]:
    """Every line of text the layout set for a cause or a category."""
    return [line for text in layout.texts if text.ref for line in text.lines]


def test_the_fishbone_pdf_is_one_page_as_large_as_the_picture(workspace: Workspace) -> None:
    # given the sample's approval wait, analysed with a fishbone
    point = analysed(workspace, "Approvals wait")
    layout = weak_point_layout(workspace, point.id)
    assert layout is not None
    # when it is written as a PDF
    pdf = fishbone_pdf(workspace, point.id)
    # then it is one page the size of the picture, holding every cause and category
    (page,) = PdfReader(io.BytesIO(pdf)).pages
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
        (layout.width, layout.height), abs=1
    )
    text = pdftotext(pdf)
    lines = cause_lines(layout)
    assert {"Single approver for", "every amount", "Method"} <= set(lines)
    missing = [line for line in lines if line not in text]
    assert missing == []
    assert "confirmed cause" in text and "travelling." in text


def test_a_weak_point_without_a_fishbone_has_no_picture(workspace: Workspace) -> None:
    point = next(
        p for p in workspace if isinstance(p, WeakPoint) and not has_analysis(workspace, p.id)
    )
    assert weak_point_drawing(workspace, point.id) is None
    with pytest.raises(ValueError, match="no fishbone"):
        fishbone_pdf(workspace, point.id)


def test_the_sop_shows_each_analysis_under_its_weak_point(workspace: Workspace) -> None:
    # given the sample's as-is, whose approval wait has 5 Whys and a fishbone and whose
    # rework has a fishbone
    approval = analysed(workspace, "Approvals wait")
    rework = analysed(workspace, "One requisition")
    (process,) = [p for p in workspace.processes() if p.name == "Purchase requisition"]
    options = SopOptions(sections=frozenset({Section.WEAK_POINTS}))
    # when its SOP is written
    text = pdftotext(sop_pdf(workspace, process.id, approval.diagram_id, None, options))
    # then there are two analyses, one with the numbered 5 Whys
    assert text.count("Root-cause analysis") == 2 and text.count("5 Whys") == 1
    for number, why in enumerate(whys_of(workspace, approval.id), start=1):
        assert f"{number}. {why.why} — Because: {why.because}" in text
    # and both fishbones, cause by cause
    for point in (approval, rework):
        layout = weak_point_layout(workspace, point.id)
        assert layout is not None
        assert [line for line in cause_lines(layout) if line not in text] == []
    # the approval's analysis comes right under its row, before the next weak point's row
    approval_row = text.index("Approvals wait up to a week")
    analysis = text.index("1. Why do approvals wait")
    next_row = text.index("Paper form travels by internal mail")
    assert approval_row < analysis < next_row


def test_the_sop_of_a_diagram_without_analyses_has_none(workspace: Workspace) -> None:
    (process,) = [p for p in workspace.processes() if p.name == "Purchase requisition"]
    to_be = workspace.diagrams_of(process.id)[1]
    options = SopOptions(sections=frozenset({Section.WEAK_POINTS}))
    text = pdftotext(sop_pdf(workspace, process.id, to_be.id, None, options))
    assert "Approvals wait up to a week" in text
    assert "Root-cause analysis" not in text


def test_the_portfolio_report_shows_the_fishbone_of_each_linked_weak_point() -> None:
    # given the sample, whose approved initiative addresses the analysed approval wait
    editor = Editor(History(Workspace(build_sample())))
    workspace = editor.workspace
    register = build_register(workspace)
    layout = weak_point_layout(workspace, analysed(workspace, "Approvals wait").id)
    assert layout is not None
    # when the report is made with the root-cause hook, and without
    text = pdftotext(portfolio_pdf(workspace, register, fishbones=fishbones_for(workspace)))
    plain = pdftotext(portfolio_pdf(workspace, register))
    # then its business case shows the fishbone's causes, which are nowhere without it
    lines = cause_lines(layout)
    assert [line for line in lines if line not in text] == []
    assert "Single approver for" not in plain
    assert "confirmed cause" in text
