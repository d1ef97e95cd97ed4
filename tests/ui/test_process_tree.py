"""Creating, renaming and deleting processes and diagrams from the tree; to-be from as-is."""

from __future__ import annotations

from PySide6.QtCore import Qt

from procdesk.model.elements import Diagram, Process, Step
from tests.ui.gestures import key


def test_new_process_is_shown_and_renamed_in_place(window, qtbot, canvas):
    # given the tree with one process
    tree = window.tree
    before = len(canvas.workspace.processes())
    # when a process is added and its name typed into the tree
    process_id = tree.new_process()
    item = tree.item_for(process_id)
    item.setText(0, "Invoice approval")
    # then the model has it, with the new name, and its as-is diagram is on the canvas
    assert len(canvas.workspace.processes()) == before + 1
    assert canvas.workspace.get(process_id, Process).name == "Invoice approval"
    diagram = canvas.workspace.diagrams_of(process_id)[0]
    assert window.scene.diagram_id == diagram.id


def test_create_to_be_copies_the_diagram_and_shows_it(window, canvas):
    # given the as-is diagram
    tree = window.tree
    # when a to-be is created from it
    to_be = tree.create_to_be(canvas.diagram_id)
    # then the copy is a to-be with every element, shown on the canvas, remembering origins
    diagram = canvas.workspace.get(to_be, Diagram)
    assert diagram.variant == "to-be"
    assert window.scene.diagram_id == to_be
    copies = canvas.workspace.elements_of(to_be, Step)
    assert {s.origin_id for s in copies} == {
        s.id for s in canvas.workspace.elements_of(canvas.diagram_id, Step)
    }
    assert len(window.scene.items_by_id) == len(canvas.workspace.elements_of(to_be))


def test_delete_key_removes_a_diagram_and_undo_brings_it_back(window, canvas):
    # given a to-be diagram selected in the tree
    tree = window.tree
    to_be = tree.create_to_be(canvas.diagram_id)
    tree.setFocus()
    # when Delete is pressed in the tree
    key(tree, Qt.Key.Key_Delete)
    # then the diagram and its elements are gone, and the canvas shows another diagram
    assert to_be not in canvas.workspace
    assert tree.item_for(to_be) is None
    assert window.scene.diagram_id == canvas.diagram_id
    # and undo restores it
    window.undo()
    assert tree.item_for(to_be) is not None
    assert canvas.workspace.elements_of(to_be, Step)


def test_renaming_a_diagram_to_nothing_is_ignored(window, canvas):
    # given the as-is diagram's tree row
    item = window.tree.item_for(canvas.diagram_id)
    name = canvas.workspace.get(canvas.diagram_id, Diagram).name
    # when its text is emptied
    item.setText(0, "  ")
    # then the name stays
    assert canvas.workspace.get(canvas.diagram_id, Diagram).name == name
    assert window.tree.item_for(canvas.diagram_id).text(0) == name


def test_a_refused_rename_is_not_left_on_screen(window, sample_file):
    # given the sample open read-only
    assert window.open_path(sample_file, read_only=True)
    process = window.document.workspace.processes()[0]
    item = window.tree.item_for(process.id)
    # when a new name is typed into its row
    item.setText(0, "Something else")
    # then the row shows the stored name again and the status bar says why
    assert window.tree.item_for(process.id).text(0) == process.name
    assert "read-only" in window.statusBar().currentMessage()
