"""The Improvement area driven as a person would: sort, filter and edit the register in place
(each edit one undo step), click the matrix, and reach the portfolio from weak points."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QSpinBox

from procdesk.document import Document
from procdesk.model.elements import WeakPoint
from procdesk.model.portfolio import Initiative
from procdesk.model.portfolio_queries import initiatives, initiatives_addressing
from procdesk.ui.canvas.context_menu import build_menu
from procdesk.ui.dialogs.weak_point import WeakPointDialog
from procdesk.ui.panels.findings.panel import FindingsPanel
from procdesk.ui.portfolio.area import PortfolioArea
from procdesk.ui.window.main_window import MainWindow
from procdesk.ui.window.portfolio_links import import_workbook
from tests.builders import snapshot


@pytest.fixture
def document(sample_file: Path) -> Iterator[Document]:
    with Document.open(sample_file) as opened:
        yield opened


@pytest.fixture
def area(qtbot, document: Document) -> Iterator[PortfolioArea]:
    messages: list[str] = []
    widget = PortfolioArea(document, messages.append)
    widget.messages = messages  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    yield widget
    widget.detach()


def titles(area: PortfolioArea) -> list[str]:
    workspace = area.document.workspace
    return [workspace.get(i, Initiative).title for i in area.register_view.visible_ids()]


def cell_centre(area: PortfolioArea, row: int, key: str, criterion: str = ""):  # type: ignore[no-untyped-def]
    view = area.register_view
    column = area.model.column_of(key, criterion)
    index = view.proxy.index(row, column)
    view.table.scrollTo(index)
    return index, view.table.visualRect(index).center()


def test_the_register_lists_initiatives_in_rank_order(area: PortfolioArea) -> None:
    assert titles(area)[:2] == [
        "Electronic approval with budget check",
        "Framework agreements for frequent items",
    ]
    assert area.summary.text() == "5 initiatives · 5 ranked"


def test_clicking_a_header_sorts_numbers_as_numbers(area: PortfolioArea, qtbot) -> None:
    # when the cost header is clicked (ascending)
    header = area.register_view.table.horizontalHeader()
    column = area.model.column_of("cost")
    area.register_view.table.scrollTo(area.register_view.proxy.index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    # then 2,500 comes before 4,500 before 12,000 (not "12,000" < "2,500" as text)
    costs = [
        area.document.workspace.get(i, Initiative).cost for i in area.register_view.visible_ids()
    ]
    assert costs in (sorted(costs), sorted(costs, reverse=True))
    assert costs[0] != costs[-1]


def test_filters_by_status_owner_process_and_text(area: PortfolioArea, qtbot) -> None:
    view = area.register_view
    view.status_filter.setCurrentIndex(view.status_filter.findData("assessed"))
    assert titles(area) == ["Validate requisitions on entry"]
    view.status_filter.setCurrentIndex(0)
    view.owner_filter.setCurrentIndex(view.owner_filter.findText("J. Brandt"))
    assert sorted(titles(area)) == [
        "Purchase cards for small orders",
        "Validate requisitions on entry",
    ]
    view.owner_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.text_filter, "portal")
    assert titles(area) == ["Supplier self-service portal"]
    view.text_filter.clear()
    process = area.document.workspace.processes()[0].id
    view.process_filter.setCurrentIndex(view.process_filter.findData(process))
    assert len(titles(area)) == 5


def test_owner_edited_in_place_is_one_undo_step(area: PortfolioArea, qtbot) -> None:
    document = area.document
    before = snapshot(document.workspace)
    index, centre = cell_centre(area, 0, "owner")
    table = area.register_view.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    editor = table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "R. Novak")
    initiative_id = str(index.data(Qt.ItemDataRole.UserRole))
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: document.workspace.get(initiative_id, Initiative).owner == "R. Novak")
    first = document.workspace.get(initiative_id, Initiative)
    assert titles(area)[0] == first.title  # still selected and first
    document.history.undo()
    assert snapshot(document.workspace) == before
    assert area.model.entry(0).initiative.owner == "M. Keller"


def test_a_score_edited_in_place_reranks_and_undoes(area: PortfolioArea, qtbot) -> None:
    document = area.document
    # given the fifth initiative, the supplier portal (3 on strategy)
    index, centre = cell_centre(area, 4, "criterion", "strategy")
    portal = str(index.data(Qt.ItemDataRole.UserRole))
    table = area.register_view.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    spin = table.findChild(QSpinBox)
    assert spin is not None and (spin.minimum(), spin.maximum()) == (0, 5)
    # when strategy goes to 5
    spin.setValue(5)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.model.register.row(portal).rank == 3)  # type: ignore[union-attr]
    # then it scores 2.6 + 0.25·2 = 3.1 and climbs above the 3.05 of entry validation
    row = area.model.register.row(portal)
    assert row is not None and row.score == pytest.approx(3.1) and row.rank == 3
    document.history.undo()
    assert area.model.register.row(portal).rank == 5  # type: ignore[union-attr]


def test_status_editor_offers_only_allowed_statuses(area: PortfolioArea, qtbot) -> None:
    document = area.document
    index, centre = cell_centre(area, 1, "status")  # in progress
    table = area.register_view.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    combo = table.findChild(QComboBox)
    assert combo is not None
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == ["in-progress", "done", "rejected", "on-hold"]
    combo.setCurrentIndex(offered.index("done"))
    initiative_id = str(index.data(Qt.ItemDataRole.UserRole))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: document.workspace.get(initiative_id, Initiative).status.value == "done"
    )
    initiative = document.workspace.get(initiative_id, Initiative)
    assert initiative.status.value == "done"
    assert area.model.register.row(initiative.id).rank is None  # type: ignore[union-attr]


def test_clicking_a_bubble_selects_its_initiative(area: PortfolioArea, qtbot) -> None:
    area.tabs.setCurrentWidget(area.matrix)
    qtbot.waitExposed(area.matrix.plot)
    QApplication.processEvents()
    portal = next(r.id for r in area.model.register.rows if r.rank == 5)
    x, y = area.matrix.bubble_position(portal)  # type: ignore[misc]
    plot = area.matrix.plot
    scene_point = plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
    pos = plot.mapFromScene(scene_point)
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert area.register_view.selected_id() == portal
    assert area.case.title.text() == "Supplier self-service portal"


def test_the_business_case_shows_the_derivation_and_edits_inputs(area: PortfolioArea) -> None:
    first = area.model.entry(0)
    area.select(first.id)
    assert area.case.derivation.text().endswith("= 67,440 EUR")
    assert not area.case.benefit.isEnabled()  # computed, not entered
    # when the case volume goes from 600 to 1,200 a year
    area.case.volume.setValue(1200)
    assert area.model.register.row(first.id).benefit == pytest.approx(134_880)  # type: ignore[union-attr]
    area.document.history.undo()
    assert area.model.register.row(first.id).benefit == pytest.approx(67_440)  # type: ignore[union-attr]


def test_a_findings_row_creates_an_initiative_from_its_weak_point(
    qtbot, document: Document
) -> None:
    panel = FindingsPanel(document)
    qtbot.addWidget(panel)
    point = next(e for e in document.workspace if isinstance(e, WeakPoint))
    panel.set_diagram(point.diagram_id)
    row = next(
        i
        for i in range(panel.table.rowCount())
        if panel.table.item(i, 1).data(Qt.ItemDataRole.UserRole) == point.id
    )
    chosen: list[str] = []
    panel.initiative_chosen.connect(chosen.append)
    menu = panel.weak_point_menu(row)
    assert menu is not None
    (create,) = [a for a in menu.actions() if a.objectName() == "createInitiative"]
    count = len(initiatives(document.workspace))
    create.trigger()
    assert len(initiatives(document.workspace)) == count + 1
    assert chosen and document.workspace.get(chosen[0], Initiative) in initiatives_addressing(
        document.workspace, point.id
    )
    document.history.undo()
    assert len(initiatives(document.workspace)) == count


def test_the_weak_point_dialog_lists_and_adds_initiatives(qtbot, document: Document) -> None:
    point = next(
        e
        for e in document.workspace
        if isinstance(e, WeakPoint) and not initiatives_addressing(document.workspace, e.id)
    )
    dialog = WeakPointDialog(document, point.diagram_id, weak_point_id=point.id)
    qtbot.addWidget(dialog)
    box = dialog.initiatives
    assert box is not None
    assert "No initiative addresses this weak point yet." in box.listing.text()
    from procdesk.ui.dialogs import initiative_links

    target = initiatives(document.workspace)[1]
    initiative_links.add_to_initiative(
        document,
        point.id,
        dialog,
        pick=lambda offered: next(i for i, t in enumerate(offered) if t.startswith(target.title)),
    )
    assert target.title in box.listing.text()


def test_the_canvas_menu_offers_the_portfolio_for_a_step_with_a_weak_point(
    window: MainWindow, sample_file: Path
) -> None:
    window.open_path(sample_file)
    document = window.document
    assert document is not None
    point = next(
        e
        for e in document.workspace
        if isinstance(e, WeakPoint) and e.diagram_id == window.scene.diagram_id and e.target_id
    )
    step = document.workspace.get(point.target_id)  # type: ignore[arg-type]
    centre = step.bounds.center  # type: ignore[attr-defined]
    menu = build_menu(window.controller, QPointF(centre.x, centre.y))
    names = [a.objectName() for a in menu.actions()]
    assert "createInitiative" in names and "addToInitiative" in names
    count = len(initiatives(document.workspace))
    next(a for a in menu.actions() if a.objectName() == "createInitiative").trigger()
    # the initiative exists, and the Improvement area shows its business case
    assert len(initiatives(document.workspace)) == count + 1
    assert window.areas.current_key() == "portfolio"


def test_file_import_of_a_malformed_workbook_is_refused_in_the_window(
    window: MainWindow, sample_file: Path, tmp_path: Path, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    window.open_path(sample_file)
    document = window.document
    assert document is not None
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    before = snapshot(document.workspace)
    assert import_workbook(window, bad) is None
    assert "nothing changed" in shown[-1] and "not an Excel workbook" in shown[-1]
    assert snapshot(document.workspace) == before


def test_the_business_case_links_and_unlinks_a_process(area: PortfolioArea) -> None:
    document = area.document
    initiative = document.editor.add_initiative("Standalone")
    area.select(initiative)
    item = area.case.processes.item(0)
    assert item.checkState() == Qt.CheckState.Unchecked
    # when the process is ticked, the initiative changes it (one undo step)
    item.setCheckState(Qt.CheckState.Checked)
    process = document.workspace.processes()[0].id
    assert area.model.register.row(initiative).processes == (process,)  # type: ignore[union-attr]
    document.history.undo()
    assert area.model.register.row(initiative).processes == ()  # type: ignore[union-attr]
