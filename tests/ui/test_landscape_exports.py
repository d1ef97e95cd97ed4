"""Pictures of the landscape (looked at pixel by pixel), the exports from the window, and the
canvas's way of linking a step to another process."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QFileDialog

from procdesk.document import Document
from procdesk.model.elements import Diagram, Step, StepKind
from procdesk.model.geometry import Point
from procdesk.model.landscape import ProcessLink
from procdesk.model.release_intents import ReleaseIntents
from procdesk.ui.canvas.context_menu import build_menu
from procdesk.ui.landscape.exporting import start_bundle_export
from procdesk.ui.landscape.heat import ColourBy
from procdesk.ui.landscape.render import MARGIN, landscape_image, landscape_picture
from procdesk.ui.window.main_window import MainWindow
from tests.export.pdf_reading import page_texts


def test_the_picture_is_coloured_by_the_chosen_figure(sample_file: Path) -> None:
    # given the sample's landscape drawn as PNG, coloured by KPI light
    with Document.open(sample_file, read_only=True) as document:
        picture = landscape_picture(document.workspace, ColourBy.KPIS)
        image = QImage.fromData(landscape_image(document.workspace, ".png", ColourBy.KPIS))
    # then, at scale 2, the empty strip between a shape's owner and its status (68 units below
    # its top, in the middle) carries its light's fill: Order to cash is red (DSO 34 days
    # against 30: 13 % off), Production amber (97 % against 98 %), Quality management green,
    # Strategy & planning grey (no KPI)
    fills = {
        "Order to cash": "#fecaca",
        "Production": "#fde68a",
        "Quality management": "#bbf7d0",
        "Strategy & planning": "#e5e7eb",
    }
    names = {face.card.name: pid for pid, face in picture.faces.items()}
    left, top = picture.bounds.x - MARGIN, picture.bounds.y - MARGIN
    assert image.width() == round((picture.bounds.w + 2 * MARGIN) * 2)
    for name, fill in fills.items():
        rect = picture.layout.shapes[names[name]].rect
        x, y = (rect.x + rect.w / 2 - left) * 2, (rect.y + 68 - top) * 2
        assert image.pixelColor(round(x), round(y)) == QColor(fill), name
    # and uncoloured, the same spot is white paper
    with Document.open(sample_file, read_only=True) as document:
        plain = QImage.fromData(landscape_image(document.workspace, ".png"))
    rect = picture.layout.shapes[names["Order to cash"]].rect
    x, y = (rect.x + rect.w / 2 - left) * 2, (rect.y + 68 - top) * 2
    assert plain.pixelColor(round(x), round(y)) == QColor("#ffffff")


def test_file_export_writes_the_landscape_picture(
    window: MainWindow, sample_file: Path, tmp_path: Path, qtbot, monkeypatch
) -> None:
    # given the sample open and a file chosen in the save dialog
    assert window.open_path(sample_file)
    target = tmp_path / "landscape.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    # when File ▸ Export ▸ Landscape as Image… is chosen
    action = window.findChild(QAction, "actionExportLandscape")
    assert action.text() == "&Landscape as Image…"
    action.trigger()
    # then the landscape is written as SVG, naming its processes
    qtbot.waitUntil(target.exists, timeout=20_000)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20_000)
    text = target.read_text(encoding="utf-8")
    assert "Order to cash" in text and "SUPPORT PROCESSES" in text


def test_the_bundle_is_written_in_the_background(
    window: MainWindow, sample_file: Path, tmp_path: Path, qtbot
) -> None:
    # given the sample open
    assert window.open_path(sample_file)
    assert window.document is not None
    written: list[Path] = []
    folder = tmp_path / "bundle"
    # when the bundle is written as a folder, drafts included
    job = start_bundle_export(
        window, window.jobs, window.document.workspace, folder, True, True, written.append
    )
    assert job is not None
    qtbot.waitUntil(lambda: written == [folder], timeout=60_000)
    # then the folder holds the landscape and one SOP per process
    names = sorted(p.name for p in folder.iterdir())
    assert names[-1] == "landscape.pdf" and len(names) == 9
    assert all(p.read_bytes().startswith(b"%PDF") for p in folder.iterdir())


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        (StepKind.END_EVENT, "Continues in process"),
        (StepKind.START_EVENT, "Continues from process"),
        (StepKind.CALL_ACTIVITY, "Calls process"),
    ],
)
def test_the_canvas_menu_links_a_step_to_a_process(
    window: MainWindow, sample_file: Path, kind: StepKind, title: str
) -> None:
    # given the sample with Production's diagram on the canvas
    assert window.open_path(sample_file)
    document = window.document
    assert document is not None
    production = next(p for p in document.workspace.processes() if p.name == "Production")
    diagram = document.workspace.diagrams_of(production.id)[0]
    window.open_diagram(diagram.id)
    lane = document.workspace.lanes_of(
        next(e.id for e in document.workspace.elements_of(diagram.id) if e.name == "Muster GmbH")
    )[0]
    where = Point(lane.bounds.right - 60, lane.bounds.center.y)
    step = document.editor.add_step(diagram.id, kind, "Handover", where, lane.id)
    shape = document.workspace.get(step, Step)
    centre = shape.bounds.center
    # when its right-click menu's process entry picks Order to cash
    menu = build_menu(window.controller, QPointF(centre.x, centre.y))
    (links,) = [m for m in menu.findChildren(type(menu)) if m.objectName() == "processLinkMenu"]
    assert links.title() == title
    names = [a.text() for a in links.actions() if a.text()]
    assert names[0] == "No process" and "Production" not in names
    next(a for a in links.actions() if a.text() == "Order to cash").trigger()
    # then the step is linked (one undo step), and undo unlinks it
    (link,) = document.workspace.in_scope(step, ProcessLink)
    order_to_cash = next(p for p in document.workspace.processes() if p.name == "Order to cash")
    assert link.process_id == order_to_cash.id
    document.history.undo()
    assert document.workspace.in_scope(step, ProcessLink) == []
    assert isinstance(document.workspace.get(diagram.id), Diagram)


def test_the_windows_bundle_prints_the_approved_version(
    window: MainWindow, sample_file: Path, tmp_path: Path, qtbot
) -> None:
    # given the sample open, Order to cash released as 4.0 and approved, then a step renamed
    assert window.open_path(sample_file)
    document = window.document
    assert document is not None
    workspace = document.workspace
    process = next(p for p in workspace.processes() if p.name == "Order to cash")
    ReleaseIntents(document.history).release(process.id, "4.0", "Issue", approver="Dana Dir")
    diagram = workspace.diagrams_of(process.id)[0]
    task = next(s for s in workspace.elements_of(diagram.id, Step) if s.kind.is_activity)
    document.editor.rename(task.id, "Renamed after the release")
    written: list[Path] = []
    target = tmp_path / "bundle.pdf"
    # when the window writes the bundle as one PDF
    job = start_bundle_export(
        window,
        window.jobs,
        document.workspace,
        target,
        False,
        False,
        written.append,
        draw_changes=window.sop_changes_picture,
    )
    assert job is not None
    qtbot.waitUntil(lambda: written == [target], timeout=60_000)
    # then Order to cash's SOP is version 4.0 as approved, without the later renaming
    text = " ".join(page_texts(target.read_bytes()))
    assert "Version 4.0 · Approved" in text and "Approved by Dana Dir" in " ".join(text.split())
    assert "Renamed after the release" not in text
