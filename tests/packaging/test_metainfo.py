"""The AppStream metainfo: what software centres show and how they find the launcher."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from procdesk import __version__
from tests.packaging.paths import APP_ID, DESKTOP_FILE, METAINFO_FILE, MIME_TYPE


def component() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def text_of(element: ET.Element, path: str) -> str:
    found = element.find(path)
    assert found is not None, f"<{path}> is missing"
    return "".join(found.itertext()).strip()


def test_component_has_the_required_elements() -> None:
    # given the metainfo, which must be well-formed XML
    root = component()
    # then it describes a desktop application with every element software centres require
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert text_of(root, "id") == APP_ID
    assert text_of(root, "name") == "procdesk"
    assert text_of(root, "summary")
    assert root.findall("description/p"), "the description needs at least one paragraph"
    assert text_of(root, "metadata_license")
    assert text_of(root, "project_license") == "GPL-3.0-or-later"
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")


def test_launchable_is_the_shipped_desktop_entry() -> None:
    launchable = component().find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name


def test_newest_release_is_the_package_version() -> None:
    # given the release list (newest first, as AppStream expects)
    releases = component().findall("releases/release")
    # then the version being packaged has release notes and a date
    assert releases, "<releases> needs at least one <release>"
    assert releases[0].get("version") == __version__
    assert releases[0].get("date")


def test_it_provides_the_command_and_the_workspace_type() -> None:
    provides = component().find("provides")
    assert provides is not None
    assert [b.text for b in provides.findall("binary")] == ["procdesk"]
    assert [m.text for m in provides.findall("mediatype")] == [MIME_TYPE]


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli not installed (Debian package appstream)",
)
def test_appstreamcli_validates_it() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
