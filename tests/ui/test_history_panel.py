"""The history panel: the change log of the process shown or the element selected, filtered
by dates and words, following new edits, read a page at a time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from procdesk.document import Document
from procdesk.model import change_log
from procdesk.model.elements import Step
from procdesk.store.log_reader import LogFilter
from procdesk.ui.panels.history.log_model import PAGE
from procdesk.ui.panels.history.panel import HistoryPanel
from procdesk.ui.window.main_window import MainWindow
from tests.ui.gestures import click


def descriptions(panel: HistoryPanel) -> list[str]:
    return [entry.description for entry in panel.model.entries]


def shown(panel: HistoryPanel, column: int = 2) -> list[str]:
    """The texts of a column as the table holds them, top to bottom."""
    model = panel.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def a_step(document: Document, name: str) -> Step:
    return next(s for s in document.workspace if isinstance(s, Step) and s.name == name)


@pytest.fixture
def panel(qtbot, document: Document) -> HistoryPanel:
    widget = HistoryPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    widget.set_process(document.workspace.processes()[0].id)
    return widget


def test_shows_the_process_history_and_follows_new_edits(
    panel: HistoryPanel, document: Document
) -> None:
    # given the sample, whose log holds its creation
    assert panel.scope.text() == "History of process 'Purchase requisition'"
    assert len(shown(panel)) == 1 and shown(panel)[0].startswith("Created the workspace with")
    # when a step is renamed and the rename undone
    step = a_step(document, "Select supplier")
    document.editor.rename(step.id, "Choose supplier")
    document.history.undo()
    # then both are on top at once, newest first, with the author and local time
    assert shown(panel)[:2] == [
        "Undo: Renamed task 'Select supplier' → 'Choose supplier'",
        "Renamed task 'Select supplier' → 'Choose supplier'",
    ]
    assert shown(panel, 1)[0] == document.store.log.page(LogFilter())[0].author
    assert len(shown(panel, 0)[0]) == len("2025-03-01 10:30")


def test_selecting_a_step_on_the_canvas_shows_its_history(
    qtbot, window: MainWindow, sample_file: Path
) -> None:
    # given the sample open in the window, with one step renamed and another moved
    window.open_path(sample_file)
    document = window.document
    assert document is not None
    check, select = a_step(document, "Check requisition"), a_step(document, "Select supplier")
    document.editor.rename(check.id, "Check the requisition")
    document.editor.move([select.id], 0, 10)
    history = window.panels.history
    assert history is not None
    assert len(descriptions(history)) == 3
    # when "Check the requisition" is clicked on the canvas
    window.view.centerOn(check.bounds.center.x, check.bounds.center.y)
    click(window.view, check.bounds.center.x, check.bounds.center.y)
    # then the panel shows that step's history only
    assert window.scene.selected_ids() == [check.id]
    assert history.scope.text() == "History of task 'Check the requisition'"
    assert descriptions(history)[0] == "Renamed task 'Check requisition' → 'Check the requisition'"
    assert len(descriptions(history)) == 2  # and its creation
    # and clicking the empty canvas goes back to the process
    click(window.view, check.bounds.center.x, check.bounds.bottom + 400)
    assert history.scope.text() == "History of process 'Purchase requisition'"
    assert len(descriptions(history)) == 3


def test_filters_by_date_range_and_words(
    qtbot, panel: HistoryPanel, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given renames on 1, 5 and 9 March 2025
    step = a_step(document, "Select supplier").id
    for day, name in (("01", "Alpha"), ("05", "Beta"), ("09", "Gamma")):
        monkeypatch.setattr(change_log, "utc_now", lambda d=day: f"2025-03-{d}T12:00:00.000Z")
        document.editor.rename(step, name)
        document.history.break_merge()
    assert len(descriptions(panel)) == 4
    # when the range is set from 2 March to 8 March
    qtbot.mouseClick(panel.since_on, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.until_on, Qt.MouseButton.LeftButton)
    panel.since.setDate(QDate(2025, 3, 2))
    panel.until.setDate(QDate(2025, 3, 8))
    # then only the rename of the 5th is shown
    assert descriptions(panel) == ["Renamed task 'Alpha' → 'Beta'"]
    # when the range is switched off again and words typed
    qtbot.mouseClick(panel.since_on, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.until_on, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.words, "gamma")
    qtbot.waitUntil(lambda: descriptions(panel) == ["Renamed task 'Beta' → 'Gamma'"])


def test_reads_a_long_log_a_page_at_a_time(qtbot, panel: HistoryPanel, document: Document) -> None:
    # given more than a page and a half of entries
    step = a_step(document, "Select supplier").id
    total = PAGE + PAGE // 2
    for _ in range(total - 1):
        document.editor.nudge([step], 1, 0)
        document.history.break_merge()
    panel.set_process(None)
    panel.set_process(document.workspace.processes()[0].id)
    # then one page is read to begin with
    assert panel.model.rowCount() == PAGE
    # when the table is scrolled to its end, the rest is read
    bar = panel.table.verticalScrollBar()
    for _ in range(5):
        bar.setValue(bar.maximum())
        qtbot.wait(10)
    assert panel.model.rowCount() == total


def test_a_read_only_workspace_shows_its_history(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "shared.procdesk"
    with Document.create(path, sample=True) as document:
        document.editor.rename(a_step(document, "Select supplier").id, "Choose")
    with Document.open(path, read_only=True) as document:
        widget = HistoryPanel(document)
        qtbot.addWidget(widget)
        widget.set_process(document.workspace.processes()[0].id)
        assert descriptions(widget)[0] == "Renamed task 'Select supplier' → 'Choose'"
        widget.detach()
