"""Whether a process may be released as it is: its diagrams' lint errors.

A release is what people will work by, so a diagram with errors (a token gets stuck, a step
can never run) should not be released unnoticed: the dialog and the command line show these
and release only when the user insists.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.analysis.checks import Finding, Severity, check
from procdesk.model.elements import Diagram
from procdesk.model.workspace import Workspace


@dataclass(frozen=True, slots=True)
class Blocker:
    """A lint error in one diagram of the process."""

    diagram: Diagram
    finding: Finding


def release_blockers(workspace: Workspace, process_id: str) -> list[Blocker]:
    """The lint errors of every diagram of *process_id* (warnings do not block)."""
    return [
        Blocker(diagram, finding)
        for diagram in workspace.diagrams_of(process_id)
        for finding in check(workspace, diagram.id)
        if finding.severity == Severity.ERROR
    ]
