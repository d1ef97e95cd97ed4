"""A diagram rendered offscreen to SVG, PNG and PDF with the canvas's painters."""

from __future__ import annotations

from lxml import etree
from PySide6.QtGui import QImage

from procdesk.ui.canvas.render import diagram_pdf, diagram_png, diagram_svg
from tests.ui.builders import gallery, swimlane

SVG = "{http://www.w3.org/2000/svg}"


def test_svg_is_valid_xml_with_step_names_as_text(qapp):
    # given a swimlane diagram with named steps
    built = swimlane(("Receive request", "Check budget"))
    # when it is rendered as SVG
    data = diagram_svg(built.workspace, built.diagram_id)
    # then the SVG parses and holds the names as text, not as outlines
    root = etree.fromstring(data)
    texts = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert "Receive request" in texts
    assert "Check budget" in texts
    assert "Requester" in texts


def test_svg_is_cropped_to_the_diagram(qapp):
    # given a pool 900 wide and 300 high at the origin
    built = swimlane()
    # when rendered
    root = etree.fromstring(diagram_svg(built.workspace, built.diagram_id))
    # then the picture is the pool plus a small margin, not a page
    width = float(root.get("width").removesuffix("mm").removesuffix("px"))
    view_box = [float(v) for v in root.get("viewBox").split()]
    assert 900 < view_box[2] < 960
    assert 300 < view_box[3] < 360
    assert width > 0


def test_png_decodes_with_drawn_pixels(qapp):
    # given every notation kind in one diagram
    built = gallery()
    # when rendered as PNG at twice the scale
    data = diagram_png(built.workspace, built.diagram_id, scale=2.0)
    # then it decodes, is twice the scene size, and is not blank
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    assert image.width() > 2 * 1400
    dark = sum(
        1
        for x in range(0, image.width(), 17)
        for y in range(0, image.height(), 17)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 30


def test_pdf_is_one_page_that_fits_the_diagram(qapp):
    # given a swimlane diagram
    built = swimlane()
    # when rendered as PDF
    data = diagram_pdf(built.workspace, built.diagram_id)
    # then it is a one-page PDF sized like the diagram (in points)
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert 900 * 0.75 < float(box.width) < 960 * 0.75
    assert "Approve" in reader.pages[0].extract_text()


def test_render_works_in_a_process_without_any_qt_application(tmp_path):
    # given a fresh process with no Qt application and no display
    import os
    import subprocess
    import sys

    script = (
        "from tests.ui.builders import swimlane\n"
        "from procdesk.ui.canvas.render import diagram_svg\n"
        "built = swimlane()\n"
        "print(len(diagram_svg(built.workspace, built.diagram_id)))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    # when it renders a diagram
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True
    )
    # then it made one itself (offscreen) and drew the SVG
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) > 1000


def test_pictures_stay_on_light_paper_while_the_canvas_is_dark(qapp):
    from procdesk.ui.canvas.style import NIGHT, PAPER, canvas_colors, set_canvas_colors

    # given a diagram, and the canvas painting in its dark colours
    built = gallery()
    set_canvas_colors(NIGHT)
    try:
        # when it is rendered as SVG and PNG
        svg = diagram_svg(built.workspace, built.diagram_id).decode().lower()
        image = QImage.fromData(diagram_png(built.workspace, built.diagram_id), "PNG")
        # then the pictures use the paper colours only, and the canvas stays dark
        assert PAPER.stroke in svg
        assert not any(value in svg for value in (NIGHT.stroke, NIGHT.fill, NIGHT.background))
        assert image.pixelColor(1, 1).name() == PAPER.background
        assert canvas_colors() is NIGHT
    finally:
        set_canvas_colors(PAPER)
