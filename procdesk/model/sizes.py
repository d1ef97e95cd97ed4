"""Default sizes of new shapes, as BPMN tools draw them (scene units)."""

from __future__ import annotations

from procdesk.model.elements import StepKind

TASK_SIZE = (100.0, 80.0)
EVENT_SIZE = (36.0, 36.0)
GATEWAY_SIZE = (50.0, 50.0)
EXPANDED_SUB_PROCESS_SIZE = (350.0, 200.0)
DATA_OBJECT_SIZE = (36.0, 50.0)
DATA_STORE_SIZE = (50.0, 50.0)
ANNOTATION_SIZE = (100.0, 30.0)
POOL_HEADER = 30.0
LANE_HEADER = 30.0
DEFAULT_LANE_HEIGHT = 150.0
DEFAULT_POOL_WIDTH = 1000.0


def step_size(kind: StepKind, expanded: bool = False) -> tuple[float, float]:
    """The width and height a new step of *kind* gets."""
    if kind.is_event:
        return EVENT_SIZE
    if kind.is_gateway:
        return GATEWAY_SIZE
    if kind.is_sub_process and expanded:
        return EXPANDED_SUB_PROCESS_SIZE
    return TASK_SIZE
