"""The root-cause dialog driven as a process officer would: the 5 Whys typed into the table,
the fishbone edited with the keyboard and the mouse (each edit one undo step, undone from the
dialog), refusals shown, and the ways in from the weak point dialog, the Findings panel, the
canvas menu and the business case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from procdesk.document import Document
from procdesk.model.elements import WeakPoint
from procdesk.model.root_cause import Cause
from procdesk.model.root_cause_queries import (
    categories_of,
    causes_on,
    has_analysis,
    sub_causes,
    whys_of,
)
from procdesk.ui.canvas.context_menu import build_menu
from procdesk.ui.dialogs.weak_point import WeakPointDialog
from procdesk.ui.panels.findings.panel import FindingsPanel
from procdesk.ui.portfolio.area import make_portfolio_area
from procdesk.ui.root_cause.dialog import RootCauseDialog
from procdesk.ui.root_cause.entries import open_root_cause
from procdesk.ui.root_cause.fishbone_view import FishboneView
from procdesk.ui.window.main_window import MainWindow
from tests.builders import snapshot


@pytest.fixture
def document(sample_file: Path) -> Iterator[Document]:
    with Document.open(sample_file) as opened:
        yield opened


def point_of(document: Document, start: str, analysed: bool) -> WeakPoint:
    ws = document.workspace
    return next(
        p
        for p in ws
        if isinstance(p, WeakPoint)
        and p.description.startswith(start)
        and has_analysis(ws, p.id) == analysed
    )


@pytest.fixture
def dialog(qtbot, document: Document, request: pytest.FixtureRequest) -> Iterator[RootCauseDialog]:
    """The dialog of the supplier wait (no analysis yet), or of the approval wait."""
    start, analysed = getattr(request, "param", ("Suppliers answer", False))
    found = open_root_cause(document, point_of(document, start, analysed).id, None)
    assert found is not None
    found.resize(1300, 760)
    qtbot.waitExposed(found)
    yield found
    if shiboken6.isValid(found):
        found.close()


ANALYSED = ("Approvals wait", True)


def type_into_focus(qtbot, text: str) -> None:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)  # the text box closes and hands the focus back


def centre_of(view: FishboneView, ref: str) -> QPoint:
    assert view.picture is not None
    text = view.picture.text_of(ref)
    assert text is not None
    return view.on_screen(text.box).center().toPoint()


def undo_in_dialog(qtbot, dialog: RootCauseDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


# 5 Whys ------------------------------------------------------------------------------------------
def test_whys_are_typed_in_place_and_the_last_answer_becomes_the_root_cause(
    qtbot, document: Document, dialog: RootCauseDialog
) -> None:
    point = document.workspace.get(dialog.weak_point_id, WeakPoint)
    written = point.root_cause
    table = dialog.whys.table
    # when Add why is clicked, the new question opens for typing, starting from the problem
    qtbot.mouseClick(dialog.whys.findChild(QPushButton, "addWhy"), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget().text() == point.description  # type: ignore[union-attr]
    type_into_focus(qtbot, "Why do suppliers answer slowly?")
    # and its answer is typed in the next cell (F2 edits it)
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    type_into_focus(qtbot, "We never ask for a deadline")
    # then the chain holds one why with both, and the root cause follows the answer
    (why,) = whys_of(document.workspace, point.id)
    assert (why.why, why.because) == (
        "Why do suppliers answer slowly?",
        "We never ask for a deadline",
    )
    assert document.workspace.get(point.id, WeakPoint).root_cause == "We never ask for a deadline"
    assert "We never ask for a deadline" in dialog.whys.root_cause.text()
    # and Ctrl+Z in the dialog takes the answer back, root cause included, in one step
    undo_in_dialog(qtbot, dialog)
    assert whys_of(document.workspace, point.id)[0].because == ""
    assert document.workspace.get(point.id, WeakPoint).root_cause == written
    assert table.item(0, 1).text() == ""


def test_whys_move_with_alt_arrows_and_go_with_delete(
    qtbot, document: Document, dialog: RootCauseDialog
) -> None:
    # given two whys
    editor, point = document.editor, dialog.weak_point_id
    first = editor.add_why(point, "first", "a")
    second = editor.add_why(point, "second", "b")
    table = dialog.whys.table
    # when the second is moved up with Alt+Up
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    # then it is first, in the model and in the table, and the root cause is the last answer
    assert [w.id for w in whys_of(document.workspace, point)] == [second, first]
    assert [table.item(r, 0).text() for r in range(2)] == ["second", "first"]
    assert document.workspace.get(point, WeakPoint).root_cause == "a"
    # when the current one is deleted with the button, it goes; undo brings it back
    qtbot.mouseClick(dialog.whys.findChild(QPushButton, "deleteWhy"), Qt.MouseButton.LeftButton)
    assert [w.id for w in whys_of(document.workspace, point)] == [first]
    qtbot.mouseClick(dialog.findChild(QPushButton, "rootCauseUndo"), Qt.MouseButton.LeftButton)
    assert table.rowCount() == 2


# fishbone: keyboard ------------------------------------------------------------------------------
def test_a_fishbone_is_started_and_edited_with_the_keyboard(
    qtbot, document: Document, dialog: RootCauseDialog
) -> None:
    point = dialog.weak_point_id
    dialog.tabs.setCurrentIndex(1)
    view = dialog.fishbone
    # when the fishbone is started, the 6M are there and Method is chosen
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    method = categories_of(document.workspace, point)[0]
    assert (len(categories_of(document.workspace, point)), view.selected) == (6, method.id)
    assert not dialog.start.isVisible()
    started = snapshot(document.workspace)
    # Enter on the category asks for a cause on its bone
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    type_into_focus(qtbot, "Quote requests have no deadline")
    (cause,) = causes_on(document.workspace, method.id)
    assert (cause.text, view.selected) == ("Quote requests have no deadline", cause.id)
    # Tab asks for a sub-cause of the chosen cause
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Template without a date field")
    (sub,) = sub_causes(document.workspace, cause.id)
    assert view.selected == sub.id and view.hasFocus()
    # Enter on the sub-cause adds one beside it
    qtbot.keyClick(view, Qt.Key.Key_Return)
    type_into_focus(qtbot, "Nobody chases")
    assert [c.text for c in sub_causes(document.workspace, cause.id)] == [
        "Template without a date field",
        "Nobody chases",
    ]
    # Space marks it confirmed; F2 renames it
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert document.workspace.get(view.selected, Cause).confirmed  # type: ignore[arg-type]
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_into_focus(qtbot, "Nobody chases suppliers")
    assert document.workspace.get(view.selected, Cause).text == "Nobody chases suppliers"  # type: ignore[arg-type]
    # Alt+Up moves it before its neighbour; Delete removes it and chooses its cause
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert sub_causes(document.workspace, cause.id)[0].text == "Nobody chases suppliers"
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(sub_causes(document.workspace, cause.id)) == 1 and view.selected == cause.id
    # and Escape in the text box drops a new cause: nothing is added
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert len(causes_on(document.workspace, method.id)) == 1
    # every edit was one undo step: seven undos lead back to the started fishbone
    labels = []
    for _ in range(7):
        labels.append(document.history.undo_label)
        undo_in_dialog(qtbot, dialog)
    assert snapshot(document.workspace) == started
    assert labels[-1] == "Add cause Quote requests have no deadline"


# fishbone: mouse ---------------------------------------------------------------------------------
@pytest.mark.parametrize("dialog", [ANALYSED], indirect=True)
def test_click_selects_double_click_renames_and_escape_keeps_the_name(
    qtbot, document: Document, dialog: RootCauseDialog
) -> None:
    dialog.tabs.setCurrentIndex(1)
    view = dialog.fishbone
    cause = next(
        c
        for c in document.workspace.in_scope(dialog.weak_point_id, Cause)
        if c.text.startswith("Single")
    )
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre_of(view, cause.id))
    assert view.selected == cause.id
    assert view.accessibleDescription() == f"cause '{cause.text}', confirmed"
    before = snapshot(document.workspace)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=centre_of(view, cause.id))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == cause.text
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert snapshot(document.workspace) == before


def drag(qtbot, view: FishboneView, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    steps = 6
    for n in range(1, steps + 1):
        point = QPointF(start) + (QPointF(end) - QPointF(start)) * n / steps
        qtbot.mouseMove(view, point.toPoint())
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


@pytest.mark.parametrize("dialog", [ANALYSED], indirect=True)
def test_a_cause_is_dragged_to_another_category_and_onto_a_cause(
    qtbot, document: Document, dialog: RootCauseDialog
) -> None:
    dialog.tabs.setCurrentIndex(1)
    view = dialog.fishbone
    ws, point = document.workspace, dialog.weak_point_id
    *_, manpower, _measurement, milieu = categories_of(ws, point)
    travels = next(c for c in causes_on(ws, manpower.id) if c.text.startswith("Controller"))
    # when a Manpower cause is dragged onto the Environment category's name
    drag(qtbot, view, centre_of(view, travels.id), centre_of(view, milieu.id))
    # then it is on the Environment bone, last, as one undo step
    assert ws.get(travels.id, Cause).category_id == milieu.id
    assert causes_on(ws, milieu.id)[-1].id == travels.id
    assert document.history.undo_label == "Move cause Controller travels two weeks a month"
    # when it is dragged onto another cause, it becomes that cause's sub-cause
    buildings = causes_on(ws, milieu.id)[0]
    drag(qtbot, view, centre_of(view, travels.id), centre_of(view, buildings.id))
    assert ws.get(travels.id, Cause).parent_id == buildings.id
    # and Undo twice puts it back where it was
    for _ in range(2):
        qtbot.mouseClick(dialog.findChild(QPushButton, "rootCauseUndo"), Qt.MouseButton.LeftButton)
    assert ws.get(travels.id, Cause) == travels


@pytest.mark.parametrize("dialog", [ANALYSED], indirect=True)
def test_dragging_a_cause_onto_its_own_sub_cause_is_refused_with_a_reason(
    qtbot, document: Document, dialog: RootCauseDialog
) -> None:
    dialog.tabs.setCurrentIndex(1)
    view = dialog.fishbone
    ws = document.workspace
    parent = next(
        c for c in ws.in_scope(dialog.weak_point_id, Cause) if c.text.startswith("Approval only")
    )
    (child,) = sub_causes(ws, parent.id)
    before = snapshot(ws)
    drag(qtbot, view, centre_of(view, parent.id), centre_of(view, child.id))
    assert snapshot(ws) == before
    assert "is one of its own sub-causes" in dialog.message.text()


@pytest.mark.parametrize("dialog", [ANALYSED], indirect=True)
def test_the_fishbone_is_exported_as_a_picture(dialog: RootCauseDialog, tmp_path: Path) -> None:
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")):
        written = dialog.export(tmp_path / f"fishbone{suffix}")
        assert written is not None and written.read_bytes().startswith(magic)


def test_the_dialog_closes_when_its_weak_point_goes(
    qtbot, document: Document, dialog: RootCauseDialog
) -> None:
    assert dialog.isVisible()
    document.editor.delete([dialog.weak_point_id])
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=2000)


# the ways in ------------------------------------------------------------------------------------
def test_the_weak_point_dialog_opens_the_analysis_and_shows_its_root_cause(
    qtbot, document: Document
) -> None:
    point = point_of(document, *ANALYSED)
    weak = WeakPointDialog(document, point.diagram_id, weak_point_id=point.id)
    qtbot.addWidget(weak)
    # the root cause is the chain's last answer, not to be typed over
    assert weak.root_cause.isReadOnly()
    assert weak.root_cause.toPlainText() == whys_of(document.workspace, point.id)[-1].because
    button = weak.findChild(QPushButton, "rootCauseAnalysis")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, RootCauseDialog)]
    assert [d.weak_point_id for d in opened if d.isVisible()] == [point.id]
    # an answer changed in the analysis shows in the weak point dialog at once
    last = whys_of(document.workspace, point.id)[-1]
    document.editor.edit_why(last.id, because="No workflow")
    assert weak.root_cause.toPlainText() == "No workflow"
    for found in opened:
        found.close()


def test_findings_rows_and_the_canvas_menu_lead_to_the_analysis(
    qtbot, window: MainWindow, sample_file: Path
) -> None:
    window.open_path(sample_file)
    document = window.document
    assert document is not None
    point = point_of(document, *ANALYSED)
    # the Findings panel's row menu
    panel = FindingsPanel(document)
    qtbot.addWidget(panel)
    panel.set_diagram(point.diagram_id)
    row = next(
        i
        for i in range(panel.table.rowCount())
        if panel.table.item(i, 1).data(Qt.ItemDataRole.UserRole) == point.id
    )
    menu = panel.weak_point_menu(row)
    assert menu is not None
    (entry,) = [a for a in menu.actions() if a.objectName() == "rootCauseAnalysis"]
    entry.trigger()
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, RootCauseDialog)]
    assert [d.weak_point_id for d in opened if d.isVisible()] == [point.id]
    # the canvas menu of the step the weak point is on (opening again brings the same dialog)
    window.tree.select_diagram(point.diagram_id)
    step = document.workspace.get(point.target_id)  # type: ignore[arg-type]
    centre = step.bounds.center  # type: ignore[attr-defined]
    canvas_menu = build_menu(window.controller, QPointF(centre.x, centre.y))
    (again,) = [a for a in canvas_menu.actions() if a.objectName() == "rootCauseAnalysis"]
    again.trigger()
    still = [w for w in QApplication.topLevelWidgets() if isinstance(w, RootCauseDialog)]
    assert [d for d in still if d.isVisible()] == [d for d in opened if d.isVisible()]
    for found in still:
        found.close()


def test_the_business_case_shows_the_fishbone_of_each_linked_weak_point(
    qtbot, document: Document
) -> None:
    area = make_portfolio_area(document, object())
    qtbot.addWidget(area)
    area.resize(1200, 900)
    area.show()
    point = point_of(document, *ANALYSED)
    approved = next(
        i.id
        for i in area.model.register.rows
        if point.id in i.weak_points and i.initiative.title.startswith("Electronic")
    )
    area.show_case(approved)  # type: ignore[attr-defined]
    shown = area.case.fishbones.layout()  # type: ignore[attr-defined]
    pictures = [shown.itemAt(i).widget() for i in range(shown.count())]
    # one picture: the approval wait has a fishbone, the paper form (also linked) has none
    assert [p.weak_point_id for p in pictures] == [point.id]
    assert not pictures[0].editable
    area.detach()  # type: ignore[attr-defined]
