"""A tiny, Qt-free signal so the pure model can announce changes to whoever listens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Signal(Generic[T]):
    """Calls every connected handler with one value, in connection order."""

    def __init__(self) -> None:
        self._handlers: list[Callable[[T], object]] = []

    def connect(self, handler: Callable[[T], object]) -> None:
        self._handlers.append(handler)

    def disconnect(self, handler: Callable[[T], object]) -> None:
        self._handlers.remove(handler)

    def emit(self, value: T) -> None:
        for handler in list(self._handlers):
            handler(value)
