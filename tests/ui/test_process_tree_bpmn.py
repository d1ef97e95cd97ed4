"""The process tree names the BPMN processes of a file: a diagram showing several lists them,
one that no diagram shows sits under its process, and choosing one shows its diagram."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from procdesk.export.bpmn import read_bpmn
from procdesk.model.elements import Pool
from tests.ui.gestures import key

FILE = Path(__file__).resolve().parents[1] / "interop" / "data" / "process_planes.bpmn"


def texts(item: QTreeWidgetItem) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def imported(window, tmp_path: Path) -> str:
    """A new workspace in the window with the file imported; its process id."""
    assert window.create_workspace(tmp_path / "w.procdesk")
    result = read_bpmn(FILE.read_bytes())
    window.document.import_entities(result.entities, "Import")
    return result.process_id


def test_bpmn_processes_are_rows_under_the_diagrams_showing_them(window, tmp_path, qtbot):
    # given a file with a collaboration of two pools, a called process on its own plane and a
    # process nothing draws, imported
    process = imported(window, tmp_path)
    tree = window.tree

    # then the process lists its diagrams and the process no diagram shows; the collaboration
    # diagram lists its two pools' processes (collapsed), the others name theirs in tooltips
    row = tree.item_for(process)
    assert texts(row) == ["Purchase", "Supplier", "Budget check", "Archive (not drawn)"]
    purchase = tree.item_for("Diagram_Purchase")
    assert texts(purchase) == ["Buy (pool Buyer)", "Supply (pool Supplier)"]
    assert not purchase.isExpanded()
    assert tree.item_for("Diagram_Supply").childCount() == 0
    assert "Supply (pool Supplier)" in tree.item_for("Diagram_Supply").toolTip(0)
    assert "Archive" in row.toolTip(0) and "Check budget" in row.toolTip(0)

    # when the collaboration diagram is opened and the supplier's row clicked
    tree.select_diagram("Diagram_Budget")
    purchase.setExpanded(True)
    supply = purchase.child(1)
    rect = tree.visualItemRect(supply)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    # then the canvas shows the diagram that draws it, and Delete there removes nothing
    assert tree.currentItem() is supply
    assert window.scene.diagram_id == "Diagram_Purchase"
    count = len(window.document.workspace)
    tree.setFocus()
    key(tree, Qt.Key.Key_Delete)
    assert len(window.document.workspace) == count
    # and the opened row stays open when the tree is rebuilt
    tree.rebuild()
    assert tree.item_for("Diagram_Purchase").isExpanded()


def test_a_pool_added_to_a_diagram_adds_its_row_and_undo_removes_it(window, tmp_path):
    # given the imported file, whose supplier diagram shows one process only
    imported(window, tmp_path)
    tree = window.tree
    assert tree.item_for("Diagram_Supply").childCount() == 0

    # when a pool with a lane is drawn on that diagram
    editor = window.document.editor
    editor.add_pool("Diagram_Supply", "Carrier", lanes=["Driver"])

    # then the diagram lists both processes it now shows; undo takes the row away again
    pools = window.document.workspace.elements_of("Diagram_Supply", Pool)
    assert [p.name for p in pools] == ["Carrier"]
    assert texts(tree.item_for("Diagram_Supply")) == ["Supply (pool Supplier)", "Carrier"]
    window.undo()
    assert tree.item_for("Diagram_Supply").childCount() == 0
