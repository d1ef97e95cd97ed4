"""Where the packaging files live, shared by the packaging tests."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "org.procdesk.Procdesk"
MIME_TYPE = "application/x-procdesk-workspace"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
MIME_FILE = LINUX / f"{APP_ID}-mime.xml"
ICON_DIR = ROOT / "resources" / "icons" / "app"
