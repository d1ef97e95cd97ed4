"""Builders for release tests: a small process with a KPI, measurements and a weak point."""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.model.editor import Editor
from procdesk.model.history import History
from procdesk.model.release_intents import ReleaseIntents
from procdesk.model.workspace import Workspace
from tests.builders import Drawn, draw_simple


@dataclass
class Released:
    """``draw_simple``'s process with a KPI (two dated values) and a weak point, and the
    release intents over the same History."""

    drawn: Drawn
    releases: ReleaseIntents
    kpi: str
    weak_point: str
    measurements: dict[str, str]

    @property
    def workspace(self) -> Workspace:
        return self.drawn.workspace

    @property
    def editor(self) -> Editor:
        return self.drawn.editor

    @property
    def process(self) -> str:
        return self.drawn.process


def released_process(editor: Editor | None = None) -> Released:
    drawn = draw_simple(editor or Editor(History(Workspace())))
    editor = drawn.editor
    kpi = editor.add_kpi(drawn.process, "Orders shipped on time", unit="%", target=95.0)
    measurements = {
        date: editor.add_measurement(kpi, date, value)
        for date, value in (("2026-01-01", 90.0), ("2026-02-01", 93.0))
    }
    weak_point = editor.add_weak_point(
        drawn.diagram, drawn.steps["check"], description="Checked twice", severity=4
    )
    return Released(drawn, ReleaseIntents(drawn.history), kpi, weak_point, measurements)
