"""The Maturity area driven as a person would: the sample's assessment shown with its radar
and history, levels and evidence edited (one undo step each), gaps made into work, a new
assessment, the model editor, and the process tree's *Assess maturity…*."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QMenu, QPushButton

from procdesk.analysis.radar import LATEST, TARGET
from procdesk.document import Document
from procdesk.model.elements import Step, WeakPoint
from procdesk.model.maturity import MaturityAssessment, MaturityModel
from procdesk.model.maturity_queries import assessments_of, models_of
from procdesk.ui.maturity.area import MaturityArea
from procdesk.ui.maturity.dimension_row import DimensionRow
from procdesk.ui.maturity.model_editor import ModelEditor
from procdesk.ui.window.main_window import MainWindow
from tests.builders import snapshot


@pytest.fixture
def document(sample_file: Path) -> Iterator[Document]:
    with Document.open(sample_file) as opened:
        yield opened


@pytest.fixture
def area(qtbot, document: Document) -> Iterator[MaturityArea]:
    widget = MaturityArea(document)
    messages: list[str] = []
    widget.refused.connect(messages.append)
    widget.messages = messages  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.detach()


def row(area: MaturityArea, key: str) -> DimensionRow:
    return area.editor.rows[key]


def weak_points(document: Document) -> list[WeakPoint]:
    return [e for e in document.workspace if isinstance(e, WeakPoint)]


def near(image: QImage, x: float, y: float, hue: str, radius: int = 3) -> bool:
    """Whether a pixel of colour *hue* lies within *radius* of (x, y)."""
    wanted = QColor(hue)
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            colour = image.pixelColor(int(x) + dx, int(y) + dy)
            if (
                max(
                    abs(colour.red() - wanted.red()),
                    abs(colour.green() - wanted.green()),
                    abs(colour.blue() - wanted.blue()),
                )
                < 40
            ):
                return True
    return False


def test_the_sample_shows_its_latest_pemm_assessment(area: MaturityArea) -> None:
    assert area.process.currentText() == "Purchase requisition"
    assert area.model_choice.currentText() == "PEMM process enablers \u00b7 2007"
    assert area.assessment.currentText().startswith("2026-02-16")
    assert row(area, "infrastructure").level.currentText() == "P-1 \u00b7 Reliable within functions"
    assert (
        row(area, "infrastructure").target.currentText()
        == "P-3 \u00b7 Optimised for the enterprise"
    )
    assert row(area, "infrastructure").gap.text() == "gap: 2 levels"
    assert not row(area, "performers").weak_point.isVisible()
    text = row(area, "design").text.text()
    assert text.startswith("The process has been redesigned as a whole")
    assert "Hammer" in area.editor.empty.text()


def test_the_radar_draws_the_earlier_latest_and_target_profiles(
    area: MaturityArea, tmp_path: Path
) -> None:
    radar = area.radar
    assert [p.name for p in radar.profiles] == ["2025-03-10", "2026-02-16", "Target"]
    image = radar.grab().toImage()
    image.save(str(tmp_path / "radar.png"))
    frame = radar.frame()
    # the target's design corner (P-3) is orange, the latest's design corner (P-2) blue
    assert near(image, *frame.point(0, 3), TARGET)
    assert near(image, *frame.point(0, 2), LATEST)
    # and the target's infrastructure corner (spoke 3, P-3) is orange too
    assert near(image, *frame.point(3, 3), TARGET)
    assert "Infrastructure P-1" in radar.accessibleDescription()


def test_the_history_charts_each_dimension_and_lists_the_changes(
    area: MaturityArea, tmp_path: Path
) -> None:
    area.tabs.setCurrentWidget(area.history)
    chart = area.history.chart
    design = chart.series[0]
    assert (design.name, design.points, design.target) == (
        "Design",
        (("2025-03-10", 1), ("2026-02-16", 2)),
        3,
    )
    table = area.history.changes
    assert table.rowCount() == 4
    assert [table.item(r, 0).text() for r in range(4)] == [
        "Design",
        "Performers",
        "Owner",
        "Metrics",
    ]
    assert table.item(0, 3).text() == "+1"
    area.history.grab().save(str(tmp_path / "history.png"))


def test_choosing_a_level_is_one_undo_step(area: MaturityArea, document: Document, qtbot) -> None:
    combo = row(area, "infrastructure").level
    before = snapshot(document.workspace)
    # when the level picker moves one down (P-1 to P-2) from the keyboard
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    latest = assessments_of(document.workspace, area.process.currentData())[-1]
    assert latest.level_of("infrastructure") == 2
    # then the level's text and the gap follow, and one undo restores the start
    assert row(area, "infrastructure").text.text().startswith("Existing systems have been linked")
    assert row(area, "infrastructure").gap.text().startswith("gap: 1 level")
    document.history.undo()
    assert snapshot(document.workspace) == before
    assert row(area, "infrastructure").level.currentData() == 1


def test_the_level_picker_shows_every_level_text(area: MaturityArea) -> None:
    combo = row(area, "owner").level
    tips = [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(1, combo.count())]
    assert len(tips) == 4 and tips[3].startswith(
        "The owner works with the owners of other processes"
    )


def test_evidence_typed_is_stored_when_the_field_is_left(
    area: MaturityArea, document: Document, qtbot
) -> None:
    evidence = row(area, "performers").evidence
    evidence.setFocus()
    evidence.selectAll()
    qtbot.keyClicks(evidence, "Interviews with 6 buyers")
    assert document.history.undo_label != "Edit the evidence for Performers"  # nothing yet
    row(area, "performers").documents.setFocus()
    latest = assessments_of(document.workspace, area.process.currentData())[-1]
    rating = latest.rating("performers")
    assert rating is not None and rating.evidence == "Interviews with 6 buyers"
    assert document.history.undo_label == "Edit the evidence for Performers"


def test_documents_are_written_as_a_list(area: MaturityArea, document: Document, qtbot) -> None:
    field = row(area, "design").documents
    field.setFocus()
    qtbot.keyClicks(field, "flow.pdf; https://wiki/flow")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    latest = assessments_of(document.workspace, area.process.currentData())[-1]
    rating = latest.rating("design")
    assert rating is not None and rating.documents == ("flow.pdf", "https://wiki/flow")


def test_a_gap_button_makes_a_weak_point_on_the_linked_step(
    area: MaturityArea, document: Document, qtbot
) -> None:
    before = len(weak_points(document))
    qtbot.mouseClick(row(area, "infrastructure").weak_point, Qt.MouseButton.LeftButton)
    made = weak_points(document)
    assert len(made) == before + 1
    point = next(p for p in made if p.description.startswith("Maturity gap in Infrastructure"))
    step = document.workspace.get(point.target_id or "", Step)
    assert step.name == "Approve budget"
    assert (point.severity, point.category.value) == (3, "it-gap")


def test_all_gaps_become_initiatives_in_one_step(
    area: MaturityArea, document: Document, qtbot
) -> None:
    before = snapshot(document.workspace)
    qtbot.mouseClick(area.buttons["gapInitiatives"], Qt.MouseButton.LeftButton)
    titles = sorted(
        e.name
        for e in document.workspace
        if type(e).__name__ == "Initiative" and e.name.startswith("Raise")  # type: ignore[attr-defined]
    )
    assert titles == [
        "Raise Design from P-2 to P-3",
        "Raise Infrastructure from P-1 to P-3",
        "Raise Metrics from P-2 to P-3",
        "Raise Owner from P-2 to P-3",
    ]
    document.history.undo()
    assert snapshot(document.workspace) == before


def test_a_new_assessment_starts_from_the_one_shown(
    area: MaturityArea, document: Document, qtbot
) -> None:
    qtbot.mouseClick(area.buttons["newAssessment"], Qt.MouseButton.LeftButton)
    found = assessments_of(document.workspace, area.process.currentData())
    assert len(found) == 3
    shown = area.chosen_assessment()
    assert shown is not None and shown.id == found[-1].id
    assert shown.level_of("design") == 2 and shown.ratings[0].evidence.startswith("The as-is flow")
    assert [p.name for p in area.radar.profiles][-1] == "Target"


def test_a_target_under_a_shipped_model_keeps_the_model(
    area: MaturityArea, document: Document, qtbot
) -> None:
    index = area.model_choice.findText("Process capability (5 levels) (shipped)")
    area.model_choice.setCurrentIndex(index)
    assert area.chosen_assessment() is None
    assert not row(area, "control").level.isEnabled() and row(area, "control").target.isEnabled()
    row(area, "control").target.setCurrentIndex(4)
    keys = sorted(m.key for m in models_of(document.workspace))
    assert keys == ["capability", "pemm"]
    assert area.model_choice.currentText().startswith("Process capability (5 levels) \u00b7 1")
    assert row(area, "control").target.currentData() == 4
    assert document.history.undo_label == "Set the target profile of Purchase requisition"


def test_the_model_editor_refuses_a_duplicate_dimension_and_saves_a_good_model(
    area: MaturityArea, document: Document, qtbot
) -> None:
    area.new_model()
    editor = area.findChild(ModelEditor)
    assert editor is not None
    before = snapshot(document.workspace)
    editor.name.setText("Service desk maturity")
    qtbot.mouseClick(editor.findChild(QPushButton, "addDimension"), Qt.MouseButton.LeftButton)
    table = editor.dimensions
    table.item(1, 0).setText("dimension")
    editor.save()
    error = editor.findChild(QLabel, "modelError")
    assert "two dimensions are called 'dimension'" in error.text()
    assert snapshot(document.workspace) == before
    table.item(1, 0).setText("Tools")
    for column in range(2, 5):
        table.item(1, column).setText(f"tools {column - 1}")
    editor.save()
    assert editor.result() == editor.DialogCode.Accepted
    saved = document.workspace.get(editor.saved_id or "", MaturityModel)
    assert [d.name for d in saved.dimensions] == ["Dimension", "Tools"]
    assert area.model_choice.currentData() == saved.id


def test_a_bad_model_file_is_refused_with_its_reason(
    area: MaturityArea, document: Document, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.toml"
    bad.write_text("format = [", encoding="utf-8")
    before = snapshot(document.workspace)
    assert area.import_model_file(str(bad)) is None
    assert area.messages[-1].startswith("broken.toml: malformed TOML")  # type: ignore[attr-defined]
    assert snapshot(document.workspace) == before


def test_assess_maturity_from_the_process_tree(window: MainWindow, sample_file: Path) -> None:
    window.open_path(sample_file)
    process_id = window.document.workspace.processes()[0].id  # type: ignore[union-attr]
    menu = QMenu()
    for extend in window.tree.menu_extensions:
        extend(menu, process_id)
    action = next(a for a in menu.actions() if a.objectName() == "actionAssessMaturity")
    assert action.text() == "Assess maturity…"
    action.trigger()
    assert window.areas.current_key() == "maturity"
    area = window.areas.area("maturity")
    assert isinstance(area, MaturityArea) and area.process.currentData() == process_id
    assert isinstance(area.chosen_assessment(), MaturityAssessment)
