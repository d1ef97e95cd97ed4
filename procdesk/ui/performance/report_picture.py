"""The performance report's landscape: the landscape's own picture, each process coloured by
its KPI light as of the report (not today's), as SVG for the Qt-free PDF exporter, the way
the SOP bundle's first page is made."""

from __future__ import annotations

from procdesk.analysis.performance.report import PerformanceReport
from procdesk.ui.canvas.render import prepare_painting
from procdesk.ui.landscape.heat import ColourBy
from procdesk.ui.landscape.picture import make_picture
from procdesk.ui.landscape.render import picture_image


def report_landscape_svg(report: PerformanceReport) -> bytes:
    """The top level of the report's landscape, coloured by KPI light, as SVG bytes."""
    prepare_painting()  # the picture measures its texts
    return picture_image(make_picture(report.landscape, None, ColourBy.KPIS), ".svg")
