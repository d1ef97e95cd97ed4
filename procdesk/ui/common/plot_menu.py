"""pyqtgraph plots' right-click menu in the user's language."""

from __future__ import annotations

import pyqtgraph as pg

from procdesk.text import tr


def translate_plot_menu(plot: pg.PlotWidget) -> None:
    """pyqtgraph names its context menu's export entry in English; name it in ours."""
    for action in getattr(plot.scene(), "contextMenu", []):
        action.setText(tr("Export…", "plot menu"))
