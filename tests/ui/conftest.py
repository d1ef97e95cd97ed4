"""UI test set-up: settings and user data go to a temporary folder, never the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from procdesk.document import Document
from procdesk.text import reset_translator
from procdesk.ui.common.settings import app_settings
from procdesk.ui.window.i18n import TRANSLATORS
from procdesk.ui.window.main_window import MainWindow


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """Point QSettings (INI format) and the data folder at a fresh temporary folder."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    assert app_settings().fileName().startswith(str(folder))
    return folder


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """Tests that start the app (and so install the user's language) leave none behind."""
    yield
    app = QCoreApplication.instance()
    if app is not None:
        TRANSLATORS.remove(app)
    reset_translator()


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    """A fresh sample workspace file."""
    path = tmp_path / "sample.procdesk"
    Document.create(path, sample=True).close()
    return path


@pytest.fixture
def window(qtbot, private_settings) -> Iterator[MainWindow]:
    """A main window with no workspace open, closed (and its file released) afterwards."""
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.show()
    yield main
    main.close()


@pytest.fixture
def canvas(window: MainWindow, tmp_path: Path):
    """The window on a new workspace holding the ``swimlane`` builder's diagram at 100 %."""
    from tests.ui.builders import swimlane

    assert window.create_workspace(tmp_path / "canvas.procdesk")
    document = window.document
    assert document is not None
    built = swimlane(editor=document.editor)
    document.history.clear()
    window.window_actions.update_history(document.history)
    window.tree.select_diagram(built.diagram_id)
    assert window.scene.diagram_id == built.diagram_id
    window.view.set_zoom(1.0)
    window.view.centerOn(450, 150)
    window.view.setFocus()
    return built


@pytest.fixture
def document(tmp_path: Path) -> Iterator[Document]:
    """A fresh copy of the sample workspace, open for editing, closed afterwards."""
    opened = Document.create(tmp_path / "sample.procdesk", sample=True)
    yield opened
    opened.close()
