"""The Editor's process intents: new processes, new diagrams, and variants copied from a
diagram (a to-be drawn from its as-is, every copy remembering the element it came from)."""

from __future__ import annotations

import dataclasses

from procdesk.model.commands import AddEntities, CommandError
from procdesk.model.editor_core import EditorCore
from procdesk.model.elements import Diagram, DiagramElement, Entity, Lane, Pool, Process
from procdesk.model.geometry import Rect
from procdesk.model.ids import new_id
from procdesk.model.naming import with_name
from procdesk.model.sizes import DEFAULT_LANE_HEIGHT, DEFAULT_POOL_WIDTH, POOL_HEADER
from procdesk.text import tr


class ProcessIntents(EditorCore):
    """Processes and their diagrams, each one undo step."""

    def add_process(self, name: str, *, with_pool: bool = True, **fields: object) -> str:
        """Create a process with an empty as-is diagram (holding one pool with one lane)."""
        name = name.strip()
        if not name:
            raise CommandError(tr("a process needs a name"))
        order = max((p.order for p in self.workspace.processes()), default=-1) + 1
        process = Process(id=new_id("Process"), name=name, order=order)
        try:
            process = dataclasses.replace(process, **fields)  # type: ignore[arg-type]
        except (TypeError, ValueError) as error:
            raise CommandError(str(error)) from error
        diagram = Diagram(
            id=new_id("Diagram"), process_id=process.id, name=tr("As-is", "diagram name")
        )
        entities: list[Entity] = [process, diagram]
        if with_pool:
            pool = Pool(
                id=new_id("Participant"),
                diagram_id=diagram.id,
                name=name,
                bounds=Rect(0, 0, DEFAULT_POOL_WIDTH, DEFAULT_LANE_HEIGHT),
            )
            lane = Lane(
                id=new_id("Lane"),
                diagram_id=diagram.id,
                parent_id=pool.id,
                name="",
                bounds=Rect(POOL_HEADER, 0, DEFAULT_POOL_WIDTH - POOL_HEADER, DEFAULT_LANE_HEIGHT),
            )
            entities += [pool, lane]
        self.run(AddEntities(tuple(entities), tr("New process {name}").format(name=name)))
        return process.id

    def add_diagram(self, process_id: str, name: str, variant: str = "as-is") -> str:
        self.workspace.get(process_id, Process)
        order = max((d.order for d in self.workspace.diagrams_of(process_id)), default=-1) + 1
        diagram = Diagram(
            id=new_id("Diagram"), process_id=process_id, name=name, variant=variant, order=order
        )
        label = with_name(tr("New diagram {name}"), tr("New diagram"), name)
        self.run(AddEntities((diagram,), label))
        return diagram.id

    def create_variant(
        self, diagram_id: str, name: str | None = None, variant: str = "to-be"
    ) -> str:
        """Copy a diagram as a new variant (named "To-be" unless *name* is given); each copy
        remembers the element it came from."""
        source = self.workspace.get(diagram_id, Diagram)
        if name is None:
            name = tr("To-be", "diagram name")
        order = max((d.order for d in self.workspace.diagrams_of(source.process_id)), default=0)
        copy = Diagram(
            id=new_id("Diagram"),
            process_id=source.process_id,
            name=name,
            variant=variant,
            origin_diagram_id=source.id,
            documentation=source.documentation,
            order=order + 1,
        )
        elements = self.workspace.in_scope(diagram_id)
        fresh = {e.id: new_id(e.id.split("_")[0] or "Element") for e in elements}
        fresh[diagram_id] = copy.id
        copies: list[Entity] = [copy]
        for element in elements:
            copies.append(_remap(element, fresh))
        label = tr("Create {name} from {source}").format(name=name, source=source.name)
        self.run(AddEntities(tuple(copies), label))
        return copy.id


def _remap(element: Entity, fresh: dict[str, str]) -> Entity:
    """Copy *element* with new ids for itself and everything it refers to inside the copy."""
    changes: dict[str, object] = {"id": fresh[element.id]}
    for name in (
        "diagram_id",
        "parent_id",
        "lane_id",
        "attached_to",
        "source_id",
        "target_id",
    ):
        value = getattr(element, name, None)
        if isinstance(value, str) and value in fresh:
            changes[name] = fresh[value]
    if isinstance(element, DiagramElement):
        changes["origin_id"] = element.id
    return dataclasses.replace(element, **changes)  # type: ignore[arg-type]
