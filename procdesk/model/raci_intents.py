"""The Editor's RACI intents: a letter in a matrix cell, and the workspace's role list.

Each intent is one undo step. Renaming or deleting a role of the list carries the change into
every step that names it, in the same edit, so that no assignment is left pointing at a role
that is gone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from procdesk.model.assignments import Letter, Raci, next_letter, normalised, same_role
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import (
    AddEntities,
    Batch,
    Command,
    CommandError,
    RemoveEntities,
    ReplaceEntities,
    UpdateEntities,
)
from procdesk.model.editor_core import EditorCore
from procdesk.model.elements import Lane, Step
from procdesk.model.ids import new_id
from procdesk.model.naming import noun
from procdesk.model.raci import (
    carries_raci,
    default_responsible,
    effective,
    roles_of,
    unique,
    workspace_roles,
)
from procdesk.model.roles import Role
from procdesk.text import tr

_LABELS = {
    Letter.RESPONSIBLE: lambda: tr("Make {role} responsible for {step}"),
    Letter.ACCOUNTABLE: lambda: tr("Make {role} accountable for {step}"),
    Letter.CONSULTED: lambda: tr("Consult {role} on {step}"),
    Letter.INFORMED: lambda: tr("Inform {role} about {step}"),
}


def _step_words(step: Step) -> str:
    return f"'{step.name.strip()}'" if step.name.strip() else noun(step)


class RaciIntents(EditorCore):
    """RACI letters of steps and the role list, each one undo step."""

    # a step's assignments ----------------------------------------------------------------------
    def responsibility(self, step_id: str, role: str) -> Letter | None:
        """The letter *role* holds on the step now (the default Responsible included)."""
        step = self.workspace.get(step_id, Step)
        return effective(self.workspace, step).letter_of(role)

    def set_responsibility(self, step_id: str, role: str, letter: Letter | None) -> ChangeSet:
        """Give *role* the RACI *letter* on a step (None: take its letter away)."""
        step = self._raci_step(step_id)
        role = self._known_role(step, role)
        raci = step.raci or Raci()
        after = normalised(
            raci.with_letter(role, letter, default_responsible(self.workspace, step))
        )
        label = tr("Take {role} off {step}") if letter is None else _LABELS[Letter(letter)]()
        label = label.format(role=role, step=_step_words(step))
        return self.run(UpdateEntities((step.id,), {"raci": after}, label))

    def cycle_responsibility(self, step_id: str, role: str) -> ChangeSet:
        """Move *role*'s cell on to the next letter: blank → R → A → C → I → blank."""
        return self.set_responsibility(
            step_id, role, next_letter(self.responsibility(step_id, role))
        )

    def _raci_step(self, step_id: str) -> Step:
        step = self.workspace.find(step_id)
        if not isinstance(step, Step) or not carries_raci(step):
            raise CommandError(tr("{id} is not a step that anyone carries out").format(id=step_id))
        return step

    def _known_role(self, step: Step, role: str) -> str:
        known = unique(
            [*roles_of(self.workspace, step.diagram_id), *workspace_roles(self.workspace)]
        )
        for name in known:
            if same_role(name, role):
                return name
        message = tr("{role} is not a role of this workspace: add it to the role list first")
        raise CommandError(message.format(role=repr(role.strip())))

    # the role list -----------------------------------------------------------------------------
    def add_role(self, name: str, description: str = "", department: str = "") -> str:
        """Add a role to the workspace's role list."""
        name = self._free_name(name)
        role = Role(
            id=new_id("Role"),
            name=name,
            description=description.strip(),
            department=department.strip(),
        )
        self.run(AddEntities((role,), tr("Add role {name}").format(name=name)))
        return role.id

    def update_role(
        self,
        role_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        department: str | None = None,
    ) -> ChangeSet:
        """Rename, describe or move a role; a new name reaches every step assigned to it."""
        role = self.workspace.get(role_id, Role)
        values: dict[str, object] = {}
        commands: list[Command] = []
        if description is not None:
            values["description"] = description.strip()
        if department is not None:
            values["department"] = department.strip()
        label = tr("Edit role {name}").format(name=role.name)
        if name is not None and name.strip() != role.name:
            new = self._free_name(name, role_id)
            values["name"] = new
            label = tr("Rename role {old} to {new}").format(old=role.name, new=new)
            renamed = self._steps_changed(lambda r: r.renamed(role.name, new))
            if renamed:
                commands.append(ReplaceEntities(tuple(renamed)))
        commands.insert(0, UpdateEntities((role_id,), values))
        return self.run(Batch(tuple(commands), label))

    def delete_role(self, role_id: str) -> ChangeSet:
        """Delete a role of the list; steps lose its letters, except where a lane of their
        diagram still carries its name (the lane is a role too)."""
        role = self.workspace.get(role_id, Role)
        lanes = {
            (lane.diagram_id, lane.name.strip().casefold())
            for lane in self.workspace
            if isinstance(lane, Lane)
        }
        key = role.name.strip().casefold()
        stripped = [
            step
            for step in self._steps_changed(lambda r: r.without(role.name))
            if (step.diagram_id, key) not in lanes
        ]
        commands: list[Command] = [RemoveEntities((role_id,))]
        if stripped:
            commands.append(ReplaceEntities(tuple(stripped)))
        label = tr("Delete role {name}").format(name=role.name)
        return self.run(Batch(tuple(commands), label))

    def _steps_changed(self, change: Callable[[Raci], Raci]) -> list[Step]:
        """Every step whose RACI *change* alters, changed."""
        result: list[Step] = []
        for entity in self.workspace:
            if isinstance(entity, Step) and entity.raci is not None:
                after = normalised(change(entity.raci))
                if after != entity.raci:
                    result.append(dataclasses.replace(entity, raci=after))
        return result

    def _free_name(self, name: str, role_id: str | None = None) -> str:
        name = name.strip()
        if not name:
            raise CommandError(tr("a role needs a name"))
        for other in self.workspace.in_scope("", Role):
            if other.id != role_id and same_role(other.name, name):
                message = tr("the role list already has a role called {name}")
                raise CommandError(message.format(name=repr(other.name)))
        return name
