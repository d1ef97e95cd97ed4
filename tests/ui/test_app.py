"""Starting the GUI: a fresh sample copy, a workspace, or the start page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from procdesk.app import make_application, start_window


def test_sample_opens_a_fresh_timestamped_copy(qtbot, private_settings):
    # given no workspace
    make_application()
    # when the app starts with --sample twice
    first = start_window(None, sample=True)
    qtbot.addWidget(first)
    second = start_window(None, sample=True)
    qtbot.addWidget(second)
    # then each has its own new file in the user's data folder, with the sample in it
    assert first.document is not None and second.document is not None
    assert first.document.path != second.document.path
    data = private_settings / "data" / "procdesk" / "samples"
    assert first.document.path.parent == data
    assert first.document.workspace.processes()
    first.close()
    second.close()


def test_no_argument_shows_the_start_page(qtbot):
    # given no workspace and no sample
    window = start_window(None)
    qtbot.addWidget(window)
    # then the start page is shown
    assert window.document is None
    assert window.stack.currentWidget() is window.start_page


def test_workspace_argument_opens_it(qtbot, sample_file: Path):
    # given a workspace file
    window = start_window(str(sample_file), read_only=True)
    qtbot.addWidget(window)
    # then it is open, read-only as asked
    assert window.document is not None and window.document.read_only
    window.close()


def test_application_carries_its_desktop_identity(qapp) -> None:
    from procdesk.app import DESKTOP_ID, make_application

    app = make_application()
    assert app.desktopFileName() == DESKTOP_ID
    assert not app.windowIcon().isNull()
    assert {size.width() for size in app.windowIcon().availableSizes()} >= {16, 32, 256}


def test_leaving_with_a_window_still_open_prints_no_traceback(private_settings):
    # given the app with the sample open, ended without closing its window (as a crash of the
    # session or a killed desktop would)
    script = (
        "from procdesk.app import make_application, start_window\n"
        "app = make_application()\n"
        "window = start_window(None, sample=True)\n"
        "window.show()\n"
        "app.processEvents()\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment["XDG_DATA_HOME"] = str(private_settings / "data")
    environment["XDG_CONFIG_HOME"] = str(private_settings / "config")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment
    )
    # then it ends cleanly
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
