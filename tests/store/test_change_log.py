"""The change log: every persisted ChangeSet is an entry, written in the edit's transaction,
kept for good, found by element and by process, and replayable into the workspace."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from procdesk import identity
from procdesk.document import Document
from procdesk.model import change_log
from procdesk.model.change_log import Action, LogEntry
from procdesk.model.commands import CommandError
from procdesk.model.elements import Lane, Step, StepKind
from procdesk.model.geometry import Point
from procdesk.store.layout import SCHEMA_VERSION
from procdesk.store.log_codec import LogMismatchError, replay, replay_all
from procdesk.store.log_reader import LogFilter
from tests.builders import snapshot

UTC_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def entries(document: Document, **where: object) -> list[LogEntry]:
    return document.store.log.page(LogFilter(**where), limit=1000)  # type: ignore[arg-type]


def a_step(document: Document, name: str) -> Step:
    return next(s for s in document.workspace if isinstance(s, Step) and s.name == name)


@pytest.fixture
def author(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("PROCDESK_AUTHOR", "Mia Example")
    identity.set_author(None)
    return "Mia Example"


def test_a_new_workspace_begins_its_log_with_its_content(sample_path: Path) -> None:
    with Document.open(sample_path, read_only=True) as document:
        (first,) = entries(document)
        assert first.action == Action.CREATE
        assert first.changes == len(document.workspace)
        processes = len(document.workspace.processes())
        diagrams = sum(
            len(document.workspace.diagrams_of(p.id)) for p in document.workspace.processes()
        )
        assert processes > 1
        assert first.description.startswith(
            f"Created the workspace with {processes} processes, {diagrams} diagrams"
        )
        assert UTC_TIME.match(first.at)


def test_edits_undos_and_redos_are_entries_with_time_author_label_and_sentence(
    sample_doc: Document, author: str
) -> None:
    # given a rename, an undo of it and a redo
    step = a_step(sample_doc, "Check requisition")
    sample_doc.editor.rename(step.id, "Check requisition form")
    sample_doc.history.undo()
    sample_doc.history.redo()
    # then the log holds them, newest first, after the workspace's creation
    redo, undo, edit, _created = entries(sample_doc)
    assert [e.action for e in (edit, undo, redo)] == [Action.EDIT, Action.UNDO, Action.REDO]
    assert {e.author for e in (edit, undo, redo)} == {author}
    assert {e.label for e in (edit, undo, redo)} == {"Rename task"}
    assert edit.description == "Renamed task 'Check requisition' → 'Check requisition form'"
    assert undo.description == "Undo: " + edit.description
    assert redo.description == "Redo: " + edit.description
    assert all(UTC_TIME.match(e.at) for e in (edit, undo, redo))
    assert edit.seq < undo.seq < redo.seq


def test_a_refused_edit_writes_no_entry(sample_doc: Document) -> None:
    before = sample_doc.store.log.last_seq()
    end = next(s for s in sample_doc.workspace if isinstance(s, Step) and s.kind.is_event)
    with pytest.raises(CommandError):
        sample_doc.editor.connect(end.id, end.id)
    assert sample_doc.store.log.last_seq() == before


def test_the_log_outlives_the_session_and_shows_read_only(sample_path: Path) -> None:
    with Document.open(sample_path) as document:
        document.editor.rename(a_step(document, "Select supplier").id, "Choose supplier")
        written = entries(document)
    # when the file is opened again, read-only: the same entries
    with Document.open(sample_path, read_only=True) as document:
        assert entries(document) == written
        assert written[0].description == "Renamed task 'Select supplier' → 'Choose supplier'"


def test_the_log_cannot_be_rewritten(sample_path: Path) -> None:
    with sqlite3.connect(sample_path) as connection:
        for sql in (
            "UPDATE change_log SET author = 'someone else'",
            "DELETE FROM change_log",
            "DELETE FROM change_log_elements",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                connection.execute(sql)


def test_an_element_has_the_history_of_what_touched_it(sample_doc: Document) -> None:
    # given a new step, connected, renamed, with a weak point; and another step's edit
    editor, workspace = sample_doc.editor, sample_doc.workspace
    check = a_step(sample_doc, "Check requisition")
    lane = workspace.get(check.lane_id or "", Lane)
    step = editor.add_step(check.diagram_id, StepKind.TASK, "Scan form", Point(900, 300), lane.id)
    editor.connect(check.id, step)
    editor.rename(step, "Scan the form")
    editor.add_weak_point(check.diagram_id, step, description="Scanner is slow")
    editor.rename(a_step(sample_doc, "Select supplier").id, "Choose supplier")
    # then its history is its own four entries, newest first
    mine = [e.description for e in entries(sample_doc, element_id=step)]
    assert mine == [
        "Recorded a weak point on 'Scan the form': Scanner is slow",
        "Renamed task 'Scan form' → 'Scan the form'",
        "Connected 'Check requisition' → 'Scan form'",
        "Added task 'Scan form' to lane 'Purchasing'",
    ]
    # and the process's history holds every entry, the creation included
    process = workspace.diagrams_of(workspace.processes()[0].id)[0].process_id
    assert len(entries(sample_doc, element_id=process)) == len(entries(sample_doc)) == 6


def test_filters_by_date_range_and_words(
    sample_doc: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given edits made on three days
    editor = sample_doc.editor
    step = a_step(sample_doc, "Select supplier").id
    for day, name in (("01", "Alpha"), ("05", "Beta 10%"), ("09", "Gamma")):
        monkeypatch.setattr(change_log, "utc_now", lambda d=day: f"2025-03-{d}T10:00:00.000Z")
        editor.rename(step, name)
        sample_doc.history.break_merge()
    described = [
        e.description
        for e in entries(sample_doc, since="2025-03-02T00:00:00.000Z", until="2025-03-09")
    ]
    assert described == ["Renamed task 'Alpha' → 'Beta 10%'"]
    # words match the sentence, the label or the author, ignoring case; % is no wildcard
    assert len(entries(sample_doc, words="gAMma")) == 1
    assert len(entries(sample_doc, words="10%")) == 2
    assert len(entries(sample_doc, words="%")) == 2


def test_paging_reads_older_entries_page_by_page(sample_doc: Document) -> None:
    step = a_step(sample_doc, "Select supplier")
    for index in range(25):
        sample_doc.editor.nudge([step.id], 1, 0)
        sample_doc.history.break_merge()
        assert index >= 0
    log = sample_doc.store.log
    first = log.page(LogFilter(element_id=step.id), limit=10)
    second = log.page(LogFilter(element_id=step.id), older_than=first[-1].seq, limit=10)
    third = log.page(LogFilter(element_id=step.id), older_than=second[-1].seq, limit=10)
    seqs = [e.seq for e in first + second + third]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == 26  # 25 moves + creation
    assert log.newer(LogFilter(element_id=step.id), than=first[1].seq) == first[:1]


def test_replaying_the_log_from_nothing_gives_the_workspace(sample_doc: Document) -> None:
    editor = sample_doc.editor
    lane = next(e for e in sample_doc.workspace if isinstance(e, Lane) and e.name == "Finance")
    editor.remove_lane(lane.id)
    sample_doc.history.undo()
    editor.create_variant(lane.diagram_id, "Draft")
    payloads = [payload for _, payload in sample_doc.store.log.payloads()]
    assert snapshot(replay_all(payloads)) == snapshot(sample_doc.workspace)


def test_a_replay_on_the_wrong_state_is_refused(sample_doc: Document) -> None:
    sample_doc.editor.rename(a_step(sample_doc, "Select supplier").id, "Choose")
    (_, rename), *_ = reversed(list(sample_doc.store.log.payloads()))
    # the rename's old name is not what the workspace (already renamed) holds
    with pytest.raises(LogMismatchError, match="name"):
        replay(rename, sample_doc.workspace)


def test_an_older_file_begins_its_log_with_what_it_held(sample_path: Path) -> None:
    # given a version-3 file: no change log
    with Document.open(sample_path) as document:
        state = snapshot(document.workspace)
    connection = sqlite3.connect(sample_path)
    connection.execute("DROP TABLE change_log_elements")
    connection.execute("DROP TABLE change_log")
    connection.execute("PRAGMA user_version = 3")
    connection.commit()
    connection.close()  # a checkpoint: the header shows the version
    # when it is opened for editing it is upgraded, its log begun with its content
    with Document.open(sample_path) as document:
        (baseline,) = entries(document)
        assert baseline.action == Action.BASELINE
        assert baseline.changes == len(state)
        payloads = [p for _, p in document.store.log.payloads()]
        assert snapshot(replay_all(payloads)) == state
        step = a_step(document, "Select supplier")
        assert [e.seq for e in entries(document, element_id=step.id)] == [baseline.seq]
    assert sample_path.with_name(sample_path.name + ".v3.bak").exists()
    with sqlite3.connect(sample_path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
