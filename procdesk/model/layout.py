"""Auto-layout (placeholder)."""

from __future__ import annotations

from collections.abc import Collection

from procdesk.model.elements import Entity


def layout_new_elements(entities: list[Entity], ids: Collection[str]) -> list[Entity]:
    return entities
