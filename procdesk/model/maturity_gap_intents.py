"""The Editor's intents that turn maturity gaps into work: a weak point on the process's as-is
diagram, or an improvement initiative linked to the process (made through the portfolio's
intents). Each is one undo step, and so is doing it for every gap of an assessment."""

from __future__ import annotations

from procdesk.model.commands import AddEntities, CommandError
from procdesk.model.elements import Entity, Lane, Step, WeakPoint
from procdesk.model.ids import new_id
from procdesk.model.maturity import MaturityAssessment, MaturityModel
from procdesk.model.maturity_queries import (
    Gap,
    as_is_diagram,
    evidence_links,
    gap_of,
    gaps,
    target_of,
)
from procdesk.model.portfolio import InitiativeProcess
from procdesk.model.portfolio_intents import PortfolioIntents
from procdesk.text import tr


class MaturityGapIntents(PortfolioIntents):
    """Gaps between an assessment and its process's target profile, made into work."""

    def create_gap_weak_point(self, assessment_id: str, dimension: str) -> str:
        """A weak point for one gap, on the process's as-is diagram."""
        assessment, model = self._assessed(assessment_id)
        gap = self._gap(assessment, model, dimension)
        point = self._gap_weak_point(assessment, model, gap)
        label = tr("Create weak point for the {dimension} gap").format(dimension=gap.dimension.name)
        self.run(AddEntities((point,), label))
        return point.id

    def create_gap_weak_points(self, assessment_id: str) -> list[str]:
        """A weak point for every gap of the assessment, as one edit."""
        assessment, model = self._assessed(assessment_id)
        points = [self._gap_weak_point(assessment, model, g) for g in self._gaps(assessment, model)]
        label = tr("Create weak points for %n maturity gaps", None, len(points))
        self.run(AddEntities(tuple(points), label))
        return [p.id for p in points]

    def create_gap_initiative(
        self, assessment_id: str, dimension: str, *, on: str | None = None
    ) -> str:
        """An initiative to close one gap, linked to the process."""
        assessment, model = self._assessed(assessment_id)
        gap = self._gap(assessment, model, dimension)
        entities = self._gap_initiative(assessment, model, gap, on)
        label = tr("Create initiative for the {dimension} gap").format(dimension=gap.dimension.name)
        self.run(AddEntities(tuple(entities), label))
        return entities[0].id

    def create_gap_initiatives(self, assessment_id: str, *, on: str | None = None) -> list[str]:
        """An initiative for every gap of the assessment, as one edit."""
        assessment, model = self._assessed(assessment_id)
        found = self._gaps(assessment, model)
        entities = [e for g in found for e in self._gap_initiative(assessment, model, g, on)]
        label = tr("Create initiatives for %n maturity gaps", None, len(found))
        self.run(AddEntities(tuple(entities), label))
        return [e.id for e in entities[::2]]

    # planning ----------------------------------------------------------------------------------
    def _gap_weak_point(
        self, assessment: MaturityAssessment, model: MaturityModel, gap: Gap
    ) -> WeakPoint:
        diagram = as_is_diagram(self.workspace, assessment.process_id)
        if diagram is None:
            raise CommandError(tr("the process has no diagram to put a weak point on"))
        description = tr(
            "Maturity gap in {dimension}: assessed at {level} on {date}, target {target} ({model})."
        ).format(
            dimension=gap.dimension.name,
            level=model.level_label(gap.level),
            date=assessment.date,
            target=model.level_label(gap.target),
            model=model.name,
        )
        rating = assessment.rating(gap.dimension.key)
        return WeakPoint(
            id=new_id("WeakPoint"),
            diagram_id=diagram.id,
            target_id=self._evidence_target(assessment, gap, diagram.id),
            category=gap.dimension.category,
            severity=gap.severity,
            description=description,
            root_cause=rating.evidence if rating is not None else "",
            action=gap.dimension.text(gap.target),
        )

    def _evidence_target(
        self, assessment: MaturityAssessment, gap: Gap, diagram_id: str
    ) -> str | None:
        """The first step or lane of the as-is diagram linked as evidence for the gap's
        dimension (the weak point sits there), or None for the diagram as a whole."""
        for link in evidence_links(self.workspace, assessment.id, gap.dimension.key):
            element = self.workspace.find(link.element_id)
            if isinstance(element, Step | Lane) and element.diagram_id == diagram_id:
                return element.id
        return None

    def _gap_initiative(
        self, assessment: MaturityAssessment, model: MaturityModel, gap: Gap, on: str | None
    ) -> list[Entity]:
        title = tr("Raise {dimension} from {level} to {target}").format(
            dimension=gap.dimension.name,
            level=model.level_label(gap.level),
            target=model.level_label(gap.target),
        )
        initiative = self._new_initiative(
            title, on, {"description": gap.dimension.text(gap.target)}
        )
        link = InitiativeProcess(
            id=new_id("InitiativeProcess"),
            initiative_id=initiative.id,
            process_id=assessment.process_id,
        )
        return [initiative, link]

    # lookups -----------------------------------------------------------------------------------
    def _assessed(self, assessment_id: str) -> tuple[MaturityAssessment, MaturityModel]:
        entity = self.workspace.find(assessment_id)
        if not isinstance(entity, MaturityAssessment):
            message = tr("there is no maturity assessment {id}")
            raise CommandError(message.format(id=assessment_id))
        return entity, self.workspace.get(entity.model_id, MaturityModel)

    def _gaps(self, assessment: MaturityAssessment, model: MaturityModel) -> list[Gap]:
        target = target_of(self.workspace, assessment.process_id, model.id)
        found = gaps(model, assessment, target)
        if not found:
            raise CommandError(tr("the assessment reaches the target on every dimension"))
        return found

    def _gap(self, assessment: MaturityAssessment, model: MaturityModel, dimension: str) -> Gap:
        target = target_of(self.workspace, assessment.process_id, model.id)
        gap = gap_of(model, assessment, target, dimension)
        if gap is None:
            named = model.dimension(dimension)
            message = tr("{dimension} has no gap to its target")
            raise CommandError(message.format(dimension=named.name if named else dimension))
        return gap
