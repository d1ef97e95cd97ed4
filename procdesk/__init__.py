"""procdesk: an offline desk for process workshops (BPMN swimlanes, weak points, KPIs, SOPs)."""

__version__ = "0.1.0"
