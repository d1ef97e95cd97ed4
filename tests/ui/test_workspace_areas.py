"""Workspace areas: tabs beside the diagram, made when first shown, detached on close."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from procdesk.document import Document
from procdesk.model.elements import Process
from procdesk.ui.window import areas
from procdesk.ui.window.areas import AreaHost, AreaSpec
from procdesk.ui.window.main_window import MainWindow


class ProcessList(QListWidget):
    """A tiny area: the workspace's processes; double-click opens one."""

    made: ClassVar[list[ProcessList]] = []

    def __init__(self, document: Document, host: AreaHost) -> None:
        super().__init__()
        self.detached = False
        self.ids = [p.id for p in document.workspace.processes()]
        self.addItems([p.name for p in document.workspace.processes()])
        self.itemDoubleClicked.connect(lambda item: host.open_process(self.ids[self.row(item)]))
        ProcessList.made.append(self)

    def detach(self) -> None:
        self.detached = True


@pytest.fixture
def area_window(qtbot, monkeypatch, private_settings):
    ProcessList.made.clear()
    monkeypatch.setattr(areas, "AREAS", (AreaSpec("processList", "Processes", ProcessList),))
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


def test_without_areas_the_tab_bar_stays_hidden(
    qtbot, monkeypatch, private_settings, sample_file: Path
) -> None:
    monkeypatch.setattr(areas, "AREAS", ())
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_path(sample_file)
        assert window.areas.count() == 1
        assert not window.areas.tabBar().isVisible()
    finally:
        window.close()


def test_an_area_is_made_when_first_shown_and_opens_a_process(
    area_window: MainWindow, sample_file: Path, qtbot
) -> None:
    # given a workspace open, on the diagram tab
    area_window.open_path(sample_file)
    assert area_window.areas.tabBar().isVisible()
    assert ProcessList.made == []
    # when the area's tab is chosen by its key (Alt+2)
    qtbot.keyClick(area_window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    # then it is made once, for the open workspace
    assert area_window.areas.current_key() == "processList"
    (made,) = ProcessList.made
    assert made.count() == 1
    # and double-clicking a process shows its diagram on the canvas
    item = made.item(0)
    rect = made.visualItemRect(item)
    qtbot.mouseClick(made.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(made.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert area_window.areas.current_key() == ""
    document = area_window.document
    assert document is not None
    process = document.workspace.processes()[0]
    shown = document.workspace.find(area_window.scene.diagram_id)
    assert shown is not None and getattr(shown, "process_id", None) == process.id
    assert isinstance(process, Process)


def test_closing_the_workspace_detaches_its_areas(
    area_window: MainWindow, sample_file: Path, tmp_path: Path
) -> None:
    area_window.open_path(sample_file)
    area_window.areas.area("processList")
    (first,) = ProcessList.made
    # when another workspace is opened in the window
    other = tmp_path / "other.procdesk"
    Document.create(other, sample=True).close()
    area_window._set_document(Document.open(other))
    # then the old area stopped following its document, and a new one is made on demand
    assert first.detached
    assert area_window.areas.current_key() == ""
    area_window.areas.area("processList")
    assert len(ProcessList.made) == 2
