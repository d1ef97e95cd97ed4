"""Pauses of Python's cyclic garbage collector, counted, for any thread.

Bulk work the user waits for (an import reads, stores and draws thousands of small,
long-lived objects, none of them a garbage cycle) runs faster without it: left running, the
collector walks every tracked object in the process again and again while they pile up, and a
full pass over a 5,000-task workspace alone costs a tenth of a second. Background jobs pause
it for another reason: the collector runs in whichever thread allocates when it is due, and
in a worker it could free a leftover Qt object, which must only be destroyed on the GUI thread.

Pauses overlap (a job in a worker while the GUI thread builds a scene), so they are counted:
the collector comes back when the last one ends, and only if it was on before the first.
Reference counting frees everything as usual meanwhile.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = True


def pause_cyclic_gc() -> None:
    """Begin a pause; every call needs its :func:`resume_cyclic_gc`."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1


def resume_cyclic_gc() -> None:
    """End a pause; the last one to end turns the collector back on (if it was on)."""
    global _depth
    with _lock:
        _depth -= 1
        if _depth == 0 and _was_enabled:
            gc.enable()


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Run the block without cyclic collections."""
    pause_cyclic_gc()
    try:
        yield
    finally:
        resume_cyclic_gc()
