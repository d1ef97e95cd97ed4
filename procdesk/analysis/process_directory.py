"""Which process of the workspace a name, an id or a pool denotes, and which diagrams show a
process as it works today: the lookups the interfaces between processes are derived with.

Matching rules (one reading for the landscape, the command line and a dashboard):

* A *reference* (a call activity's ``calledElement``, its name, a link's target) denotes the
  process whose id it is, else the process whose drawn pool carries it as ``process_ref`` (the
  BPMN process id an imported file gave it), else the process of that name (compared without
  case and extra spaces). Two processes of the same name make a name ambiguous.
* A *pool* in a diagram of process A denotes another process P when its ``process_ref`` is
  P's id or P's BPMN process id, or when its name is P's name. A pool that denotes nothing is
  A's own when something is drawn in it (lanes, steps), and an external participant (a
  customer, a supplier) when it is an empty black box.
* A process works today as its *current diagrams* show: every diagram that is not a variant
  copied from another (a to-be) nor the inside of a sub-process drawn in such a copy. To-be
  variants describe tomorrow; counting them too would draw every interface twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from procdesk.export.bpmn.namespaces import hint
from procdesk.model.elements import Diagram, Pool, Process, Step
from procdesk.model.workspace import Workspace

_PLANE = hint("plane")
"""The hint naming the collapsed sub-process whose inside a diagram draws."""

TO_BE = "to-be"


def normalised(name: str) -> str:
    """A name as it is compared: without case and with single spaces."""
    return " ".join(name.split()).casefold()


def current_diagrams(workspace: Workspace, process_id: str) -> list[Diagram]:
    """The diagrams that show how a process works today (see the module docstring)."""
    diagrams = workspace.diagrams_of(process_id)
    variants = {d.id for d in diagrams if d.origin_diagram_id is not None or d.variant == TO_BE}
    current: list[Diagram] = []
    for diagram in diagrams:
        if diagram.id in variants:
            continue
        owner = dict(diagram.foreign.attributes).get(_PLANE)
        step = workspace.find(owner)
        if isinstance(step, Step) and step.diagram_id in variants:
            variants.add(diagram.id)
            continue
        current.append(diagram)
    return current


def is_black_box(workspace: Workspace, pool: Pool) -> bool:
    """Whether nothing is drawn inside a pool (a partner shown only as a named box)."""
    return not workspace.children_of(pool.id)


@dataclass(slots=True)
class ProcessDirectory:
    """The workspace's processes by id, BPMN process id and name."""

    workspace: Workspace
    processes: dict[str, Process] = field(default_factory=dict)
    diagrams: dict[str, list[Diagram]] = field(default_factory=dict)
    """Each process's current diagrams."""
    by_name: dict[str, list[str]] = field(default_factory=dict)
    by_ref: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, workspace: Workspace) -> ProcessDirectory:
        directory = cls(workspace)
        for process in workspace.processes():
            directory.processes[process.id] = process
            directory.diagrams[process.id] = current_diagrams(workspace, process.id)
            key = normalised(process.name)
            if key:
                directory.by_name.setdefault(key, []).append(process.id)
        for process_id, diagrams in directory.diagrams.items():
            for diagram in diagrams:
                for pool in workspace.elements_of(diagram.id, Pool):
                    ref = pool.process_ref
                    if not ref or ref in directory.processes or is_black_box(workspace, pool):
                        continue
                    named = directory.by_name.get(normalised(pool.name), [])
                    if any(other != process_id for other in named):
                        continue  # a partner drawn in full, named as another process
                    directory.by_ref.setdefault(ref, process_id)
        return directory

    def resolve(self, reference: str) -> list[str]:
        """The processes *reference* denotes: one, none, or several (an ambiguous name)."""
        reference = reference.strip()
        if not reference:
            return []
        if reference in self.processes:
            return [reference]
        if reference in self.by_ref:
            return [self.by_ref[reference]]
        return list(self.by_name.get(normalised(reference), []))

    def pool_process(self, pool: Pool, owner_id: str) -> str | None:
        """The process a pool in a diagram of *owner_id* stands for; None for an external
        participant (see the module docstring)."""
        ref = pool.process_ref
        if ref and ref in self.processes:
            return ref
        if ref and ref in self.by_ref:
            return self.by_ref[ref]
        named = self.by_name.get(normalised(pool.name), [])
        if len(named) == 1:
            return named[0]
        if owner_id in named:
            return owner_id
        return None if is_black_box(self.workspace, pool) else owner_id
