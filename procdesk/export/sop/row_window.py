"""A table of thousands of rows handed to reportlab a few hundred rows at a time.

reportlab splits a long table page by page, and every split costs as much as the rows still
to come: the rest of the table is copied into a new table, checked row by row and, since
``LongTable`` measures every row at once unless rows are spanned, its row positions are
summed again in Python. For the procedure and the responsibility matrix of a process of
thousands of steps that is a cost growing with the square of the step count (a third of the
whole SOP at 10,000 tasks). :class:`RowWindow` shows reportlab a window of rows instead and
moves it along as the pages fill.

The pages come out exactly as with one table: the window is only ever refilled between pages,
and a refilled window is made the way reportlab makes the rest of a table after page breaks
(it is split off a table that starts two rows earlier), so rules, header and zebra stripes are
drawn by the same commands in the same order. That holds for commands that treat all body rows
alike; a table with row-specific commands (one row tinted, spans) is left whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, LongTable, TableStyle

from procdesk.export.sop.sketch import sketching

WINDOW = 240
"""Body rows shown to reportlab at once: several pages' worth at any row height."""
LOW = 80
"""A window with fewer body rows left than this is refilled at the next page break."""
_CUT_MARGIN = 0.01
"""Points added to a height at which a table is cut, so rounding never moves the cut."""
_SETTLED = 2
"""Page breaks after which reportlab's rewritten commands no longer change order."""

Rows = Sequence[Sequence[object]]
Command = tuple[object, ...]
Make = Callable[[Rows], LongTable]


class SopTable(LongTable):  # type: ignore[misc]
    """A LongTable that draws nothing in a layout pass whose pages are thrown away (its
    parts after page breaks are SopTables too: reportlab makes them from the class)."""

    def draw(self) -> None:
        if not sketching(self.canv):
            super().draw()


def long_table(
    rows: Rows, commands: Sequence[Command], header_rows: int, **options: Any
) -> Flowable:
    """A table of *rows* styled by *commands*, or, for a long table whose commands treat all
    body rows alike, a :class:`RowWindow` that lays out the same pages."""

    def make(part: Rows) -> LongTable:
        made = SopTable(list(part), repeatRows=header_rows, **options)
        made.setStyle(TableStyle(list(commands)))
        return made

    body = list(rows[header_rows:])
    if len(body) <= WINDOW + LOW or not all(_uniform(c, header_rows) for c in commands):
        return make(rows)
    return RowWindow(make, list(rows[:header_rows]), body, min(WINDOW, len(body)))


def _uniform(command: Command, header_rows: int) -> bool:
    """Whether *command* reads the same on every part of a split table: it covers header rows
    only, or runs from the first body row (or the top) to the end."""
    first: object = command[1][1]  # type: ignore[index]
    last: object = command[2][1]  # type: ignore[index]
    if not isinstance(first, int) or not isinstance(last, int):
        return False  # 'splitfirst', 'splitlast' and the like
    if 0 <= first <= last < header_rows:
        return True
    return last == -1 and 0 <= first <= header_rows


class RowWindow(Flowable):  # type: ignore[misc]
    """Body rows ``body[first:end]`` as a reportlab table (*table*), the rest waiting.

    *breaks* counts the page breaks the table has had. *first* is known only while the table
    starts with a whole row (*whole*); after a row was broken across pages it starts with the
    row's remainder and is not refilled until the next break between rows.
    """

    def __init__(
        self,
        make: Make,
        head: list[Sequence[object]],
        body: list[Sequence[object]],
        end: int,
        table: LongTable | None = None,
        first: int = 0,
        whole: bool = True,
        breaks: int = 0,
    ) -> None:
        super().__init__()
        self._make, self._head, self._body = make, head, body
        self._end, self._table, self._first, self._whole = end, table, first, whole
        self._breaks = breaks

    def _current(self) -> LongTable:
        if self._table is None:  # the first window: the table's own first rows
            self._table = self._make([*self._head, *self._body[: self._end]])
        return self._table

    def _on(self, table: LongTable, method: str, *args: float) -> Any:
        """Call *method* of *table* as the frame calls it on this flowable: with the canvas
        and the frame set on it for the call."""
        for name in ("canv", "_frame"):
            if hasattr(self, name):
                setattr(table, name, getattr(self, name))
        try:
            return getattr(table, method)(*args)
        finally:
            for name in ("canv", "_frame"):
                if hasattr(table, name):
                    delattr(table, name)

    def _refillable(self, first: int, breaks: int) -> bool:
        """Whether a window can start at body row *first* after *breaks* page breaks."""
        return first == 0 or (breaks >= _SETTLED and first >= _SETTLED)

    def _window(self, first: int, end: int, width: float) -> LongTable:
        """Body rows ``first:end`` as the rest of the table after its page breaks.

        reportlab rewrites a table's commands at each page break (the grid becomes header and
        body rules, and their order settles after the second break): the window is cut off a
        table that starts two rows earlier, first after one of those rows, then after the
        other, so it holds what reportlab itself holds after a break before row *first*.
        """
        if first == 0:
            return self._make([*self._head, *self._body[:end]])
        table = self._make([*self._head, *self._body[first - _SETTLED : end]])
        for row in self._body[first - _SETTLED : first]:
            _, height = self._on(self._make([*self._head, row]), "wrap", width, 1e9)
            parts = self._on(table, "split", width, height + _CUT_MARGIN)
            if len(parts) != 2:  # cannot happen: the cut lies between two whole rows
                raise RuntimeError("a table window could not be cut after its first row")
            table = parts[1]
        return table

    def _fill(self, width: float, height: float) -> LongTable:
        """The current table, refilled until it runs past *height* or holds every row."""
        table = self._current()
        while self._end < len(self._body) and self._whole:
            if not self._refillable(self._first, self._breaks):
                break
            if self._on(table, "wrap", width, height)[1] > height:
                break
            self._end = min(len(self._body), self._end + WINDOW)
            table = self._table = self._window(self._first, self._end, width)
        return table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        table = self._fill(availWidth, availHeight)
        size: tuple[float, float] = self._on(table, "wrap", availWidth, availHeight)
        self.width, self.height = size
        return size

    def draw(self) -> None:
        # Reached only if a window that cannot be refilled fits a page: draw it as it is.
        self._current().drawOn(self.canv, 0, 0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table = self._fill(availWidth, availHeight)
        parts: list[Flowable] = self._on(table, "split", availWidth, availHeight)
        if len(parts) != 2 or self._end >= len(self._body):
            return parts
        done, rest = parts
        # Between rows, reportlab keeps the very row lists; a row broken in two is copied.
        whole = rest._cellvalues[-1] is table._cellvalues[-1]
        first = self._end - (len(rest._cellvalues) - len(self._head))
        end, breaks = self._end, self._breaks + 1
        if whole and end - first < LOW and self._refillable(first, breaks):
            end = min(len(self._body), first + WINDOW)
            rest = self._window(first, end, availWidth)
        return [
            done,
            RowWindow(self._make, self._head, self._body, end, rest, first, whole, breaks),
        ]
