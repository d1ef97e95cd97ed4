"""The maturity part of an audit: where the maturity models plug into the audit report and
``procdesk audit --json``.

The audit report has a section for the process's maturity profile and its history, and the
JSON a ``"maturity"`` value. Both read :func:`maturity_profile`; until the maturity models
and assessments exist it finds nothing, so the report says there is no assessment yet and
the JSON says ``null``. The maturity models replace the body of :func:`maturity_profile`
(or callers pass their own :data:`MaturitySource`); nothing else in the audit changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from procdesk.model.workspace import Workspace


@dataclass(frozen=True, slots=True)
class MaturityProfile:
    """The latest assessment under one maturity model, with the earlier ones (oldest first)."""

    model: str
    date: str
    levels: Mapping[str, int]
    """Level per dimension, in the model's order."""
    history: tuple[MaturityProfile, ...] = field(default=())

    def to_json(self) -> dict[str, object]:
        return {"model": self.model, "date": self.date, "levels": dict(self.levels)}


MaturitySource = Callable[[Workspace, "str | None"], "MaturityProfile | None"]
"""Gives the maturity profile of a process (None: of the workspace), or None."""


def maturity_profile(workspace: Workspace, process_id: str | None) -> MaturityProfile | None:
    """The maturity profile of *process_id*: none until the maturity models exist."""
    return None
