"""One line about a KPI for the KPI panel: its target, direction, frequency and latest value.

Kept apart from the panel so the words of the summary sit together, each whole sentence a
text of its own for the translator.
"""

from __future__ import annotations

from procdesk.analysis.kpis import latest, on_target
from procdesk.model.elements import Kpi, KpiDirection
from procdesk.model.workspace import Workspace
from procdesk.text import tr, tr_noop
from procdesk.ui.panels.kpis.form import frequency_label

LATEST = {
    None: tr_noop("latest {value} on {date}"),
    True: tr_noop("latest {value} on {date} (on target)"),
    False: tr_noop("latest {value} on {date} (off target)"),
}
"""The latest measurement, by whether it is on target (None: the KPI has no target)."""


def describe_kpi(workspace: Workspace, kpi: Kpi | None, has_process: bool) -> str:
    """ "target 5 days · lower is better · monthly · latest 6 on 2025-03-31 (off target)"."""
    if kpi is None:
        return tr("No KPI yet: define one below.") if has_process else tr("No process chosen.")
    lower = kpi.direction == KpiDirection.LOWER_IS_BETTER
    parts = [tr("lower is better") if lower else tr("higher is better")]
    parts.append(frequency_label(kpi.frequency))
    if kpi.target is not None:
        target = tr("target {value} {unit}").format(value=f"{kpi.target:g}", unit=kpi.unit)
        parts.insert(0, target.rstrip())
    last = latest(workspace, kpi.id)
    if last is not None:
        status = on_target(kpi, last.value)
        parts.append(tr(LATEST[status]).format(value=f"{last.value:g}", date=last.date))
    return " · ".join(parts)
