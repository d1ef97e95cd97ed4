"""The domain: processes, their diagrams and everything drawn in them, as frozen dataclasses.

Entities are immutable and refer to each other by id. An edit replaces an entity with a new
value (``dataclasses.replace``), so a change is fully described by its *before* and *after*
values: undo, redo, persistence and the canvas all work from those two values alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from procdesk.model.assignments import Raci
from procdesk.model.geometry import Point, Rect
from procdesk.text import tr


class ProcessStatus(StrEnum):
    DRAFT = "draft"
    REVIEW = "review"
    APPROVED = "approved"


class StepKind(StrEnum):
    """Flow node kinds; each value is the BPMN element's local name."""

    TASK = "task"
    USER_TASK = "userTask"
    SERVICE_TASK = "serviceTask"
    MANUAL_TASK = "manualTask"
    SCRIPT_TASK = "scriptTask"
    SEND_TASK = "sendTask"
    RECEIVE_TASK = "receiveTask"
    BUSINESS_RULE_TASK = "businessRuleTask"
    SUB_PROCESS = "subProcess"
    TRANSACTION = "transaction"
    AD_HOC_SUB_PROCESS = "adHocSubProcess"
    CALL_ACTIVITY = "callActivity"
    START_EVENT = "startEvent"
    INTERMEDIATE_CATCH_EVENT = "intermediateCatchEvent"
    INTERMEDIATE_THROW_EVENT = "intermediateThrowEvent"
    END_EVENT = "endEvent"
    BOUNDARY_EVENT = "boundaryEvent"
    EXCLUSIVE_GATEWAY = "exclusiveGateway"
    PARALLEL_GATEWAY = "parallelGateway"
    INCLUSIVE_GATEWAY = "inclusiveGateway"
    EVENT_BASED_GATEWAY = "eventBasedGateway"
    COMPLEX_GATEWAY = "complexGateway"

    @property
    def is_event(self) -> bool:
        return self.value.endswith("Event")

    @property
    def is_gateway(self) -> bool:
        return self.value.endswith("Gateway")

    @property
    def is_activity(self) -> bool:
        return not (self.is_event or self.is_gateway)

    @property
    def is_sub_process(self) -> bool:
        return self in (
            StepKind.SUB_PROCESS,
            StepKind.TRANSACTION,
            StepKind.AD_HOC_SUB_PROCESS,
        )


class EventDefinition(StrEnum):
    """Event triggers; each value is the BPMN ``<x>EventDefinition`` prefix."""

    NONE = ""
    MESSAGE = "message"
    TIMER = "timer"
    ERROR = "error"
    SIGNAL = "signal"
    ESCALATION = "escalation"
    CONDITIONAL = "conditional"
    LINK = "link"
    COMPENSATE = "compensate"
    CANCEL = "cancel"
    TERMINATE = "terminate"
    MULTIPLE = "multiple"
    PARALLEL_MULTIPLE = "parallelMultiple"


class LoopKind(StrEnum):
    NONE = ""
    STANDARD = "standard"
    PARALLEL = "parallel"
    SEQUENTIAL = "sequential"


class FlowKind(StrEnum):
    SEQUENCE = "sequence"
    MESSAGE = "message"
    ASSOCIATION = "association"
    DATA_INPUT = "dataInput"
    DATA_OUTPUT = "dataOutput"


class DataIo(StrEnum):
    NONE = ""
    INPUT = "input"
    OUTPUT = "output"


class WeakPointCategory(StrEnum):
    BOTTLENECK = "bottleneck"
    WAITING = "waiting"
    REWORK = "rework"
    MANUAL = "manual"
    REDUNDANCY = "redundancy"
    HANDOFF = "handoff"
    COMPLIANCE = "compliance"
    IT_GAP = "it-gap"
    OTHER = "other"


class WeakPointStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    RESOLVED = "resolved"


class KpiDirection(StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


@dataclass(frozen=True, slots=True)
class Foreign:
    """What another tool wrote that the model does not understand, kept to be written back.

    ``attributes`` are ``(qualified name, value)`` pairs in Clark notation (``{ns}local``);
    ``elements`` are serialized XML fragments (extension elements, unknown children) in order.
    """

    attributes: tuple[tuple[str, str], ...] = ()
    elements: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Duration:
    """Minimum, typical and maximum duration of a step, in minutes."""

    min: float
    typical: float
    max: float

    def __post_init__(self) -> None:
        if not 0 <= self.min <= self.typical <= self.max:
            raise ValueError(tr("duration must satisfy 0 <= min <= typical <= max"))


@dataclass(frozen=True, slots=True)
class Revision:
    """One line of a process's revision history."""

    version: str
    date: str
    author: str = ""
    summary: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """Anything with an id that the workspace stores."""

    id: str
    foreign: Foreign = field(default=Foreign())


@dataclass(frozen=True, slots=True, kw_only=True)
class Process(Entity):
    name: str
    purpose: str = ""
    scope: str = ""
    definitions: str = ""
    owner: str = ""
    version: str = "0.1"
    status: ProcessStatus = ProcessStatus.DRAFT
    document_id: str = ""
    effective_date: str = ""
    review_date: str = ""
    review_interval_months: int = 12
    """How often an approved version must be reviewed again (see ``analysis.reviews``)."""
    documentation: str = ""
    revisions: tuple[Revision, ...] = ()
    """The revision history typed by hand before the first release (``model.releases``)."""
    order: int = 0

    def __post_init__(self) -> None:
        if not 1 <= self.review_interval_months <= 120:
            raise ValueError(tr("a review interval runs from 1 to 120 months"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagram(Entity):
    """One variant of a process: its as-is, its to-be, or another named variant."""

    process_id: str
    name: str
    variant: str = "as-is"
    origin_diagram_id: str | None = None
    documentation: str = ""
    order: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class DiagramElement(Entity):
    """Something drawn in a diagram. ``origin_id`` names the element it was copied from."""

    diagram_id: str
    name: str = ""
    documentation: str = ""
    origin_id: str | None = None
    fill: str = ""
    stroke: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Shape(DiagramElement):
    """A diagram element with bounds. ``parent_id`` is its semantic container, if any."""

    bounds: Rect
    parent_id: str | None = None
    label: Rect | None = None


@dataclass(frozen=True, slots=True)
class Multiplicity:
    """How many instances a pool stands for (BPMN ``participantMultiplicity``): a pool with
    one shows three bars at its bottom centre."""

    minimum: int = 0
    maximum: int = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class Pool(Shape):
    """A participant. ``process_ref`` keeps the id of the BPMN process it shows."""

    horizontal: bool = True
    process_ref: str | None = None
    multiplicity: Multiplicity | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Lane(Shape):
    """A role or department inside a pool (``parent_id``: the pool or an outer lane)."""

    order: int = 0
    horizontal: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class Phase(Shape):
    """A named stage running across a pool (a column in a horizontal pool)."""

    order: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class FlowNodeShape(Shape):
    """A shape that sits in a lane (``lane_id``) of a pool or sub-process (``parent_id``)."""

    lane_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Step(FlowNodeShape):
    """A task, sub-process, call activity, event or gateway, plus what an SOP says about it."""

    kind: StepKind = StepKind.TASK
    event_definition: EventDefinition = EventDefinition.NONE
    interrupting: bool = True
    attached_to: str | None = None
    loop: LoopKind = LoopKind.NONE
    compensation: bool = False
    expanded: bool = False
    marker_visible: bool = True
    """Whether an exclusive gateway shows its X (BPMN DI ``isMarkerVisible``). Gateways made
    here show it; an imported one shows it only where its file says so."""
    instruction: str = ""
    role: str = ""
    inputs: tuple[str, ...] = ()
    outputs: tuple[str, ...] = ()
    systems: tuple[str, ...] = ()
    duration: Duration | None = None
    cost: float | None = None
    raci: Raci | None = None
    """Who is responsible, accountable, consulted, informed (``procdesk.model.assignments``)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DataObject(FlowNodeShape):
    collection: bool = False
    io: DataIo = DataIo.NONE
    state: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class DataStore(FlowNodeShape):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class Annotation(FlowNodeShape):
    """A text annotation; its text is ``name``."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Group(Shape):
    """A visual group; its category value is ``name``."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Flow(DiagramElement):
    """A connection: sequence flow, message flow, association or data association."""

    kind: FlowKind = FlowKind.SEQUENCE
    source_id: str
    target_id: str
    waypoints: tuple[Point, ...] = ()
    condition: str = ""
    is_default: bool = False
    probability: float | None = None
    label: Rect | None = None

    def __post_init__(self) -> None:
        if self.probability is not None and not 0 <= self.probability <= 1:
            raise ValueError(tr("a branch probability lies between 0 and 1"))


@dataclass(frozen=True, slots=True, kw_only=True)
class WeakPoint(Entity):
    """A recorded problem on a step, flow, lane (``target_id``) or a whole diagram (None)."""

    diagram_id: str
    target_id: str | None = None
    category: WeakPointCategory = WeakPointCategory.OTHER
    severity: int = 3
    description: str = ""
    root_cause: str = ""
    action: str = ""
    owner: str = ""
    status: WeakPointStatus = WeakPointStatus.OPEN

    def __post_init__(self) -> None:
        if not 1 <= self.severity <= 5:
            raise ValueError(tr("severity runs from 1 (minor) to 5 (critical)"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Kpi(Entity):
    """A performance indicator of a process, or of one step (``step_id``)."""

    process_id: str
    step_id: str | None = None
    name: str
    unit: str = ""
    target: float | None = None
    direction: KpiDirection = KpiDirection.HIGHER_IS_BETTER
    frequency: str = "monthly"


@dataclass(frozen=True, slots=True, kw_only=True)
class KpiMeasurement(Entity):
    """One dated value of a KPI (``date`` in ISO form, ``YYYY-MM-DD``)."""

    kpi_id: str
    date: str
    value: float
    note: str = ""


NODE_TYPES: tuple[type[Shape], ...] = (Step, DataObject, DataStore, Annotation)
"""Shapes a flow can start or end at (pools too, for message flows)."""
