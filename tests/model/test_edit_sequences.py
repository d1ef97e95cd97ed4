"""Property: any sequence of edits can be undone to the start and redone to the end, and the file
always equals memory.

"The end" is the state with every edit applied: whatever the sequence left on the redo stack is
redone first, so undo-all then walks back over every edit and redo-all forward again.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procdesk.document import Document
from procdesk.model.arrange import Alignment
from procdesk.model.assignments import Letter
from procdesk.model.commands import CommandError
from procdesk.model.compliance import Control, Requirement, Risk
from procdesk.model.elements import Lane, Pool, Step, StepKind, WeakPoint
from procdesk.model.geometry import Point
from procdesk.model.portfolio import Initiative, InitiativeStatus
from procdesk.model.raci import roles_of
from procdesk.model.roles import Role
from procdesk.store.repository import WorkspaceStore
from tests.builders import snapshot

OPERATIONS = (
    "add",
    "rename",
    "move",
    "nudge",
    "delete",
    "lane",
    "connect",
    "undo",
    "redo",
    "insert-lane",
    "move-lane",
    "resize-lane",
    "remove-lane",
    "phase",
    "move-phase",
    "duplicate",
    "layout",
    "align",
    "requirement",
    "risk",
    "risk-level",
    "control",
    "link-control",
    "unlink-control",
    "risk-from-weak-point",
    "initiative",
    "score",
    "status",
    "link-weak-point",
    "unlink-weak-point",
    "weights",
    "baseline",
    "benefit",
    "delete-initiative",
    "delete-weak-point",
    "raci",
    "raci-cycle",
    "role",
    "role-rename",
    "role-delete",
)
STATUSES = tuple(InitiativeStatus)
CRITERIA = ("strategy", "financial", "risk", "compliance", "efficiency")

LETTERS = (None, *Letter)

edits = st.lists(
    st.tuples(
        st.sampled_from(OPERATIONS),
        st.integers(min_value=0, max_value=50),
        st.integers(min_value=0, max_value=50),
        st.text(min_size=0, max_size=12),
    ),
    min_size=1,
    max_size=16,
)


def on_disk(document: Document) -> dict[str, object]:
    store = WorkspaceStore.open(document.path, read_only=True)
    try:
        return {entity.id: entity for entity in store.load()}
    finally:
        store.close()


def pool_of(document: Document, diagram: str) -> str:
    return document.workspace.elements_of(diagram, Pool)[0].id


def apply_edit(document: Document, edit: tuple[str, int, int, str]) -> None:
    operation, a, b, text = edit
    workspace, editor = document.workspace, document.editor
    diagram = workspace.diagrams_of(workspace.processes()[0].id)[0].id
    steps = sorted(workspace.elements_of(diagram, Step), key=lambda s: s.id)
    lanes = sorted(workspace.elements_of(diagram, Lane), key=lambda s: s.id)
    pick = steps[a % len(steps)] if steps else None
    other = steps[b % len(steps)] if steps else None
    try:
        if operation == "add" and lanes:
            lane = lanes[a % len(lanes)]
            editor.add_step(diagram, StepKind.TASK, text, Point(a * 10, lane.bounds.center.y))
        elif operation == "rename" and pick:
            editor.rename(pick.id, text)
        elif operation == "move" and pick:
            editor.move([pick.id], a - 25, b - 25)
        elif operation == "nudge" and pick:
            editor.nudge([pick.id], 1, 0)
        elif operation == "delete" and pick:
            editor.delete([pick.id])
        elif operation == "lane" and pick and lanes:
            editor.set_lane([pick.id], lanes[b % len(lanes)].id)
        elif operation == "connect" and pick and other:
            editor.connect(pick.id, other.id)
        elif operation == "insert-lane" and lanes:
            editor.add_lane(pool_of(document, diagram), text or "Lane", a % (len(lanes) + 1))
        elif operation == "move-lane" and lanes:
            lane = lanes[a % len(lanes)]
            editor.move_lane(lane.id, b % 4)
        elif operation == "resize-lane" and lanes:
            editor.resize_lane(lanes[a % len(lanes)].id, 40 + b * 5)
        elif operation == "remove-lane" and len(lanes) > 1:
            editor.remove_lane(lanes[a % len(lanes)].id)
        elif operation == "phase":
            editor.add_phase(pool_of(document, diagram), text, a % 3, 60 + b * 4)
        elif operation == "move-phase":
            phases = workspace.phases_of(pool_of(document, diagram))
            if phases:
                editor.move_phase(phases[a % len(phases)].id, b % 3)
        elif operation == "duplicate" and pick:
            editor.duplicate([pick.id])
        elif operation == "layout":
            editor.auto_layout(diagram)
        elif operation == "align" and pick and other:
            editor.align([pick.id, other.id], Alignment.TOP)
        elif operation in COMPLIANCE_OPERATIONS:
            apply_compliance_edit(document, edit, pick, other)
        elif operation in ("raci", "raci-cycle") and pick and pick.kind.is_activity:
            roles = roles_of(workspace, diagram)
            role = roles[b % len(roles)] if roles else text
            if operation == "raci":
                editor.set_responsibility(pick.id, role, LETTERS[a % len(LETTERS)])
            else:
                editor.cycle_responsibility(pick.id, role)
        elif operation == "role":
            editor.add_role(text, department=text[:3])
        elif operation in ("role-rename", "role-delete") and workspace.in_scope("", Role):
            role_ids = sorted(r.id for r in workspace.in_scope("", Role))
            role_id = role_ids[a % len(role_ids)]
            if operation == "role-rename":
                editor.update_role(role_id, name=text, description=text[::-1])
            else:
                editor.delete_role(role_id)
        elif operation.endswith(("initiative", "weak-point")) or operation in PORTFOLIO:
            portfolio_edit(document, edit)
        elif operation == "undo":
            document.history.undo()
        elif operation == "redo":
            document.history.redo()
    except CommandError:
        pass  # a refused edit (e.g. a self-loop) changes nothing, which is checked below


COMPLIANCE_OPERATIONS = {
    "requirement",
    "risk",
    "risk-level",
    "control",
    "link-control",
    "unlink-control",
    "risk-from-weak-point",
}


def apply_compliance_edit(
    document: Document, edit: tuple[str, int, int, str], pick: Step | None, other: Step | None
) -> None:
    """Requirements, risks (levels 0-6: 0 and 6 are refused), controls and their links."""
    operation, a, b, text = edit
    workspace, editor = document.workspace, document.editor
    process = workspace.processes()[0].id
    risks = sorted(workspace.in_scope(process, Risk), key=lambda r: r.id)
    controls = sorted(workspace.in_scope("", Control), key=lambda c: c.id)
    requirements = sorted(workspace.in_scope("", Requirement), key=lambda r: r.id)
    if operation == "requirement":
        editor.add_requirement("Policy", f"{a}.{b}", title=text)
    elif operation == "risk" and pick:
        editor.add_risk(process, pick.id, text or "risk", likelihood=a % 7, impact=b % 7)
    elif operation == "risk-level" and risks:
        editor.update([risks[a % len(risks)].id], likelihood=b % 7)
    elif operation == "control" and pick:
        mitigated = [risks[b % len(risks)].id] if risks else []
        satisfied = [requirements[a % len(requirements)].id] if requirements else []
        editor.add_control(text or "control", [pick.id], mitigated, satisfied)
    elif operation == "link-control" and controls and other:
        editor.attach(controls[a % len(controls)].id, [other.id])
    elif operation == "unlink-control" and controls and pick:
        editor.detach(controls[a % len(controls)].id, [pick.id])
    elif operation == "risk-from-weak-point":
        points = sorted(
            workspace.in_scope(pick.diagram_id if pick else "", WeakPoint), key=lambda p: p.id
        )
        if points:
            editor.risk_from_weak_point(points[a % len(points)].id)


PORTFOLIO = {"score", "status", "weights", "baseline", "benefit"}


def portfolio_edit(document: Document, edit: tuple[str, int, int, str]) -> None:
    """Initiatives, their links and scores, the framework: the portfolio's edits."""
    operation, a, b, text = edit
    workspace, editor = document.workspace, document.editor
    initiatives = sorted(workspace.in_scope("", Initiative), key=lambda i: i.id)
    points = sorted((e for e in workspace if isinstance(e, WeakPoint)), key=lambda p: p.id)
    initiative = initiatives[a % len(initiatives)].id if initiatives else None
    point = points[b % len(points)].id if points else None
    if operation == "initiative":
        if point and a % 2:
            editor.create_initiative_from_weak_point(point)
        else:
            editor.add_initiative(text or "Initiative", cost=float(a), effort=float(b))
    elif operation == "delete-weak-point" and point:
        editor.delete([point])
    elif initiative is None:
        return
    elif operation == "score":
        editor.set_score(initiative, CRITERIA[a % 5], b % 6 or None, text)
    elif operation == "status":
        editor.set_status(initiative, STATUSES[b % len(STATUSES)])
    elif operation == "link-weak-point" and point:
        editor.link_weak_point(initiative, point)
    elif operation == "unlink-weak-point" and point:
        editor.unlink_weak_point(initiative, point)
    elif operation == "weights":
        editor.set_weights({CRITERIA[a % 5]: float(b)})
    elif operation == "baseline":
        editor.baseline_framework(on="2026-01-01")
    elif operation == "benefit":
        diagrams = workspace.diagrams_of(workspace.processes()[0].id)
        diagram = diagrams[b % len(diagrams)].id if b % 3 else None
        editor.set_benefit_model(initiative, diagram, "cost", float(a), 0.0)
    elif operation == "delete-initiative":
        editor.delete_initiative(initiative)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(edits)
def test_random_edit_sequences(sequence: list[tuple[str, int, int, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        document = Document.create(Path(folder) / "prop.procdesk", sample=True)
        try:
            start = snapshot(document.workspace)
            for edit in sequence:
                apply_edit(document, edit)
                assert on_disk(document) == snapshot(document.workspace)
            while document.history.redo() is not None:
                pass
            end = snapshot(document.workspace)
            while document.history.undo() is not None:
                pass
            assert snapshot(document.workspace) == start
            assert on_disk(document) == start
            while document.history.redo() is not None:
                pass
            assert snapshot(document.workspace) == end
            assert on_disk(document) == end
        finally:
            document.close()
