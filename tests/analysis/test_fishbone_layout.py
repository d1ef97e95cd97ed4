"""The fishbone layout on hand-built fishbones: nothing overlaps, no line crosses a text, the
bones alternate above and below the spine, the head is at the right, the same input gives the
same picture, and a small case lands where working it out by hand says."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from procdesk.analysis.fishbone_layout import FishboneLayout, Legend, layout_fishbone
from procdesk.analysis.fishbone_shapes import Box, Role, Segment, wrap
from procdesk.model.commands import AddEntities
from procdesk.model.root_cause import Cause
from procdesk.model.root_cause_queries import Bone, CauseNode, Fishbone, fishbone_of
from tests.ui.builders import swimlane


def measure(text: str, size: float, bold: bool) -> float:
    """Every character half as wide as the text is high (bold a tenth wider)."""
    return len(text) * size * (0.55 if bold else 0.5)


def cause(text: str, *children: CauseNode, confirmed: bool = False) -> CauseNode:
    return CauseNode(f"c-{text}", text, confirmed, tuple(children))


def fishbone(*bones: tuple[str, tuple[CauseNode, ...]], problem: str = "Late") -> Fishbone:
    return Fishbone(problem, tuple(Bone(f"b-{name}", name, causes) for name, causes in bones))


SIX = fishbone(
    (
        "Method",
        (
            cause(
                "Approval only by wet signature on the paper form",
                cause("Signed form is the only proof", cause("Policy from 2014")),
                cause("No deputy named", confirmed=True),
                confirmed=True,
            ),
            cause("Budget checked by hand"),
        ),
    ),
    ("Machine", (cause("ERP workflow not set up", confirmed=True),)),
    ("Material", ()),
    ("Manpower", tuple(cause(f"Reason number {n}") for n in range(6))),
    ("Measurement", (cause("Waiting time not measured"),)),
    ("Environment", (cause("Two buildings", cause("Mail twice a day")),)),
    problem="Approvals wait up to a week while the controller is travelling.",
)


def overlapping_texts(layout: FishboneLayout) -> list[tuple[str, str]]:
    boxes = [(t.ref or t.role.value, t.box) for t in layout.texts]
    boxes += [(f"frame {f.ref}", f.box) for f in layout.frames if f.role == Role.CATEGORY]
    found = []
    for (a, first), (b, second) in itertools.combinations(boxes, 2):
        own_frame = (a.startswith("frame") and b == a[6:]) or (b.startswith("frame") and a == b[6:])
        if first.overlaps(second) and not own_frame:
            found.append((a, b))
    return found


def crosses(segment: Segment, box: Box) -> bool:
    """Whether the segment passes through the inside of the box (half a unit in from its
    edges), by clipping the segment to the box (Liang-Barsky)."""
    left, right, top, bottom = box.x + 0.5, box.right - 0.5, box.y + 0.5, box.bottom - 0.5
    dx, dy = segment.x2 - segment.x1, segment.y2 - segment.y1
    low, high = 0.0, 1.0
    for p, q in (
        (-dx, segment.x1 - left),
        (dx, right - segment.x1),
        (-dy, segment.y1 - top),
        (dy, bottom - segment.y1),
    ):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
    return low < high


def lines_through_text(layout: FishboneLayout) -> list[tuple[str, str]]:
    return [
        (segment.role.value, text.ref or text.role.value)
        for segment in layout.segments
        for text in layout.texts
        if crosses(segment, text.box)
    ]


def test_a_small_fishbone_lands_where_worked_out_by_hand() -> None:
    # given one bone "AB" with one cause "abcd" and the problem "P" (widths: half the size per
    # character, bold 0.55): the cause is 20 wide and 12.5 high, its row 22.5 high; the bone's
    # half is the least, 60; the label 20.1 x 21.75 (padding 4); the head 44 high
    layout = layout_fishbone(fishbone(("AB", (cause("abcd"),)), problem="P"), measure)
    # then the spine lies at 16 + 21.75 + 4 + 60 + 10 = 111.75
    assert layout.spine_y == pytest.approx(111.75)
    # the cause's block starts (60 - 22.5) / 2 = 18.75 below the bone's top (111.75 - 70) and
    # reaches 0.4 x (111.75 - 60.5) + 37.5 = 58 left of the bone's foot, at 16 + 58 = 74
    (bone,) = [s for s in layout.segments if s.role == Role.BONE]
    assert (bone.x2, bone.y2) == pytest.approx((74, 111.75))
    assert (bone.x1, bone.y1) == pytest.approx((74 - 0.4 * 70, 111.75 - 70))
    text = layout.text_of("c-abcd")
    assert text is not None
    assert (text.box.x, text.box.y, text.box.w, text.box.h) == pytest.approx(
        (74 - 20.5 - 8 - 20, 62.5, 20, 12.5)
    )
    # its rib runs from 7 left of the text to the bone at the rib's height, 77
    (rib,) = [s for s in layout.segments if s.role == Role.RIB]
    assert (rib.x1, rib.y1, rib.y2) == pytest.approx((18.5, 77, 77))
    assert rib.x2 == pytest.approx(74 - 0.4 * (111.75 - 77))
    # the head starts 92 (the bone's column end) + 16 - 9 = 99 and is 6.6 (bold) + 16 wide
    head = next(f for f in layout.frames if f.role == Role.HEAD)
    assert (head.box.x, head.box.y, head.box.w, head.box.h) == pytest.approx(
        (99, 111.75 - 22, 22.6, 44)
    )
    assert layout.width == pytest.approx(99 + 22.6 + 16)


def test_nothing_overlaps_and_no_line_crosses_a_text() -> None:
    layout = layout_fishbone(SIX, measure, legend=Legend("confirmed", "not yet"))
    assert overlapping_texts(layout) == []
    assert lines_through_text(layout) == []
    assert all(t.box.x >= 0 and t.box.right <= layout.width for t in layout.texts)
    assert all(t.box.y >= 0 and t.box.bottom <= layout.height for t in layout.texts)


def test_bones_alternate_above_and_below_the_spine() -> None:
    layout = layout_fishbone(SIX, measure)
    bones = [s for s in layout.segments if s.role == Role.BONE]
    assert len(bones) == 6
    # every bone meets the spine, slanting towards the head at the right
    assert all(b.y2 == pytest.approx(layout.spine_y) and b.x1 < b.x2 for b in bones)
    for number, category in enumerate(SIX.bones):
        # the 1st, 3rd and 5th category's name is above the spine, the others below
        label = layout.text_of(category.id)
        assert label is not None
        above = label.box.bottom < layout.spine_y
        assert above == (number % 2 == 0), category.name
        # and its bone's far end is just beyond the name
        (bone,) = [
            b
            for b in bones
            if label.box.x < b.x1 < label.box.right and (b.y1 < layout.spine_y) == above
        ]
        assert 0 < (bone.y1 - label.box.bottom if above else label.box.y - bone.y1) < 10


def test_the_head_is_at_the_right_and_the_spine_runs_into_it() -> None:
    layout = layout_fishbone(SIX, measure)
    head = next(f for f in layout.frames if f.role == Role.HEAD)
    others = [t for t in layout.texts if t.role != Role.HEAD]
    assert all(t.box.right < head.box.x for t in others)
    spine = next(s for s in layout.segments if s.role == Role.SPINE)
    assert spine.y1 == spine.y2 == layout.spine_y
    assert head.box.x - 10 <= spine.x2 <= head.box.x
    assert head.box.y < layout.spine_y < head.box.bottom


def test_confirmed_causes_are_bold_with_a_filled_dot() -> None:
    layout = layout_fishbone(SIX, measure)
    for node in SIX.causes():
        text = layout.text_of(node.id)
        dot = next(d for d in layout.dots if d.ref == node.id)
        assert text is not None
        assert text.bold == dot.filled == node.confirmed


def test_sub_causes_hang_below_their_cause_on_a_twig() -> None:
    layout = layout_fishbone(SIX, measure)
    parent = layout.text_of("c-Approval only by wet signature on the paper form")
    child = layout.text_of("c-Signed form is the only proof")
    grandchild = layout.text_of("c-Policy from 2014")
    assert parent and child and grandchild
    assert parent.box.bottom < child.box.y < grandchild.box.y
    assert child.role == Role.SUB_CAUSE and parent.role == Role.CAUSE
    # each level's text ends further left: the tree grows away from the bone
    assert grandchild.box.right < child.box.right < parent.box.right
    assert len([s for s in layout.segments if s.role == Role.TWIG]) == 3


def test_text_is_wrapped_to_fit() -> None:
    # "Approval only by wet signature on the paper form" at 10 is 245 wide: three lines
    text = layout_fishbone(SIX, measure).text_of(
        "c-Approval only by wet signature on the paper form"
    )
    assert text is not None and len(text.lines) > 1
    assert all(measure(line, text.size, text.bold) <= 125 for line in text.lines)
    assert " ".join(text.lines) == "Approval only by wet signature on the paper form"


def test_wrap_breaks_at_spaces_and_inside_words_too_long_for_a_line() -> None:
    # 5 units a character at size 10: 30 units hold six characters
    assert wrap("ab cd ef", 30, 10, False, measure) == ["ab cd", "ef"]
    assert wrap("abcdefghijklm", 30, 10, False, measure) == ["abcdef", "ghijkl", "m"]
    assert wrap("", 30, 10, False, measure) == [""]
    assert wrap("中文没有空格的句子", 20, 10, False, measure) == ["中文没有", "空格的句", "子"]


def test_the_same_fishbone_always_gives_the_same_picture() -> None:
    assert layout_fishbone(SIX, measure) == layout_fishbone(SIX, measure)


def test_every_cause_and_category_can_be_found_by_a_click() -> None:
    layout = layout_fishbone(SIX, measure)
    for text in (t for t in layout.texts if t.ref):
        middle = (text.box.x + text.box.w / 2, text.box.y + text.box.h / 2)
        found = layout.text_at(*middle)
        assert found is not None and found.ref == text.ref
    # and every category owns a part of the picture where a dragged cause lands
    assert {r.ref for r in layout.regions} == {b.id for b in SIX.bones}
    for first, second in itertools.combinations(layout.regions, 2):
        assert not first.box.overlaps(second.box)


def test_an_empty_fishbone_is_a_spine_and_a_head() -> None:
    layout = layout_fishbone(Fishbone("Nothing yet", ()), measure)
    assert [s.role for s in layout.segments] == [Role.SPINE]
    assert [t.role for t in layout.texts] == [Role.HEAD]


words = st.text(alphabet="abcdefgh ", min_size=1, max_size=60).filter(lambda t: t.strip())
trees = st.recursive(
    st.builds(lambda t, c: CauseNode(t, t, c), words, st.booleans()),
    lambda children: st.builds(
        lambda t, c, kids: CauseNode(t, t, c, tuple(kids)),
        words,
        st.booleans(),
        st.lists(children, max_size=3),
    ),
    max_leaves=8,
)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(words, st.lists(trees, max_size=4)),
        max_size=7,
    ),
    words,
)
def test_no_overlap_for_any_fishbone(
    bones: list[tuple[str, list[CauseNode]]], problem: str
) -> None:
    # ids must be unique in a fishbone: number the nodes
    counter = itertools.count()

    def numbered(node: CauseNode) -> CauseNode:
        return CauseNode(
            f"n{next(counter)}",
            node.text,
            node.confirmed,
            tuple(numbered(c) for c in node.children),
        )

    built = Fishbone(
        problem,
        tuple(
            Bone(f"bone{i}", name, tuple(numbered(c) for c in causes))
            for i, (name, causes) in enumerate(bones)
        ),
    )
    layout = layout_fishbone(built, measure, legend=Legend("a", "b"))
    assert overlapping_texts(layout) == []
    assert lines_through_text(layout) == []


def test_a_tree_deeper_than_pythons_recursion_limit_is_read_and_laid_out() -> None:
    # given a chain of 1,500 sub-causes stored at once (as an import would store them)
    editor = swimlane().editor
    diagram = editor.workspace.diagrams_of(editor.workspace.processes()[0].id)[0].id
    point = editor.add_weak_point(diagram, None, description="Deep")
    category = editor.add_category(point, "Method")
    chain = [
        Cause(
            id=f"Cause_{n}",
            weak_point_id=point,
            category_id=category,
            parent_id=f"Cause_{n - 1}" if n else None,
            text=f"level {n}",
        )
        for n in range(1500)
    ]
    editor.run(AddEntities(tuple(chain)))
    # when it is read as a tree and laid out
    built = fishbone_of(editor.workspace, point)
    assert built is not None
    layout = layout_fishbone(built, measure)
    # then every level is there, each one further down than the one before
    tops = [layout.text_of(f"Cause_{n}").box.y for n in range(1500)]  # type: ignore[union-attr]
    assert tops == sorted(tops) and len(set(tops)) == 1500
