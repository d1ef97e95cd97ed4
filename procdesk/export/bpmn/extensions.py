"""procdesk's own data in ``extensionElements`` (placeholder until filled in)."""

from __future__ import annotations

from typing import Any


def write(writer: Any, semantic: Any) -> None:
    """Add procdesk extension elements (weak points, KPIs, SOP attributes, phases)."""
