"""Lint findings speak the user's language; their rule codes and JSON keys stay English."""

from __future__ import annotations

from procdesk.analysis.checks import check
from procdesk.analysis.compare import field_label, value_text
from tests.analysis.builders import XOR, E, S, Sketch
from tests.model.german import speaking_german

FINDING_TEXTS = {
    ("{scope} has no start event", None): "{scope} hat kein Startereignis",
    ("pool '{name}'", None): "Pool '{name}'",
    ("{step} has %n incoming sequence flows", None): (
        "{step} hat %n eingehenden Sequenzfluss",
        "{step} hat %n eingehende Sequenzflüsse",
    ),
    ("{kind} '{name}'", None): "{kind} '{name}'",
    ("task", "element kind"): "Aufgabe",
}


def test_a_finding_message_is_german_and_its_code_english() -> None:
    # given a diagram without a start event
    sketch = Sketch()
    sketch.step("a")
    sketch.step("end", E)
    sketch.flow("a", "end")
    with speaking_german(FINDING_TEXTS):
        findings = check(sketch.workspace, sketch.diagram)
    # then the message reads German while the rule code and the JSON keys do not change
    assert findings[0].message == "Pool 'Org' hat kein Startereignis"
    report = findings[0].to_json()
    assert report["rule"] == "start-event-required" and report["severity"] == "error"
    assert set(report) == {"severity", "rule", "element", "message", "hint"}


def test_a_counted_finding_uses_the_german_plural() -> None:
    # given two branches that meet at task c instead of a gateway
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("xor", XOR)
    for key in ("a", "b", "c"):
        sketch.step(key)
    sketch.step("end", E)
    sketch.chain("start", "xor", "a", "c", "end")
    sketch.chain("xor", "b", "c")
    with speaking_german(FINDING_TEXTS):
        joins = [f for f in check(sketch.workspace, sketch.diagram) if f.rule == "fake-join"]
    assert [f.message for f in joins] == ["Aufgabe 'c' hat 2 eingehende Sequenzflüsse"]


def test_compared_fields_and_values_read_german() -> None:
    texts = {
        ("duration", "compared step field"): "Dauer",
        ("none", "compared value"): "keine",
        ("{min}/{typical}/{max} min", None): "{min}/{typical}/{max} Min.",
    }
    with speaking_german(texts):
        assert field_label("duration") == "Dauer"
        assert value_text(None) == "keine"
        assert value_text({"min": 1.0, "typical": 2.5, "max": 4.0}) == "1/2.5/4 Min."
    assert field_label("duration") == "duration" and value_text("") == "none"
