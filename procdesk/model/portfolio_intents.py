"""The Editor's portfolio intents: initiatives, their links and scores (the framework and its
baselines are ``framework_intents``). Each public method is one undo step (one ChangeSet, one
transaction)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from procdesk.model.changes import ChangeSet
from procdesk.model.commands import (
    AddEntities,
    Batch,
    Command,
    CommandError,
    RemoveEntities,
    ReplaceEntities,
)
from procdesk.model.editor_core import checked_entity, today_or
from procdesk.model.elements import Diagram, Entity, Process, WeakPoint
from procdesk.model.framework_intents import FrameworkIntents
from procdesk.model.ids import new_id
from procdesk.model.portfolio import (
    BenefitBasis,
    BenefitModel,
    Framework,
    Initiative,
    InitiativeProcess,
    InitiativeStatus,
    InitiativeWeakPoint,
    Score,
    StatusChange,
)
from procdesk.model.portfolio_queries import (
    benefit_model_of,
    framework_of,
    next_statuses,
    process_links,
    status_label,
    weak_point_links,
)
from procdesk.text import tr

EDITABLE = frozenset(
    {
        "title",
        "description",
        "owner",
        "sponsor",
        "start_date",
        "due_date",
        "cost",
        "effort",
        "benefit",
        "horizon_years",
        "discount_rate",
    }
)
"""Initiative fields set directly; status and scores have intents of their own."""


def checked_score(framework: Framework, value: object) -> int:
    """*value* as a whole score within the framework's scale, or CommandError saying why."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise CommandError(tr("a score is a whole number, not '{value}'").format(value=value))
    if not framework.scale_min <= value <= framework.scale_max:
        message = tr("a score runs from {low} to {high}, not {value}")
        raise CommandError(
            message.format(low=framework.scale_min, high=framework.scale_max, value=value)
        )
    return value


class PortfolioIntents(FrameworkIntents):
    """Initiatives, their links to weak points and processes, their status and scores (the
    framework they are scored under has intents of its own, ``FrameworkIntents``)."""

    # initiatives -------------------------------------------------------------------------------
    def add_initiative(self, title: str, *, on: str | None = None, **fields: object) -> str:
        """A new initiative, proposed today (or *on*)."""
        initiative = self._new_initiative(title, on, fields)
        label = tr("Add initiative {name}").format(name=initiative.title)
        self.run(AddEntities((initiative,), label))
        return initiative.id

    def _new_initiative(
        self, title: str, on: str | None, fields: Mapping[str, object]
    ) -> Initiative:
        title = " ".join(title.split())
        if not title:
            raise CommandError(tr("an initiative needs a title"))
        unknown = sorted(set(fields) - EDITABLE - {"status", "scores"})
        if unknown:
            raise CommandError(tr("an initiative has no field {field}").format(field=unknown[0]))
        status = InitiativeStatus(str(fields.get("status", InitiativeStatus.PROPOSED)))
        initiative: Initiative = checked_entity(
            Initiative(id=new_id("Initiative"), title=title),
            status=status,
            status_log=(StatusChange(status, today_or(on)),),
            **{k: v for k, v in fields.items() if k != "status"},
        )
        framework = framework_of(self.workspace)
        for score in initiative.scores:
            checked_score(framework, score.value)
        return initiative

    def create_initiative_from_weak_point(
        self, weak_point_id: str, title: str = "", *, on: str | None = None
    ) -> str:
        """An initiative addressing *weak_point_id*, linked to its process, titled after the
        weak point's proposed action (or its description)."""
        point = self._weak_point(weak_point_id)
        diagram = self.workspace.get(point.diagram_id, Diagram)
        text = title or point.action or point.description or tr("Improvement")
        first_line = text.strip().splitlines()[0] if text.strip() else tr("Improvement")
        initiative = self._new_initiative(first_line[:120], on, {"description": text.strip()})
        entities: list[Entity] = [
            initiative,
            InitiativeWeakPoint(
                id=new_id("InitiativeWeakPoint"),
                initiative_id=initiative.id,
                weak_point_id=weak_point_id,
            ),
            InitiativeProcess(
                id=new_id("InitiativeProcess"),
                initiative_id=initiative.id,
                process_id=diagram.process_id,
            ),
        ]
        label = tr("Create initiative {name}").format(name=initiative.title)
        self.run(AddEntities(tuple(entities), label))
        return initiative.id

    def update_initiative(
        self, initiative_id: str, values: Mapping[str, object], merge_key: str | None = None
    ) -> ChangeSet:
        """Set plain fields of an initiative (title, owner, cost…)."""
        current = self._initiative(initiative_id)
        unknown = sorted(set(values) - EDITABLE)
        if unknown:
            raise CommandError(tr("an initiative has no field {field}").format(field=unknown[0]))
        if "title" in values:
            title = " ".join(str(values["title"]).split())
            if not title:
                raise CommandError(tr("an initiative needs a title"))
            values = {**values, "title": title}
        after = checked_entity(current, **values)
        label = tr("Edit initiative {name}").format(name=after.title)
        return self.run(ReplaceEntities((after,), label, merge_key))

    def set_status(
        self, initiative_id: str, status: InitiativeStatus | str, *, on: str | None = None
    ) -> ChangeSet:
        """Move an initiative to *status* (if the rules allow), keeping the date."""
        after = self._with_status(self._initiative(initiative_id), status, on)
        label = tr("Set {name} to {status}").format(
            name=after.title, status=status_label(after.status)
        )
        return self.run(ReplaceEntities((after,), label))

    def _with_status(
        self, current: Initiative, status: InitiativeStatus | str, on: str | None
    ) -> Initiative:
        try:
            wanted = InitiativeStatus(status)
        except ValueError as error:
            message = tr("'{status}' is not a status of an initiative").format(status=status)
            raise CommandError(message) from error
        if wanted == current.status:
            return current
        if wanted not in next_statuses(current.status):
            message = tr("an initiative cannot go from {old} to {new}")
            raise CommandError(
                message.format(old=status_label(current.status), new=status_label(wanted))
            )
        log = (*current.status_log, StatusChange(wanted, today_or(on)))
        result: Initiative = checked_entity(current, status=wanted, status_log=log)
        return result

    def set_score(
        self,
        initiative_id: str,
        criterion: str,
        value: int | None,
        rationale: str | None = None,
    ) -> ChangeSet:
        """Score an initiative on one criterion (None clears the score)."""
        after = self._with_scores(self._initiative(initiative_id), {criterion: (value, rationale)})
        name = self._criterion_name(criterion)
        label = tr("Score {name} on {criterion}").format(name=after.title, criterion=name)
        return self.run(ReplaceEntities((after,), label))

    def _with_scores(
        self, current: Initiative, wanted: Mapping[str, tuple[int | None, str | None]]
    ) -> Initiative:
        framework = framework_of(self.workspace)
        scores = {s.criterion: s for s in current.scores}
        for key, (value, rationale) in wanted.items():
            if framework.criterion(key) is None:
                raise CommandError(tr("the framework has no criterion '{key}'").format(key=key))
            old = scores.get(key)
            if value is None:
                scores.pop(key, None)
                continue
            reason = rationale if rationale is not None else (old.rationale if old else "")
            scores[key] = Score(key, checked_score(framework, value), reason.strip())
        order = {c.key: index for index, c in enumerate(framework.criteria)}
        ranked = sorted(scores.values(), key=lambda s: (order.get(s.criterion, len(order)), s))
        result: Initiative = checked_entity(current, scores=tuple(ranked))
        return result

    def plan_initiative(
        self,
        initiative_id: str,
        *,
        status: str | None = None,
        scores: Mapping[str, tuple[int | None, str | None]] | None = None,
        on: str | None = None,
    ) -> Initiative:
        """The initiative with a new status and scores, checked but not yet stored (an
        import plans every row first and stores them all in one step)."""
        after = self._initiative(initiative_id)
        if scores:
            after = self._with_scores(after, scores)
        if status is not None:
            after = self._with_status(after, status, on)
        return after

    def store_initiatives(self, initiatives: Iterable[Initiative], label: str) -> ChangeSet:
        """Give several initiatives their planned values in one undo step."""
        return self.run(ReplaceEntities(tuple(initiatives), label))

    def delete_initiative(self, initiative_id: str) -> ChangeSet:
        """Delete an initiative and its links (the weak points and processes stay)."""
        initiative = self._initiative(initiative_id)
        label = tr("Delete initiative {name}").format(name=initiative.title)
        return self.run(RemoveEntities((initiative_id,), label))

    # links -------------------------------------------------------------------------------------
    def link_weak_point(self, initiative_id: str, weak_point_id: str) -> str | None:
        """Let an initiative address a weak point (and its process); None if it already does."""
        initiative = self._initiative(initiative_id)
        point = self._weak_point(weak_point_id)
        if any(link.weak_point_id == weak_point_id for link in self._wp_links(initiative_id)):
            return None
        link = InitiativeWeakPoint(
            id=new_id("InitiativeWeakPoint"),
            initiative_id=initiative_id,
            weak_point_id=weak_point_id,
        )
        entities: list[Entity] = [link]
        process_id = self.workspace.get(point.diagram_id, Diagram).process_id
        if process_id not in {p.process_id for p in process_links(self.workspace, initiative_id)}:
            entities.append(
                InitiativeProcess(
                    id=new_id("InitiativeProcess"),
                    initiative_id=initiative_id,
                    process_id=process_id,
                )
            )
        label = tr("Add weak point to {name}").format(name=initiative.title)
        self.run(AddEntities(tuple(entities), label))
        return link.id

    def unlink_weak_point(self, initiative_id: str, weak_point_id: str) -> ChangeSet:
        initiative = self._initiative(initiative_id)
        links = [
            link.id for link in self._wp_links(initiative_id) if link.weak_point_id == weak_point_id
        ]
        label = tr("Remove weak point from {name}").format(name=initiative.title)
        return self.run(RemoveEntities(tuple(links), label)) if links else ChangeSet()

    def link_process(self, initiative_id: str, process_id: str) -> str | None:
        initiative = self._initiative(initiative_id)
        if not isinstance(self.workspace.find(process_id), Process):
            raise CommandError(tr("there is no process {id}").format(id=process_id))
        if process_id in {p.process_id for p in process_links(self.workspace, initiative_id)}:
            return None
        link = InitiativeProcess(
            id=new_id("InitiativeProcess"), initiative_id=initiative_id, process_id=process_id
        )
        label = tr("Add process to {name}").format(name=initiative.title)
        self.run(AddEntities((link,), label))
        return link.id

    def unlink_process(self, initiative_id: str, process_id: str) -> ChangeSet:
        initiative = self._initiative(initiative_id)
        links = [
            link.id
            for link in process_links(self.workspace, initiative_id)
            if link.process_id == process_id
        ]
        label = tr("Remove process from {name}").format(name=initiative.title)
        return self.run(RemoveEntities(tuple(links), label)) if links else ChangeSet()

    def set_benefit_model(
        self,
        initiative_id: str,
        diagram_id: str | None,
        basis: BenefitBasis | str = BenefitBasis.CYCLE_TIME,
        volume: float = 0.0,
        rate: float = 0.0,
    ) -> ChangeSet:
        """Compute the initiative's benefit from a to-be diagram (None: enter it by hand)."""
        initiative = self._initiative(initiative_id)
        current = benefit_model_of(self.workspace, initiative_id)
        label = tr("Benefit calculation of {name}").format(name=initiative.title)
        if diagram_id is None:
            if current is None:
                return ChangeSet()
            return self.run(RemoveEntities((current.id,), label))
        if not isinstance(self.workspace.find(diagram_id), Diagram):
            raise CommandError(tr("there is no diagram {id}").format(id=diagram_id))
        try:
            fields: dict[str, Any] = {
                "diagram_id": diagram_id,
                "basis": BenefitBasis(basis),
                "volume": volume,
                "rate": rate,
            }
        except ValueError as error:
            raise CommandError(str(error)) from error
        commands: list[Command] = []
        if current is None:
            model = checked_entity(
                BenefitModel(
                    id=new_id("BenefitModel"), initiative_id=initiative_id, diagram_id=diagram_id
                ),
                **fields,
            )
            commands.append(AddEntities((model,), label))
            process_id = self.workspace.get(diagram_id, Diagram).process_id
            linked = {p.process_id for p in process_links(self.workspace, initiative_id)}
            if process_id not in linked:
                link = InitiativeProcess(
                    id=new_id("InitiativeProcess"),
                    initiative_id=initiative_id,
                    process_id=process_id,
                )
                commands.append(AddEntities((link,), label))
        else:
            commands.append(ReplaceEntities((checked_entity(current, **fields),), label))
        return self.run(Batch(tuple(commands), label))

    # lookups -----------------------------------------------------------------------------------
    def _initiative(self, initiative_id: str) -> Initiative:
        entity = self.workspace.find(initiative_id)
        if not isinstance(entity, Initiative):
            raise CommandError(tr("there is no initiative {id}").format(id=initiative_id))
        return entity

    def _weak_point(self, weak_point_id: str) -> WeakPoint:
        entity = self.workspace.find(weak_point_id)
        if not isinstance(entity, WeakPoint):
            message = tr("there is no weak point {id} (was it deleted?)")
            raise CommandError(message.format(id=weak_point_id))
        return entity

    def _wp_links(self, initiative_id: str) -> list[InitiativeWeakPoint]:
        return weak_point_links(self.workspace, initiative_id)

    def _criterion_name(self, key: str) -> str:
        criterion = framework_of(self.workspace).criterion(key)
        return criterion.name if criterion else key
