"""Identifiers that are valid BPMN ids everywhere: memory, SQLite, XML and the scene.

An id is an XML NCName, so an exported element keeps the id it has in the workspace and an
imported one keeps the id another tool gave it.
"""

from __future__ import annotations

import re
import uuid

_NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


def new_id(prefix: str) -> str:
    """Return a fresh id such as ``Task_7f3a9c1e``.

    Eight hex digits of a random UUID keep ids short enough to read in XML while making a
    collision within one workspace vanishingly unlikely.
    """
    if not is_valid_id(prefix):
        raise ValueError(f"id prefix {prefix!r} is not a valid NCName")
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


def is_valid_id(value: str) -> bool:
    """Tell whether *value* can serve as a BPMN id (an ASCII NCName)."""
    return bool(_NCNAME.match(value))
