"""The one exception the BPMN codec raises: a refusal with a message for the user."""

from __future__ import annotations


class BpmnError(Exception):
    """A BPMN file cannot be imported (or a process cannot be exported); ``str`` says why."""
