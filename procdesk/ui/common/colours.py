"""Status colours as they read on the current palette: text in tables and error labels.

Every panel shows on/off-target values and error texts; the colours are fixed hues made legible
on the light or dark window colour of the moment (WCAG 4.5:1), so they live here, below the
window, where any room may use them.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from procdesk.ui.canvas.style import legible

ERROR_RED = "#c62828"


def on_base(value: str) -> QColor:
    """The status colour *value* (red for off target, green for on…) as it reads as text on
    the palette's base colour (tables, fields): same hue, lighter on dark, darker on light
    where needed for WCAG's 4.5:1."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return legible(QColor(value), base)


def mark_as_error(label: QWidget) -> None:
    """Error red for *label*'s text, as it reads on the window colour of the current scheme."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    label.setStyleSheet(f"color: {legible(QColor(ERROR_RED), window).name()}")
