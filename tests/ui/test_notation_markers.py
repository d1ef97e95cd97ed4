"""The BPMN markers, painted offscreen one element at a time and read back pixel by pixel.

Each test paints an element with and without the feature and compares the dark pixels where
the marker belongs (scale 2: two pixels per scene unit, on white paper).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from procdesk.model.elements import (
    EventDefinition,
    Flow,
    FlowKind,
    Foreign,
    LoopKind,
    Multiplicity,
    Pool,
    Shape,
    Step,
    StepKind,
)
from procdesk.model.geometry import Rect
from procdesk.ui.canvas.connections import paint_flow
from procdesk.ui.canvas.notation import paint_shape
from procdesk.ui.canvas.style import paper_colors

SCALE = 2.0
MARGIN = 10.0


def _image(width: float, height: float, draw: Callable[[QPainter], None]) -> QImage:
    image = QImage(
        round((width + 2 * MARGIN) * SCALE),
        round((height + 2 * MARGIN) * SCALE),
        QImage.Format.Format_ARGB32,
    )
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(SCALE, SCALE)
    painter.translate(MARGIN, MARGIN)
    with paper_colors():
        draw(painter)
    painter.end()
    return image


def shape_image(shape: Shape) -> QImage:
    b = shape.bounds
    return _image(b.w, b.h, lambda p: paint_shape(p, shape, QRectF(0, 0, b.w, b.h)))


def dark(image: QImage, x: float, y: float, w: float, h: float) -> int:
    """Dark pixels in the box (x, y, w, h), given in the element's local scene units."""
    left, top = round((x + MARGIN) * SCALE), round((y + MARGIN) * SCALE)
    right, bottom = round((x + w + MARGIN) * SCALE), round((y + h + MARGIN) * SCALE)
    return sum(
        1
        for px in range(left, right)
        for py in range(top, bottom)
        if image.pixelColor(px, py).lightness() < 128
    )


def step(kind: StepKind, w: float = 100, h: float = 80, **fields: object) -> Step:
    return Step(id="S", diagram_id="D", kind=kind, bounds=Rect(0, 0, w, h), **fields)  # type: ignore[arg-type]


def test_exclusive_gateway_shows_its_x_only_where_the_marker_is_visible(qapp) -> None:
    # given the same exclusive gateway with and without isMarkerVisible
    shown = shape_image(step(StepKind.EXCLUSIVE_GATEWAY, 50, 50, marker_visible=True))
    hidden = shape_image(step(StepKind.EXCLUSIVE_GATEWAY, 50, 50, marker_visible=False))
    # then the centre (inside the diamond's outline) holds the X only where it is visible
    assert dark(shown, 15, 15, 20, 20) > 150
    assert dark(hidden, 15, 15, 20, 20) == 0
    # and both draw the diamond
    assert dark(hidden, 0, 20, 10, 10) > 0


def test_a_gateway_made_here_shows_its_x() -> None:
    # a gateway made in procdesk, with no DI of its own, keeps the default
    assert step(StepKind.EXCLUSIVE_GATEWAY, 50, 50).marker_visible


def _flow(**fields: object) -> Flow:
    return Flow(id="F", diagram_id="D", source_id="A", target_id="B", **fields)  # type: ignore[arg-type]


def flow_image(flow: Flow, length: float = 200) -> QImage:
    points = [QPointF(0, 40), QPointF(length, 40)]
    return _image(length, 80, lambda p: paint_flow(p, flow, points))


def test_a_message_flow_carrying_a_message_shows_an_envelope_at_its_middle(qapp) -> None:
    # given a message flow naming its message, and one that does not
    carrying = _flow(kind=FlowKind.MESSAGE, foreign=Foreign((("messageRef", "Message_1"),)))
    plain = _flow(kind=FlowKind.MESSAGE)
    with_envelope, without = flow_image(carrying), flow_image(plain)
    # then around the middle (100, 40) the envelope's outline adds ink above and below the line
    assert dark(with_envelope, 88, 31, 24, 6) > 40
    assert dark(without, 88, 31, 24, 6) == 0
    # and a sequence flow never carries one, whatever its kept attributes say
    sequence = _flow(foreign=Foreign((("messageRef", "Message_1"),)))
    assert dark(flow_image(sequence), 88, 31, 24, 6) == 0


def test_an_association_with_a_direction_has_an_open_arrowhead(qapp) -> None:
    # given associations without a direction, towards the target, and both ways
    none = flow_image(_flow(kind=FlowKind.ASSOCIATION))
    one = flow_image(
        _flow(kind=FlowKind.ASSOCIATION, foreign=Foreign((("associationDirection", "One"),)))
    )
    both = flow_image(
        _flow(kind=FlowKind.ASSOCIATION, foreign=Foreign((("associationDirection", "Both"),)))
    )
    # then the arrowhead's arms spread above and below the line's end (x 189..200)
    assert dark(none, 188, 34, 10, 4) == 0
    assert dark(one, 188, 34, 10, 4) > 10
    assert dark(one, 2, 34, 10, 4) == 0
    assert dark(both, 2, 34, 10, 4) > 10


def test_message_events_catch_hollow_and_throw_filled(qapp) -> None:
    # given a catching and a throwing intermediate message event
    catch = shape_image(
        step(StepKind.INTERMEDIATE_CATCH_EVENT, 36, 36, event_definition=EventDefinition.MESSAGE)
    )
    throw = shape_image(
        step(StepKind.INTERMEDIATE_THROW_EVENT, 36, 36, event_definition=EventDefinition.MESSAGE)
    )
    # then inside the envelope (below its flap) the throwing one is filled, the catching one not
    assert dark(throw, 11, 19, 14, 3) > 3 * max(dark(catch, 11, 19, 14, 3), 10)


def test_a_pool_of_several_participants_shows_three_bars_at_its_bottom_centre(qapp) -> None:
    # given a pool with a participant multiplicity and one without
    bounds = Rect(0, 0, 400, 200)
    many = Pool(
        id="P", diagram_id="D", name="Suppliers", bounds=bounds, multiplicity=Multiplicity(2, 9)
    )
    one = Pool(id="P", diagram_id="D", name="Suppliers", bounds=bounds)
    # then the bottom centre holds the bars only for the first
    assert dark(shape_image(many), 190, 180, 20, 14) > 40
    assert dark(shape_image(one), 190, 180, 20, 14) == 0


def test_an_event_sub_process_has_a_dotted_border(qapp) -> None:
    # given an expanded sub-process triggered by an event, and a plain one
    plain = step(StepKind.SUB_PROCESS, 300, 120, expanded=True)
    event = step(
        StepKind.SUB_PROCESS,
        300,
        120,
        expanded=True,
        foreign=Foreign((("triggeredByEvent", "true"),)),
    )
    # then along its left side (away from corners and name) far less of the border is inked
    solid = dark(shape_image(plain), -1, 20, 2, 80)
    dotted = dark(shape_image(event), -1, 20, 2, 80)
    assert solid > 250
    assert dotted < 0.7 * solid


def test_a_non_interrupting_boundary_event_has_dashed_rings(qapp) -> None:
    interrupting = shape_image(step(StepKind.BOUNDARY_EVENT, 36, 36, interrupting=True))
    non = shape_image(step(StepKind.BOUNDARY_EVENT, 36, 36, interrupting=False))
    # the rings' ink (the whole event: no glyph) thins out where they are dashed
    assert dark(non, -2, -2, 40, 40) < 0.85 * dark(interrupting, -2, -2, 40, 40)


def test_a_call_activity_has_a_thick_border(qapp) -> None:
    task = dark(shape_image(step(StepKind.TASK)), -2, 20, 6, 40)
    call = dark(shape_image(step(StepKind.CALL_ACTIVITY)), -2, 20, 6, 40)
    assert call > 2 * task


def _runs(image: QImage, y: float, x_from: float, x_to: float) -> int:
    """How many separate dark runs a horizontal scan line crosses."""
    row = round((y + MARGIN) * SCALE)
    runs, inside = 0, False
    for px in range(round((x_from + MARGIN) * SCALE), round((x_to + MARGIN) * SCALE)):
        is_dark = image.pixelColor(px, row).lightness() < 128
        runs += is_dark and not inside
        inside = is_dark
    return runs


def test_a_transaction_has_a_double_border(qapp) -> None:
    transaction = shape_image(step(StepKind.TRANSACTION, 300, 120, expanded=True))
    sub_process = shape_image(step(StepKind.SUB_PROCESS, 300, 120, expanded=True))
    # a scan line through the left side crosses two lines for the transaction, one otherwise
    assert _runs(transaction, 60, -3, 12) == 2
    assert _runs(sub_process, 60, -3, 12) == 1


def test_a_collapsed_sub_process_shows_its_plus_and_an_expanded_one_does_not(qapp) -> None:
    collapsed = shape_image(step(StepKind.SUB_PROCESS, expanded=False))
    expanded = shape_image(step(StepKind.SUB_PROCESS, expanded=True))
    assert dark(collapsed, 42, 60, 16, 16) > 60
    assert dark(expanded, 42, 60, 16, 16) == 0


def _dark_lines(image: QImage, box: tuple[float, float, float, float]) -> tuple[int, int]:
    """(columns, rows) of the marker box that hold no dark pixel, between dark ones."""
    x, y, w, h = (
        round((v + MARGIN) * SCALE) if i < 2 else round(v * SCALE) for i, v in enumerate(box)
    )
    inked = {
        (px, py)
        for px in range(x, x + w)
        for py in range(y, y + h)
        if image.pixelColor(px, py).lightness() < 128
    }
    xs = sorted({px for px, _ in inked})
    ys = sorted({py for _, py in inked})
    empty_columns = sum(1 for px in range(xs[0], xs[-1]) if px not in xs)
    empty_rows = sum(1 for py in range(ys[0], ys[-1]) if py not in ys)
    return empty_columns, empty_rows


def test_multi_instance_bars_stand_upright_for_parallel_and_lie_for_sequential(qapp) -> None:
    box = (40.0, 60.0, 20.0, 18.0)
    parallel = shape_image(step(StepKind.TASK, loop=LoopKind.PARALLEL))
    sequential = shape_image(step(StepKind.TASK, loop=LoopKind.SEQUENTIAL))
    # upright bars leave empty columns between them and none between rows; level bars the reverse
    columns, rows = _dark_lines(parallel, box)
    assert columns > 0 and rows == 0
    columns, rows = _dark_lines(sequential, box)
    assert columns == 0 and rows > 0
    # and a standard loop and a compensation task put something else in the same place
    loop = shape_image(step(StepKind.TASK, loop=LoopKind.STANDARD))
    compensation = shape_image(step(StepKind.TASK, compensation=True))
    plain = shape_image(step(StepKind.TASK))
    assert dark(loop, *box) > 20 and dark(compensation, *box) > 20
    assert dark(plain, *box) == 0


def test_the_collapsed_marker_follows_the_multi_instance_bars(qapp) -> None:
    # given a collapsed multi-instance sub-process: bars, then the plus, centred as a group
    both = shape_image(step(StepKind.SUB_PROCESS, loop=LoopKind.PARALLEL))
    # then the bars are left of the centre and the plus box right of it
    bars_left = dark(both, 35, 62, 12, 14)
    plus_right = dark(both, 52, 62, 14, 14)
    assert bars_left > 30 and plus_right > 60
    assert dark(both, 47.5, 62, 4, 14) == 0  # the gap between them


def test_an_ad_hoc_sub_process_shows_its_tilde_beside_the_plus(qapp) -> None:
    ad_hoc = shape_image(step(StepKind.AD_HOC_SUB_PROCESS))
    plain = shape_image(step(StepKind.SUB_PROCESS))
    # the group [+][~] is centred: the tilde lies right of the centre where the lone plus is not
    assert dark(ad_hoc, 55, 62, 14, 14) > 20
    assert dark(plain, 58, 62, 12, 14) == 0


@pytest.mark.parametrize(
    "kind",
    [
        StepKind.USER_TASK,
        StepKind.SERVICE_TASK,
        StepKind.MANUAL_TASK,
        StepKind.SCRIPT_TASK,
        StepKind.SEND_TASK,
        StepKind.RECEIVE_TASK,
        StepKind.BUSINESS_RULE_TASK,
    ],
)
def test_each_task_type_draws_its_icon_top_left(qapp, kind: StepKind) -> None:
    typed = shape_image(step(kind, name=""))
    plain = shape_image(step(StepKind.TASK, name=""))
    assert dark(typed, 5, 5, 22, 22) > 30
    assert dark(plain, 5, 5, 22, 22) == 0


def test_an_imported_file_draws_the_x_and_the_envelope_where_it_says(qapp) -> None:
    from pathlib import Path

    from procdesk.export.bpmn.reader import read_bpmn
    from procdesk.model.workspace import Workspace
    from procdesk.ui.canvas.drawing import diagram_bounds, picture_of
    from procdesk.ui.canvas.render import diagram_png

    # given the notation test model imported (gateways at (195, 260) with isMarkerVisible and
    # (745, 260) without; the message flow Order carries Message_1: 254 units long, its
    # middle is 127 along, at (143, 160), where the envelope's top edge runs at y 153)
    data = (Path(__file__).parent / "data" / "notation.bpmn").read_bytes()
    result = read_bpmn(data)
    workspace = Workspace(result.entities)
    diagram = workspace.diagrams_of(result.process_id)[0].id
    # when exported as a picture
    image = QImage.fromData(diagram_png(workspace, diagram, scale=SCALE), "PNG")
    origin = diagram_bounds(picture_of(workspace, diagram)).topLeft()

    def ink(x: float, y: float, half: float) -> int:
        return dark(
            image,
            x - origin.x() - MARGIN - half,
            y - origin.y() - MARGIN - half,
            2 * half,
            2 * half,
        )

    # then the X is drawn only in the first gateway, and the envelope on the message flow
    assert ink(195, 260, 8) > 100
    assert ink(745, 260, 8) == 0
    assert ink(143, 153, 3) > 5


def test_a_long_note_runs_on_to_the_right_instead_of_out_of_its_box(qapp) -> None:
    from procdesk.model.elements import Annotation
    from procdesk.ui.canvas.items import ShapeItem

    # given an annotation one line high whose text is wider than its box
    note = Annotation(id="A", diagram_id="D", name="With PowerShell", bounds=Rect(0, 0, 60, 20))
    image = _image(200, 20, lambda p: paint_shape(p, note, QRectF(0, 0, 60, 20)))
    # then the text stays on one line, running on right of the box, not above or below it
    assert dark(image, 62, 2, 60, 16) > 30
    assert dark(image, 8, -8, 120, 7) == 0
    assert dark(image, 8, 21, 120, 7) == 0
    # and its canvas item claims that room, so it is repainted there
    assert ShapeItem(note).boundingRect().right() > 100


def _lightness(image: QImage, x: float, y: float) -> int:
    return image.pixelColor(round((x + MARGIN) * SCALE), round((y + MARGIN) * SCALE)).lightness()


def test_an_event_s_ring_keeps_its_dark_colour_on_a_dark_fill_and_its_glyph_shows(qapp) -> None:
    # given a red end event and a dark blue message event, neither with a stroke of its own
    red = shape_image(step(StepKind.END_EVENT, 36, 36, fill="#be0000"))
    blue = shape_image(
        step(
            StepKind.INTERMEDIATE_CATCH_EVENT,
            36,
            36,
            fill="#1f3a93",
            event_definition=EventDefinition.MESSAGE,
        )
    )
    white = shape_image(
        step(StepKind.INTERMEDIATE_CATCH_EVENT, 36, 36, event_definition=EventDefinition.MESSAGE)
    )
    # then the rings, on the paper around them, are dark, as bpmn-js draws them
    assert _lightness(red, 0, 18) < 80
    assert _lightness(blue, 0, 18) < 80
    # and the envelope's top edge (y 11) is light on the dark fill, dark on white
    assert _lightness(blue, 18, 11) > 150
    assert _lightness(white, 18, 11) < 100
