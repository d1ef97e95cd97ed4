"""The GUI's composition root: a QApplication, the main window and the workspace to open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from procdesk.resources import resource
from procdesk.ui.canvas.fonts import load_fonts, prepare_font_environment
from procdesk.ui.common.settings import APPLICATION, ORGANIZATION, app_settings
from procdesk.ui.window.i18n import install_language
from procdesk.ui.window.main_window import MainWindow
from procdesk.ui.window.theme import apply_theme

DESKTOP_ID = "org.procdesk.Procdesk"


def app_icon() -> QIcon:
    """The application icon: the SVG plus the rendered PNG sizes (for small, crisp icons)."""
    icon = QIcon()
    folder = resource("icons", "app")
    for png in sorted(folder.glob(f"{DESKTOP_ID}-*.png")):
        icon.addFile(str(png))
    svg = folder / f"{DESKTOP_ID}.svg"
    if svg.exists():
        icon.addFile(str(svg))
    return icon


def make_application() -> QApplication:
    """The running QApplication, created (with procdesk's names, fonts, style) if needed."""
    existing = QApplication.instance()
    prepare_font_environment()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("procdesk")
    # Lets Wayland docks and task bars match windows to the installed menu entry and icon.
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    # Before any window: every text is translated when its widget is built.
    install_language(app, app_settings())
    load_fonts()
    sheet = resource("styles", "procdesk.qss")
    if sheet.exists():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
    apply_theme(app)
    return app


def start_window(
    workspace: str | Path | None,
    sample: bool = False,
    read_only: bool = False,
    show: bool = False,
) -> MainWindow:
    """Build the window and open what was asked for (a refusal leaves the start page).

    It opens the workspace the way File ▸ Open does, so a workspace already shown by a window
    of this application only brings that window forward. With *show* the window is on screen
    before the workspace opens, so the panels tabbed behind others wait until they are looked
    at instead of each reading a large diagram first.
    """
    window = MainWindow()
    if show:
        window.show()
    if sample:
        window.open_sample()
    elif workspace:
        window.open_path(workspace, read_only=read_only)
    return window


def run_app(workspace: str | None, sample: bool = False, read_only: bool = False) -> int:
    """Run the GUI until the last window closes; returns the exit code."""
    app = make_application()
    app.setQuitOnLastWindowClosed(True)
    window = start_window(workspace, sample=sample, read_only=read_only, show=True)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return app.exec()
