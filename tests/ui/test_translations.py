"""Translations: every text the window shows goes through tr(), and German is shipped complete.

The pseudo-translation test installs a translator that brackets every text it is asked for,
opens the sample in a window, and reads back what the widgets show: a text without brackets
was never asked for, so it would stay English in every language.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from procdesk.model.elements import Diagram, Step
from procdesk.store.log_reader import LogFilter
from procdesk.text import install_translator, reset_translator, tr
from procdesk.ui.canvas.context_menu import build_menu
from procdesk.ui.common.settings import app_settings
from procdesk.ui.dialogs.sop import SopDialog
from procdesk.ui.dialogs.weak_point import WeakPointDialog
from procdesk.ui.window.i18n import (
    LANGUAGE_KEY,
    LANGUAGES,
    TRANSLATORS,
    install_language,
    language_choice,
    language_menu,
)
from procdesk.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "\u27e6", "\u27e7"
LETTERS = re.compile(r"[A-Za-z]{2,}")


def _pseudo(source: str, disambiguation: str | None, n: int) -> str:
    text = source.replace("%n", str(n)) if n >= 0 else source
    return f"{OPEN}{text}{CLOSE}"


@pytest.fixture
def pseudo_language() -> Iterator[None]:
    install_translator(_pseudo)
    yield
    reset_translator()


@pytest.fixture
def german(private_settings) -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, "de")
    assert install_language(app, settings) == "de_DE"
    yield app
    TRANSLATORS.remove(app)
    QLocale.setDefault(QLocale.c())


def _shown_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can read in *window* and its menus."""
    yield f"title of {window.objectName()}", window.windowTitle()
    for menu in window.findChildren(QMenu):
        yield f"menu {menu.objectName()}", menu.title()
    for action in window.findChildren(QAction):
        if not action.isSeparator():
            yield f"action {action.objectName()}", action.text()
            if action.toolTip() != action.text().replace("&", ""):
                yield f"tooltip of {action.objectName()}", action.toolTip()
    for dock in window.findChildren(QDockWidget):
        yield f"dock {dock.objectName()}", dock.windowTitle()
    for widget in window.findChildren(QWidget):
        where = f"{type(widget).__name__} {widget.objectName()}"
        if widget.toolTip():
            yield f"tooltip of {where}", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton) and not _qt_standard(widget):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"placeholder of {where}", widget.placeholderText()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield where, widget.tabText(index)
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            if header.isHidden():
                continue
            for column in range(header.count()):
                text = widget.model().headerData(column, Qt.Orientation.Horizontal)
                if isinstance(text, str):
                    yield f"header of {where}", text
            yield from _cells(widget, where)


def _qt_standard(widget: QWidget) -> bool:
    """A dialog's standard button (OK, Cancel): Qt's own catalogue translates it."""
    box = widget.parent()
    return (
        isinstance(box, QDialogButtonBox)
        and isinstance(widget, QPushButton)
        and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    )


def _cells(view: QTableView | QTreeView, where: str) -> Iterator[tuple[str, str]]:
    """The texts in the first rows of a table or tree (and of the children of its rows)."""
    model = view.model()
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(min(model.rowCount(parent), 40)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                text = model.data(index)
                if isinstance(text, str):
                    yield f"cell of {where}", text
            pending.append(model.index(row, 0, parent))


def _data_texts(window: MainWindow) -> set[str]:
    """Texts that come from the user's data (names, file names), not from procdesk."""
    assert window.document is not None
    names = {
        value
        for entity in window.document.workspace
        for value in (getattr(entity, field.name) for field in fields(entity))
        if isinstance(value, str)
    }
    names |= {str(window.document.path), window.document.path.name}
    names |= {entry.author for entry in window.document.store.log.page(LogFilter(), limit=100)}
    for combo in window.findChildren(QComboBox):
        names |= {combo.itemText(i) for i in range(combo.count())}
    names.add("procdesk")
    names |= {language.native for language in LANGUAGES}  # each language in its own words
    return {n for n in names if n}


def _untranslated(window: QWidget, data: set[str]) -> list[str]:
    found = []
    for where, text in _shown_texts(window):
        plain = re.sub(r"<[^>]+>", " ", text)
        if not LETTERS.search(plain) or OPEN in text or text in data:
            continue
        found.append(f"{where}: {text!r}")
    return found


def test_every_text_in_the_window_is_translatable(qtbot, pseudo_language, sample_file):
    # given a window built while a bracketing translator is installed
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.show()
    # when the sample is open and every dock shown
    assert main.open_path(sample_file)
    for dock in main.findChildren(QDockWidget):
        dock.show()
        dock.raise_()
    qtbot.wait(10)
    # then every text a person can read came through tr()
    data = _data_texts(main)
    assert _untranslated(main, data) == []
    main.close()


def test_every_text_of_dialogs_and_menus_is_translatable(qtbot, pseudo_language, sample_file):
    # given the sample open in a window built under the bracketing translator
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    assert main.open_path(sample_file)
    document = main.document
    assert document is not None
    data = _data_texts(main)
    diagram_id = main.scene.diagram_id
    assert diagram_id is not None
    step = next(s for s in document.workspace.elements_of(diagram_id, Step) if s.kind.is_activity)
    process_id = document.workspace.get(diagram_id, Diagram).process_id
    # when the dialogs and the canvas menus (on a step and on empty paper) are built
    shown: list[QWidget] = [
        WeakPointDialog(document, diagram_id, step.id, parent=main),
        SopDialog(document.workspace, process_id, parent=main),
        build_menu(main.controller, QPointF(step.bounds.center.x, step.bounds.center.y)),
        build_menu(main.controller, QPointF(-5000, -5000)),
    ]
    # then every text in them came through tr()
    for widget in shown:
        assert _untranslated(widget, data) == []
    main.close()


def test_german_is_complete_and_matches_the_code():
    # the shipped catalogue holds every text of the code, translated, and its .qm is current
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_german_chosen_in_the_settings_is_used(qtbot, german, sample_file):
    # given German chosen in the settings and installed at start-up
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    # then the menus, procdesk's texts and Qt's own texts speak German
    titles = [action.text() for action in main.menuBar().actions()]
    assert "&Datei" in titles and "&Bearbeiten" in titles
    assert tr("&Language") != "&Language"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    main.close()


def test_language_menu_stores_the_choice_for_the_next_start(qtbot, private_settings):
    # given the language menu of a window
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = app_settings()
    menu = language_menu(parent, settings)
    assert language_choice(settings) == "system"
    checked = [a.objectName() for a in menu.actions() if a.isChecked()]
    assert checked == ["actionLanguage_system"]
    # when Deutsch is picked
    deutsch = next(a for a in menu.actions() if a.objectName() == "actionLanguage_de")
    deutsch.trigger()
    # then the choice is stored, and a fresh settings object reads it back
    assert language_choice(app_settings()) == "de"
    # and nonsense in the settings falls back to the system's language
    settings.setValue(LANGUAGE_KEY, "xx")
    assert language_choice(settings) == "system"
