"""Interfaces between processes, derived from hand-built workspaces: one kind at a time, then
what stays unresolved, what is merely external and what a to-be variant does not add."""

from __future__ import annotations

from procdesk.analysis.interfaces import (
    Interface,
    InterfaceKind,
    UnresolvedKind,
    derive_interfaces,
)
from procdesk.model.elements import Foreign, Pool, Step, StepKind
from tests.landscape_builders import Organisation

MESSAGE, CALL = InterfaceKind.MESSAGE, InterfaceKind.CALL
CONTINUES, DATA = InterfaceKind.CONTINUES, InterfaceKind.DATA


def edges(org: Organisation) -> set[tuple[str, str, InterfaceKind, str]]:
    """The derived interfaces as (from name, to name, kind, via)."""
    names = {p.id: p.name for p in org.workspace.processes()}
    return {
        (names[i.source], names[i.target], i.kind, i.via)
        for i in derive_interfaces(org.workspace).interfaces
    }


def test_a_message_flow_to_a_pool_named_like_another_process_is_an_interface() -> None:
    # given Order to cash sending a production order to a pool "Production", and receiving
    # goods back from it, while Production is a process of the workspace
    org = Organisation()
    sales = org.process("Order to cash", pool="Muster GmbH")
    org.process("Production")
    sales.step(StepKind.SEND_TASK, "Send production order")
    sales.step(StepKind.RECEIVE_TASK, "Receive goods")
    sales.partner("production")  # names are compared without case
    sales.connect("Send production order", "production", "Production order")
    sales.connect("production", "Receive goods")
    # when the interfaces are derived
    found = edges(org)
    # then both directions are interfaces; the unnamed one is named by the partner's pool
    assert found == {
        ("Order to cash", "Production", MESSAGE, "Production order"),
        ("Production", "Order to cash", MESSAGE, "production"),
    }


def test_a_partner_that_is_no_process_is_external_not_a_finding() -> None:
    org = Organisation()
    sales = org.process("Order to cash")
    sales.step(StepKind.SEND_TASK, "Send invoice")
    sales.partner("Customer")
    sales.connect("Send invoice", "Customer", "Invoice")
    report = derive_interfaces(org.workspace)
    assert report.interfaces == []
    assert report.unresolved == []


def test_a_pool_stands_for_a_process_by_its_process_ref() -> None:
    # given a partner pool named "Factory" whose BPMN process reference is Production's id
    org = Organisation()
    sales = org.process("Order to cash")
    production = org.process("Production")
    sales.step(StepKind.SEND_TASK, "Send production order")
    sales.partner("Factory", process_ref=production.process)
    sales.connect("Send production order", "Factory", "Production order")
    assert edges(org) == {("Order to cash", "Production", MESSAGE, "Production order")}


def test_call_activities_call_processes_by_name_by_id_and_by_bpmn_process_id() -> None:
    # given three callable processes: one found by name, one by id, one by the BPMN process id
    # an imported file gave its pool
    org = Organisation()
    caller = org.process("Procure to pay")
    org.process("Accounts payable")
    receiving = org.process("Goods receipt")
    supplier = org.process("Supplier rating")
    org.editor.update((supplier.pool,), process_ref="Process_rating_bpmn")
    caller.step(StepKind.CALL_ACTIVITY, " accounts  PAYABLE ")
    by_id = caller.step(StepKind.CALL_ACTIVITY, "Check the delivery")
    by_ref = caller.step(StepKind.CALL_ACTIVITY, "Rate the supplier")
    for step_id, called in ((by_id, receiving.process), (by_ref, "Process_rating_bpmn")):
        org.editor.update((step_id,), foreign=Foreign((("calledElement", called),)))
    # then each call is an interface from the caller, named by the call activity
    assert edges(org) == {
        ("Procure to pay", "Accounts payable", CALL, "accounts PAYABLE"),
        ("Procure to pay", "Goods receipt", CALL, "Check the delivery"),
        ("Procure to pay", "Supplier rating", CALL, "Rate the supplier"),
    }
    assert derive_interfaces(org.workspace).unresolved == []


def test_a_call_to_no_process_is_unresolved_and_a_call_to_itself_is_nothing() -> None:
    # given calls to a missing process, to a name two processes share, to nothing, to itself
    org = Organisation()
    quality = org.process("Quality management")
    org.process("Audit")
    org.process("audit")
    missing = quality.step(StepKind.CALL_ACTIVITY, "Internal audit")
    shared = quality.step(StepKind.CALL_ACTIVITY, "Audit")
    unnamed = quality.step(StepKind.CALL_ACTIVITY, "")
    quality.step(StepKind.CALL_ACTIVITY, "Quality management")
    # when the interfaces are derived
    report = derive_interfaces(org.workspace)
    # then there are none, and three findings, each on its call activity
    assert report.interfaces == []
    found = {u.element: u for u in report.unresolved}
    assert set(found) == {missing, shared, unnamed}
    assert {u.rule for u in report.unresolved} == {"landscape-unresolved-call"}
    assert found[missing].reference == "Internal audit"
    assert found[missing].message == (
        "call activity 'Internal audit' calls 'Internal audit', which is no process of this "
        "workspace"
    )
    assert "several processes" in found[shared].message
    assert found[unnamed].reference == ""
    assert found[missing].process == quality.process
    assert found[missing].diagram == quality.diagram
    assert found[missing].to_json() == {
        "process": quality.process,
        "diagram": quality.diagram,
        "element": missing,
        "rule": "landscape-unresolved-call",
        "kind": "call",
        "reference": "Internal audit",
        "message": found[missing].message,
    }


def test_an_end_event_continues_in_the_process_that_starts_with_its_name() -> None:
    org = Organisation()
    purchase = org.process("Purchase requisition")
    payables = org.process("Accounts payable")
    hiring = org.process("HR recruiting")
    purchase.step(StepKind.END_EVENT, "Goods received")
    payables.step(StepKind.START_EVENT, "goods   received")
    hiring.step(StepKind.START_EVENT, "Position approved")
    hiring.step(StepKind.END_EVENT, "Goods received ")  # an end does not continue in an end
    assert edges(org) == {
        ("Purchase requisition", "Accounts payable", CONTINUES, "Goods received"),
        ("HR recruiting", "Accounts payable", CONTINUES, "Goods received"),
    }


def test_explicit_links_continue_in_or_from_a_process_and_can_dangle() -> None:
    # given an end event linked to Order to cash and a start event linked to Sales planning
    org = Organisation()
    production = org.process("Production")
    org.process("Order to cash")
    org.process("Sales planning")
    ready = production.step(StepKind.END_EVENT, "Goods ready")
    start = production.step(StepKind.START_EVENT, "Plan released")
    org.editor.link_step_to_process(ready, org.id("Order to cash"))
    org.editor.link_step_to_process(start, org.id("Sales planning"))
    assert edges(org) == {
        ("Production", "Order to cash", CONTINUES, "Goods ready"),
        ("Sales planning", "Production", CONTINUES, "Plan released"),
    }
    # when the process the end event continues in is deleted
    org.editor.delete([org.id("Order to cash")])
    # then the link dangles: a finding on the end event, not a silent loss
    report = derive_interfaces(org.workspace)
    (dangling,) = report.unresolved
    assert (dangling.element, dangling.kind) == (ready, UnresolvedKind.LINK)
    assert dangling.rule == "landscape-unresolved-link"
    assert dangling.message == "event 'Goods ready' is linked to a process that no longer exists"
    # and undoing the delete mends it
    org.editor.history.undo()
    assert not derive_interfaces(org.workspace).unresolved
    assert ("Production", "Order to cash", CONTINUES, "Goods ready") in edges(org)


def test_a_link_outweighs_the_name_of_a_call_activity() -> None:
    org = Organisation()
    caller = org.process("Procure to pay")
    org.process("Accounts payable")
    org.process("Supplier payments")
    call = caller.step(StepKind.CALL_ACTIVITY, "Accounts payable")
    org.editor.link_step_to_process(call, org.id("Supplier payments"))
    assert edges(org) == {("Procure to pay", "Supplier payments", CALL, "Accounts payable")}


def test_shared_data_runs_from_writers_to_readers() -> None:
    # given Strategy writing the "Annual budget", HR reading it, and Controlling keeping it
    # without saying how (a data store with no association counts as read and written)
    org = Organisation()
    strategy = org.process("Strategy")
    hiring = org.process("HR recruiting")
    control = org.process("Controlling")
    lonely = org.process("Archive")
    strategy.step(StepKind.USER_TASK, "Draw up budget")
    strategy.data("Annual budget")
    strategy.connect("Draw up budget", "Annual budget")
    hiring.step(StepKind.USER_TASK, "Publish vacancy")
    hiring.data("annual budget", store=False)
    hiring.connect("annual budget", "Publish vacancy")
    control.data("Annual budget")
    lonely.data("Old files")
    assert edges(org) == {
        ("Strategy", "HR recruiting", DATA, "Annual budget"),
        ("Strategy", "Controlling", DATA, "Annual budget"),
        ("Controlling", "HR recruiting", DATA, "Annual budget"),
    }


def test_the_same_interface_drawn_twice_is_one_with_both_elements() -> None:
    org = Organisation()
    sales = org.process("Order to cash")
    org.process("Production")
    sales.step(StepKind.SEND_TASK, "Order parts")
    sales.step(StepKind.SEND_TASK, "Order more parts")
    sales.partner("Production")
    flows = [
        sales.connect("Order parts", "Production", "Production order"),
        sales.connect("Order more parts", "Production", "Production  order"),
    ]
    (interface,) = derive_interfaces(org.workspace).interfaces
    assert isinstance(interface, Interface)
    assert interface.elements == tuple(flows)
    assert interface.to_json() == {
        "from": org.id("Order to cash"),
        "to": org.id("Production"),
        "kind": "message",
        "via": "Production order",
    }


def test_a_to_be_variant_adds_no_interface_and_no_finding() -> None:
    # given an as-is without interfaces, and its to-be that calls two processes
    org = Organisation()
    purchase = org.process("Purchase requisition")
    org.process("Accounts payable")
    purchase.step(StepKind.USER_TASK, "Order")
    to_be = org.editor.create_variant(purchase.diagram)
    (pool,) = org.workspace.elements_of(to_be, Pool)
    lane = org.workspace.lanes_of(pool.id)[0].id
    for name in ("Accounts payable", "Invoice scanning"):
        step = org.editor.add_step(to_be, StepKind.CALL_ACTIVITY, name, None, lane)
        assert org.workspace.get(step, Step).diagram_id == to_be
    # then the landscape reads only how the process works today
    report = derive_interfaces(org.workspace)
    assert report.interfaces == []
    assert report.unresolved == []
    # and once the as-is calls a process, so does the landscape
    purchase.step(StepKind.CALL_ACTIVITY, "Accounts payable")
    assert edges(org) == {
        ("Purchase requisition", "Accounts payable", CALL, "Accounts payable"),
    }


def test_interfaces_come_in_process_order_then_kind() -> None:
    org = Organisation()
    a, b = org.process("A"), org.process("B")
    b.step(StepKind.CALL_ACTIVITY, "A")
    a.step(StepKind.END_EVENT, "Done")
    b.step(StepKind.START_EVENT, "Done")
    a.step(StepKind.CALL_ACTIVITY, "B")
    kinds = [(i.source, i.kind) for i in derive_interfaces(org.workspace).interfaces]
    assert kinds == [(a.process, CALL), (a.process, CONTINUES), (b.process, CALL)]
