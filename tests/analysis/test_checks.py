"""One test per lint rule, each on a small diagram whose findings were worked out by hand."""

from __future__ import annotations

from procdesk.analysis.checks import Severity, check
from procdesk.model.elements import EventDefinition, FlowKind, Foreign, Step, StepKind
from procdesk.model.geometry import Rect
from tests.analysis.builders import AND, XOR, E, S, Sketch, T, line


def found(sketch: Sketch, rule: str | None = None) -> list[tuple[str, str]]:
    """(rule, element) of every finding, or of one rule's findings."""
    return [
        (f.rule, f.element)
        for f in check(sketch.workspace, sketch.diagram)
        if rule is None or f.rule == rule
    ]


def decision(sketch: Sketch, *labels: str) -> None:
    """start → xor → a / b → end, the xor's flows labelled *labels* (a, b)."""
    sketch.step("start", S)
    sketch.step("xor", XOR)
    sketch.step("a")
    sketch.step("b")
    sketch.step("end", E)
    sketch.flow("start", "xor")
    sketch.flow("xor", "a", name=labels[0])
    sketch.flow("xor", "b", name=labels[1])
    sketch.flow("a", "end")
    sketch.flow("b", "end")


def test_a_clean_line_has_no_findings() -> None:
    # given start → a → b → end, all named and in a lane
    sketch = line(("a", 1), ("b", 2))
    # then nothing is reported
    assert found(sketch) == []


def test_no_start_event() -> None:
    # given a → end without a start event
    sketch = Sketch()
    sketch.step("a")
    sketch.step("end", E)
    sketch.flow("a", "end")
    # then only the pool is reported, as an error
    findings = check(sketch.workspace, sketch.diagram)
    assert [(f.rule, f.element) for f in findings] == [
        ("start-event-required", sketch.pools["Org"])
    ]
    assert findings[0].severity == Severity.ERROR
    assert findings[0].hint


def test_no_end_event() -> None:
    # given start → a, and nothing after a
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("a")
    sketch.flow("start", "a")
    # then the pool misses an end and a is a dead end
    assert sorted(found(sketch)) == sorted(
        [("end-event-required", sketch.pools["Org"]), ("dead-end", sketch.ids["a"])]
    )


def test_unreachable_element() -> None:
    # given start → a → end, and b → end with nothing leading to b
    sketch = line(("a", 1))
    sketch.step("b")
    sketch.flow("b", "end")
    # then b is unreachable, and nothing else is wrong
    assert found(sketch) == [("unreachable", sketch.ids["b"])]


def test_dead_end() -> None:
    # given a decision whose branch b stops without reaching the end
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("xor", XOR)
    sketch.step("a")
    sketch.step("b")
    sketch.step("end", E)
    sketch.flow("start", "xor")
    sketch.flow("xor", "a", name="yes")
    sketch.flow("xor", "b", name="no")
    sketch.flow("a", "end")
    # then b is a dead end
    assert found(sketch) == [("dead-end", sketch.ids["b"])]


def test_gateway_that_neither_splits_nor_joins() -> None:
    # given start → xor → a → end (the gateway has one flow in and one out)
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("xor", XOR)
    sketch.step("a")
    sketch.step("end", E)
    sketch.chain("start", "xor", "a", "end")
    # then the gateway is superfluous (a warning)
    findings = check(sketch.workspace, sketch.diagram)
    assert [(f.rule, f.element, f.severity) for f in findings] == [
        ("superfluous-gateway", sketch.ids["xor"], Severity.WARNING)
    ]


def test_split_without_labelled_outgoing_flows() -> None:
    # given a decision with one labelled and one bare branch
    sketch = Sketch()
    decision(sketch, "approved", "")
    # then the gateway is reported once, counting the bare branch
    findings = [f for f in check(sketch.workspace, sketch.diagram) if f.rule == "split-unlabelled"]
    assert [(f.element, f.severity) for f in findings] == [(sketch.ids["xor"], Severity.WARNING)]
    assert "1 without a label" in findings[0].message


def test_a_default_flow_needs_no_label() -> None:
    # given a decision whose bare branch is the default flow
    sketch = Sketch()
    decision(sketch, "approved", "")
    bare = [f for f in sketch.workspace.flows_at(sketch.ids["b"]) if f.target_id == sketch.ids["b"]]
    sketch.editor.update([bare[0].id], is_default=True)
    # then nothing is reported
    assert found(sketch) == []


def test_sequence_flow_across_pools() -> None:
    # given a sequence flow drawn from a task in one pool to a task in another
    sketch = line(("a", 1))
    sketch.add_pool("Supplier", ("Sales",))
    sketch.step("x", lane="Sales")
    flow = sketch.raw_flow("a", "x", FlowKind.SEQUENCE, "cross")
    # then the flow is an error
    findings = [f for f in check(sketch.workspace, sketch.diagram) if f.element == flow]
    assert [(f.rule, f.severity) for f in findings] == [
        ("sequence-flow-across-pools", Severity.ERROR)
    ]


def test_message_flow_inside_a_pool() -> None:
    # given a message flow between two tasks of the same pool, and one to another pool
    sketch = line(("a", 1), ("b", 1))
    inside = sketch.raw_flow("a", "b", FlowKind.MESSAGE, "inside")
    supplier = sketch.add_pool("Supplier", ())
    sketch.pools["Supplier"] = supplier
    sketch.raw_flow("b", "Supplier", FlowKind.MESSAGE, "between")
    # then only the flow inside the pool is reported
    assert found(sketch) == [("message-flow-inside-pool", inside)]


def test_step_without_role() -> None:
    # given a task in the pool but in no lane and without a role, and another with a role
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("orphan", lane=None)
    sketch.step("clerk", lane=None, role="Clerk")
    sketch.step("end", E)
    sketch.chain("start", "orphan", "clerk", "end")
    # then only the one nobody owns is reported
    assert found(sketch) == [("step-without-role", sketch.ids["orphan"])]


def test_label_missing_on_task() -> None:
    # given a task without a name
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("a", name="")
    sketch.step("end", E)
    sketch.chain("start", "a", "end")
    # then it is reported
    assert found(sketch) == [("label-required", sketch.ids["a"])]


def test_fake_join() -> None:
    # given two branches that meet at a task instead of a gateway
    sketch = Sketch()
    decision(sketch, "yes", "no")
    sketch.step("c")
    sketch.editor.delete([f.id for f in sketch.workspace.flows_at(sketch.ids["end"])])
    sketch.flow("a", "c")
    sketch.flow("b", "c")
    sketch.flow("c", "end")
    # then the task is a fake join
    assert found(sketch) == [("fake-join", sketch.ids["c"])]


def test_gateway_that_joins_and_splits() -> None:
    # given a gateway with two flows in and two out
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("and", AND)
    sketch.step("a")
    sketch.step("b")
    sketch.step("mix", XOR)
    sketch.step("c")
    sketch.step("d")
    sketch.step("end", E)
    sketch.chain("start", "and", "a", "mix", "c", "end")
    sketch.chain("and", "b", "mix", "d", "end")
    # then it is reported (its branches are unlabelled, too)
    assert sorted(r for r, e in found(sketch) if e == sketch.ids["mix"]) == [
        "no-gateway-join-fork",
        "split-unlabelled",
    ]


def test_conditional_flow_without_condition() -> None:
    # given a task with a conditional outgoing flow and a plain one
    sketch = line(("a", 1))
    sketch.step("b")
    sketch.flow("b", "end")
    sketch.flow("a", "b", condition="amount > 1000")
    # then the task is reported
    assert found(sketch) == [("conditional-flows", sketch.ids["a"])]


def test_implicit_split() -> None:
    # given a task with two plain outgoing flows
    sketch = line(("a", 1))
    sketch.step("b")
    sketch.flow("b", "end")
    sketch.flow("a", "b")
    # then the task splits without a gateway
    assert found(sketch) == [("no-implicit-split", sketch.ids["a"])]


def test_duplicate_sequence_flows() -> None:
    # given the same flow drawn twice
    sketch = line(("a", 1))
    twin = sketch.flow("start", "a")
    # then the second one is reported
    assert ("no-duplicate-sequence-flows", twin) in found(sketch)


def test_single_blank_start_event() -> None:
    # given two blank start events leading to the same task
    sketch = line(("a", 1))
    sketch.step("start2", S)
    sketch.flow("start2", "a")
    # then the pool is reported (and the task joins two flows)
    assert sorted(found(sketch)) == sorted(
        [
            ("single-blank-start-event", sketch.pools["Org"]),
            ("fake-join", sketch.ids["a"]),
        ]
    )


def test_probabilities_that_do_not_add_up() -> None:
    # given a decision with branch probabilities 50 % and 60 %
    sketch = Sketch()
    decision(sketch, "yes", "no")
    flows = sketch.workspace.flows_at(sketch.ids["xor"])
    outgoing = [f for f in flows if f.source_id == sketch.ids["xor"]]
    sketch.editor.update([outgoing[0].id], probability=0.5)
    sketch.editor.update([outgoing[1].id], probability=0.6)
    # then the gateway is reported
    findings = [f for f in check(sketch.workspace, sketch.diagram) if f.rule == "probability-sum"]
    assert [f.element for f in findings] == [sketch.ids["xor"]]
    assert "110%" in findings[0].message


def test_endless_loop_has_no_path_to_end() -> None:
    # given start → a → b → a (no way out), and an end nobody reaches
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("a")
    sketch.step("b")
    sketch.step("end", E)
    sketch.chain("start", "a", "b", "a")
    # then the loop and what leads into it cannot reach the end; the end is unreachable
    assert sorted(found(sketch, "no-path-to-end")) == sorted(
        ("no-path-to-end", sketch.ids[k]) for k in ("start", "a", "b")
    )
    assert found(sketch, "unreachable") == [("unreachable", sketch.ids["end"])]


def test_a_sub_process_is_its_own_scope() -> None:
    # given a sub-process holding one task but no start or end events
    sketch = line(("a", 1))
    sub = sketch.step("sub", StepKind.SUB_PROCESS, expanded=True)
    sketch.flow("a", "sub")
    sketch.flow("sub", "end")
    direct = sketch.workspace.flows_at(sketch.ids["a"])
    sketch.editor.delete([f.id for f in direct if f.target_id == sketch.ids["end"]])
    inner = sketch.step("inner", T, parent_id=sub)
    # then the sub-process misses its start and end; the inner task is a dead end
    assert sorted(found(sketch)) == sorted(
        [
            ("start-event-required", sub),
            ("end-event-required", sub),
            ("dead-end", inner),
        ]
    )


def test_errors_come_before_warnings() -> None:
    # given a diagram with a warning (unnamed task) and an error (dead end)
    sketch = Sketch()
    sketch.step("start", S)
    sketch.step("a", name="")
    sketch.step("end", E)
    sketch.chain("start", "a")
    # then the errors are listed first
    severities = [f.severity for f in check(sketch.workspace, sketch.diagram)]
    assert severities == sorted(severities, key=lambda s: s != Severity.ERROR)
    assert Severity.ERROR in severities and Severity.WARNING in severities


def test_link_events_carry_the_flow() -> None:
    # given start → a → link throw "L", and link catch "L" → b → end
    sketch = Sketch()
    link = EventDefinition.LINK
    sketch.step("start", S)
    sketch.step("a")
    sketch.step("throw", StepKind.INTERMEDIATE_THROW_EVENT, name="L", event_definition=link)
    sketch.step("catch", StepKind.INTERMEDIATE_CATCH_EVENT, name="L", event_definition=link)
    sketch.step("b")
    sketch.step("end", E)
    sketch.chain("start", "a", "throw")
    sketch.chain("catch", "b", "end")
    # then nothing is unreachable and nothing is a dead end
    assert found(sketch) == []


def test_event_sub_processes_and_compensation_need_no_flows() -> None:
    # given a clean line plus an event sub-process (start → end inside) and a compensation
    # boundary event on a task
    sketch = line(("a", 1))
    sub = sketch.step("handler", StepKind.SUB_PROCESS, expanded=True)
    sketch.editor.update([sub], foreign=Foreign(attributes=(("triggeredByEvent", "true"),)))
    inner_start = sketch.step("s2", S, parent_id=sub)
    inner_end = sketch.step("e2", E, parent_id=sub)
    sketch.editor.connect(inner_start, inner_end)
    boundary = Step(
        id="Event_compensate",
        diagram_id=sketch.diagram,
        kind=StepKind.BOUNDARY_EVENT,
        event_definition=EventDefinition.COMPENSATE,
        attached_to=sketch.ids["a"],
        bounds=Rect(0, 0, 36, 36),
    )
    sketch.editor.add(boundary)
    # then neither is reported
    assert found(sketch) == []
