"""The model's messages, undo labels and default names come out in the user's language."""

from __future__ import annotations

import pytest

from procdesk.model.capture import parse_kind
from procdesk.model.commands import CommandError
from procdesk.model.elements import Diagram, StepKind
from procdesk.model.rules import can_connect
from tests.builders import draw_simple
from tests.model.german import speaking_german

UNDO_TEXTS = {
    ("Move {what}", None): "{what} verschieben",
    ("%n steps", None): ("%n Schritt", "%n Schritte"),
    ("task", "element kind"): "Aufgabe",
    ("Add lane", None): "Lane hinzufügen",
    ("Add lane {name}", None): "Lane {name} hinzufügen",
}


def test_undo_labels_count_and_name_elements_in_german() -> None:
    d = draw_simple()
    several = [d.steps["check"], d.steps["ok"], d.steps["ship"]]
    with speaking_german(UNDO_TEXTS):
        # when three steps of different kinds move, then one task, then lanes are added
        d.editor.move(several, 10, 0)
        moved_three = d.history.undo_label
        d.editor.move([d.steps["check"]], 10, 0)
        moved_one = d.history.undo_label
        d.editor.add_lane(d.pool, "")
        unnamed_lane = d.history.undo_label
        d.editor.add_lane(d.pool, "Billing")
        named_lane = d.history.undo_label
    # then each label is German, with the count inflected and no gap for a missing name
    assert moved_three == "3 Schritte verschieben"
    assert moved_one == "Aufgabe verschieben"
    assert unnamed_lane == "Lane hinzufügen"
    assert named_lane == "Lane Billing hinzufügen"
    # and without a translator the same edit reads in English again
    d.editor.move(several, 10, 0)
    assert d.history.undo_label == "Move 3 steps"


def test_a_refused_connection_says_why_in_german() -> None:
    d = draw_simple()
    german = "Ein Endereignis hat keinen ausgehenden Sequenzfluss"
    with speaking_german({("an end event has no outgoing sequence flow", None): german}):
        verdict = can_connect(d.workspace, d.steps["end"], d.steps["check"])
        assert not verdict.allowed and verdict.reason == german
        with pytest.raises(CommandError, match="Endereignis"):
            d.editor.connect(d.steps["end"], d.steps["check"])


def test_quick_capture_understands_german_kind_words_and_keeps_english() -> None:
    texts = {
        ("decision", "quick capture kind word"): "Entscheidung",
        ("end", "quick capture kind word"): "Ende",
        ("unknown kind {word}; use one of: {words}", None): "unbekannte Art {word}; "
        "möglich: {words}",
    }
    with speaking_german(texts):
        assert parse_kind("entscheidung") == StepKind.EXCLUSIVE_GATEWAY
        assert parse_kind("Ende") == StepKind.END_EVENT
        assert parse_kind("decision") == StepKind.EXCLUSIVE_GATEWAY
        assert parse_kind("userTask") == StepKind.USER_TASK
        with pytest.raises(CommandError) as refused:
            parse_kind("widget")
    message = str(refused.value)
    assert message.startswith("unbekannte Art 'widget'; möglich: ")
    assert "entscheidung" in message and "ende" in message
    # the German words belong to the German catalog only
    with pytest.raises(CommandError, match="use one of: task, user"):
        parse_kind("entscheidung")


def test_new_diagrams_get_default_names_in_german() -> None:
    d = draw_simple()
    names = {("As-is", "diagram name"): "Ist", ("To-be", "diagram name"): "Soll"}
    with speaking_german(names):
        process = d.editor.add_process("Claims")
        as_is = d.workspace.diagrams_of(process)[0]
        to_be = d.editor.create_variant(as_is.id)
    assert as_is.name == "Ist"
    assert d.workspace.get(to_be, Diagram).name == "Soll"
    # and a variant made without a translator keeps the English name
    assert d.workspace.get(d.editor.create_variant(as_is.id), Diagram).name == "To-be"
