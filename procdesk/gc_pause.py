"""A pause of Python's cyclic garbage collector around bulk work the user waits for.

An import reads, stores and draws thousands of small, long-lived objects (records, entities,
rows, graphics items) and none of them forms a garbage cycle. Left running, the collector
walks every tracked object in the process again and again while they pile up: a full pass
over the workspace alone costs a tenth of a second at 5,000 tasks. Reference counting still
frees everything as usual; the collector catches up on its own schedule afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Run the block without cyclic collections (nested pauses are fine)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
