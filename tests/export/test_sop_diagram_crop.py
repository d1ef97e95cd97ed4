"""The parts of a split diagram: each draws exactly the shapes that reach into it, in the order
the whole diagram paints them, found through a grid instead of a scan of every shape."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.graphics.shapes import Drawing, Group, Rect

from procdesk.export.sop.spatial import BoxGrid, ShapeIndex

coordinate = st.floats(min_value=-2000, max_value=2000, allow_nan=False)
extent = st.floats(min_value=0, max_value=800, allow_nan=False)


@st.composite
def boxes(draw: st.DrawFn) -> tuple[float, float, float, float]:
    """A box somewhere, from a point to a long band (zero width or height included)."""
    x, y = draw(coordinate), draw(coordinate)
    wide = draw(st.sampled_from([1.0, 1.0, 1.0, 10.0]))  # now and then a pool-like band
    return x, y, x + draw(extent) * wide, y + draw(extent)


def brute_force(shapes: list[tuple[float, float, float, float]], region: tuple) -> list[int]:
    """Every box that overlaps or touches *region*, by looking at each one."""
    left, bottom, right, top = region
    return [
        n
        for n, (x0, y0, x1, y1) in enumerate(shapes)
        if x1 >= left and x0 <= right and y1 >= bottom and y0 <= top
    ]


@settings(max_examples=200, deadline=None)
@given(st.lists(boxes(), max_size=120), st.lists(boxes(), min_size=1, max_size=8))
def test_grid_finds_what_a_scan_of_every_box_finds(shapes: list, regions: list) -> None:
    # given boxes anywhere, some wide, some empty, some far apart
    grid = BoxGrid(shapes)
    for region in regions:
        # when the grid is asked which reach into a region
        found = grid.touching(region)
        # then it names exactly those a scan of every box names, in their order
        assert found == brute_force(shapes, region)


def test_grid_finds_boxes_that_only_touch_the_region_and_those_that_span_it() -> None:
    # given a row of 10-wide boxes 20 apart and one band across all of them
    shapes = [(20.0 * n, 0.0, 20.0 * n + 10, 10.0) for n in range(100)]
    shapes.append((0.0, 4.0, 2000.0, 6.0))
    grid = BoxGrid(shapes)
    # when the region runs from the right edge of box 3 to the left edge of box 5
    found = grid.touching((70.0, 0.0, 100.0, 10.0))
    # then boxes 3 (touching), 4 (inside), 5 (touching) and the band are found, in order
    assert found == [3, 4, 5, 100]
    # and a region beside all of them finds nothing
    assert grid.touching((0.0, 20.0, 2000.0, 30.0)) == []
    assert BoxGrid([]).touching((0.0, 0.0, 1.0, 1.0)) == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(boxes(), min_size=1, max_size=60),
    st.lists(st.sampled_from([(1.0, 0.0), (0.5, 300.0), (2.0, -150.0)]), min_size=1),
    boxes(),
)
def test_crop_keeps_the_shapes_that_reach_into_a_part_in_painting_order(
    shapes: list, transforms: list, region: tuple
) -> None:
    # given a drawing of rectangles, in groups that scale and shift them
    drawing = Drawing(4000, 4000)
    painted: list[Rect] = []
    for number, (x0, y0, x1, y1) in enumerate(shapes):
        scale, shift = transforms[number % len(transforms)]
        rect = Rect(x0, y0, x1 - x0, y1 - y0)
        drawing.add(Group(rect, transform=(scale, 0, 0, scale, shift, shift)))
        painted.append(rect)
    index = ShapeIndex(drawing)
    # when the part *region* is cut out of it
    left, bottom, right, top = region
    part = index.crop((left, bottom, right - left, top - bottom))
    # then it holds the rectangles whose drawn (scaled, shifted) bounds reach into the part,
    # each once, in the order the whole drawing paints them, each at its place
    drawn = []
    for number, rect in enumerate(painted):
        scale, shift = transforms[number % len(transforms)]
        drawn.append(tuple(value * scale + shift for value in rect.getBounds()))
    expected = [painted[n] for n in brute_force(drawn, region)]
    assert [group.contents[0] for group in part.contents] == expected
    for group in part.contents:
        number = painted.index(group.contents[0])
        scale, shift = transforms[number % len(transforms)]
        assert tuple(group.transform) == (scale, 0, 0, scale, shift, shift)
    assert (part.width, part.height) == (drawing.width, drawing.height)
