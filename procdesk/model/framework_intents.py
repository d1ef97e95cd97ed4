"""The Editor's intents for the prioritisation framework: its criteria, weights and scale,
and the baselines management agrees. A change of the rules to an agreed framework starts its
next version; the agreed one stays as it was, in its baseline. Each public method is one undo
step."""

from __future__ import annotations

from collections.abc import Mapping

from procdesk.model.changes import ChangeSet
from procdesk.model.commands import AddEntities, Batch, Command, CommandError, ReplaceEntities
from procdesk.model.editor_core import EditorCore, checked_entity, today_or
from procdesk.model.ids import new_id
from procdesk.model.portfolio import Criterion, Framework, FrameworkBaseline, Initiative
from procdesk.model.portfolio_queries import framework_of
from procdesk.text import tr


class FrameworkIntents(EditorCore):
    """The workspace's one prioritisation framework and its baselines."""

    def set_framework(self, **values: object) -> ChangeSet:
        """Change the framework (criteria, scale, name, currency, thresholds).

        A change of criteria or scale to a baselined framework starts its next version; the
        agreed one stays as it was, in its baseline.
        """
        current = framework_of(self.workspace)
        after: Framework = checked_entity(current, **values)
        if "criteria" in values:
            after = checked_entity(after, criteria=tuple(after.criteria))
        rules_changed = (after.criteria, after.scale_min, after.scale_max) != (
            current.criteria,
            current.scale_min,
            current.scale_max,
        )
        if (after.scale_min, after.scale_max) != (current.scale_min, current.scale_max):
            self._check_scale_holds(after)
        if rules_changed and current.baselined:
            after = checked_entity(
                after, version=current.version + 1, baselined_on="", agreed_by=""
            )
        label = tr("Edit the prioritisation framework")
        if current.id not in self.workspace:
            return self.run(AddEntities((after,), label))
        return self.run(ReplaceEntities((after,), label))

    def _check_scale_holds(self, framework: Framework) -> None:
        outside = [
            initiative.title
            for initiative in self.workspace.in_scope("", Initiative)
            for score in initiative.scores
            if not framework.scale_min <= score.value <= framework.scale_max
        ]
        if outside:
            message = tr("scores of {titles} lie outside {low} to {high}: change them first")
            raise CommandError(
                message.format(
                    titles=", ".join(sorted(set(outside))[:3]),
                    low=framework.scale_min,
                    high=framework.scale_max,
                )
            )

    def set_weights(self, weights: Mapping[str, float]) -> ChangeSet:
        """New weights for some criteria, by key."""
        current = framework_of(self.workspace)
        unknown = sorted(set(weights) - {c.key for c in current.criteria})
        if unknown:
            raise CommandError(tr("the framework has no criterion '{key}'").format(key=unknown[0]))
        criteria = tuple(
            checked_entity(c, weight=float(weights[c.key])) if c.key in weights else c
            for c in current.criteria
        )
        return self.set_framework(criteria=criteria)

    def add_criterion(self, name: str, weight: float = 0.0) -> str:
        current = framework_of(self.workspace)
        key = new_id("criterion")
        self.set_framework(criteria=(*current.criteria, Criterion(key, name.strip(), weight)))
        return key

    def baseline_framework(self, *, on: str | None = None, agreed_by: str = "") -> str:
        """Record the framework as agreed by management on a date; returns the baseline id."""
        current = framework_of(self.workspace)
        if current.baselined:
            message = tr("version {version} was already agreed on {date}")
            raise CommandError(message.format(version=current.version, date=current.baselined_on))
        day = today_or(on)
        after: Framework = checked_entity(current, baselined_on=day, agreed_by=agreed_by.strip())
        baseline = checked_entity(
            FrameworkBaseline(
                id=new_id("FrameworkBaseline"),
                framework_id=current.id,
                version=current.version,
                date=day,
                name=current.name,
                criteria=current.criteria,
            ),
            agreed_by=agreed_by.strip(),
            scale_min=current.scale_min,
            scale_max=current.scale_max,
        )
        label = tr("Baseline the framework (version {version})").format(version=current.version)
        first: Command = (
            ReplaceEntities((after,), label)
            if current.id in self.workspace
            else AddEntities((after,), label)
        )
        self.run(Batch((first, AddEntities((baseline,), label)), label))
        return str(baseline.id)
