"""Light and dark: the window's palette and the canvas's colours follow the system or the user.

The scheme comes from the desktop (``QStyleHints.colorScheme``, Qt 6.5 and later; a desktop
that does not say counts as light, unless its palette is dark already) unless the user picked
one under View ▸ Theme, which is kept in the settings as ``theme`` = ``system`` | ``light`` |
``dark``. Where the desktop's own style can draw the wanted scheme (Windows 11, macOS, KDE and
GNOME with Qt's platform themes) its palette is used; elsewhere Fusion with procdesk's palette
draws it. Switching, by the desktop or the menu, takes effect at once: the canvas colours change
and every diagram view repaints.
Exports stay light whatever is shown (``procdesk.ui.canvas.render``).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QStyleFactory, QWidget

from procdesk.text import tr, tr_noop
from procdesk.ui.canvas.style import NIGHT, PAPER, set_canvas_colors
from procdesk.ui.common.choice_menu import choice_menu
from procdesk.ui.common.settings import app_settings

THEME_KEY = "theme"
FUSION = "Fusion"


class ThemeChoice(StrEnum):
    """What the user picked; stored in the settings by its value."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


CHOICE_LABELS = {
    ThemeChoice.SYSTEM: tr_noop("&System", "theme"),
    ThemeChoice.LIGHT: tr_noop("&Light", "theme"),
    ThemeChoice.DARK: tr_noop("&Dark", "theme"),
}

_DARK_ROLES = {
    QPalette.ColorRole.Window: "#2b2d31",
    QPalette.ColorRole.WindowText: "#e3e5e8",
    QPalette.ColorRole.Base: "#1f2125",
    QPalette.ColorRole.AlternateBase: "#272a2f",
    QPalette.ColorRole.ToolTipBase: "#33363c",
    QPalette.ColorRole.ToolTipText: "#e3e5e8",
    QPalette.ColorRole.PlaceholderText: "#8b9099",
    QPalette.ColorRole.Text: "#e3e5e8",
    QPalette.ColorRole.Button: "#33363c",
    QPalette.ColorRole.ButtonText: "#e3e5e8",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4e56",
    QPalette.ColorRole.Midlight: "#3c4047",
    QPalette.ColorRole.Mid: "#4b5059",
    QPalette.ColorRole.Dark: "#17181b",
    QPalette.ColorRole.Shadow: "#0b0c0e",
    QPalette.ColorRole.Highlight: "#3d6fd6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7aa7ff",
    QPalette.ColorRole.LinkVisited: "#b49cff",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7d828b",
    QPalette.ColorRole.Text: "#7d828b",
    QPalette.ColorRole.ButtonText: "#7d828b",
    QPalette.ColorRole.Highlight: "#3a3d44",
}


def dark_palette() -> QPalette:
    """procdesk's own dark palette, for styles (Fusion) the desktop gives no dark colours."""
    palette = QPalette()
    for role, value in _DARK_ROLES.items():
        palette.setColor(role, QColor(value))
    for role, value in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
    return palette


def light_palette() -> QPalette:
    """Fusion's light palette, for a light window on a dark desktop."""
    fusion = QStyleFactory.create(FUSION)
    return fusion.standardPalette()


def is_dark(palette: QPalette) -> bool:
    """Whether *palette* draws light text on dark windows."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def theme_choice() -> ThemeChoice:
    """The stored choice; anything unknown counts as following the system."""
    value = app_settings().value(THEME_KEY, ThemeChoice.SYSTEM.value)
    try:
        return ThemeChoice(str(value))
    except ValueError:
        return ThemeChoice.SYSTEM


class _Theme(QObject):
    """What the running application shows now, and the signal that announces a switch."""

    scheme_changed = Signal(Qt.ColorScheme)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.scheme = Qt.ColorScheme.Light
        self.native_style = app.style().name()
        """The style the desktop chose; Fusion replaces it only while it cannot draw the scheme."""
        self.applying = False
        app.styleHints().colorSchemeChanged.connect(self.on_system_change)

    def on_system_change(self, _scheme: Qt.ColorScheme) -> None:
        if not self.applying and theme_choice() == ThemeChoice.SYSTEM:
            self.apply()

    def request(self, choice: ThemeChoice) -> None:
        """Tell the desktop which scheme is wanted; desktops that can then switch their own
        palette (Windows 11, macOS, some Linux platform themes)."""
        hints = self.app.styleHints()
        if choice == ThemeChoice.SYSTEM:
            hints.unsetColorScheme()
        else:
            dark = choice == ThemeChoice.DARK
            hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)

    def wanted(self, choice: ThemeChoice, native_dark: bool) -> Qt.ColorScheme:
        """The scheme to show: the user's, else the desktop's; a desktop that does not say
        counts as light, unless its palette is dark already (then it is kept)."""
        if choice == ThemeChoice.DARK:
            return Qt.ColorScheme.Dark
        if choice == ThemeChoice.LIGHT:
            return Qt.ColorScheme.Light
        system = self.app.styleHints().colorScheme()
        if system == Qt.ColorScheme.Unknown:
            return Qt.ColorScheme.Dark if native_dark else Qt.ColorScheme.Light
        return system

    def apply(self) -> None:
        self.applying = True
        try:
            choice = theme_choice()
            self.request(choice)
            if self.app.style().name().lower() != self.native_style.lower():
                self.app.setStyle(self.native_style)
            self.app.setPalette(QPalette())  # the desktop's own palette
            native_dark = is_dark(self.app.palette())
            scheme = self.wanted(choice, native_dark)
            dark = scheme == Qt.ColorScheme.Dark
            if native_dark != dark:
                self.app.setStyle(FUSION)
                self.app.setPalette(dark_palette() if dark else light_palette())
            set_canvas_colors(NIGHT if dark else PAPER)
            # palette(...) references in the style sheet are resolved when widgets are polished
            self.app.setStyleSheet(self.app.styleSheet())
            self.scheme = scheme
        finally:
            self.applying = False
        # No walk over the views is needed: a palette change makes every widget repaint, and
        # the canvas painters read the new colours then (items keep no cached pictures).
        self.scheme_changed.emit(scheme)


_theme: _Theme | None = None


def _running() -> _Theme | None:
    app = QApplication.instance()
    if _theme is None or not isinstance(app, QApplication) or _theme.app is not app:
        return None
    return _theme


def apply_theme(app: QApplication) -> None:
    """Show the scheme the settings and the desktop ask for, and follow the desktop's changes."""
    global _theme
    if _running() is None:
        _theme = _Theme(app)
    assert _theme is not None
    _theme.apply()


def current_scheme() -> Qt.ColorScheme:
    """The scheme shown now: ``Qt.ColorScheme.Light`` or ``Qt.ColorScheme.Dark``."""
    theme = _running()
    return theme.scheme if theme is not None else Qt.ColorScheme.Light


def set_theme_choice(choice: ThemeChoice | str) -> None:
    """Store *choice* and show it at once (when the application is running)."""
    settings = app_settings()
    settings.setValue(THEME_KEY, ThemeChoice(choice).value)
    settings.sync()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app)


def theme_menu(parent: QWidget | None = None) -> QMenu:
    """View ▸ Theme: System, Light or Dark, one checked; picking one applies it at once."""
    choices = [(choice.value, tr(label, "theme")) for choice, label in CHOICE_LABELS.items()]
    return choice_menu(
        tr("&Theme"),
        "Theme",
        choices,
        lambda: theme_choice().value,
        set_theme_choice,
        parent,
    )
