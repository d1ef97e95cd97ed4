"""Conflicts drawn on the canvas: the conflicts dialog shows the chosen element's diagram as
the base, mine and theirs hold it, with each side's changes outlined as the revision compare
outlines them."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from procdesk.analysis.conflict_sides import BASE, MINE, THEIRS
from procdesk.ui.canvas.items import ShapeItem
from procdesk.ui.repository.conflicts_dialog import ConflictsDialog
from procdesk.ui.versions.overlay import GHOST_OPACITY, OverlayScene
from tests.analysis.test_conflict_sides import conflicts_of
from tests.builders import draw_simple


def _shape(dialog: ConflictsDialog, side: str, element_id: str) -> ShapeItem:
    item = dialog.pictures.scene(side).item(element_id)
    assert isinstance(item, ShapeItem), (side, element_id)
    return item


def _row(dialog: ConflictsDialog, element_id: str) -> QTreeWidgetItem:
    for index in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(index)
        if item is not None and element_id in item.toolTip(0):
            return item
    raise AssertionError(element_id)


def test_the_chosen_conflict_is_drawn_as_base_mine_and_theirs(qtbot: QtBot) -> None:
    # given a step renamed on both sides and another renamed here but removed in the repository
    drawn = draw_simple()
    renamed, removed = conflicts_of(drawn)
    # when the conflicts dialog opens
    dialog = ConflictsDialog((renamed, removed), drawn.editor.workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # then the first conflict is drawn on its diagram, the theirs tab in front, selected
    pictures = dialog.pictures
    assert pictures.tabs.currentWidget() is pictures.views[THEIRS]
    assert _shape(dialog, BASE, renamed.id).entity.name == "Check order"
    assert _shape(dialog, MINE, renamed.id).entity.name == "Check order quickly"
    theirs = _shape(dialog, THEIRS, renamed.id)
    assert theirs.entity.name == "Check order in ERP" and theirs.isSelected()
    scene = pictures.scene(THEIRS)
    assert isinstance(scene, OverlayScene)
    assert len(scene.marks["changed"]) == 1 and len(scene.marks["removed"]) == 1
    # when the removed step's row is chosen
    dialog.tree.setCurrentItem(_row(dialog, removed.id).child(0))
    # then theirs shows it as a ghost (removed there), mine as changed, both selected
    ghost = _shape(dialog, THEIRS, removed.id)
    assert ghost.opacity() == GHOST_OPACITY and ghost.isSelected()
    mine = pictures.scene(MINE)
    assert isinstance(mine, OverlayScene)
    assert len(mine.marks["changed"]) == 2 and "removed" not in mine.marks
    assert _shape(dialog, MINE, removed.id).entity.name == "Ship goods by courier"
