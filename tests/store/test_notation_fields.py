"""The notation's own fields (a gateway's hidden X, a pool's multiplicity) persist and undo."""

from __future__ import annotations

from pathlib import Path

from procdesk.document import Document
from procdesk.model.elements import Multiplicity, Pool, Step, StepKind
from procdesk.model.geometry import Point, Rect


def test_hidden_marker_and_multiplicity_are_written_and_read_back(tmp_path: Path) -> None:
    # given a workspace with a pool and an exclusive gateway made here (its X shown)
    path = tmp_path / "notation.procdesk"
    with Document.create(path) as document:
        editor = document.editor
        process = editor.add_process("Orders", with_pool=False)
        diagram = document.workspace.diagrams_of(process)[0].id
        pool = editor.add_pool(diagram, "Suppliers", Rect(0, 0, 600, 200), ("Buyer",))
        gateway = editor.add_step(diagram, StepKind.EXCLUSIVE_GATEWAY, "In stock?", Point(200, 100))
        assert document.workspace.get(gateway, Step).marker_visible
        # when the X is hidden and the pool stands for several participants
        editor.update([gateway], "Hide marker", marker_visible=False)
        editor.update([pool], "Several suppliers", multiplicity=Multiplicity(2, 5))
    # then the file holds both
    with Document.open(path, read_only=True) as reopened:
        assert reopened.workspace.get(gateway, Step).marker_visible is False
        assert reopened.workspace.get(pool, Pool).multiplicity == Multiplicity(2, 5)


def test_undoing_the_fields_restores_them(tmp_path: Path) -> None:
    path = tmp_path / "undo.procdesk"
    with Document.create(path) as document:
        editor = document.editor
        process = editor.add_process("Orders", with_pool=False)
        diagram = document.workspace.diagrams_of(process)[0].id
        pool = editor.add_pool(diagram, "Suppliers", Rect(0, 0, 600, 200), ("Buyer",))
        gateway = editor.add_step(diagram, StepKind.EXCLUSIVE_GATEWAY, "", Point(200, 100))
        editor.update([gateway], "Hide marker", marker_visible=False)
        editor.update([pool], "Several suppliers", multiplicity=Multiplicity(2, 5))
        # when both edits are undone
        document.history.undo()
        document.history.undo()
    # then the file has the X shown and no multiplicity again
    with Document.open(path, read_only=True) as reopened:
        assert reopened.workspace.get(gateway, Step).marker_visible is True
        assert reopened.workspace.get(pool, Pool).multiplicity is None
