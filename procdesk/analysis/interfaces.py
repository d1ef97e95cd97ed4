"""The interfaces between processes, derived from the diagrams (never typed in by hand).

Four kinds, each read from what the process officer drew anyway:

* ``message``: a message flow between a process's own pool and a pool that stands for another
  process of the workspace (``process_directory`` says which pool stands for which process).
  A message to or from a partner that is no process here (a customer) is simply external.
* ``call``: a call activity calling another process: by its link, else by its BPMN
  ``calledElement``, else by its name.
* ``continues``: an end event's explicit "continues in" link (a start event's "continues from"),
  or an end event of one process named exactly like a start event of another.
* ``data``: a data object or data store of the same name in two processes; it runs from each
  process that writes it (or uses it without saying how) to each that reads it (or uses it).

A call activity calling no process of the workspace and a link to a process that was deleted
are *unresolved*: findings (rules ``landscape-unresolved-call`` and
``landscape-unresolved-link``), because a process officer who drew them meant a process that is
missing from the landscape. Only current diagrams count (no to-be variants).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from procdesk.analysis.finding import step_name
from procdesk.analysis.process_directory import ProcessDirectory, normalised
from procdesk.model.elements import (
    DataObject,
    DataStore,
    Diagram,
    Flow,
    FlowKind,
    FlowNodeShape,
    Step,
    StepKind,
)
from procdesk.model.landscape import ProcessLink
from procdesk.model.workspace import Workspace
from procdesk.text import tr


class InterfaceKind(StrEnum):
    MESSAGE = "message"
    CALL = "call"
    CONTINUES = "continues"
    DATA = "data"


class UnresolvedKind(StrEnum):
    CALL = "call"
    """A call activity calls no process of the workspace (or a name several processes share)."""
    LINK = "link"
    """A step's explicit link names a process that no longer exists."""


@dataclass(frozen=True, slots=True)
class Interface:
    """Work, information or data that passes from one process (``source``) to another."""

    source: str
    target: str
    kind: InterfaceKind
    via: str
    """The name of what passes: the message flow, the called activity, the event, the data."""
    elements: tuple[str, ...] = ()
    """The diagram elements the interface was read from."""

    def to_json(self) -> dict[str, str]:
        return {"from": self.source, "to": self.target, "kind": self.kind.value, "via": self.via}


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A reference to a process that is not in the workspace."""

    process: str
    diagram: str
    element: str
    kind: UnresolvedKind
    reference: str
    message: str

    @property
    def rule(self) -> str:
        return f"landscape-unresolved-{self.kind.value}"

    def to_json(self) -> dict[str, str]:
        return {
            "process": self.process,
            "diagram": self.diagram,
            "element": self.element,
            "rule": self.rule,
            "kind": self.kind.value,
            "reference": self.reference,
            "message": self.message,
        }


@dataclass(slots=True)
class InterfaceReport:
    """What ``derive_interfaces`` finds: the interfaces, and the references it cannot place."""

    interfaces: list[Interface] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)


_THROWING = frozenset({StepKind.END_EVENT, StepKind.INTERMEDIATE_THROW_EVENT})
_CATCHING = frozenset({StepKind.START_EVENT, StepKind.INTERMEDIATE_CATCH_EVENT})
_Key = tuple[str, str, InterfaceKind, str]


def derive_interfaces(workspace: Workspace) -> InterfaceReport:
    """Every interface between the workspace's processes, and every unresolved reference."""
    return _Derivation(workspace).run()


class _Derivation:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.directory = ProcessDirectory.of(workspace)
        self.found: dict[_Key, list[str]] = {}
        self.unresolved: list[Unresolved] = []
        self.ends: dict[str, list[tuple[str, Step]]] = defaultdict(list)
        self.starts: dict[str, list[tuple[str, Step]]] = defaultdict(list)
        self.writers: dict[str, dict[str, list[str]]] = defaultdict(dict)
        self.readers: dict[str, dict[str, list[str]]] = defaultdict(dict)
        self.data_names: dict[str, str] = {}

    def run(self) -> InterfaceReport:
        for process_id, diagrams in self.directory.diagrams.items():
            for diagram in diagrams:
                self._diagram(process_id, diagram)
        self._named_events()
        self._shared_data()
        rank = {process_id: index for index, process_id in enumerate(self.directory.processes)}
        kinds = list(InterfaceKind)
        keys = sorted(
            self.found,
            key=lambda k: (rank[k[0]], rank[k[1]], kinds.index(k[2]), normalised(k[3])),
        )
        interfaces = [Interface(*key, elements=tuple(self.found[key])) for key in keys]
        return InterfaceReport(interfaces, self.unresolved)

    def _add(self, source: str, target: str, kind: InterfaceKind, via: str, *ids: str) -> None:
        if source == target:
            return
        elements = self.found.setdefault((source, target, kind, " ".join(via.split())), [])
        elements.extend(i for i in ids if i not in elements)

    # one diagram -------------------------------------------------------------------------------
    def _diagram(self, process_id: str, diagram: Diagram) -> None:
        workspace = self.workspace
        for element in workspace.elements_of(diagram.id):
            if isinstance(element, Step):
                self._step(process_id, diagram, element)
            elif isinstance(element, Flow) and element.kind == FlowKind.MESSAGE:
                self._message(process_id, element)
            elif isinstance(element, DataObject | DataStore):
                self._data(process_id, element)

    def _step(self, process_id: str, diagram: Diagram, step: Step) -> None:
        links = self.workspace.in_scope(step.id, ProcessLink)
        if links:
            self._linked(process_id, diagram, step, links[0])
        elif step.kind == StepKind.CALL_ACTIVITY:
            self._call(process_id, diagram, step)
        elif step.kind == StepKind.END_EVENT and normalised(step.name):
            self.ends[normalised(step.name)].append((process_id, step))
        elif step.kind == StepKind.START_EVENT and normalised(step.name):
            self.starts[normalised(step.name)].append((process_id, step))

    def _linked(self, process_id: str, diagram: Diagram, step: Step, link: ProcessLink) -> None:
        target = link.process_id
        if target not in self.directory.processes:
            message = tr("{element} is linked to a process that no longer exists")
            self._unresolved(process_id, diagram, step, UnresolvedKind.LINK, target, message)
            return
        via = step.name or self.directory.processes[target].name
        if step.kind == StepKind.CALL_ACTIVITY:
            self._add(process_id, target, InterfaceKind.CALL, via, step.id)
        elif step.kind in _CATCHING:
            self._add(target, process_id, InterfaceKind.CONTINUES, via, step.id)
        elif step.kind in _THROWING:
            self._add(process_id, target, InterfaceKind.CONTINUES, via, step.id)

    def _call(self, process_id: str, diagram: Diagram, step: Step) -> None:
        called = dict(step.foreign.attributes).get("calledElement", "").strip()
        reference = called or step.name.strip()
        found = self.directory.resolve(reference)
        if len(found) == 1:
            self._add(process_id, found[0], InterfaceKind.CALL, step.name or reference, step.id)
            return
        if not reference:
            message = tr("{element} names no process to call")
        elif found:
            message = tr("{element} calls '{reference}', the name of several processes")
        else:
            message = tr("{element} calls '{reference}', which is no process of this workspace")
        self._unresolved(process_id, diagram, step, UnresolvedKind.CALL, reference, message)

    def _unresolved(
        self,
        process_id: str,
        diagram: Diagram,
        step: Step,
        kind: UnresolvedKind,
        reference: str,
        message: str,
    ) -> None:
        text = message.format(element=step_name(step), reference=reference)
        self.unresolved.append(Unresolved(process_id, diagram.id, step.id, kind, reference, text))

    def _message(self, process_id: str, flow: Flow) -> None:
        source = self._side(process_id, flow.source_id)
        target = self._side(process_id, flow.target_id)
        if source is None or target is None or process_id not in (source, target):
            return
        if flow.name.strip():
            via = flow.name
        else:
            partner = flow.target_id if source == process_id else flow.source_id
            pool = self.workspace.pool_of(partner)
            via = pool.name if pool is not None else ""
        self._add(source, target, InterfaceKind.MESSAGE, via, flow.id)

    def _side(self, process_id: str, element_id: str) -> str | None:
        pool = self.workspace.pool_of(element_id)
        return process_id if pool is None else self.directory.pool_process(pool, process_id)

    def _data(self, process_id: str, data: FlowNodeShape) -> None:
        key = normalised(data.name)
        if not key:
            return
        self.data_names.setdefault(key, " ".join(data.name.split()))
        flows = self.workspace.flows_at(data.id)
        writes = any(f.kind == FlowKind.DATA_OUTPUT and f.target_id == data.id for f in flows)
        reads = any(f.kind == FlowKind.DATA_INPUT and f.source_id == data.id for f in flows)
        if writes or not reads:
            self.writers[key].setdefault(process_id, []).append(data.id)
        if reads or not writes:
            self.readers[key].setdefault(process_id, []).append(data.id)

    # across processes --------------------------------------------------------------------------
    def _named_events(self) -> None:
        for key, ends in self.ends.items():
            for source, end in ends:
                for target, start in self.starts.get(key, ()):
                    self._add(source, target, InterfaceKind.CONTINUES, end.name, end.id, start.id)

    def _shared_data(self) -> None:
        for key, writers in self.writers.items():
            name = self.data_names[key]
            for source, written in writers.items():
                for target, read in self.readers.get(key, {}).items():
                    self._add(source, target, InterfaceKind.DATA, name, *written, *read)
