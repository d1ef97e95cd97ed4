"""The Editor's maturity intents: models kept in the workspace, assessments of a process with
their ratings and evidence, and the target profile. Each public method is one undo step;
turning gaps into weak points and initiatives is in ``maturity_gap_intents``."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import date as calendar
from typing import Any

from procdesk.identity import current_author
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import AddEntities, CommandError, RemoveEntities, ReplaceEntities
from procdesk.model.editor_core import checked_entity
from procdesk.model.elements import Diagram, DiagramElement, Process, WeakPoint
from procdesk.model.ids import new_id
from procdesk.model.maturity import (
    EvidenceLink,
    MaturityAssessment,
    MaturityModel,
    MaturityTarget,
    Rating,
    TargetLevel,
)
from procdesk.model.maturity_gap_intents import MaturityGapIntents
from procdesk.model.maturity_queries import (
    evidence_links,
    models_of,
    target_of,
    uses_of_model,
)
from procdesk.text import tr


class MaturityIntents(MaturityGapIntents):
    """Maturity models, assessments and target profiles."""

    # models ------------------------------------------------------------------------------------
    def adopt_maturity_model(self, model: MaturityModel) -> str:
        """Keep a copy of *model* (shipped or imported) in the workspace; an identical copy
        already there is used instead. Returns the id of the copy."""
        kept, adding = self._kept(model)
        if adding:
            label = tr("Add maturity model {name}").format(name=kept.name)
            self.run(AddEntities(adding, label))
        return kept.id

    def _kept(self, model: MaturityModel | str) -> tuple[MaturityModel, tuple[MaturityModel, ...]]:
        """The workspace's model for *model* (an id, or a model that may not be kept yet) and
        the copy to add with the edit that first uses it (none if it is kept already)."""
        if isinstance(model, str):
            return self._model(model), ()
        if isinstance(self.workspace.find(model.id), MaturityModel):
            return self._model(model.id), ()
        for kept in models_of(self.workspace):
            if kept.same_content(model):
                return kept, ()
        copy: MaturityModel = checked_entity(model, id=new_id("MaturityModel"))
        return copy, (copy,)

    def store_maturity_model(self, model: MaturityModel) -> str:
        """Add a model written in the window, or give one in the workspace its new content
        (refused where an assessment or a target uses a dimension or level it drops)."""
        current = self.workspace.find(model.id)
        if current is None:
            self.run(AddEntities((model,), tr("Add maturity model {name}").format(name=model.name)))
            return model.id
        if not isinstance(current, MaturityModel):
            raise CommandError(tr("there is no maturity model {id}").format(id=model.id))
        self._check_still_fits(model)
        self.run(
            ReplaceEntities((model,), tr("Edit maturity model {name}").format(name=model.name))
        )
        return model.id

    def _check_still_fits(self, model: MaturityModel) -> None:
        keys = {d.key for d in model.dimensions}
        for use in uses_of_model(self.workspace, model.id):
            pairs: Iterable[tuple[str, int | None]]
            if isinstance(use, MaturityAssessment):
                pairs = ((r.dimension, r.level) for r in use.ratings)
            else:
                pairs = ((t.dimension, t.level) for t in use.levels)
            for key, level in pairs:
                if key not in keys:
                    message = tr("dimension '{key}' is used by the {what} of {date}: keep it")
                    raise CommandError(message.format(key=key, **self._use_words(use)))
                if level is not None and level > model.top:
                    message = tr("level {level} is used by the {what} of {date}: keep it")
                    raise CommandError(message.format(level=level, **self._use_words(use)))

    def _use_words(self, use: MaturityAssessment | MaturityTarget) -> dict[str, str]:
        process = self.workspace.get(use.process_id, Process).name
        if isinstance(use, MaturityAssessment):
            return {"what": tr("assessment"), "date": f"{process} ({use.date})"}
        return {"what": tr("target profile"), "date": process}

    def delete_maturity_model(self, model_id: str) -> ChangeSet:
        """Delete a model no assessment or target uses."""
        model = self._model(model_id)
        if uses_of_model(self.workspace, model_id):
            message = tr("{name} is used by assessments or targets and cannot be deleted")
            raise CommandError(message.format(name=model.name))
        label = tr("Delete maturity model {name}").format(name=model.name)
        return self.run(RemoveEntities((model_id,), label))

    # assessments -------------------------------------------------------------------------------
    def add_assessment(
        self,
        process_id: str,
        model_id: str | MaturityModel,
        *,
        on: str | None = None,
        assessor: str | None = None,
        levels: Mapping[str, int | None] | None = None,
        note: str = "",
        copy_from: str | None = None,
    ) -> str:
        """A new assessment of a process under a model, today (or *on*), by the current
        author (or *assessor*); with *copy_from*, it starts from that assessment's ratings.
        A model not yet kept in the workspace (a shipped one) is kept with it, in one step."""
        process = self._process(process_id)
        model, adding = self._kept(model_id)
        ratings: dict[str, Rating] = {}
        if copy_from is not None:
            source = self._assessment(copy_from)
            ratings = {r.dimension: r for r in source.ratings if model.dimension(r.dimension)}
        for key, level in (levels or {}).items():
            old = ratings.get(key, Rating(key))
            ratings[key] = dataclasses.replace(old, level=self._level(model, key, level))
        assessment = checked_entity(
            MaturityAssessment,
            id=new_id("MaturityAssessment"),
            process_id=process_id,
            model_id=model.id,
            date=on or calendar.today().isoformat(),
            assessor=(assessor if assessor is not None else current_author()).strip(),
            note=note,
            ratings=self._ordered(model, ratings.values()),
        )
        label = tr("Assess {process}").format(process=process.name)
        self.run(AddEntities((*adding, assessment), label))
        return str(assessment.id)

    def update_assessment(
        self, assessment_id: str, merge_key: str | None = None, **values: str
    ) -> ChangeSet:
        """Set the date, the assessor or the note of an assessment."""
        current = self._assessment(assessment_id)
        unknown = sorted(set(values) - {"date", "assessor", "note"})
        if unknown:
            message = tr("an assessment has no field {field}")
            raise CommandError(message.format(field=unknown[0]))
        after = checked_entity(current, **values)
        label = tr("Edit the assessment of {date}").format(date=after.date)
        return self.run(ReplaceEntities((after,), label, merge_key))

    def set_level(self, assessment_id: str, dimension: str, level: int | None) -> ChangeSet:
        """Rate one dimension of an assessment (None: not rated)."""
        current = self._assessment(assessment_id)
        model = self._model(current.model_id)
        checked = self._level(model, dimension, level)
        after = self._with_rating(current, model, dimension, level=checked)
        label = tr("Rate {dimension} at {level}").format(
            dimension=self._dimension_name(model, dimension), level=model.level_label(checked)
        )
        return self.run(ReplaceEntities((after,), label))

    def set_evidence(self, assessment_id: str, dimension: str, evidence: str) -> ChangeSet:
        """The evidence for one dimension's rating, in words (typing merges into one step)."""
        current = self._assessment(assessment_id)
        model = self._model(current.model_id)
        self._level(model, dimension, None)
        after = self._with_rating(current, model, dimension, evidence=evidence)
        label = tr("Edit the evidence for {dimension}").format(
            dimension=self._dimension_name(model, dimension)
        )
        key = f"maturity-evidence:{assessment_id}:{dimension}"
        return self.run(ReplaceEntities((after,), label, key))

    def set_documents(
        self, assessment_id: str, dimension: str, documents: Iterable[str]
    ) -> ChangeSet:
        """The documents (paths or URLs) that show the evidence for one dimension."""
        current = self._assessment(assessment_id)
        model = self._model(current.model_id)
        self._level(model, dimension, None)
        kept = tuple(dict.fromkeys(d.strip() for d in documents if d.strip()))
        after = self._with_rating(current, model, dimension, documents=kept)
        label = tr("Edit the documents for {dimension}").format(
            dimension=self._dimension_name(model, dimension)
        )
        return self.run(ReplaceEntities((after,), label))

    def delete_assessment(self, assessment_id: str) -> ChangeSet:
        """Delete an assessment and its evidence links."""
        current = self._assessment(assessment_id)
        label = tr("Delete the assessment of {date}").format(date=current.date)
        return self.run(RemoveEntities((assessment_id,), label))

    def _with_rating(
        self, current: MaturityAssessment, model: MaturityModel, dimension: str, **values: Any
    ) -> MaturityAssessment:
        ratings = {r.dimension: r for r in current.ratings}
        ratings[dimension] = dataclasses.replace(
            ratings.get(dimension, Rating(dimension)), **values
        )
        result: MaturityAssessment = checked_entity(
            current, ratings=self._ordered(model, ratings.values())
        )
        return result

    @staticmethod
    def _ordered(model: MaturityModel, ratings: Iterable[Rating]) -> tuple[Rating, ...]:
        order = {d.key: index for index, d in enumerate(model.dimensions)}
        return tuple(
            sorted(ratings, key=lambda r: (order.get(r.dimension, len(order)), r.dimension))
        )

    # evidence links ----------------------------------------------------------------------------
    def link_evidence(self, assessment_id: str, dimension: str, element_id: str) -> str | None:
        """Link an element of the assessed process as evidence for one dimension (None if it
        is linked already)."""
        current = self._assessment(assessment_id)
        model = self._model(current.model_id)
        self._level(model, dimension, None)
        if not self._belongs_to(element_id, current.process_id):
            message = tr("{id} is not part of the assessed process")
            raise CommandError(message.format(id=element_id))
        if any(
            link.element_id == element_id
            for link in evidence_links(self.workspace, assessment_id, dimension)
        ):
            return None
        link = EvidenceLink(
            id=new_id("EvidenceLink"),
            assessment_id=assessment_id,
            dimension=dimension,
            element_id=element_id,
        )
        label = tr("Link evidence for {dimension}").format(
            dimension=self._dimension_name(model, dimension)
        )
        self.run(AddEntities((link,), label))
        return link.id

    def unlink_evidence(self, link_id: str) -> ChangeSet:
        link = self.workspace.find(link_id)
        if not isinstance(link, EvidenceLink):
            raise CommandError(tr("there is no evidence link {id}").format(id=link_id))
        return self.run(RemoveEntities((link_id,), tr("Remove the link to evidence")))

    def _belongs_to(self, element_id: str, process_id: str) -> bool:
        element = self.workspace.find(element_id)
        if isinstance(element, DiagramElement | WeakPoint):
            element = self.workspace.find(element.diagram_id)
        if isinstance(element, Diagram):
            return element.process_id == process_id
        return isinstance(element, Process) and element.id == process_id

    # targets -----------------------------------------------------------------------------------
    def set_target(
        self, process_id: str, model_id: str | MaturityModel, levels: Mapping[str, int | None]
    ) -> ChangeSet:
        """The level a process should reach on some dimensions (None: no target for it); a
        model not yet kept in the workspace is kept with it, in one step."""
        process = self._process(process_id)
        model, adding = self._kept(model_id)
        current = target_of(self.workspace, process_id, model.id)
        wanted = {t.dimension: t.level for t in current.levels} if current else {}
        for key, level in levels.items():
            checked = self._level(model, key, level)
            if checked is None:
                wanted.pop(key, None)
            else:
                wanted[key] = checked
        order = {d.key: index for index, d in enumerate(model.dimensions)}
        ranked = tuple(
            TargetLevel(key, level)
            for key, level in sorted(wanted.items(), key=lambda kv: order[kv[0]])
        )
        label = tr("Set the target profile of {process}").format(process=process.name)
        if current is None:
            target = MaturityTarget(
                id=new_id("MaturityTarget"), process_id=process_id, model_id=model.id, levels=ranked
            )
            return self.run(AddEntities((*adding, target), label))
        return self.run(ReplaceEntities((dataclasses.replace(current, levels=ranked),), label))

    # lookups -----------------------------------------------------------------------------------
    def _process(self, process_id: str) -> Process:
        entity = self.workspace.find(process_id)
        if not isinstance(entity, Process):
            raise CommandError(tr("there is no process {id}").format(id=process_id))
        return entity

    def _model(self, model_id: str) -> MaturityModel:
        entity = self.workspace.find(model_id)
        if not isinstance(entity, MaturityModel):
            raise CommandError(tr("there is no maturity model {id}").format(id=model_id))
        return entity

    def _assessment(self, assessment_id: str) -> MaturityAssessment:
        return self._assessed(assessment_id)[0]

    @staticmethod
    def _level(model: MaturityModel, dimension: str, level: object) -> int | None:
        """*level* checked against the model (None passes), or CommandError saying why."""
        if model.dimension(dimension) is None:
            message = tr("{model} has no dimension '{key}'")
            raise CommandError(message.format(model=model.name, key=dimension))
        if level is None:
            return None
        if not isinstance(level, int) or isinstance(level, bool) or not 1 <= level <= model.top:
            message = tr("a level of {model} runs from 1 to {top}, not {level}")
            raise CommandError(message.format(model=model.name, top=model.top, level=level))
        return level

    @staticmethod
    def _dimension_name(model: MaturityModel, key: str) -> str:
        dimension = model.dimension(key)
        return dimension.name if dimension else key
