"""The Editor's measurement intents: many KPI measurements added at once, as one undo step.

An import (the KPI panel's paste, a CSV file or a workbook with its columns mapped, the
command line) checks its rows first and hands the good ones here; a row that names no KPI,
a date that is not ISO or a value that is not a finite number refuses the whole lot, so a
workspace never holds half an import.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from procdesk.model.commands import AddEntities, CommandError
from procdesk.model.editor_core import EditorCore
from procdesk.model.elements import Kpi, KpiMeasurement
from procdesk.model.ids import new_id
from procdesk.text import tr


@dataclass(frozen=True, slots=True)
class NewMeasurement:
    """A measurement to add: its KPI, an ISO date (``YYYY-MM-DD``), the value and a note."""

    kpi_id: str
    date: str
    value: float
    note: str = ""


def is_iso_date(text: str) -> bool:
    """Whether *text* is a real day written ``YYYY-MM-DD`` (as measurements store dates)."""
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


class MeasurementIntents(EditorCore):
    """Adding measurements in bulk."""

    def import_measurements(self, rows: Sequence[NewMeasurement]) -> list[str]:
        """Add every row as a measurement, as one undo step ("Import 12 measurements");
        the new ids in the order of *rows*. CommandError (and nothing added) for a bad row."""
        for row in rows:
            if not isinstance(self.workspace.find(row.kpi_id), Kpi):
                raise CommandError(tr("no KPI with id {id}").format(id=row.kpi_id))
            if not is_iso_date(row.date):
                message = tr("'{text}' is not a date (use YYYY-MM-DD)")
                raise CommandError(message.format(text=row.date))
            if not math.isfinite(row.value):
                raise CommandError(tr("'{text}' is not a number").format(text=row.value))
        if not rows:
            return []
        added = tuple(
            KpiMeasurement(
                id=new_id("Measurement"),
                kpi_id=row.kpi_id,
                date=row.date,
                value=float(row.value),
                note=row.note,
            )
            for row in rows
        )
        self.run(AddEntities(added, tr("Import %n measurements", None, len(added))))
        return [measurement.id for measurement in added]
