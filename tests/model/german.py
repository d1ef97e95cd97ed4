"""A small German translator for tests, installed the way the GUI installs Qt's lookup.

Only the texts a test names are translated; the rest stay English, as with a partial catalog.
A plural is a (singular, plural) pair chosen by German's rule (one vs. everything else).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from procdesk.text import install_translator, reset_translator

Texts = Mapping[tuple[str, str | None], str | tuple[str, str]]


@contextmanager
def speaking_german(texts: Texts) -> Iterator[None]:
    """Route every tr() call through *texts* inside the block; English again afterwards."""

    def lookup(source: str, disambiguation: str | None, n: int) -> str:
        found = texts.get((source, disambiguation), source)
        text = found if isinstance(found, str) else found[0 if n == 1 else 1]
        return text.replace("%n", str(n)) if n >= 0 else text

    install_translator(lookup)
    try:
        yield
    finally:
        reset_translator()
