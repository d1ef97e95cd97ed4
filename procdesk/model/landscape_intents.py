"""The Editor's landscape intents: move a process in the landscape, nest it under another, link
a step to a process. Each is one undo step.

A move writes the placements of every process whose slot it changes (a process that had no
placement yet gets one), in one ChangeSet: the drag of one chevron that reorders the value
chain is one undo step however many siblings shift.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from procdesk.model.changes import Change, ChangeSet
from procdesk.model.commands import AddEntities, CommandError, RemoveEntities, UpdateEntities
from procdesk.model.editor_core import EditorCore
from procdesk.model.elements import Process, Step, StepKind
from procdesk.model.ids import new_id
from procdesk.model.landscape import MAX_LEVEL, Band, LandscapePlacement, ProcessLink
from procdesk.model.landscape_tree import LandscapeTree
from procdesk.model.workspace import Workspace
from procdesk.text import tr

LINKABLE = frozenset(
    {
        StepKind.START_EVENT,
        StepKind.END_EVENT,
        StepKind.INTERMEDIATE_THROW_EVENT,
        StepKind.INTERMEDIATE_CATCH_EVENT,
        StepKind.CALL_ACTIVITY,
    }
)
"""Kinds of step that can be linked to a process (what the link means: ``landscape``)."""

_KEEP = object()


@dataclass(frozen=True, slots=True)
class PlaceProcess:
    """Put a process into a row of the landscape at *index*: a band's top level (``parent_id``
    None) or a parent's sub-processes. The siblings on both sides close up around it."""

    process_id: str
    band: Band
    parent_id: str | None
    index: int
    label: str = ""
    merge_key: str | None = None

    def plan(self, workspace: Workspace) -> ChangeSet:
        process = _process(workspace, self.process_id)
        tree = LandscapeTree.of(workspace)
        band = self.band
        if self.parent_id is not None:
            _check_parent(tree, self.process_id, self.parent_id)
            band = tree.band_of(self.parent_id)
            row = list(tree.children_of[self.parent_id])
        else:
            row = list(tree.roots_of[band])
        same_row = tree.parent_of[self.process_id] == self.parent_id and (
            self.parent_id is not None or tree.band_of(self.process_id) == band
        )
        old_row = [i for i in tree.siblings(self.process_id) if i != self.process_id]
        if self.process_id in row:
            row.remove(self.process_id)
        row.insert(max(0, min(self.index, len(row))), self.process_id)
        wanted: dict[str, tuple[Band, str | None, int]] = {}
        for order, process_id in enumerate(row):
            wanted[process_id] = (tree.placements[process_id].band, self.parent_id, order)
        wanted[self.process_id] = (band, self.parent_id, row.index(self.process_id))
        if not same_row:
            for order, process_id in enumerate(old_row):
                placement = tree.placements[process_id]
                wanted[process_id] = (placement.band, tree.parent_of[process_id], order)
        for descendant in tree.descendants(self.process_id):
            placement = tree.placements[descendant]
            wanted[descendant] = (band, tree.parent_of[descendant], placement.order)
        changes = _placement_changes(workspace, tree, wanted)
        label = self.label or tr("Move {name} in the landscape").format(name=process.name)
        return ChangeSet(tuple(changes), label)


def _process(workspace: Workspace, process_id: str) -> Process:
    process = workspace.find(process_id)
    if not isinstance(process, Process):
        raise CommandError(tr("there is no process {id}").format(id=process_id))
    return process


def _check_parent(tree: LandscapeTree, process_id: str, parent_id: str) -> None:
    """Refuse a parent that does not exist, lies inside the process or nests too deep."""
    if parent_id not in tree.processes:
        raise CommandError(tr("there is no process {id}").format(id=parent_id))
    if parent_id == process_id or parent_id in tree.descendants(process_id):
        raise CommandError(tr("a process cannot sit inside itself or its own sub-processes"))
    if tree.level(parent_id) + tree.height(process_id) > MAX_LEVEL:
        message = tr("the process hierarchy has at most {levels} levels")
        raise CommandError(message.format(levels=MAX_LEVEL))


def _placement_changes(
    workspace: Workspace, tree: LandscapeTree, wanted: dict[str, tuple[Band, str | None, int]]
) -> list[Change]:
    changes: list[Change] = []
    for process_id, (band, parent_id, order) in wanted.items():
        before = tree.placements[process_id]
        values = {"band": band, "parent_id": parent_id, "order": order}
        if before.id and before.id in workspace:
            after = replace(before, **values)  # type: ignore[arg-type]
            if after != before:
                changes.append(Change(before, after))
        else:
            fresh = LandscapePlacement(id=new_id("Placement"), process_id=process_id)
            changes.append(Change(None, replace(fresh, **values)))  # type: ignore[arg-type]
    return changes


class LandscapeIntents(EditorCore):
    """Landscape edits, each one undo step."""

    def place_process(
        self, process_id: str, band: Band, index: int, parent_id: str | None = None
    ) -> ChangeSet:
        """Move a process to slot *index* of a band's top level (or of *parent_id*'s
        sub-processes): a drag on the landscape, a value chain reordered."""
        return self.run(PlaceProcess(process_id, Band(band), parent_id, index))

    def set_process_parent(self, process_id: str, parent_id: str | None) -> ChangeSet:
        """Make a process a sub-process of *parent_id* (last among its sub-processes), or a
        top-level process again (None: last in the band it was shown in)."""
        process = _process(self.workspace, process_id)
        tree = LandscapeTree.of(self.workspace)
        if parent_id is None:
            band = tree.band_of(process_id)
            index = len(tree.roots_of[band])
            label = tr("Make {name} a top-level process").format(name=process.name)
        else:
            band = tree.placements[process_id].band
            index = len(tree.children_of.get(parent_id, []))
            parent = _process(self.workspace, parent_id)
            label = tr("Make {name} a sub-process of {parent}").format(
                name=process.name, parent=parent.name
            )
        return self.run(PlaceProcess(process_id, band, parent_id, index, label))

    def link_step_to_process(self, step_id: str, process_id: str | None) -> ChangeSet:
        """Link a step to a process ("continues in", "calls"…), or unlink it (None)."""
        step = self.workspace.find(step_id)
        if not isinstance(step, Step) or step.kind not in LINKABLE:
            raise CommandError(tr("only events and call activities can be linked to a process"))
        existing = self.workspace.in_scope(step_id, ProcessLink)
        if process_id is None:
            if not existing:
                return ChangeSet()
            label = tr("Unlink {name} from its process").format(name=step.name or step.id)
            return self.run(RemoveEntities(tuple(link.id for link in existing), label))
        target = _process(self.workspace, process_id)
        label = tr("Link {name} to {process}").format(
            name=step.name or step.id, process=target.name
        )
        if existing:
            return self.run(UpdateEntities((existing[0].id,), {"process_id": process_id}, label))
        link = ProcessLink(id=new_id("ProcessLink"), step_id=step_id, process_id=process_id)
        return self.run(AddEntities((link,), label))
