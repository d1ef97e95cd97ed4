"""Light and dark: the override, the palette, the canvas's readable colours, live switching."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from procdesk.model.elements import Flow
from procdesk.ui.canvas.render import diagram_png
from procdesk.ui.canvas.style import contrast
from procdesk.ui.common.settings import app_settings
from procdesk.ui.window.main_window import MainWindow
from procdesk.ui.window.theme import (
    THEME_KEY,
    ThemeChoice,
    apply_theme,
    current_scheme,
    set_theme_choice,
    theme_menu,
)


@pytest.fixture(autouse=True)
def back_to_light(qapp: QApplication) -> Iterator[None]:
    """Every test leaves the application as it found it: following the (light) system."""
    yield
    set_theme_choice(ThemeChoice.SYSTEM)


def shown(window: MainWindow) -> QImage:
    """The canvas as the user sees it now, painted afresh."""
    return window.view.viewport().grab().toImage()


def pixel(window: MainWindow, image: QImage, x: float, y: float) -> QColor:
    """The colour at scene point (x, y) in a grab of the canvas."""
    point = window.view.mapFromScene(QPointF(x, y))
    return image.pixelColor(point.x(), point.y())


def ink_in(window: MainWindow, image: QImage, box: tuple[float, float, float, float]) -> QColor:
    """The colour in a scene *box* that stands out most from the box's corner (its ground):
    the colour of the text drawn there."""
    left, top, right, bottom = box
    ground = pixel(window, image, left, top)
    step = 0.5
    best = ground
    y = top
    while y < bottom:
        x = left
        while x < right:
            colour = pixel(window, image, x, y)
            if contrast(colour, ground) > contrast(best, ground):
                best = colour
            x += step
        y += step
    return best


def zoom_on_task(window: MainWindow, step_id: str) -> tuple[float, float, float, float]:
    """Show the task at 400 % (strokes and letters several pixels wide); its scene bounds."""
    shape = window.scene.workspace.get(step_id)
    b = shape.bounds
    window.view.set_zoom(4.0)
    window.view.centerOn(b.x + b.w / 2, b.y + b.h / 2)
    return b.x, b.y, b.x + b.w, b.y + b.h


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.DARK])
def test_a_task_reads_on_the_canvas_in_both_schemes(window, canvas, choice):
    # given the canvas showing a task, in the light or the dark scheme
    set_theme_choice(choice)
    empty = pixel(window, shown(window), 455, 320)  # below the pool, off the grid lines
    left, top, right, bottom = zoom_on_task(window, canvas.steps["Check budget"])
    # when the user looks at it
    image = shown(window)
    # then its outline stands out from what lies around it and its name from its fill
    low = bottom - 15  # below the type marker, above nothing: the flows end at the middle
    outline = pixel(window, image, left, low)
    around = pixel(window, image, left - 6, low)
    fill = pixel(window, image, left + 6, low)
    text = ink_in(window, image, (left + 8, top + 30, right - 8, bottom - 30))
    assert contrast(outline, around) >= 4.5
    assert contrast(text, fill) >= 4.5
    # and the empty canvas has the scheme's lightness
    assert (empty.lightness() < 60) == (choice == ThemeChoice.DARK)


def test_the_dark_override_gives_dark_windows_with_light_text(window, qapp):
    # given a light application
    assert current_scheme() == Qt.ColorScheme.Light
    # when the user picks Dark
    set_theme_choice(ThemeChoice.DARK)
    # then it is stored, and the palette draws light text on dark windows
    assert app_settings().value(THEME_KEY) == "dark"
    assert current_scheme() == Qt.ColorScheme.Dark
    palette = qapp.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 80
    assert palette.color(QPalette.ColorRole.WindowText).lightness() > 190
    assert palette.color(QPalette.ColorRole.Base).lightness() < 80
    qapp.processEvents()  # widgets take the new palette from a posted event
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 80


def test_a_stored_choice_is_applied_at_start(window, qapp):
    # given "dark" stored from an earlier session
    settings = app_settings()
    settings.setValue(THEME_KEY, "dark")
    settings.sync()
    # when the application applies its theme
    apply_theme(qapp)
    # then the window is dark
    assert current_scheme() == Qt.ColorScheme.Dark
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80


def on_screen(window: MainWindow, x: float, y: float) -> QColor:
    """The colour the screen shows now at scene point (x, y): what was last painted, read
    back from the window's backing store, without painting anew."""
    viewport = window.view.viewport()
    point = viewport.mapTo(window, window.view.mapFromScene(QPointF(x, y)))
    screen = window.windowHandle().screen()
    return screen.grabWindow(window.winId(), point.x(), point.y(), 1, 1).toImage().pixelColor(0, 0)


def test_switching_repaints_the_canvas_at_once(window, canvas, qapp):
    # given the canvas on screen in the light scheme
    qapp.processEvents()
    assert on_screen(window, 455, 320).lightness() > 200
    # when the user switches to dark and the window handles its pending events
    set_theme_choice(ThemeChoice.DARK)
    qapp.processEvents()
    # then the screen shows the dark canvas, without anything asking for a repaint
    assert on_screen(window, 455, 320).lightness() < 60
    # and back to light
    set_theme_choice(ThemeChoice.LIGHT)
    qapp.processEvents()
    assert on_screen(window, 455, 320).lightness() > 200


def test_the_theme_menu_offers_one_checked_choice_and_applies_it(window, qapp):
    # given the Theme menu
    menu = theme_menu(window)
    actions = {action.data(): action for action in menu.actions()}
    assert set(actions) == {"system", "light", "dark"}
    assert actions["system"].isChecked()
    # when Dark is picked
    actions["dark"].trigger()
    # then only Dark is checked and the window is dark at once
    assert [key for key, action in actions.items() if action.isChecked()] == ["dark"]
    assert current_scheme() == Qt.ColorScheme.Dark
    # and a menu built later shows the stored choice
    assert theme_menu(window).actions()[2].isChecked()
    menu.deleteLater()


def test_an_imported_light_fill_keeps_its_colour_and_readable_text_in_dark(window, canvas):
    # given a task coloured light orange in another modeler (fill only, no stroke colour)
    step = canvas.steps["Check budget"]
    canvas.editor.set_fields((step,), {"fill": "#ffe0b2"})
    # when it is shown in the dark scheme
    set_theme_choice(ThemeChoice.DARK)
    left, top, right, bottom = zoom_on_task(window, step)
    image = shown(window)
    # then the fill stays as set and the name reads on it
    fill = pixel(window, image, left + 6, bottom - 15)
    assert fill.name() == "#ffe0b2"
    text = ink_in(window, image, (left + 8, top + 30, right - 8, bottom - 30))
    assert contrast(text, fill) >= 4.5


def test_an_exported_png_stays_light_in_the_dark_scheme(window, canvas):
    # given the dark scheme on screen
    set_theme_choice(ThemeChoice.DARK)
    assert pixel(window, shown(window), 450, 320).lightness() < 60
    # when the diagram is exported as PNG
    image = QImage.fromData(diagram_png(canvas.workspace, canvas.diagram_id, scale=2.0), "PNG")
    # then it is a light picture: white paper, dark lines and text
    assert image.pixelColor(2, 2).name() == "#ffffff"
    colours = [
        image.pixelColor(x, y)
        for x in range(0, image.width(), 5)
        for y in range(0, image.height(), 5)
    ]
    light = sum(1 for c in colours if c.lightness() > 200)
    dark = sum(1 for c in colours if c.lightness() < 80)
    assert light > 0.8 * len(colours)
    assert dark > 20


def test_renaming_on_the_dark_canvas_shows_readable_text(window, canvas, qtbot):
    from procdesk.ui.canvas.label_editor import LabelEditor
    from tests.ui.gestures import click, key

    # given the dark scheme and a selected task
    set_theme_choice(ThemeChoice.DARK)
    click(window.view, 380, 75)
    # when the user presses F2 and types a new name
    key(window.view, Qt.Key.Key_F2)
    qtbot.keyClicks(window.view, "Check the budget")
    # then the typed text reads on the editing box: many pixels stand out from its ground,
    # not just the text cursor
    (editor,) = [item for item in window.scene.items() if isinstance(item, LabelEditor)]
    box = editor.sceneBoundingRect().adjusted(3, 3, -3, -3)
    image = shown(window)
    ground = pixel(window, image, box.left(), box.bottom())
    area = window.view.mapFromScene(box).boundingRect()
    standing_out = sum(
        1
        for x in range(area.left(), area.right())
        for y in range(area.top(), area.bottom())
        if contrast(image.pixelColor(x, y), ground) >= 4.5
    )
    assert standing_out > 60
    key(window.view, Qt.Key.Key_Escape)


def test_the_kpi_plot_follows_a_switch(qtbot, document, qapp):
    from procdesk.ui.panels.kpis.panel import KpiPanel

    # given a KPI history plotted in the light scheme
    panel = KpiPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_process(document.workspace.processes()[0].id)
    assert panel.plot.backgroundBrush().color().lightness() > 200
    # when the user switches to dark
    set_theme_choice(ThemeChoice.DARK)
    qapp.processEvents()  # widgets take the new palette from a posted event
    # then the plot's background is dark too
    assert panel.plot.backgroundBrush().color().lightness() < 80


def test_the_element_palette_redraws_its_icons_on_a_switch(window, qapp):
    # given the task icon of the element palette, drawn in the light scheme
    def icon_fill() -> QColor:
        icon = window.element_palette.entries["task"].icon()
        image = icon.pixmap(30, 30).toImage()
        return image.pixelColor(image.width() // 2, image.height() // 2)

    assert icon_fill().lightness() > 200
    # when the user switches to dark
    set_theme_choice(ThemeChoice.DARK)
    qapp.processEvents()
    # then the task in the icon has the dark canvas's fill
    assert icon_fill().lightness() < 80


def test_the_room_presentation_stays_on_white_paper_in_the_dark_scheme(qtbot, document):
    from procdesk.ui.presentation.mode import PresentationWindow

    # given the dark scheme on the presenter's desktop
    set_theme_choice(ThemeChoice.DARK)
    diagram_id = document.workspace.diagrams_of(document.workspace.processes()[0].id)[0].id
    # when the diagram is presented to the room, showing its overview
    shown = PresentationWindow.start(document, diagram_id)
    qtbot.waitExposed(shown)
    shown.show_overview()
    view = shown.view
    image = view.viewport().grab().toImage()
    # then the pool and its steps are drawn on paper: mostly light, with dark lines and text
    colours = [
        image.pixelColor(x, y)
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    ]
    assert sum(1 for c in colours if c.lightness() > 200) > 0.7 * len(colours)
    assert sum(1 for c in colours if c.lightness() < 80) > 20
    shown.close()


def test_status_colours_in_tables_read_in_the_dark_scheme(window, sample_file, qapp):
    # given the dark scheme
    set_theme_choice(ThemeChoice.DARK)
    # when the sample's findings and KPI history are tabled
    assert window.open_path(sample_file)
    findings = window.panels.findings
    kpis = window.panels.kpis
    assert findings is not None and kpis is not None
    base = qapp.palette().color(QPalette.ColorRole.Base)
    # then the coloured severities and the coloured values read on the table's ground
    severities = [findings.table.item(row, 0) for row in range(findings.table.rowCount())]
    values = [kpis.table.item(row, 1) for row in range(kpis.table.rowCount())]
    coloured = [item.foreground().color() for item in severities + values if item is not None]
    assert len(coloured) > 5
    assert min(contrast(colour, base) for colour in coloured) >= 4.5


def test_compare_outlines_take_the_dark_shades_on_a_switch(qtbot, document, qapp):
    from procdesk.model.elements import Step
    from procdesk.ui.compare.pictures import DARK_STATUS_COLOURS, STATUS_COLOURS, DiagramPair

    # given the two diagrams side by side with a changed step outlined
    process = document.workspace.processes()[0]
    before, after = (d.id for d in document.workspace.diagrams_of(process.id)[:2])
    step = document.workspace.elements_of(before, Step)[0]
    pair = DiagramPair(document.workspace)
    qtbot.addWidget(pair)
    pair.show()
    pair.show_pair(before, after, {before: {step.id: "changed"}})
    (outline,) = pair.outlines["changed"]
    assert outline.pen().color().name() == STATUS_COLOURS["changed"]
    # when the user switches to dark
    set_theme_choice(ThemeChoice.DARK)
    qapp.processEvents()
    # then the outline takes the lighter shade made for the dark canvas
    assert outline.pen().color().name() == DARK_STATUS_COLOURS["changed"]


def test_an_imported_black_flow_stays_visible_on_the_dark_canvas(window, canvas):
    # given a sequence flow drawn black in another modeler
    workspace = window.scene.workspace
    flow = next(f for f in workspace.elements_of(canvas.diagram_id, Flow) if len(f.waypoints) == 2)
    canvas.editor.set_fields((flow.id,), {"stroke": "#000000"})
    # when it is shown in the dark scheme, close up
    set_theme_choice(ThemeChoice.DARK)
    start, end = window.scene.workspace.get(flow.id, Flow).waypoints
    middle = ((start.x + end.x) / 2, (start.y + end.y) / 2)
    window.view.set_zoom(4.0)
    window.view.centerOn(*middle)
    image = shown(window)
    # then the line stands out from the canvas around it
    box = (middle[0] - 3, middle[1] - 3, middle[0] + 3, middle[1] + 3)
    line = ink_in(window, image, box)
    assert contrast(line, pixel(window, image, middle[0], middle[1] - 12)) >= 3.0
