"""Sentences a screen reader reads for the canvas, built from the model alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from procdesk.analysis.narration import (
    describe_aim,
    describe_element,
    describe_selection,
    diagram_title,
)
from procdesk.model.editor import Editor
from procdesk.model.elements import Flow, StepKind
from procdesk.model.geometry import Point, Rect
from procdesk.model.history import History
from procdesk.model.workspace import Workspace
from procdesk.text import install_translator, reset_translator


@pytest.fixture
def drawn() -> tuple[Editor, str, dict[str, str]]:
    """start → check → gateway (unnamed) → done, in lane "Clerk" of pool "Office"."""
    editor = Editor(History(Workspace()))
    process_id = editor.add_process("Invoices", with_pool=False)
    diagram_id = editor.workspace.diagrams_of(process_id)[0].id
    editor.add_pool(diagram_id, "Office", Rect(0, 0, 900, 150), ("Clerk",))
    ids = {
        "start": editor.add_step(diagram_id, StepKind.START_EVENT, "Invoice in", Point(60, 75)),
        "check": editor.add_step(diagram_id, StepKind.USER_TASK, "Check", Point(200, 75)),
        "gateway": editor.add_step(diagram_id, StepKind.EXCLUSIVE_GATEWAY, "", Point(350, 75)),
        "done": editor.add_step(diagram_id, StepKind.END_EVENT, "Paid", Point(500, 75)),
    }
    editor.connect(ids["start"], ids["check"])
    editor.connect(ids["check"], ids["gateway"])
    ids["yes"] = editor.connect(ids["gateway"], ids["done"], name="ok", condition="amount < 100")
    return editor, diagram_id, ids


@pytest.fixture
def shouting() -> Iterator[None]:
    """A translator that upper-cases every text (not its placeholders), to see which texts go
    through it."""

    def shout(source: str, _context: str | None, n: int) -> str:
        pieces = re.split(r"(\{[a-z_]*\})", source.replace("%n", str(n)))
        return "".join(p if p.startswith("{") else p.upper() for p in pieces)

    install_translator(shout)
    yield
    reset_translator()


def test_a_step_is_read_with_its_lane_and_both_ends_of_its_flows(drawn) -> None:
    editor, _diagram_id, ids = drawn
    assert describe_element(editor.workspace, ids["check"]) == (
        "User task “Check” in lane “Clerk”. "
        "1 incoming: sequence flow from “Invoice in”. "
        "1 outgoing: sequence flow to unnamed exclusive gateway."
    )


def test_an_unnamed_gateway_and_a_labelled_flow(drawn) -> None:
    editor, _diagram_id, ids = drawn
    gateway = describe_element(editor.workspace, ids["gateway"])
    assert gateway.startswith("Unnamed exclusive gateway in lane “Clerk”.")
    assert describe_element(editor.workspace, ids["yes"]) == (
        "Sequence flow from unnamed exclusive gateway to “Paid”. Labelled “ok”. "
        "Condition: amount < 100."
    )


def test_selections_of_none_and_several(drawn) -> None:
    editor, _diagram_id, ids = drawn
    workspace = editor.workspace
    assert describe_selection(workspace, []).startswith("Nothing selected.")
    several = describe_selection(workspace, [ids["start"], ids["check"], ids["yes"]])
    assert several == "3 elements selected: “Invoice in”, “Check”, “ok”"


def test_the_diagram_title_and_a_connection_aim(drawn) -> None:
    editor, diagram_id, ids = drawn
    workspace = editor.workspace
    assert diagram_title(workspace, diagram_id) == "Diagram As-is of process Invoices"
    assert diagram_title(workspace, None) == "Diagram canvas (no diagram open)"
    assert describe_aim(workspace, ids["check"], ids["done"], True, "", "sequence flow") == (
        "Connect “Check” to “Paid” with a sequence flow. Enter connects."
    )
    refused = describe_aim(
        workspace, ids["check"], ids["start"], False, "a start event has no incoming flow", ""
    )
    assert refused == "Cannot connect “Check” to “Invoice in”: a start event has no incoming flow."


def test_every_sentence_goes_through_the_translator(drawn, shouting) -> None:
    editor, _diagram_id, ids = drawn
    text = describe_element(editor.workspace, ids["check"])
    assert text.startswith("USER TASK “Check” IN LANE “Clerk”.")
    assert "1 OUTGOING: SEQUENCE FLOW TO UNNAMED EXCLUSIVE GATEWAY." in text
    assert isinstance(editor.workspace.find(ids["yes"]), Flow)
