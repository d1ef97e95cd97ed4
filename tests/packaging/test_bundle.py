"""The PyInstaller bundle, run as a user would run it (slow: opt in with PROCDESK_TEST_BUNDLE=1).

The bundle is built by packaging/build_bundle.sh, unless PROCDESK_BUNDLE names the executable of
one that is already built (``build/bundle/procdesk/procdesk``).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from procdesk import __version__
from tests.packaging.paths import APP_ID, PACKAGING

SAMPLE_PROCESS = "Purchase requisition"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(
        os.environ.get("PROCDESK_TEST_BUNDLE") != "1",
        reason="builds the PyInstaller bundle (minutes): set PROCDESK_TEST_BUNDLE=1",
    ),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The bundle's executable, built once for the module if none was given."""
    given = os.environ.get("PROCDESK_BUNDLE")
    if given:
        return Path(given)
    subprocess.run(["bash", str(PACKAGING / "build_bundle.sh")], check=True, timeout=1800)
    return PACKAGING.parent / "build" / "bundle" / "procdesk" / "procdesk"


def run(bundle: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(bundle), *args], capture_output=True, text=True, timeout=120, env=env
    )


def test_version(bundle: Path) -> None:
    result = run(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"procdesk {__version__}"


def test_new_sample_then_list(bundle: Path, tmp_path: Path) -> None:
    # given a sample workspace made by the bundle
    path = tmp_path / "x.procdesk"
    created = run(bundle, "new", str(path), "--sample")
    assert created.returncode == 0, created.stderr
    # when the bundle lists it
    listed = run(bundle, "list", str(path), "--json")
    # then the sample's process and both variants are there
    assert listed.returncode == 0, listed.stderr
    (process,) = json.loads(listed.stdout)["processes"]
    assert [d["variant"] for d in process["diagrams"]] == ["as-is", "to-be"]


def test_image_export_uses_the_bundled_qt(bundle: Path, tmp_path: Path) -> None:
    # given a sample workspace
    path = tmp_path / "x.procdesk"
    assert run(bundle, "new", str(path), "--sample").returncode == 0
    # when the diagram is drawn to SVG and PNG (offscreen platform, SVG and image plugins)
    for suffix in ("svg", "png"):
        out = tmp_path / f"diagram.{suffix}"
        result = run(bundle, "export", "image", str(path), "-p", SAMPLE_PROCESS, "-o", str(out))
        # then each file is written
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 1000


def test_bad_input_is_one_line_and_exit_2(bundle: Path, tmp_path: Path) -> None:
    result = run(bundle, "list", str(tmp_path / "missing.procdesk"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_resources_travel_with_the_bundle(bundle: Path) -> None:
    resources = bundle.parent / "_internal" / "resources"
    assert (resources / "icons" / "app" / f"{APP_ID}.svg").is_file()
    assert (resources / "sample").is_dir()
    assert any((resources / "fonts").glob("*.ttf"))


def test_german_travels_with_the_bundle(bundle: Path) -> None:
    # procdesk's own catalogue and Qt's, for the standard dialogs' buttons
    internal = bundle.parent / "_internal"
    assert (internal / "resources" / "translations" / "procdesk_de.qm").is_file()
    assert any(internal.rglob("qtbase_de.qm"))
