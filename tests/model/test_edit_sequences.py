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
from procdesk.model.maturity_queries import assessments_of, models_of
from procdesk.model.portfolio import Initiative, InitiativeStatus
from procdesk.model.raci import roles_of
from procdesk.model.roles import Role
from procdesk.model.root_cause import Cause
from procdesk.model.root_cause_queries import (
    answered_root_cause,
    categories_of,
    has_analysis,
    whys_of,
)
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
    "why",
    "edit-why",
    "move-why",
    "delete-why",
    "fishbone",
    "category",
    "rename-category",
    "move-category",
    "remove-category",
    "cause",
    "sub-cause",
    "rename-cause",
    "confirm",
    "move-cause",
    "reparent-cause",
    "delete-cause",
    "assess",
    "rate",
    "evidence",
    "target",
    "link-evidence",
    "gap-weak-point",
    "gap-initiatives",
    "delete-assessment",
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
    max_size=20,
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
        elif operation in MATURITY:
            maturity_edit(document, edit)
        elif operation.endswith(("initiative", "weak-point")) or operation in PORTFOLIO:
            portfolio_edit(document, edit)
        elif operation in ROOT_CAUSE:
            root_cause_edit(document, edit)
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
ROOT_CAUSE = set(OPERATIONS[OPERATIONS.index("why") :])


def root_cause_edit(document: Document, edit: tuple[str, int, int, str]) -> None:
    """5 Whys and fishbones: chains, categories and trees of causes of the weak points."""
    operation, a, b, text = edit
    workspace, editor = document.workspace, document.editor
    points = sorted((e for e in workspace if isinstance(e, WeakPoint)), key=lambda p: p.id)
    analysed = [p for p in points if has_analysis(workspace, p.id)]
    if analysed and b % 3:
        points = analysed  # most edits go to a weak point that has an analysis to edit
    if not points:
        return
    point = points[a % len(points)].id
    whys = whys_of(workspace, point)
    why = whys[b % len(whys)].id if whys else None
    categories = categories_of(workspace, point)
    category = categories[b % len(categories)].id if categories else None
    causes = sorted(workspace.in_scope(point, Cause), key=lambda c: c.id)
    cause = causes[a % len(causes)].id if causes else None
    other = causes[b % len(causes)].id if causes else None
    if operation == "why":
        editor.add_why(point, text, text[::-1], index=b % 3 if b % 2 else None)
    elif operation == "fishbone":
        editor.start_fishbone(point)
    elif operation == "category":
        editor.add_category(point, text, index=b % 4)
    elif operation == "edit-why" and why:
        editor.edit_why(why, because=text)
    elif operation == "move-why" and why:
        editor.move_why(why, a % 4)
    elif operation == "delete-why" and why:
        editor.delete_why(why)
    elif operation == "rename-category" and category:
        editor.rename_category(category, text)
    elif operation == "move-category" and category:
        editor.move_category(category, a % 7)
    elif operation == "remove-category" and category:
        editor.remove_category(category)
    elif operation == "cause" and category:
        editor.add_cause(category, text, confirmed=bool(a % 2))
    elif operation == "sub-cause" and other:
        parent = workspace.get(other, Cause)
        editor.add_cause(parent.category_id, text, parent_id=other, index=a % 3)
    elif operation == "rename-cause" and cause:
        editor.rename_cause(cause, text)
    elif operation == "confirm" and cause:
        editor.set_confirmed(cause, bool(b % 2))
    elif operation == "move-cause" and cause and category:
        editor.move_cause(cause, category_id=category, index=a % 3)
    elif operation == "reparent-cause" and cause and other:
        editor.move_cause(cause, parent_id=other)  # a loop is refused, like a self-loop
    elif operation == "delete-cause" and cause:
        editor.delete_cause(cause)


def assert_root_causes_follow_their_whys(document: Document) -> None:
    """Every weak point whose 5 Whys are answered has the last answer as its root cause."""
    workspace = document.workspace
    for point in (e for e in workspace if isinstance(e, WeakPoint)):
        answer = answered_root_cause(whys_of(workspace, point.id))
        assert answer is None or point.root_cause == answer


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


MATURITY = {
    "assess",
    "rate",
    "evidence",
    "target",
    "link-evidence",
    "gap-weak-point",
    "gap-initiatives",
    "delete-assessment",
}
DIMENSIONS = ("design", "performers", "owner", "infrastructure", "metrics")


def maturity_edit(document: Document, edit: tuple[str, int, int, str]) -> None:
    """Assessments, ratings, evidence, targets and gaps made into work (the sample's process
    is assessed under PEMM already)."""
    operation, a, b, text = edit
    workspace, editor = document.workspace, document.editor
    process = workspace.processes()[0].id
    assessments = assessments_of(workspace, process)
    model = models_of(workspace)[0].id
    dimension = DIMENSIONS[a % len(DIMENSIONS)]
    pick = assessments[b % len(assessments)].id if assessments else None
    if operation == "assess":
        editor.add_assessment(process, model, on=f"2026-0{1 + a % 9}-1{b % 10}", copy_from=pick)
    elif operation == "target":
        editor.set_target(process, model, {dimension: b % 5 or None})
    elif pick is None:
        return
    elif operation == "rate":
        editor.set_level(pick, dimension, b % 5 or None)
    elif operation == "evidence":
        editor.set_evidence(pick, dimension, text)
    elif operation == "link-evidence":
        steps = sorted(
            workspace.elements_of(workspace.diagrams_of(process)[0].id, Step), key=lambda s: s.id
        )
        if steps:
            editor.link_evidence(pick, dimension, steps[b % len(steps)].id)
    elif operation == "gap-weak-point":
        editor.create_gap_weak_point(pick, dimension)
    elif operation == "gap-initiatives":
        editor.create_gap_initiatives(pick)
    elif operation == "delete-assessment":
        editor.delete_assessment(pick)


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
                assert_root_causes_follow_their_whys(document)
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
