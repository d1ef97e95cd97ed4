"""Reading the diagram's SVG: a viewBox in exponent notation (Qt writes a diagram over a
million scene units wide as ``1.6879e+06``), and svglib's debug report only when it is read."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import pytest

from procdesk.export.sop.content import SopOptions
from procdesk.export.sop.diagram import load_drawing, scene_scale
from procdesk.export.sop.document import sop_pdf
from tests.export.pdf_reading import page_texts
from tests.export.sop_builders import linear, wide_svg


def test_scale_is_read_from_a_view_box_in_exponent_notation() -> None:
    # given a drawing 4,000 px wide whose viewBox spans 1,600,000 scene units, written as Qt
    # writes six significant digits
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"'
        b' viewBox="0 0 1.6e+06 80000"><rect x="0" y="0" width="800000" height="40000"'
        b' fill="#fff" stroke="#222"/></svg>'
    )
    drawing = load_drawing(svg)
    # when the scale from scene units to drawing units is read
    scale = scene_scale(svg, drawing)
    # then it is 4,000 px x 0.75 pt/px = 3,000 pt over 1,600,000 units
    assert drawing.width == 3000
    assert scale == 3000 / 1_600_000


def test_sop_of_a_diagram_with_such_a_view_box_is_written_in_parts() -> None:
    # given a process in lanes (so every part repeats the lane headers) and a long diagram
    # whose viewBox width is written in exponent notation
    built = linear(3)
    svg = wide_svg(60).replace(b"<svg ", b'<svg viewBox="0 0 9.04e+03 200" ', 1)
    # when its SOP is made
    pdf = sop_pdf(built.workspace, built.process, built.diagram, svg, SopOptions())
    # then the diagram is there, split into parts, from the first box to the last
    text = " ".join(page_texts(pdf))
    assert re.search(r"part 1 of \d+", text)
    assert "Box 1 " in text and "Box 60" in text


@pytest.fixture
def svglib_logger() -> Iterator[logging.Logger]:
    """svglib's logger as a fresh process has it (level not set), restored afterwards."""
    logger = logging.getLogger("svglib.svglib")
    level = logger.level
    logger.setLevel(logging.NOTSET)
    yield logger
    logger.setLevel(level)


def test_svglib_skips_its_unused_attribute_report_while_debug_output_is_off(
    svglib_logger: logging.Logger,
) -> None:
    # given debug output switched off, as it is by default
    assert not svglib_logger.isEnabledFor(logging.DEBUG)
    # when a drawing is read
    load_drawing(wide_svg(3))
    # then svglib's own logger is above debug, so svglib skips the report
    assert svglib_logger.level == logging.INFO


def test_svglib_still_reports_unused_attributes_when_debug_output_is_on(
    svglib_logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    # given debug output switched on for the whole program (svglib's logger left as it is)
    caplog.set_level(logging.DEBUG)
    # when a drawing with an attribute svglib does not use is read
    load_drawing(wide_svg(3).replace(b"<rect ", b'<rect data-step="1" ', 1))
    # then its logger is untouched and its report names that attribute
    assert svglib_logger.level == logging.NOTSET
    assert any("data-step" in record.getMessage() for record in caplog.records)
