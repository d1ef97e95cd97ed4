"""The procedure: numbered steps in flow order, each saying plainly where to go next.

Decisions become "If <condition> → go to step N", loops "go back to step N", parallel branches
"carry out steps N and M in parallel", so the text can be followed without the diagram.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.export.sop.exchanges import inputs_and_outputs, message_sentences
from procdesk.export.sop.order import FlowGraph, flow_order
from procdesk.model.assignments import Letter, Raci
from procdesk.model.elements import (
    Duration,
    EventDefinition,
    Flow,
    LoopKind,
    Step,
    StepKind,
)
from procdesk.model.raci import effective
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop

ARROW = "→"
NOBODY = Raci(())
"""The assignments of a step nobody is named for."""
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
    raci: Raci = NOBODY
    """Who is Responsible (``role``), Accountable, Consulted and Informed."""


EVENT_NOTE = "boundary event, as {what} in a sentence"
"""The disambiguation of the event words (repeated as a literal in each call, for lupdate)."""
_EVENT_WORDS = {
    EventDefinition.MESSAGE: tr_noop("message", "boundary event, as {what} in a sentence"),
    EventDefinition.TIMER: tr_noop("time", "boundary event, as {what} in a sentence"),
    EventDefinition.ERROR: tr_noop("error", "boundary event, as {what} in a sentence"),
    EventDefinition.SIGNAL: tr_noop("signal", "boundary event, as {what} in a sentence"),
    EventDefinition.ESCALATION: tr_noop("escalation", "boundary event, as {what} in a sentence"),
    EventDefinition.CONDITIONAL: tr_noop("condition", "boundary event, as {what} in a sentence"),
    EventDefinition.COMPENSATE: tr_noop("compensation", "boundary event, as {what} in a sentence"),
    EventDefinition.CANCEL: tr_noop("cancellation", "boundary event, as {what} in a sentence"),
}
_ANY_EVENT = tr_noop("event", "boundary event, as {what} in a sentence")

_LOOP_SENTENCES = {
    LoopKind.STANDARD: tr_noop("Repeat this step until it is complete."),
    LoopKind.SEQUENTIAL: tr_noop("Carry out this step for each item, one after another."),
    LoopKind.PARALLEL: tr_noop(
        "Carry out this step for each item; items may be handled at the same time."
    ),
}

KIND_NOTE = "SOP step kind"
"""The disambiguation of the kind words (repeated as a literal in each call, for lupdate)."""
_TASK = tr_noop("Task", "SOP step kind")


def _kind_word(kind: StepKind) -> str:
    """The English word (marked for translation) for a step's kind."""
    if kind == StepKind.START_EVENT:
        return tr_noop("Start", "SOP step kind")
    if kind == StepKind.END_EVENT:
        return tr_noop("End", "SOP step kind")
    if kind == StepKind.BOUNDARY_EVENT:
        return tr_noop("Exception", "SOP step kind")
    if kind in (StepKind.INTERMEDIATE_CATCH_EVENT, StepKind.EVENT_BASED_GATEWAY):
        return tr_noop("Wait", "SOP step kind")
    if kind == StepKind.INTERMEDIATE_THROW_EVENT:
        return tr_noop("Notify", "SOP step kind")
    if kind == StepKind.PARALLEL_GATEWAY:
        return tr_noop("Parallel", "SOP step kind")
    if kind.is_gateway:
        return tr_noop("Decision", "SOP step kind")
    if kind.is_sub_process:
        return tr_noop("Sub-procedure", "SOP step kind")
    if kind == StepKind.CALL_ACTIVITY:
        return tr_noop("Procedure", "SOP step kind")
    return _TASK


def kind_label(step: Step) -> str:
    """The word the SOP prints for a step's kind: Start, Task, Decision, Wait, End…"""
    return tr(_kind_word(step.kind), KIND_NOTE)


def shows_kind(kind: StepKind) -> bool:
    """Whether the procedure table names the kind before the step (all but plain tasks)."""
    return _kind_word(kind) != _TASK


def role_of(workspace: Workspace, step: Step) -> str:
    """Who carries out a step: the Responsible of its RACI, which defaults to its own role,
    else its lane's name, else its pool's name."""
    return ", ".join(effective(workspace, step).names(Letter.RESPONSIBLE))


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
            sentences.insert(0, tr("Part of step {number}.").format(number=within))
        result.append(
            ProcedureStep(
                number=number,
                id=step.id,
                name=step.name.strip() or _unnamed(graph, step),
                kind=step.kind,
                kind_label=kind_label(step),
                role=role_of(workspace, step),
                raci=effective(workspace, step),
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
            if joins and not splits:
                return tr("Join parallel branches")
            return tr("Split into parallel branches")
        if joins and not splits:
            return tr("Merge branches")
        return tr("Choose a branch")
    return kind_label(step)


def _condition(flow: Flow) -> str:
    return (flow.condition or flow.name).strip()


STEP_ONE = tr_noop("step {number}")
STEP_MANY = tr_noop("steps {numbers} and {last}")
"""How sentences name steps; :func:`procdesk.export.sop.sections.link_steps` reads them too,
to find the step numbers to link."""


def _steps(numbers: list[int]) -> str:
    """'step 4', 'steps 4 and 6', 'steps 4, 6 and 9'."""
    texts = [str(n) for n in sorted(numbers)]
    if len(texts) == 1:
        return tr(STEP_ONE).format(number=texts[0])
    return tr(STEP_MANY).format(numbers=", ".join(texts[:-1]), last=texts[-1])


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

    def go(self, target: int, forward: str, back: str) -> str:
        """*forward* or, for a step at or before this one, *back*, naming step *target*."""
        sentence = back if target <= self.number else forward
        return sentence.format(target=target)

    def sentences(self) -> list[str]:
        step, kind = self.step, self.step.kind
        lines: list[str] = []
        lines.extend(self._arrival())
        if step.loop in _LOOP_SENTENCES:
            lines.append(tr(_LOOP_SENTENCES[step.loop]))
        inner = sorted(self.numbers[s.id] for s in self.graph.inner.get(step.id, ()))
        if inner:
            lines.append(
                tr("Carried out as steps {range}.").format(range=f"{inner[0]}{DASH}{inner[-1]}")
            )
        lines.extend(self._departure())
        for boundary in sorted(self.graph.boundary.get(step.id, ()), key=lambda s: s.bounds.x):
            lines.append(self._interruption(boundary))
        if kind == StepKind.BOUNDARY_EVENT and step.attached_to in self.numbers:
            during = tr("Occurs during step {number}.")
            lines.insert(0, during.format(number=self.numbers[step.attached_to]))
        if kind == StepKind.END_EVENT and step.event_definition == EventDefinition.TERMINATE:
            lines.append(tr("The whole procedure ends here, including any parallel branches."))
        elif not self.transitions and kind != StepKind.END_EVENT and not inner:
            lines.append(tr("The procedure ends here."))
        return lines

    def _interruption(self, boundary: Step) -> str:
        """What to do when the boundary event *boundary* occurs during this step."""
        word = _EVENT_WORDS.get(boundary.event_definition, _ANY_EVENT)
        what = boundary.name.strip() or tr(word, EVENT_NOTE)
        if boundary.interrupting:
            sentence = tr(
                "If {what} occurs during this step → stop this step and go to step {target}."
            )
        else:
            sentence = tr("If {what} occurs during this step → meanwhile go to step {target}.")
        return sentence.format(what=what, target=self.numbers[boundary.id])

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
            return [tr("Wait until {steps} are complete.").format(steps=sources)]
        every = tr("Wait until every branch started among {steps} is complete.")
        return [every.format(steps=sources)]

    def _departure(self) -> list[str]:
        kind, transitions = self.step.kind, self.transitions
        if not transitions:
            return []
        targets = [t.target for t in transitions]
        if len(transitions) == 1:
            only = transitions[0]
            if only.condition and kind.is_activity:
                return [self._if(only)]
            if only.target == self.number + 1:
                return []
            return [
                self.go(
                    only.target,
                    tr("Then go to step {target}."),
                    tr("Then go back to step {target}."),
                )
            ]
        if kind == StepKind.PARALLEL_GATEWAY or (
            kind.is_activity and not any(t.condition for t in transitions)
        ):
            parallel = tr("Carry out {steps} in parallel; all of them are needed.")
            return [parallel.format(steps=_steps(targets))]
        if kind == StepKind.EVENT_BASED_GATEWAY:
            return [tr("Wait for whichever happens first: {steps}.").format(steps=_steps(targets))]
        lines = []
        if kind == StepKind.INCLUSIVE_GATEWAY:
            lines.append(tr("Follow every branch whose condition applies (one or more)."))
        unconditioned = [t for t in transitions if not t.condition and not t.is_default]
        # One bare branch beside conditioned ones is, in practice, the "else" of the decision.
        bare_is_else = len(unconditioned) == 1 and not any(t.is_default for t in transitions)
        for t in transitions:
            if t.is_default or (bare_is_else and t in unconditioned):
                forward = tr("Otherwise → go to step {target}.")
                back = tr("Otherwise → go back to step {target}.")
                lines.append(self.go(t.target, forward, back))
            elif t.condition:
                lines.append(self._if(t))
            else:
                forward = tr("Alternatively → go to step {target}.")
                back = tr("Alternatively → go back to step {target}.")
                lines.append(self.go(t.target, forward, back))
        return lines

    def _if(self, transition: Transition) -> str:
        """'If <condition> → go to step N.' (or back to it)."""
        forward = tr("If {condition} → go to step {target}.")
        back = tr("If {condition} → go back to step {target}.")
        sentence = back if transition.target <= self.number else forward
        return sentence.format(condition=transition.condition, target=transition.target)
