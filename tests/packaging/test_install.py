"""packaging/linux/install.sh: the freedesktop layout it installs, stages and removes.

A stand-in bundle (a shell script) keeps these tests fast; the real bundle is run by
test_bundle.py.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.paths import APP_ID, LINUX

SCRIPT = LINUX / "install.sh"
SIZES = (16, 32, 48, 64, 128, 256, 512)


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    executable = bundle / "procdesk"
    executable.write_text("#!/bin/sh\necho procdesk stand-in\n")
    executable.chmod(0o755)
    return bundle


def install(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )


def installed_files(prefix: Path) -> list[Path]:
    """Files an install owns (caches the desktop tools regenerate are left out)."""
    share = prefix / "share"
    files = [
        prefix / "lib" / "procdesk" / "procdesk",
        share / "applications" / f"{APP_ID}.desktop",
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        share / "mime" / "packages" / f"{APP_ID}-mime.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    ]
    files += [share / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in SIZES]
    return files


def test_install_puts_everything_in_the_freedesktop_places(
    tmp_path: Path, fake_bundle: Path
) -> None:
    # given a bundle and an empty prefix
    prefix = tmp_path / "prefix"
    # when it is installed
    result = install(BUNDLE=str(fake_bundle), PREFIX=str(prefix))
    # then the application, its menu entry, metadata, file type and icons are in place
    assert result.returncode == 0, result.stderr
    for path in installed_files(prefix):
        assert path.is_file(), path
    # and the command on PATH runs the bundle
    command = prefix / "bin" / "procdesk"
    assert command.is_symlink()
    run = subprocess.run([str(command)], capture_output=True, text=True, timeout=30)
    assert run.stdout.strip() == "procdesk stand-in"


def test_installed_menu_entry_runs_the_command_by_full_path(
    tmp_path: Path, fake_bundle: Path
) -> None:
    prefix = tmp_path / "prefix"
    assert install(BUNDLE=str(fake_bundle), PREFIX=str(prefix)).returncode == 0
    desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(desktop)
    entry = parser["Desktop Entry"]
    # ~/.local/bin may be missing from the session's PATH, so the path is spelled out
    assert entry["Exec"] == f'"{prefix}/bin/procdesk" %f'
    assert entry["TryExec"] == f"{prefix}/bin/procdesk"
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, timeout=30
        )
        assert validated.returncode == 0, validated.stdout


def test_destdir_stages_for_a_package_without_touching_caches(
    tmp_path: Path, fake_bundle: Path
) -> None:
    # given a staging root for a package that installs under /usr
    root = tmp_path / "root"
    # when the files are staged
    result = install(BUNDLE=str(fake_bundle), PREFIX="/usr", DESTDIR=str(root))
    # then they sit under the root, the link points to the final place, and no cache is built
    assert result.returncode == 0, result.stderr
    for path in installed_files(root / "usr"):
        assert path.is_file(), path
    assert os.readlink(root / "usr" / "bin" / "procdesk") == "/usr/lib/procdesk/procdesk"
    assert not (root / "usr" / "share" / "mime" / "mime.cache").exists()


def test_uninstall_removes_what_install_put(tmp_path: Path, fake_bundle: Path) -> None:
    # given an installed procdesk
    prefix = tmp_path / "prefix"
    assert install(BUNDLE=str(fake_bundle), PREFIX=str(prefix)).returncode == 0
    # when it is uninstalled
    result = install("--uninstall", PREFIX=str(prefix))
    # then none of its files and no command are left
    assert result.returncode == 0, result.stderr
    assert not any(path.exists() for path in installed_files(prefix))
    assert not (prefix / "bin" / "procdesk").exists()
    assert not (prefix / "lib" / "procdesk").exists()


def test_missing_bundle_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = install(BUNDLE=str(tmp_path / "nowhere"), PREFIX=str(tmp_path / "prefix"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "build_bundle.sh" in result.stderr
    assert not (tmp_path / "prefix").exists()


def test_a_foreign_command_is_not_overwritten(tmp_path: Path, fake_bundle: Path) -> None:
    # given a procdesk command that some other install put there (not our link)
    prefix = tmp_path / "prefix"
    (prefix / "bin").mkdir(parents=True)
    (prefix / "bin" / "procdesk").write_text("#!/bin/sh\n")
    # when installing
    result = install(BUNDLE=str(fake_bundle), PREFIX=str(prefix))
    # then the install refuses and leaves it alone
    assert result.returncode == 2
    assert (prefix / "bin" / "procdesk").read_text() == "#!/bin/sh\n"
    assert not (prefix / "lib" / "procdesk").exists()
