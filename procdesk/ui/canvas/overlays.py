"""What a diagram item shows of the canvas overlays: the open weak points on it, the risks on
it and the controls at it, and whether the weak point heat or the risk heat overlay is on.

Shapes and flows keep the same state and change it the same way; each repaints in its own
``_sync_look`` (a shape shows KPIs too, so ``set_marks`` stays with each item).
"""

from __future__ import annotations

from procdesk.analysis.compliance_marks import ComplianceMark
from procdesk.analysis.marks import WeakMark


class Overlaid:
    """Mixed into a graphics item (before ``QGraphicsItem``); ``init_overlays`` in its
    ``__init__``, ``_sync_look`` in the item."""

    weak: WeakMark | None
    heat: bool
    audit: ComplianceMark | None
    risk_heat: bool

    def init_overlays(self) -> None:
        self.weak = None
        """The open weak points recorded on the element (None: none)."""
        self.heat = False
        """Whether the heat overlay is on."""
        self.audit = None
        """The risks on the element and the controls at it (None: none)."""
        self.risk_heat = False
        """Whether the risk heat overlay is on."""

    def _sync_look(self) -> None:
        raise NotImplementedError

    @property
    def weak_severity(self) -> int:
        """Worst severity of the open weak points on the element (0: none)."""
        return self.weak.worst if self.weak is not None else 0

    def set_heat(self, on: bool) -> None:
        if on != self.heat:
            self.heat = on
            self._sync_look()

    def set_audit(self, audit: ComplianceMark | None) -> None:
        """Show the element's risks and controls."""
        if audit != self.audit:
            self.audit = audit
            self._sync_look()

    def set_risk_heat(self, on: bool) -> None:
        if on != self.risk_heat:
            self.risk_heat = on
            self._sync_look()
