"""What is settled before a window opens: refused on stderr, or left to the window's dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from procdesk.cli import launch
from procdesk.cli.common import UsageError


def test_a_damaged_file_is_refused_unless_someone_sees_the_window(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.procdesk"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 40)
    # nobody sees a window (a script, no display): one line on stderr, exit 2
    with pytest.raises(UsageError, match=r"damaged\.procdesk"):
        launch.check_argument(str(damaged), ["list"], "usage")
    # a person at a display: the window explains it in its dialog
    launch.check_argument(str(damaged), ["list"], "usage", dialogs=True)
    # a mistyped word is refused either way
    with pytest.raises(UsageError, match="unknown command or file: lsit"):
        launch.check_argument("lsit", ["list"], "usage", dialogs=True)


def test_offscreen_qt_is_no_place_for_a_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert not launch.dialogs_seen()
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert launch.dialogs_seen()
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("DISPLAY")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert launch.dialogs_seen() == (launch.sys.platform in ("win32", "darwin"))
