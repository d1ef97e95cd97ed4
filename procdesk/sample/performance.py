"""The sample's performance history, for the KPI dashboard and the monthly report: the year
before the landscape's KPI values (each KPI then has 18 months of values, some on target,
some off), and a quarterly KPI of quality management whose last quarter has no value, so one
measurement is overdue. Drawn from ``resources/sample/performance.toml``, after the landscape.

It names in the sample book ``landscape/KEY/kpi/NAME`` for the KPIs it adds.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from procdesk.model.measurement_intents import NewMeasurement
from procdesk.resources import resource
from procdesk.sample.book import SampleBook
from procdesk.sample.drawing import add_kpis, month_starts

SAMPLE_SOURCE = resource("sample", "performance.toml")


def add_performance_history(book: SampleBook, source: Path = SAMPLE_SOURCE) -> None:
    """Add the earlier values and the quarterly KPI to the landscape's processes."""
    with source.open("rb") as handle:
        spec = tomllib.load(handle)
    editor = book.editor
    for history in spec["history"]:
        kpi_id = book.id(history["kpi"])
        values = [float(v) for v in history["values"]]
        days = month_starts(history["start"], len(values))
        first = editor.workspace.measurements_of(kpi_id)[0].date
        if days[-1] >= first:
            raise ValueError(f"the history of {history['kpi']} overlaps its values")
        rows = [NewMeasurement(kpi_id, d, v) for d, v in zip(days, values, strict=True)]
        editor.import_measurements(rows)
    for kpi in spec["kpis"]:
        prefix = f"landscape/{kpi['process']}"
        add_kpis(editor, book.id(prefix), [kpi], {}, book, prefix)
