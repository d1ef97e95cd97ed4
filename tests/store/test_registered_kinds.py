"""Entity kinds a concept registers get a table, an owner, hard references and undo nouns,
with no edit to the workspace, the store or the naming."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from procdesk.document import Document
from procdesk.model.commands import AddEntities, CommandError
from procdesk.model.elements import Entity, WeakPoint
from procdesk.model.naming import describe
from procdesk.model.registry import entity_kind
from procdesk.text import tr, tr_noop
from tests.builders import snapshot


@entity_kind(table="test_notebooks", noun=tr_noop("notebook", "element kind"))
@dataclass(frozen=True, slots=True, kw_only=True)
class Notebook(Entity):
    title: str
    pages: tuple[str, ...] = ()


@entity_kind(
    table="test_notes",
    scope="notebook_id",
    refs=("notebook_id", "weak_point_id"),
    noun=tr_noop("note", "element kind"),
    counted=lambda n: tr("%n elements", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class Note(Entity):
    notebook_id: str
    weak_point_id: str | None = None
    text: str = ""


def test_registered_entities_persist_in_their_own_tables(sample_path: Path) -> None:
    # given the sample, and a notebook with a note on one of its weak points
    with Document.open(sample_path) as document:
        weak_point = next(e for e in document.workspace if isinstance(e, WeakPoint))
        book = Notebook(id="Notebook_1", title="Workshop ✓", pages=("a", "b"))
        note = Note(id="Note_1", notebook_id=book.id, weak_point_id=weak_point.id, text="why?")
        document.history.execute(AddEntities((book, note)))
        # then the workspace knows who owns what
        assert document.workspace.in_scope("", Notebook) == [book]
        assert document.workspace.in_scope(book.id, Note) == [note]
        state = snapshot(document.workspace)
    # and each has a table of its own, with the owner's id as a column
    with sqlite3.connect(sample_path) as connection:
        rows = connection.execute("SELECT id, notebook_id FROM test_notes").fetchall()
        assert rows == [("Note_1", "Notebook_1")]
    # and the file reopens to the same state
    with Document.open(sample_path, read_only=True) as document:
        assert snapshot(document.workspace) == state


def test_hard_references_are_checked_and_cascade(sample_path: Path) -> None:
    with Document.open(sample_path) as document:
        weak_point = next(e for e in document.workspace if isinstance(e, WeakPoint))
        book = Notebook(id="Notebook_1", title="Workshop")
        # a note pointing at something that does not exist is refused
        with pytest.raises(CommandError, match="Nothing_9"):
            document.history.execute(
                AddEntities(
                    (book, Note(id="Note_0", notebook_id=book.id, weak_point_id="Nothing_9"))
                )
            )
        note = Note(id="Note_1", notebook_id=book.id, weak_point_id=weak_point.id)
        document.history.execute(AddEntities((book, note)))
        # deleting the weak point deletes the note that points at it, not the notebook
        document.editor.delete([weak_point.id])
        assert "Note_1" not in document.workspace
        assert "Notebook_1" in document.workspace
        document.history.undo()
        assert document.workspace.get("Note_1") == note


def test_undo_labels_use_the_registered_nouns() -> None:
    book = Notebook(id="Notebook_1", title="Workshop")
    notes = [Note(id=f"Note_{i}", notebook_id=book.id) for i in range(3)]
    assert describe([book]) == "notebook"
    assert describe(notes) == "3 elements"
    assert describe([book, *notes]) == "4 elements"


def test_a_file_without_a_concept_table_gains_it_when_opened_for_editing(
    sample_path: Path,
) -> None:
    # given a version-3 file written before this concept existed
    with sqlite3.connect(sample_path) as connection:
        connection.execute("DROP TABLE IF EXISTS test_notes")
    # it opens read-only without the table (nothing of the concept in it)
    with Document.open(sample_path, read_only=True) as document:
        assert not document.workspace.in_scope("", Notebook)
    # and opening it for editing creates the table, empty
    with Document.open(sample_path) as document:
        assert len(document.workspace) > 0
    with sqlite3.connect(sample_path) as connection:
        assert connection.execute("SELECT count(*) FROM test_notes").fetchone() == (0,)


def test_a_table_name_is_registered_once() -> None:
    with pytest.raises(TypeError, match="already registered"):

        @entity_kind(table="test_notes")
        @dataclass(frozen=True, slots=True, kw_only=True)
        class Other(Entity):
            pass

    with pytest.raises(TypeError, match="no field 'owner_id'"):

        @entity_kind(table="test_misfits", scope="owner_id")
        @dataclass(frozen=True, slots=True, kw_only=True)
        class Misfit(Entity):
            pass
