"""The Editor's compliance intents: requirements (one by one or a whole register imported),
risks (also drawn from a weak point) and controls with the steps, risks and requirements
they are linked to. Each public method is one undo step."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from procdesk.model.commands import (
    AddEntities,
    Batch,
    CommandError,
    RemoveEntities,
    ReplaceEntities,
)
from procdesk.model.compliance import (
    Control,
    ControlRequirement,
    ControlRisk,
    ControlStep,
    Requirement,
    Risk,
    RiskCategory,
    RiskSource,
    clause_key,
)
from procdesk.model.compliance_queries import process_of, requirement_with
from procdesk.model.editor_core import EditorCore
from procdesk.model.elements import Entity, Flow, Process, Step, WeakPoint, WeakPointCategory
from procdesk.model.ids import new_id
from procdesk.model.workspace import Workspace
from procdesk.text import tr

E = TypeVar("E", bound=Entity)


@dataclass(frozen=True, slots=True)
class RequirementRow:
    """One requirement as an import read it; ``row`` is where it stood in the file."""

    row: int
    source: str
    clause: str
    title: str = ""
    text: str = ""
    applicable: bool = True
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """How many requirements an import added and updated (unchanged ones count in neither)."""

    added: int
    updated: int


def _made(factory: type[E], **values: Any) -> E:
    try:
        return factory(**values)
    except (TypeError, ValueError) as error:
        raise CommandError(str(error)) from error


class ComplianceIntents(EditorCore):
    """Requirements, risks and controls, each one undo step."""

    # requirements ------------------------------------------------------------------------------
    def add_requirement(self, source: str, clause: str, **fields: object) -> str:
        """A new clause in the register; a clause already there is refused."""
        existing = requirement_with(self.workspace, source, clause)
        if existing is not None:
            message = tr("{clause} is already in the register")
            raise CommandError(message.format(clause=existing.label))
        requirement = _made(
            Requirement, id=new_id("Requirement"), source=source, clause=clause, **fields
        )
        label = tr("Add requirement {clause}").format(clause=f"{source} {clause}")
        self.run(AddEntities((requirement,), label))
        return requirement.id

    def import_requirements(
        self, rows: Sequence[RequirementRow], *, update: bool = False
    ) -> ImportOutcome:
        """Add every row as a requirement, all in one undo step, or refuse them all.

        A clause that is already in the register (or twice in *rows*) is refused with its row,
        unless *update* is set: then the register's requirement takes the row's texts.
        """
        seen: dict[tuple[str, str], int] = {}
        added: list[Entity] = []
        replaced: list[Entity] = []
        for row in rows:
            key = clause_key(row.source, row.clause)
            if key in seen:
                message = tr("row {row}: {clause} appears already in row {first}")
                raise CommandError(
                    message.format(
                        row=row.row, clause=f"{row.source} {row.clause}", first=seen[key]
                    )
                )
            seen[key] = row.row
            values = {
                "title": row.title,
                "text": row.text,
                "applicable": row.applicable,
                "reason": row.reason,
            }
            existing = requirement_with(self.workspace, row.source, row.clause)
            if existing is None:
                try:
                    added.append(
                        Requirement(
                            id=new_id("Requirement"),
                            source=row.source.strip(),
                            clause=row.clause.strip(),
                            **values,  # type: ignore[arg-type]
                        )
                    )
                except ValueError as error:
                    raise CommandError(
                        tr("row {row}: {reason}").format(row=row.row, reason=error)
                    ) from error
            elif not update:
                message = tr("row {row}: {clause} is already in the register")
                raise CommandError(message.format(row=row.row, clause=existing.label))
            else:
                after = dataclasses.replace(existing, **values)  # type: ignore[arg-type]
                if after != existing:
                    replaced.append(after)
        if added or replaced:
            label = tr("Import %n requirements", None, len(added) + len(replaced))
            self.run(Batch((AddEntities(tuple(added)), ReplaceEntities(tuple(replaced))), label))
        return ImportOutcome(len(added), len(replaced))

    # risks -------------------------------------------------------------------------------------
    def add_risk(
        self, process_id: str, element_id: str | None, description: str, **fields: object
    ) -> str:
        """A risk on a step or flow of *process_id*, or (no element) on the process itself."""
        self._check_site(process_id, element_id)
        risk = _made(
            Risk,
            id=new_id("Risk"),
            process_id=process_id,
            element_id=element_id,
            description=description,
            **fields,
        )
        self.run(AddEntities((risk,), tr("Add risk")))
        return risk.id

    def risk_from_weak_point(self, weak_point_id: str) -> str:
        """A risk where a weak point is, described by it and linked to it.

        Its impact is the weak point's severity; its likelihood starts in the middle (3) for
        the assessment to correct. A compliance weak point gives a compliance risk.
        """
        point = self.workspace.get(weak_point_id, WeakPoint)
        process_id = process_of(self.workspace, point.diagram_id)
        if process_id is None:
            raise CommandError(tr("the weak point belongs to no process"))
        target = self.workspace.find(point.target_id)
        element_id = target.id if isinstance(target, Step | Flow) else None
        category = (
            RiskCategory.COMPLIANCE
            if point.category == WeakPointCategory.COMPLIANCE
            else RiskCategory.OPERATIONAL
        )
        risk = Risk(
            id=new_id("Risk"),
            process_id=process_id,
            element_id=element_id,
            description=point.description or point.root_cause,
            category=category,
            impact=point.severity,
            owner=point.owner,
        )
        source = RiskSource(id=new_id("RiskSource"), risk_id=risk.id, weak_point_id=point.id)
        self.run(AddEntities((risk, source), tr("Create risk from weak point")))
        return risk.id

    def _check_site(self, process_id: str, element_id: str | None) -> None:
        self.workspace.get(process_id, Process)
        if element_id is None:
            return
        element = self.workspace.find(element_id)
        if not isinstance(element, Step | Flow):
            message = tr("a risk sits on a step or a flow, and {id} is neither")
            raise CommandError(message.format(id=element_id))
        if process_of(self.workspace, element_id) != process_id:
            raise CommandError(tr("{id} is not in this process").format(id=element_id))

    # controls ----------------------------------------------------------------------------------
    def add_control(
        self,
        name: str,
        step_ids: Iterable[str],
        risk_ids: Iterable[str] = (),
        requirement_ids: Iterable[str] = (),
        **fields: object,
    ) -> str:
        """A control that runs at *step_ids* (one at least), with what it mitigates and
        satisfies, as one undo step."""
        steps = list(dict.fromkeys(step_ids))
        if not steps:
            raise CommandError(tr("a control runs at one step at least"))
        if not name.strip():
            raise CommandError(tr("a control needs a name"))
        control = _made(Control, id=new_id("Control"), name=name, **fields)
        links: list[Entity] = []
        for target in (*steps, *dict.fromkeys(risk_ids), *dict.fromkeys(requirement_ids)):
            links.append(self._link(control.id, target))
        label = tr("Add control {name}").format(name=name)
        self.run(AddEntities((control, *links), label))
        return control.id

    def attach(self, control_id: str, target_ids: Iterable[str]) -> list[str]:
        """Link a control to steps (where it runs), risks (that it mitigates) or requirements
        (that it satisfies); links already there are kept as they are."""
        self.workspace.get(control_id, Control)
        have = {self._target(e) for e in self.workspace.in_scope(control_id) if _is_link(e)}
        links = [self._link(control_id, t) for t in dict.fromkeys(target_ids) if t not in have]
        if links:
            self.run(AddEntities(tuple(links), tr("Link control")))
        return [link.id for link in links]

    def detach(self, control_id: str, target_ids: Iterable[str]) -> None:
        """Remove a control's links to *target_ids* (the control and the targets stay)."""
        wanted = set(target_ids)
        doomed = [
            e.id
            for e in self.workspace.in_scope(control_id)
            if _is_link(e) and self._target(e) in wanted
        ]
        if doomed:
            self.run(RemoveEntities(tuple(doomed), tr("Unlink control")))

    def _link(self, control_id: str, target_id: str) -> Entity:
        target = self.workspace.find(target_id)
        if isinstance(target, Step):
            return ControlStep(id=new_id("ControlStep"), control_id=control_id, step_id=target_id)
        if isinstance(target, Risk):
            return ControlRisk(id=new_id("ControlRisk"), control_id=control_id, risk_id=target_id)
        if isinstance(target, Requirement):
            return ControlRequirement(
                id=new_id("ControlRequirement"), control_id=control_id, requirement_id=target_id
            )
        message = tr("a control links to steps, risks and requirements; {id} is none of them")
        raise CommandError(message.format(id=target_id))

    @staticmethod
    def _target(link: Entity) -> str:
        if isinstance(link, ControlStep):
            return link.step_id
        if isinstance(link, ControlRisk):
            return link.risk_id
        assert isinstance(link, ControlRequirement)
        return link.requirement_id


def _is_link(entity: Entity) -> bool:
    return isinstance(entity, ControlStep | ControlRisk | ControlRequirement)


def reuse_requirements(workspace: Workspace, entities: Sequence[Entity]) -> list[Entity]:
    """*entities* (an import) with each requirement whose clause *workspace* has already
    left out, and the links to it pointing at the workspace's requirement instead."""
    replaced: dict[str, str] = {}
    kept: list[Entity] = []
    for entity in entities:
        if isinstance(entity, Requirement):
            existing = requirement_with(workspace, entity.source, entity.clause)
            if existing is not None:
                replaced[entity.id] = existing.id
                continue
        kept.append(entity)
    if not replaced:
        return kept
    return [
        dataclasses.replace(e, requirement_id=replaced[e.requirement_id])
        if isinstance(e, ControlRequirement) and e.requirement_id in replaced
        else e
        for e in kept
    ]
