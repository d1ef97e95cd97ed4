"""What a screen reader finds in the main window: every control it can reach has a name.

Qt derives most names itself (a button's text, a form row's label, a label's buddy), so the
walk below asks Qt's accessibility layer, exactly as a screen reader would, rather than
looking at ``accessibleName()``. Scroll bars, table headers, scroll-area viewports and the
line edits inside spin and combo boxes are parts of a named whole and are not asked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)

from procdesk.ui.window.main_window import MainWindow
from tests.ui.gestures import key

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QGraphicsView)
"""Reached by a screen reader even where they take no keyboard focus (plots are views)."""


def is_part_of_a_whole(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    if isinstance(widget, QScrollBar | QHeaderView):
        return True
    if widget.objectName().startswith("qt_"):
        return True  # Qt's own pieces: corner buttons, spin box editors, scroll containers
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return True
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return True
    return isinstance(widget, QTabBar) and widget.count() == 0


def reachable(window: MainWindow) -> list[QWidget]:
    """Visible widgets a screen reader user can get to: focusable ones and controls."""
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and not is_part_of_a_whole(w)
        and (w.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(w, CONTROLS))
    ]


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(QAccessible.Text.Name).strip()


def where(widget: QWidget) -> str:
    """``Class#objectName`` and its parents', up to the dock or window, for the failure."""
    chain = []
    current: QWidget | None = widget
    while current is not None and not isinstance(current, QDockWidget | MainWindow):
        chain.append(f"{type(current).__name__}#{current.objectName()}")
        current = current.parentWidget()
    dock = current.objectName() if isinstance(current, QDockWidget) else "window"
    return f"{dock}: " + " < ".join(chain)


def unnamed(widgets: list[QWidget]) -> list[str]:
    """Widgets without a name, or with one of symbols only ('▲' is not read as 'previous')."""
    return [where(w) for w in widgets if not any(c.isalpha() for c in spoken_name(w))]


@pytest.fixture
def sample_window(window: MainWindow, sample_file: Path) -> MainWindow:
    """The window on the sample, every dock shown and the find bar open."""
    window.open_path(sample_file)
    assert window.document is not None
    for dock in window.findChildren(QDockWidget):
        dock.show()
    window.panels.find()
    return window


def test_the_start_page_names_its_controls(window):
    # given the window with no workspace open (the start page)
    widgets = reachable(window)
    assert "startSample" in {w.objectName() for w in widgets}
    # then everything a screen reader reaches has a name
    assert unnamed(widgets) == []


def test_every_reachable_widget_of_the_workspace_has_a_name(sample_window):
    widgets = reachable(sample_window)
    # the walk sees the main parts of the window (so it is not vacuous)
    names = {w.objectName() for w in widgets}
    assert {"canvas", "processTree", "findingsTable", "captureTable", "searchField"} <= names
    assert unnamed(widgets) == []


def test_the_fields_of_a_form_have_names_of_their_own(sample_window):
    # text fields side by side must not all be read as the same thing (a group's title, say)
    by_parent: dict[str, list[str]] = {}
    for widget in reachable(sample_window):
        if isinstance(widget, QLineEdit | QAbstractSpinBox | QPlainTextEdit):
            by_parent.setdefault(where(widget.parentWidget()), []).append(spoken_name(widget))
    repeated = {
        parent: names for parent, names in by_parent.items() if len(set(names)) < len(names)
    }
    assert repeated == {}


def test_the_comparison_and_the_minimap_name_themselves(sample_window):
    wanted = {"simulationRuns", "deltasTable", "compareChanges", "minimap"}
    widgets = [w for w in reachable(sample_window) if w.objectName() in wanted]
    assert {w.objectName() for w in widgets} == wanted
    assert unnamed(widgets) == []


def test_key_widgets_describe_themselves(sample_window):
    for name in ("canvas", "processTree", "findingsTable"):
        widget = sample_window.findChild(QWidget, name)
        assert widget is not None, name
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(QAccessible.Text.Description).strip(), name


def test_the_canvas_tells_the_screen_reader_what_is_selected(sample_window):
    view = sample_window.view
    interface = QAccessible.queryAccessibleInterface(view)
    # given the sample's as-is diagram on the canvas
    assert interface.text(QAccessible.Text.Name) == (
        "Diagram As-is of process Purchase requisition"
    )
    # when the keyboard focus is on the canvas and Tab is pressed
    view.setFocus()
    sample_window.scene.clearSelection()
    key(view, Qt.Key.Key_Tab)
    # then the description reads the selected start event, its lane and where it leads
    description = interface.text(QAccessible.Text.Description)
    assert description.startswith("Start event “Need for goods identified” in lane “Requester”.")
    assert "sequence flow to “Fill in requisition form”" in description
