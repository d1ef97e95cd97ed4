"""The Landscape area, driven by mouse and keys: drag a chevron (one undo step), open a process
and come back by the breadcrumb, drill into a group, see what lies upstream and downstream,
colour by a figure, see what is unresolved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from procdesk.model.elements import Diagram
from procdesk.model.landscape import Band
from procdesk.model.landscape_tree import LandscapeTree
from procdesk.ui.landscape.area import LandscapeArea
from procdesk.ui.landscape.breadcrumb import SEPARATOR
from procdesk.ui.landscape.heat import ColourBy
from procdesk.ui.landscape.items import ProcessItem, centre_of
from procdesk.ui.window.main_window import MainWindow
from tests.ui.gestures import LEFT, NO_MODIFIER, drag


@pytest.fixture
def area(window: MainWindow, sample_file: Path, qtbot) -> LandscapeArea:
    """The sample open, its landscape in front (the first area: View ▸ Landscape, Alt+2)."""
    assert window.open_path(sample_file)
    assert window.areas.specs[0].key == "landscape"
    action = window.findChild(QAction, "actionArea1")
    assert action.shortcut().toString() == "Alt+2"
    action.trigger()
    made = window.areas.currentWidget()
    assert isinstance(made, LandscapeArea)
    qtbot.waitUntil(lambda: made.picture is not None)
    return made


def item(area: LandscapeArea, name: str) -> ProcessItem:
    (found,) = [i for i in area.scene.processes.values() if i.face.card.name == name]
    return found


def core_chain(window: MainWindow) -> list[str]:
    assert window.document is not None
    tree = LandscapeTree.of(window.document.workspace)
    return [tree.processes[i].name for i in tree.roots_of[Band.CORE]]


def trail(*steps: str) -> str:
    """A breadcrumb as it reads: the steps joined by the separator (Landscape > Core > …)."""
    return SEPARATOR.join(steps)


def click_on(area: LandscapeArea, name: str, double: bool = False) -> None:
    """A (double) click on the middle of a process shape."""
    where = area.view.mapFromScene(centre_of(item(area, name)))
    clicker = QTest.mouseDClick if double else QTest.mouseClick
    clicker(area.view.viewport(), LEFT, NO_MODIFIER, where)


def centre(item: ProcessItem) -> tuple[float, float]:
    point = centre_of(item)
    return point.x(), point.y()


def test_dragging_a_chevron_reorders_the_value_chain_in_one_undo_step(
    window: MainWindow, area: LandscapeArea, qtbot
) -> None:
    # given the value chain Procure to pay, Production, Order to cash
    assert core_chain(window) == ["Procure to pay", "Production", "Order to cash"]
    assert window.document is not None
    undo_steps = len(window.document.history._undo)
    first = centre(item(area, "Procure to pay"))
    # when Order to cash is dragged onto the first chevron's place and released
    drag(area.view, centre(item(area, "Order to cash")), (first[0] + 15, first[1] + 5))
    # then it leads the chain, written as one undo step, and the picture shows it there
    assert core_chain(window) == ["Order to cash", "Procure to pay", "Production"]
    assert len(window.document.history._undo) == undo_steps + 1
    assert window.window_actions.undo.text().endswith("Move Order to cash in the landscape")
    assert centre(item(area, "Order to cash")) == pytest.approx(first)
    # and undo (Edit > Undo, Ctrl+Z) puts everything back, on screen too
    window.window_actions.undo.trigger()
    assert core_chain(window) == ["Procure to pay", "Production", "Order to cash"]
    qtbot.waitUntil(lambda: centre(item(area, "Procure to pay")) == pytest.approx(first))


def test_a_drag_snaps_to_the_slots_and_a_drop_on_its_own_place_changes_nothing(
    window: MainWindow, area: LandscapeArea
) -> None:
    assert window.document is not None
    undo_steps = len(window.document.history._undo)
    production = item(area, "Production")
    start = centre(production)
    view = area.view
    # while the mouse is held a little off the next slot, the shape sits exactly in that slot
    QTest.mousePress(view.viewport(), LEFT, NO_MODIFIER, view.mapFromScene(*start))
    target = centre(item(area, "Order to cash"))
    from tests.ui.gestures import _move  # the held-button move the drag helper uses

    for fraction in (0.3, 0.7, 1.0):
        x = start[0] + (target[0] + 20 - start[0]) * fraction
        _move(view, view.mapFromScene(x, target[1] - 12), LEFT, NO_MODIFIER)
    assert centre(production) == pytest.approx(target)
    assert centre(item(area, "Order to cash")) == pytest.approx(start)  # it made room
    # and Esc while dragging puts every shape back and writes nothing
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(view.viewport(), LEFT, NO_MODIFIER, view.mapFromScene(*target))
    assert centre(production) == pytest.approx(start)
    assert len(window.document.history._undo) == undo_steps
    # a drag that ends where it began writes nothing either
    drag(view, start, (start[0] + 20, start[1] + 10))
    assert len(window.document.history._undo) == undo_steps


def test_double_click_opens_the_diagram_and_the_breadcrumb_leads_back(
    window: MainWindow, area: LandscapeArea, qtbot
) -> None:
    assert window.document is not None
    workspace = window.document.workspace
    # when Order to cash is double-clicked
    target = item(area, "Order to cash")
    click_on(area, "Order to cash", double=True)
    # then its diagram is on the canvas, in front
    assert window.areas.current_key() == ""
    shown = workspace.get(window.scene.diagram_id or "", Diagram)
    assert shown.process_id == target.process_id
    # and the way back reads Landscape > Core > Order to cash over the canvas
    qtbot.waitUntil(area.trail.isVisible)
    assert area.trail.plain() == trail("Landscape", "Core", "Order to cash")
    # when its first step is clicked, the landscape is in front again
    area.trail.linkActivated.emit("landscape")
    assert window.areas.current_key() == "landscape"


def test_a_group_opens_its_sub_processes_and_the_breadcrumb_climbs_back(
    window: MainWindow, area: LandscapeArea, qtbot
) -> None:
    # when Procure to pay (which holds the purchase requisition) is double-clicked
    group = item(area, "Procure to pay")
    assert group.face.sub_processes == 1
    click_on(area, "Procure to pay", double=True)
    # then the landscape shows its sub-processes, under Landscape > Core > Procure to pay
    assert [i.face.card.name for i in area.scene.processes.values()] == ["Purchase requisition"]
    assert area.crumbs.plain() == trail("Landscape", "Core", "Procure to pay")
    assert window.areas.current_key() == "landscape"
    # when the purchase requisition is opened, the way back names its group too
    click_on(area, "Purchase requisition", double=True)
    qtbot.waitUntil(area.trail.isVisible)
    assert area.trail.plain() == trail(
        "Landscape", "Core", "Procure to pay", "Purchase requisition"
    )
    # and its group link brings back the group's level
    area.trail.linkActivated.emit(f"group:{group.process_id}")
    assert window.areas.current_key() == "landscape"
    assert area.crumbs.plain() == trail("Landscape", "Core", "Procure to pay")
    # and the breadcrumb's first step the top level
    area.crumbs.linkActivated.emit("landscape")
    assert len(area.scene.processes) == 7
    # the trail goes away once the canvas turns to another process
    assert window.document is not None
    production = item(area, "Production").process_id
    window.tree.select_diagram(window.document.workspace.diagrams_of(production)[0].id)
    assert not area.trail.isVisible()


def test_clicking_a_process_highlights_what_lies_upstream_and_downstream(
    area: LandscapeArea,
) -> None:
    # when Strategy & planning is clicked
    strategy = item(area, "Strategy & planning")
    click_on(area, "Strategy & planning")
    # then what its annual budget feeds lies downstream: Procure to pay (and on from there:
    # Accounts payable, Order to cash, Production) and HR recruiting; nothing lies upstream
    emphasis = area.scene.emphasis
    names = {pid: i.face.card.name for pid, i in area.scene.processes.items()}
    assert emphasis.chosen == strategy.process_id
    assert {names[i] for i in emphasis.downstream} == {
        "Procure to pay",
        "Accounts payable",
        "Order to cash",
        "Production",
        "HR recruiting",
    }
    assert emphasis.upstream == frozenset()
    # and the processes off the chain step back, the side panel says it in words
    assert item(area, "Quality management").opacity() < 1
    assert item(area, "HR recruiting").opacity() == 1
    assert "Downstream (5)" in area.side.end_to_end.text()
    # when Production is clicked: Order to cash sends it orders and gets its goods, and shares
    # the ERP with Accounts payable, both ways; Procure to pay calls Accounts payable, and
    # Strategy feeds Procure to pay. So all four lie upstream, and the two that trade with it
    # lie downstream as well
    click_on(area, "Production")
    emphasis = area.scene.emphasis
    assert {names[i] for i in emphasis.upstream} == {
        "Order to cash",
        "Accounts payable",
        "Procure to pay",
        "Strategy & planning",
    }
    assert {names[i] for i in emphasis.downstream} == {"Order to cash", "Accounts payable"}
    # and the arrow from Procure to pay to Accounts payable leads in: drawn as upstream
    pair = ("Procure to pay", "Accounts payable")
    (into,) = [a for a in area.scene.arrows if (names[a.pair[0]], names[a.pair[1]]) == pair]
    assert into.emphasis == "up"
    # and Esc clears the choice
    QTest.keyClick(area.view, Qt.Key.Key_Escape)
    assert area.scene.emphasis.chosen is None
    assert item(area, "Quality management").opacity() == 1


def test_tab_walks_the_processes_and_enter_opens_one(
    window: MainWindow, area: LandscapeArea
) -> None:
    area.view.setFocus()
    QTest.keyClick(area.view, Qt.Key.Key_Tab)
    QTest.keyClick(area.view, Qt.Key.Key_Tab)
    names = [i.face.card.name for i in area.scene.processes.values()]
    assert area.scene.chosen is not None
    assert area.scene.processes[area.scene.chosen].face.card.name == names[1]
    QTest.keyClick(area.view, Qt.Key.Key_Return)
    assert window.areas.current_key() == ""


def test_colouring_by_a_figure_fills_the_shapes_and_explains_the_colours(
    area: LandscapeArea,
) -> None:
    area.colouring.setCurrentIndex(area.colouring.findData(ColourBy.STATUS.value))
    assert item(area, "Quality management").face.fill == "#fecaca"  # its review is overdue
    assert item(area, "HR recruiting").face.fill == "#e5e7eb"  # a draft
    assert area.picture is not None
    assert [words for _, words in area.picture.colouring.legend] == [
        "Draft",
        "In review",
        "Approved",
        "Review overdue",
    ]
    area.colouring.setCurrentIndex(area.colouring.findData(ColourBy.NOTHING.value))
    assert item(area, "Quality management").face.fill == ""


def test_unresolved_references_are_listed_and_lead_to_their_element(
    window: MainWindow, area: LandscapeArea
) -> None:
    listing = area.side.unresolved
    assert listing.count() == 1
    assert "'Internal audit'" in listing.item(0).text()
    assert item(area, "Quality management").face.unresolved == 1
    # Enter on the row shows the call activity selected in its diagram
    listing.setCurrentRow(0)
    listing.setFocus()
    QTest.keyClick(listing, Qt.Key.Key_Return)
    assert window.document is not None
    selected = window.scene.selected_ids()
    assert len(selected) == 1
    assert getattr(window.document.workspace.find(selected[0]), "name", "") == "Internal audit"


def test_edits_elsewhere_are_gathered_then_drawn(
    window: MainWindow, area: LandscapeArea, qtbot
) -> None:
    # given the landscape drawn once
    assert window.document is not None
    production = item(area, "Production").process_id
    drawn = area.picture
    # when the process is renamed letter by letter (as typing in the properties does) and a
    # new process is made
    for name in ("M", "Ma", "Manufacturing"):
        window.document.editor.rename(production, name)
    window.document.editor.add_process("Returns")
    # then the landscape is drawn once, a moment later, with both
    assert area.picture is drawn
    qtbot.waitUntil(lambda: area.picture is not drawn)
    assert item(area, "Manufacturing").process_id == production
    assert core_chain(window)[-1] == "Returns"
    assert item(area, "Returns").face.chevron


def test_ctrl_arrows_move_the_chosen_process_one_undo_step_each(
    window: MainWindow, area: LandscapeArea
) -> None:
    # given Production chosen by a click
    click_on(area, "Production")
    area.view.setFocus()
    # when Ctrl+Right moves it along the chain and Ctrl+Down into the support band
    QTest.keyClick(area.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert core_chain(window) == ["Procure to pay", "Order to cash", "Production"]
    QTest.keyClick(area.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # the end
    QTest.keyClick(area.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.document is not None
    tree = LandscapeTree.of(window.document.workspace)
    support = [tree.processes[i].name for i in tree.roots_of[Band.SUPPORT]]
    assert support == ["HR recruiting", "Accounts payable", "Production"]
    # then it stays chosen, and two undo steps put it back
    assert area.scene.processes[area.scene.chosen or ""].face.card.name == "Production"
    window.document.history.undo()
    window.document.history.undo()
    assert core_chain(window) == ["Procure to pay", "Production", "Order to cash"]
