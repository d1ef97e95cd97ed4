"""What the SOP says, checked on the content model before any layout."""

# ruff: noqa: RUF001  (Greek and Cyrillic names are deliberate)

from __future__ import annotations

import re

from procdesk.export.sop.content import (
    build_content,
    format_duration,
    format_number,
    format_value,
    words,
)
from procdesk.model.elements import DataObject, Duration, Lane, StepKind
from procdesk.model.geometry import Rect
from procdesk.model.ids import new_id
from tests.export.sop_builders import add, linear, new_process, rich


def _numbers(built_content: object) -> dict[str, int]:
    return {s.id: s.number for s in built_content.steps}  # type: ignore[attr-defined]


def test_linear_steps_are_numbered_in_flow_order() -> None:
    # given a straight process of three tasks
    built = linear(3)
    # when its content is built
    content = build_content(built.workspace, built.process, built.diagram)
    # then steps run start, tasks 1..3, end, with no jump sentences between neighbours
    assert [s.name for s in content.steps] == [
        "Request arrives",
        "Task number 1",
        "Task number 2",
        "Task number 3",
        "Request done",
    ]
    assert all(not any("go to" in x for x in s.sentences) for s in content.steps)


def test_go_to_references_point_at_the_flow_targets() -> None:
    # given a process with a decision, a loop back, parallel branches and a boundary timer
    built = rich()
    content = build_content(built.workspace, built.process, built.diagram)
    numbers = _numbers(content)
    by_id = {s.id: s for s in content.steps}
    flows = {
        (f.source_id, f.target_id)
        for f in built.workspace.elements_of(built.diagram)
        if hasattr(f, "source_id")
    }
    # when every "go to step N" sentence is read back
    for step in content.steps:
        for sentence in step.sentences:
            for target in re.findall(r"go (?:back )?to step (\d+)", sentence):
                target_id = content.steps[int(target) - 1].id
                # then it names a step the diagram really flows to (or a boundary exception)
                attached = by_id[target_id].kind == StepKind.BOUNDARY_EVENT
                assert (step.id, target_id) in flows or attached, sentence
    # and the decision reads as conditions with the right numbers
    ok = by_id[built.steps["ok"]]
    split, fix = numbers[built.steps["split"]], numbers[built.steps["fix"]]
    assert f"If the invoice is correct → go to step {split}." in ok.sentences
    assert f"Otherwise → go to step {fix}." in ok.sentences


def test_loops_parallel_branches_and_exceptions_are_stated_plainly() -> None:
    # given the rich process
    built = rich()
    # when its content is built
    content = build_content(built.workspace, built.process, built.diagram)
    numbers = _numbers(content)
    by_id = {s.id: s for s in content.steps}
    check, pay = numbers[built.steps["check"]], numbers[built.steps["pay"]]
    book, late = numbers[built.steps["book"]], numbers[built.steps["late"]]
    # then the rework loop goes back, the split and join name both branches
    assert f"Then go back to step {check}." in by_id[built.steps["fix"]].sentences
    split = by_id[built.steps["split"]]
    low, high = sorted((pay, book))
    assert f"Carry out steps {low} and {high} in parallel; all of them are needed." in (
        split.sentences
    )
    assert (
        f"Wait until steps {low} and {high} are complete." in by_id[built.steps["join"]].sentences
    )
    # and the looped task, the boundary timer and the dead end say what they are
    assert any("for each item" in x for x in by_id[built.steps["check"]].sentences)
    assert any(f"go to step {late}" in x for x in by_id[built.steps["pay"]].sentences)
    assert by_id[built.steps["late"]].sentences[0] == f"Occurs during step {pay}."
    assert "The procedure ends here." in by_id[built.steps["remind"]].sentences
    # and exceptions are numbered after the normal course of events
    assert late > numbers[built.steps["end"]]
    assert split.name == "Split into parallel branches"


def test_roles_follow_lanes_and_list_their_steps() -> None:
    # given the rich process with three lanes
    built = rich()
    # when its content is built
    content = build_content(built.workspace, built.process, built.diagram)
    numbers = _numbers(content)
    # then there is one role per lane, top to bottom, holding the steps of that lane
    assert [r.name for r in content.roles] == ["Księgowość", "Διοίκηση", "Склад"]
    assert content.roles[2].steps == (numbers[built.steps["book"]],)
    assert sorted(n for r in content.roles for n in r.steps) == list(
        range(1, len(content.steps) + 1)
    )


def test_kpi_status_follows_direction_and_target() -> None:
    # given KPIs: lower-is-better under target, higher-is-better under target, unmeasured
    built = rich()
    # when the content is built
    kpis = {k.name: k for k in build_content(built.workspace, built.process, built.diagram).kpis}
    # then each has the right verdict, latest value and scope
    assert kpis["Czas płatności"].on_target is True
    assert kpis["Czas płatności"].latest == 12.0
    assert kpis["Скидки получены"].on_target is False
    assert kpis["Скидки получены"].scope.endswith("Zapłać")
    assert kpis["Unmeasured indicator"].on_target is None


def test_weak_points_come_most_severe_first() -> None:
    # given two weak points of severity 2 and 4
    built = rich()
    # when the content is built
    points = build_content(built.workspace, built.process, built.diagram).weak_points
    # then severity 4 comes first, located at its step; the other covers the whole process
    assert [p.severity for p in points] == [4, 2]
    assert points[0].where.endswith("Ζητήστε διόρθωση")
    assert points[1].where == "Whole process"
    assert points[1].category == "IT gap"


def test_one_step_process_has_a_one_step_procedure() -> None:
    # given a process with just one task and nothing else
    built = linear(0)
    built.editor.delete([built.steps["end"]])
    # when its content is built
    content = build_content(built.workspace, built.process, built.diagram)
    # then the single step says the procedure ends there
    assert len(content.steps) == 1
    assert content.steps[0].sentences == ("The procedure ends here.",)


def test_numbers_and_durations_read_naturally() -> None:
    assert format_number(12.0) == "12"
    assert format_number(1234.5) == "1,234.5"
    assert format_value(85.0, "%") == "85%"
    assert format_value(5.5, "days") == "5.5 days"
    assert format_value(None, "days") == "—"
    assert format_duration(Duration(10, 20, 45)) == "20 min (10–45 min)"
    assert format_duration(Duration(15, 60, 120)) == "1 h (15 min–2 h)"
    assert format_duration(Duration(30, 30, 30)) == "30 min"
    assert words("in-progress") == "In progress"


def test_a_single_bare_branch_beside_conditions_reads_as_otherwise() -> None:
    # given a decision with one conditioned branch and one without a condition
    built = new_process("Approvals", ["Clerk"])
    add(built, "start", StepKind.START_EVENT, "In", "Clerk", 0)
    add(built, "gate", StepKind.EXCLUSIVE_GATEWAY, "Large amount?", "Clerk", 1)
    add(built, "sign", StepKind.TASK, "Sign", "Clerk", 2)
    add(built, "file", StepKind.TASK, "File", "Clerk", 3)
    built.editor.connect(built.steps["start"], built.steps["gate"])
    built.editor.connect(built.steps["gate"], built.steps["sign"], condition="above 5,000 EUR")
    built.editor.connect(built.steps["gate"], built.steps["file"])
    # when the content is built
    content = build_content(built.workspace, built.process, built.diagram)
    numbers = _numbers(content)
    gate = next(s for s in content.steps if s.id == built.steps["gate"])
    # then the bare branch is the decision's "otherwise"
    assert gate.sentences == (
        f"If above 5,000 EUR → go to step {numbers[built.steps['sign']]}.",
        f"Otherwise → go to step {numbers[built.steps['file']]}.",
    )


def test_drawn_data_and_messages_join_the_step() -> None:
    # given a task reading a drawn form, writing a drawn order and messaging a supplier's pool
    built = new_process("Ordering", ["Buyer"])
    task = add(built, "order", StepKind.SEND_TASK, "Send order", "Buyer", 1, inputs=("Quote",))
    lane = built.workspace.get(built.lanes["Buyer"], Lane)
    form, order = (
        built.editor.add(
            DataObject(
                id=new_id("DataObject"),
                diagram_id=built.diagram,
                name=name,
                state=state,
                lane_id=lane.id,
                bounds=Rect(lane.bounds.x + x, lane.bounds.y + 10, 36, 50),
            )
        )
        for name, state, x in (("Requisition", "approved", 40), ("Quote", "", 300))
    )
    supplier = built.editor.add_pool(built.diagram, "Supplier")
    built.editor.connect(form, task)
    built.editor.connect(task, order)
    built.editor.connect(task, supplier, name="Purchase order")
    # when the content is built
    step = build_content(built.workspace, built.process, built.diagram).steps[0]
    # then the drawn data appear once among inputs and outputs, and the message is stated
    assert step.inputs == ("Quote", "Requisition [approved]")
    assert step.outputs == ("Quote",)
    assert step.sentences[0] == "Send “Purchase order” to Supplier."


def test_sub_process_steps_follow_it_and_event_gateways_wait_for_the_first() -> None:
    # given: start → sub-process [inner start → check → inner end] → event gateway
    #        → (reply received | timer) → end
    built = new_process("Claims", ["Clerk"])
    add(built, "start", StepKind.START_EVENT, "Claim in", "Clerk", 0)
    add(built, "sub", StepKind.SUB_PROCESS, "Assess claim", "Clerk", 2, expanded=True)
    sub = built.steps["sub"]
    add(built, "in", StepKind.START_EVENT, "", "Clerk", 1, parent_id=sub)
    add(built, "check", StepKind.TASK, "Check cover", "Clerk", 2, parent_id=sub)
    add(built, "out", StepKind.END_EVENT, "", "Clerk", 3, parent_id=sub)
    add(built, "wait", StepKind.EVENT_BASED_GATEWAY, "", "Clerk", 4)
    add(built, "reply", StepKind.INTERMEDIATE_CATCH_EVENT, "Reply received", "Clerk", 5)
    add(built, "timer", StepKind.INTERMEDIATE_CATCH_EVENT, "Two weeks passed", "Clerk", 6)
    add(built, "end", StepKind.END_EVENT, "Closed", "Clerk", 7)
    s, e = built.steps, built.editor
    for a, b in (("start", "sub"), ("in", "check"), ("check", "out"), ("sub", "wait")):
        e.connect(s[a], s[b])
    for a, b in (("wait", "reply"), ("wait", "timer"), ("reply", "end"), ("timer", "end")):
        e.connect(s[a], s[b])
    # when the content is built
    content = build_content(built.workspace, built.process, built.diagram)
    numbers = _numbers(content)
    by_id = {step.id: step for step in content.steps}
    # then the inner steps are numbered right after the sub-process, which names them
    assert [numbers[s[k]] for k in ("sub", "in", "check", "out")] == [2, 3, 4, 5]
    assert "Carried out as steps 3–5." in by_id[s["sub"]].sentences
    assert by_id[s["sub"]].kind_label == "Sub-procedure"
    assert by_id[s["check"]].within == 2 and by_id[s["check"]].sentences[0] == "Part of step 2."
    assert by_id[s["wait"]].kind_label == "Wait"
    # and the event-based gateway waits for whichever comes first
    low, high = sorted((numbers[s["reply"]], numbers[s["timer"]]))
    assert by_id[s["wait"]].sentences == (
        f"Wait for whichever happens first: steps {low} and {high}.",
    )
    assert by_id[s["reply"]].kind_label == "Wait"
