"""Names in every script are drawn on the canvas and in exported pictures; a character no
font has is drawn as a box and named after the export."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QWidget

from procdesk.export.fonts.missing import noting_missing_glyphs
from procdesk.model.elements import Step
from procdesk.ui.canvas.drawing import diagram_bounds, picture_of
from procdesk.ui.canvas.fonts import uncovered
from procdesk.ui.canvas.render import diagram_png
from procdesk.ui.canvas.style import font
from tests.ui.builders import Built, swimlane
from tests.ui.jobs import finished
from tests.world_names import NAMES, require_fonts

SCALE = 2.0
NO_FONT = "\U0010fffd"
"""A private-use character that no font has."""


def _ink(image: QImage, rect: QRectF) -> int:
    """How many pixels of *rect* (image coordinates) are drawn on, not paper white."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), np.uint8).reshape(grey.height(), grey.bytesPerLine())
    top, left = int(rect.top()), int(rect.left())
    return int((rows[top : int(rect.bottom()), left : int(rect.right())] < 200).sum())


def _label_area(built: Built, name: str, origin: QRectF, scale: float) -> QRectF:
    """Where a task's name is drawn: its box without the outline and the task-type icon."""
    b = built.workspace.get(built.steps[name], Step).bounds
    scene = QRectF(b.x + 6, b.y + 28, b.w - 12, b.h - 34)
    return QRectF(
        (scene.x() - origin.x()) * scale,
        (scene.y() - origin.y()) * scale,
        scene.width() * scale,
        scene.height() * scale,
    )


def _png(built: Built) -> QImage:
    return QImage.fromData(diagram_png(built.workspace, built.diagram_id, scale=SCALE), "PNG")


def test_every_name_is_drawn_in_its_box(qapp) -> None:
    # given tasks named in nine scripts (four to a diagram), the machine's fonts for them, and
    # a twin of each diagram whose tasks have no names
    require_fonts("".join(NAMES.values()))
    names = tuple(NAMES.values())
    for first in range(0, len(names), 4):
        chunk = names[first : first + 4]
        built, unnamed = swimlane(chunk), swimlane(tuple(f"{i}" for i in range(len(chunk))))
        for index in range(len(chunk)):
            unnamed.editor.rename(unnamed.steps[f"{index}"], "")
        # when both are exported as PNG
        with noting_missing_glyphs() as missing:
            image = _png(built)
        empty = _png(unnamed)
        # then Qt has a glyph for every character, none is reported missing, and each task's
        # label area is drawn on where the twin's stays blank
        assert all(uncovered(font(), name) == [] for name in chunk)
        assert not missing
        origin = diagram_bounds(picture_of(built.workspace, built.diagram_id))
        for index, name in enumerate(chunk):
            area = _label_area(built, name, origin, SCALE)
            assert _ink(empty, _label_area(unnamed, f"{index}", origin, SCALE)) == 0
            assert _ink(image, area) > 60, f"{name!r} is not drawn"


def test_a_character_no_font_has_is_drawn_as_a_box_and_noted(qapp) -> None:
    # given a task whose name holds a character no font has
    built = swimlane((f"Prüfen {NO_FONT}", "Zahlen"))
    # when it is exported
    with noting_missing_glyphs() as missing:
        image = _png(built)
    # then that character (only) is noted, and its box is drawn, not left blank
    assert missing.characters == [NO_FONT]
    origin = diagram_bounds(picture_of(built.workspace, built.diagram_id))
    alone = swimlane(("Prüfen", "Zahlen"))
    drawn = _ink(image, _label_area(built, f"Prüfen {NO_FONT}", origin, SCALE))
    assert drawn > _ink(_png(alone), _label_area(alone, "Prüfen", origin, SCALE)) + 20


def test_the_window_says_which_characters_had_no_font(window, canvas, qtbot, tmp_path) -> None:
    # given a step on the canvas named with a character no font has
    first = next(key for key in canvas.steps if key not in ("start", "end"))
    window.document.editor.rename(canvas.steps[first], f"Prüfen {NO_FONT}")
    # when the diagram is exported from the window
    target = tmp_path / "plan.png"
    window.export_image_to(target)
    finished(qtbot, window.jobs.jobs[0])
    # then the file is written, and a message names the character, its code and the boxes
    assert target.read_bytes().startswith(b"\x89PNG")
    box = window.findChild(QMessageBox, "missingFontsMessage")
    assert box is not None and box.isVisible()
    assert "U+10FFFD" in box.informativeText() and "empty boxes" in box.informativeText()
    box.close()


def test_the_sop_export_says_which_characters_had_no_font(qtbot, tmp_path: Path) -> None:
    # given a process with a step named with a character no font has
    from procdesk.ui.common.background import BackgroundJobs
    from procdesk.ui.dialogs.sop import SopDialog, start_sop_export

    built = swimlane((f"Prüfen {NO_FONT}",))
    process_id = built.workspace.processes()[0].id
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = SopDialog(built.workspace, process_id)
    qtbot.addWidget(dialog)
    jobs = BackgroundJobs(None, dialog)
    # when its SOP is exported in the background
    path = tmp_path / "sop.pdf"
    written: list[Path] = []
    finished(
        qtbot,
        start_sop_export(parent, jobs, path, built.workspace, process_id, dialog, written.append),
    )
    # then the PDF is written and a message names the character
    assert written == [path] and path.read_bytes().startswith(b"%PDF")
    box = parent.findChild(QMessageBox, "missingFontsMessage")
    assert box is not None and "U+10FFFD" in box.informativeText()
    box.close()


def test_the_canvas_draws_names_in_every_script(window, canvas, qtbot) -> None:
    # given the machine's fonts, and the canvas's tasks renamed in Japanese, Korean and emoji
    names = (NAMES["Japanese"], NAMES["Korean"], NAMES["emoji"])
    require_fonts("".join(names))
    tasks = [key for key in canvas.steps if key not in ("start", "end")]
    view = window.view
    for key, name in zip(tasks, names, strict=True):
        window.document.editor.rename(canvas.steps[key], name)
    qtbot.wait(50)
    # when the canvas is painted
    shot = view.viewport().grab().toImage()
    # then each renamed task's label area is drawn on, and the fonts Qt falls back to have
    # every character (no empty boxes)
    ratio = shot.width() / view.viewport().width()
    for key, name in zip(tasks, names, strict=True):
        b = window.document.workspace.get(canvas.steps[key], Step).bounds
        corner = view.mapFromScene(b.x + 6, b.y + 28)
        area = QRectF(
            corner.x() * ratio, corner.y() * ratio, (b.w - 12) * ratio, (b.h - 34) * ratio
        )
        assert _ink(shot, area) > 30, f"{name!r} is not drawn on the canvas"
        assert uncovered(font(), name) == []
