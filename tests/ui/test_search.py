"""Find (Ctrl+F) on the canvas: by name and by text, in this diagram and in the others."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from procdesk.document import Document
from procdesk.model.elements import Step
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.view import DiagramView
from procdesk.ui.panels.search.bar import NO_MATCH, SearchBar, find


def diagrams(document: Document) -> list[str]:
    process = document.workspace.processes()[0]
    return [d.id for d in document.workspace.diagrams_of(process.id)]


@pytest.fixture
def view(qtbot, document: Document) -> DiagramView:
    scene = DiagramScene(document.workspace, diagrams(document)[0])
    canvas = DiagramView(scene)
    scene.setParent(canvas)  # the view does not own its scene
    qtbot.addWidget(canvas)
    canvas.resize(1000, 600)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.set_zoom(1.0)
    canvas.setFocus()
    return canvas


@pytest.fixture
def bar(document: Document, view: DiagramView) -> SearchBar:
    return SearchBar(document, view)


def centre_of_view(view: DiagramView) -> tuple[float, float]:
    point = view.mapToScene(view.viewport().rect().center())
    return point.x(), point.y()


def test_ctrl_f_type_and_enter_select_and_centre_matches(
    qtbot, bar: SearchBar, view: DiagramView, document: Document
) -> None:
    # given the sample's as-is on the canvas
    as_is = diagrams(document)[0]
    expected = find(document.workspace, as_is, "check")
    assert len(expected) >= 2
    # when Ctrl+F is pressed on the canvas and "check" typed
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "check")
    # then the first match is selected at once and counted
    assert view.diagram_scene().selected_ids() == [expected[0].element_id]
    assert bar.count.text() == f"1 of {len(expected)}"
    # when Enter is pressed
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    # then the next match is selected and in the middle of the canvas
    second = document.workspace.get(expected[1].element_id, Step)
    assert view.diagram_scene().selected_ids() == [second.id]
    x, y = centre_of_view(view)
    assert abs(x - second.bounds.center.x) < 2 and abs(y - second.bounds.center.y) < 2
    assert bar.count.text() == f"2 of {len(expected)}"


def test_matches_names_and_instructions_case_insensitively(document: Document) -> None:
    # given a step whose instruction mentions a word its name does not
    as_is = diagrams(document)[0]
    step = next(
        s for s in document.workspace.elements_of(as_is, Step) if "budget" in s.instruction.lower()
    )
    # when searching for that word in upper case
    found = find(document.workspace, as_is, "BUDGET")
    # then the step is found, by its instruction if not by its name
    match = next(m for m in found if m.element_id == step.id)
    assert match.field == ("name" if "budget" in step.name.lower() else "instruction")


def test_shift_enter_and_f3_go_back_and_forth(qtbot, bar: SearchBar, view: DiagramView) -> None:
    # given a search with several matches, on the first
    bar.open()
    qtbot.keyClicks(bar.field, "check")
    total = len(bar.matches)
    # when Shift+Enter is pressed on the first match
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    # then it wraps round to the last one
    assert bar.count.text() == f"{total} of {total}"
    # and F3 goes on to the first again, Shift+F3 back
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.count.text() == f"1 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"{total} of {total}"


def test_no_match_says_so_and_escape_closes(qtbot, bar: SearchBar, view: DiagramView) -> None:
    # given the bar open
    bar.open()
    view.diagram_scene().clearSelection()
    # when a text nothing contains is typed
    qtbot.keyClicks(bar.field, "zeppelin")
    # then it says so and selects nothing
    assert bar.count.text() == NO_MATCH
    assert view.diagram_scene().selected_ids() == []
    # when Esc is pressed
    with qtbot.waitSignal(bar.closed):
        qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    # then the bar is gone and the canvas has the keyboard again
    assert not bar.isVisible()
    assert view.hasFocus()


def test_matches_in_other_diagrams_open_that_diagram(
    qtbot, bar: SearchBar, view: DiagramView, document: Document
) -> None:
    # given a window that shows whichever diagram the bar asks for
    to_be = diagrams(document)[1]
    bar.diagram_requested.connect(view.diagram_scene().show_diagram)
    # when a name of the to-be is searched from the as-is
    bar.open()
    qtbot.keyClicks(bar.field, "in ERP")
    # then the as-is has no match, and the to-be's match is listed
    assert bar.matches == []
    target = next(m for m in find(document.workspace, to_be, "in ERP"))
    assert (to_be, target.element_id) in bar.other_matches()
    # when that entry is picked
    row = bar.other_matches().index((to_be, target.element_id))
    with qtbot.waitSignal(bar.diagram_requested) as asked:
        qtbot.keyClick(bar.field, Qt.Key.Key_Down)
        for _ in range(row):
            qtbot.keyClick(bar.elsewhere, Qt.Key.Key_Down)
        qtbot.keyClick(bar.elsewhere, Qt.Key.Key_Return)
    # then the to-be is asked for, shown, and the element selected there
    assert asked.args == [to_be]
    assert view.diagram_scene().diagram_id == to_be
    assert view.diagram_scene().selected_ids() == [target.element_id]
    assert bar.count.text().startswith("1 of")


def test_a_rename_updates_the_matches(qtbot, bar: SearchBar, document: Document) -> None:
    # given a search for a word nothing contains yet
    bar.open()
    qtbot.keyClicks(bar.field, "triage")
    assert bar.count.text() == NO_MATCH
    # when a step is renamed to contain it
    step = next(s for s in document.workspace.elements_of(bar.diagram_id or "", Step) if s.name)
    document.editor.rename(step.id, "Triage the request")
    # then the bar finds it without retyping
    assert [m.element_id for m in bar.matches] == [step.id]
    assert bar.count.text() == "1 found"


def test_without_its_own_shortcuts_a_window_action_opens_it(
    qtbot, document: Document, view: DiagramView
) -> None:
    # given a bar whose window binds Ctrl+F itself
    bar = SearchBar(document, view, shortcuts=False)
    # when Ctrl+F reaches the canvas
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    # then the bar stays closed, and the window's action opens it
    assert not bar.isVisible()
    bar.open_action.trigger()
    assert bar.isVisible()
    # and F3 in the field still goes to the next match
    qtbot.keyClicks(bar.field, "check")
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.count.text().startswith("2 of")


def test_a_match_far_out_is_shown_at_a_readable_zoom(
    qtbot, bar: SearchBar, view: DiagramView
) -> None:
    # given the canvas zoomed far out
    view.set_zoom(0.2)
    # when a match is found
    bar.open()
    qtbot.keyClicks(bar.field, "check")
    # then it is shown at 100 %
    assert view.zoom == 1.0
