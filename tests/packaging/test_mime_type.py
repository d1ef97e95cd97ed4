"""The shared-mime-info type of workspace files: by name and, for renamed files, by content."""

from __future__ import annotations

import fnmatch
import os
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from procdesk.document import Document
from procdesk.store.layout import APPLICATION_ID
from tests.packaging.paths import MIME_FILE, MIME_TYPE

NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def mime_type() -> ET.Element:
    root = ET.parse(MIME_FILE).getroot()
    (element,) = root.findall("m:mime-type", NS)
    return element


def matches(rule: ET.Element, data: bytes) -> bool:
    """One shared-mime-info <match>: its own test and (AND) any of its children."""
    offset = int(rule.get("offset", "0"))
    kind, value = rule.get("type"), rule.get("value", "")
    if kind == "string":
        expected = value.encode()
    elif kind == "big32":
        expected = int(value, 0).to_bytes(4, "big")
    else:
        raise AssertionError(f"this test does not know match type {kind!r}: extend it")
    if data[offset : offset + len(expected)] != expected:
        return False
    children = rule.findall("m:match", NS)
    return not children or any(matches(child, data) for child in children)


def sniff(path: Path) -> bool:
    """Whether the type's magic (any top-level rule) recognises the file's first bytes."""
    data = path.read_bytes()[:4096]
    return any(matches(rule, data) for rule in mime_type().findall("m:magic/m:match", NS))


def test_type_name_and_glob() -> None:
    element = mime_type()
    assert element.get("type") == MIME_TYPE
    globs = [glob.get("pattern", "") for glob in element.findall("m:glob", NS)]
    assert globs == ["*.procdesk"]
    assert fnmatch.fnmatch("Purchase requisition.procdesk", globs[0])
    assert element.find("m:comment", NS) is not None


def test_magic_checks_the_application_id_of_the_store() -> None:
    # the big-endian number in the magic is the one the store writes
    rules = mime_type().findall(".//m:match[@type='big32']", NS)
    assert [(int(r.get("value", ""), 0), r.get("offset")) for r in rules] == [
        (APPLICATION_ID, "68")
    ]


def test_magic_recognises_a_real_workspace(tmp_path: Path) -> None:
    # given a workspace made by procdesk and renamed so the glob cannot help
    path = tmp_path / "workspace.procdesk"
    Document.create(path).close()
    renamed = path.rename(tmp_path / "mailed-attachment.bin")
    # then the magic alone identifies it
    assert sniff(renamed)


def test_magic_leaves_other_sqlite_files_alone(tmp_path: Path) -> None:
    # given an ordinary SQLite database
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    # then it is not taken for a workspace
    assert not sniff(other)


@pytest.mark.skipif(
    shutil.which("update-mime-database") is None,
    reason="update-mime-database not installed (Debian package shared-mime-info)",
)
def test_update_mime_database_compiles_it(tmp_path: Path) -> None:
    # given a private data folder whose MIME database holds only our package
    database = tmp_path / "mime"
    (database / "packages").mkdir(parents=True)
    shutil.copy(MIME_FILE, database / "packages")
    # when it is compiled
    result = subprocess.run(
        ["update-mime-database", str(database)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path)},
    )
    # then it is accepted without a word and the type is registered by name and by content
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""
    assert f"{MIME_TYPE}:*.procdesk" in (database / "globs2").read_text()
    assert MIME_TYPE.encode() in (database / "magic").read_bytes()
