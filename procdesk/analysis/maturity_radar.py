"""What a maturity radar shows: the assessment in view filled, up to three earlier ones as
thin lines, the target dashed. The window and the PDF draw the same list."""

from __future__ import annotations

from procdesk.analysis.maturity import MaturityReport
from procdesk.analysis.radar import EARLIER, LATEST, TARGET, RadarProfile
from procdesk.model.maturity import MaturityAssessment, MaturityModel
from procdesk.text import tr


def radar_profiles(
    model: MaturityModel, report: MaturityReport | None, shown: MaturityAssessment | None
) -> list[RadarProfile]:
    """The profiles, oldest first, then the one shown, then the target."""
    keys = [d.key for d in model.dimensions]
    assessments = report.assessments if report is not None else ()
    earlier = [a for a in assessments if shown is None or (a.date, a.id) < (shown.date, shown.id)]
    recent = earlier[-len(EARLIER) :]
    profiles = [
        RadarProfile(item.date, tuple(item.level_of(k) for k in keys), EARLIER[len(recent) - 1 - i])
        for i, item in enumerate(recent)
    ]
    if shown is not None:
        levels = tuple(shown.level_of(k) for k in keys)
        profiles.append(RadarProfile(shown.date, levels, LATEST, filled=True))
    target = report.target if report is not None else None
    if target is not None:
        levels = tuple(target.level_of(k) for k in keys)
        profiles.append(RadarProfile(tr("Target"), levels, TARGET, dashed=True))
    return profiles
