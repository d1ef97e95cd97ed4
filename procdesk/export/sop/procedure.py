"""The procedure: numbered steps in flow order, each saying plainly where to go next.

Decisions become "If <condition> → go to step N", loops "go back to step N", parallel branches
"carry out steps N and M in parallel", so the text can be followed without the diagram.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.export.sop.exchanges import inputs_and_outputs, message_sentences
from procdesk.export.sop.order import FlowGraph, flow_order
from procdesk.model.elements import (
    Duration,
    EventDefinition,
    Flow,
    Lane,
    LoopKind,
    Pool,
    Step,
    StepKind,
)
from procdesk.model.workspace import Workspace

ARROW = "→"
DASH = "\u2013"


@dataclass(frozen=True, slots=True)
class Transition:
    """One way out of a step: to step *target* (a number), under *condition* if any."""

    target: int
    condition: str = ""
    is_default: bool = False

    def is_back(self, source: int) -> bool:
        return self.target <= source


@dataclass(frozen=True, slots=True)
class ProcedureStep:
    """One numbered step as the SOP prints it."""

    number: int
    id: str
    name: str
    kind: StepKind
    kind_label: str
    role: str
    instruction: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    systems: tuple[str, ...]
    duration: Duration | None
    transitions: tuple[Transition, ...]
    sentences: tuple[str, ...]
    """What happens next and how, in plain words ("If approved → go to step 7")."""
    within: int | None = None
    """The number of the sub-process this step belongs to, if any."""


_EVENT_WORDS = {
    EventDefinition.MESSAGE: "message",
    EventDefinition.TIMER: "time",
    EventDefinition.ERROR: "error",
    EventDefinition.SIGNAL: "signal",
    EventDefinition.ESCALATION: "escalation",
    EventDefinition.CONDITIONAL: "condition",
    EventDefinition.COMPENSATE: "compensation",
    EventDefinition.CANCEL: "cancellation",
}

_LOOP_SENTENCES = {
    LoopKind.STANDARD: "Repeat this step until it is complete.",
    LoopKind.SEQUENTIAL: "Carry out this step for each item, one after another.",
    LoopKind.PARALLEL: "Carry out this step for each item; items may be handled at the same time.",
}


def kind_label(step: Step) -> str:
    """The word the SOP prints for a step's kind: Start, Task, Decision, Wait, End…"""
    kind = step.kind
    if kind == StepKind.START_EVENT:
        return "Start"
    if kind == StepKind.END_EVENT:
        return "End"
    if kind == StepKind.BOUNDARY_EVENT:
        return "Exception"
    if kind == StepKind.INTERMEDIATE_CATCH_EVENT:
        return "Wait"
    if kind == StepKind.INTERMEDIATE_THROW_EVENT:
        return "Notify"
    if kind == StepKind.PARALLEL_GATEWAY:
        return "Parallel"
    if kind == StepKind.EVENT_BASED_GATEWAY:
        return "Wait"
    if kind.is_gateway:
        return "Decision"
    if kind.is_sub_process:
        return "Sub-procedure"
    if kind == StepKind.CALL_ACTIVITY:
        return "Procedure"
    return "Task"


def role_of(workspace: Workspace, step: Step) -> str:
    """Who carries out a step: its own role, else its lane's name, else its pool's name."""
    if step.role.strip():
        return step.role.strip()
    lane = workspace.find(step.lane_id)
    if isinstance(lane, Lane) and lane.name.strip():
        return lane.name.strip()
    pool = workspace.pool_of(step.id)
    if isinstance(pool, Pool) and pool.name.strip():
        return pool.name.strip()
    return ""


def build_procedure(workspace: Workspace, diagram_id: str) -> list[ProcedureStep]:
    """Number the diagram's steps in flow order and describe how each one continues."""
    graph = FlowGraph.of(workspace, diagram_id)
    ordered = flow_order(graph)
    numbers = {step.id: index for index, step in enumerate(ordered, start=1)}
    result = []
    for step in ordered:
        number = numbers[step.id]
        flows = sorted(
            graph.outgoing.get(step.id, ()), key=lambda f: (f.is_default, numbers[f.target_id])
        )
        transitions = tuple(
            Transition(numbers[f.target_id], _condition(f), f.is_default) for f in flows
        )
        describer = _Describer(graph, numbers, step, number, transitions)
        inputs, outputs = inputs_and_outputs(workspace, step)
        within = numbers.get(step.parent_id or "")
        sentences = [*message_sentences(workspace, step), *describer.sentences()]
        if within is not None:
            sentences.insert(0, f"Part of step {within}.")
        result.append(
            ProcedureStep(
                number=number,
                id=step.id,
                name=step.name.strip() or _unnamed(graph, step),
                kind=step.kind,
                kind_label=kind_label(step),
                role=role_of(workspace, step),
                instruction=step.instruction.strip() or step.documentation.strip(),
                inputs=inputs,
                outputs=outputs,
                systems=step.systems,
                duration=step.duration,
                transitions=transitions,
                sentences=tuple(sentences),
                within=within,
            )
        )
    return result


def _unnamed(graph: FlowGraph, step: Step) -> str:
    """A name for a step drawn without one (typically a gateway)."""
    if step.kind.is_gateway:
        joins = len(graph.incoming.get(step.id, ())) > 1
        splits = len(graph.outgoing.get(step.id, ())) > 1
        if step.kind == StepKind.PARALLEL_GATEWAY:
            return (
                "Join parallel branches" if joins and not splits else "Split into parallel branches"
            )
        if joins and not splits:
            return "Merge branches"
        return "Choose a branch"
    return kind_label(step)


def _condition(flow: Flow) -> str:
    return (flow.condition or flow.name).strip()


def _steps(numbers: list[int]) -> str:
    """'step 4', 'steps 4 and 6', 'steps 4, 6 and 9'."""
    texts = [str(n) for n in sorted(numbers)]
    if len(texts) == 1:
        return f"step {texts[0]}"
    return f"steps {', '.join(texts[:-1])} and {texts[-1]}"


class _Describer:
    """Writes the sentences of one step; a class only to share the lookups between helpers."""

    def __init__(
        self,
        graph: FlowGraph,
        numbers: dict[str, int],
        step: Step,
        number: int,
        transitions: tuple[Transition, ...],
    ) -> None:
        self.graph, self.numbers, self.step, self.number = graph, numbers, step, number
        self.transitions = transitions

    def go(self, target: int) -> str:
        if target <= self.number:
            return f"go back to step {target}"
        return f"go to step {target}"

    def sentences(self) -> list[str]:
        step, kind = self.step, self.step.kind
        lines: list[str] = []
        lines.extend(self._arrival())
        if step.loop in _LOOP_SENTENCES:
            lines.append(_LOOP_SENTENCES[step.loop])
        inner = sorted(self.numbers[s.id] for s in self.graph.inner.get(step.id, ()))
        if inner:
            lines.append(f"Carried out as steps {inner[0]}{DASH}{inner[-1]}.")
        lines.extend(self._departure())
        for boundary in sorted(self.graph.boundary.get(step.id, ()), key=lambda s: s.bounds.x):
            what = boundary.name.strip() or _EVENT_WORDS.get(boundary.event_definition, "event")
            verb = "stop this step and" if boundary.interrupting else "meanwhile"
            target = self.numbers[boundary.id]
            lines.append(f"If {what} occurs during this step {ARROW} {verb} go to step {target}.")
        if kind == StepKind.BOUNDARY_EVENT and step.attached_to in self.numbers:
            lines.insert(0, f"Occurs during step {self.numbers[step.attached_to]}.")
        if kind == StepKind.END_EVENT and step.event_definition == EventDefinition.TERMINATE:
            lines.append("The whole procedure ends here, including any parallel branches.")
        elif not self.transitions and kind != StepKind.END_EVENT and not inner:
            lines.append("The procedure ends here.")
        return lines

    def _arrival(self) -> list[str]:
        """Joins: a step where parallel branches meet waits for all of them."""
        incoming = self.graph.incoming.get(self.step.id, [])
        if len(incoming) < 2 or self.step.kind not in (
            StepKind.PARALLEL_GATEWAY,
            StepKind.INCLUSIVE_GATEWAY,
        ):
            return []
        sources = _steps([self.numbers[f.source_id] for f in incoming])
        if self.step.kind == StepKind.PARALLEL_GATEWAY:
            return [f"Wait until {sources} are complete."]
        return [f"Wait until every branch started among {sources} is complete."]

    def _departure(self) -> list[str]:
        kind, transitions = self.step.kind, self.transitions
        if not transitions:
            return []
        targets = [t.target for t in transitions]
        if len(transitions) == 1:
            only = transitions[0]
            if only.condition and kind.is_activity:
                return [f"If {only.condition} {ARROW} {self.go(only.target)}."]
            if only.target == self.number + 1:
                return []
            return [f"Then {self.go(only.target)}."]
        if kind == StepKind.PARALLEL_GATEWAY or (
            kind.is_activity and not any(t.condition for t in transitions)
        ):
            return [f"Carry out {_steps(targets)} in parallel; all of them are needed."]
        if kind == StepKind.EVENT_BASED_GATEWAY:
            return [f"Wait for whichever happens first: {_steps(targets)}."]
        lines = []
        if kind == StepKind.INCLUSIVE_GATEWAY:
            lines.append("Follow every branch whose condition applies (one or more).")
        unconditioned = [t for t in transitions if not t.condition and not t.is_default]
        # One bare branch beside conditioned ones is, in practice, the "else" of the decision.
        bare_is_else = len(unconditioned) == 1 and not any(t.is_default for t in transitions)
        for t in transitions:
            if t.is_default or (bare_is_else and t in unconditioned):
                lines.append(f"Otherwise {ARROW} {self.go(t.target)}.")
            elif t.condition:
                lines.append(f"If {t.condition} {ARROW} {self.go(t.target)}.")
            else:
                lines.append(f"Alternatively {ARROW} {self.go(t.target)}.")
        return lines
