"""Files of an older schema are migrated on open (after a backup copy), data intact."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from procdesk.document import Document
from procdesk.model.elements import WeakPoint, WeakPointStatus
from procdesk.store.errors import WorkspaceError
from procdesk.store.layout import APPLICATION_ID, SCHEMA_VERSION

# The version-1 schema, as procdesk 0.1 wrote it: weak points kept every field in JSON.
V1_SCHEMA = """
CREATE TABLE processes (id VARCHAR PRIMARY KEY, name TEXT NOT NULL, data JSON NOT NULL);
CREATE TABLE diagrams (id VARCHAR PRIMARY KEY, process_id VARCHAR NOT NULL
    REFERENCES processes (id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL, variant TEXT NOT NULL, data JSON NOT NULL);
CREATE TABLE elements (id VARCHAR PRIMARY KEY, diagram_id VARCHAR NOT NULL
    REFERENCES diagrams (id) DEFERRABLE INITIALLY DEFERRED, type VARCHAR NOT NULL,
    parent_id VARCHAR, name TEXT NOT NULL, x FLOAT NOT NULL, y FLOAT NOT NULL,
    w FLOAT NOT NULL, h FLOAT NOT NULL, data JSON NOT NULL);
CREATE TABLE flows (id VARCHAR PRIMARY KEY, diagram_id VARCHAR NOT NULL
    REFERENCES diagrams (id) DEFERRABLE INITIALLY DEFERRED, type VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL, target_id VARCHAR NOT NULL, name TEXT NOT NULL,
    data JSON NOT NULL);
CREATE TABLE weak_points (id VARCHAR PRIMARY KEY, diagram_id VARCHAR NOT NULL
    REFERENCES diagrams (id) DEFERRABLE INITIALLY DEFERRED, target_id VARCHAR,
    data JSON NOT NULL);
CREATE TABLE kpis (id VARCHAR PRIMARY KEY, process_id VARCHAR NOT NULL
    REFERENCES processes (id) DEFERRABLE INITIALLY DEFERRED, step_id VARCHAR,
    name TEXT NOT NULL, data JSON NOT NULL);
CREATE TABLE kpi_measurements (id VARCHAR PRIMARY KEY, kpi_id VARCHAR NOT NULL
    REFERENCES kpis (id) DEFERRABLE INITIALLY DEFERRED, date VARCHAR NOT NULL,
    value FLOAT NOT NULL, data JSON NOT NULL);
"""


def make_v1_file(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(V1_SCHEMA)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("PRAGMA user_version = 1")
    connection.execute(
        "INSERT INTO processes VALUES ('Process_1', 'Invoicing', ?)", (json.dumps({}),)
    )
    connection.execute(
        "INSERT INTO diagrams VALUES ('Diagram_1', 'Process_1', 'As-is', 'as-is', ?)",
        (json.dumps({}),),
    )
    connection.execute(
        "INSERT INTO weak_points VALUES ('WeakPoint_1', 'Diagram_1', NULL, ?)",
        (json.dumps({"severity": 5, "status": "in-progress", "description": "Slow approval"}),),
    )
    connection.commit()
    connection.close()


def test_v1_file_is_migrated_with_backup(tmp_path: Path) -> None:
    # given a workspace file of schema version 1
    path = tmp_path / "old.procdesk"
    make_v1_file(path)
    original = path.read_bytes()
    # when it is opened
    with Document.open(path) as document:
        point = document.workspace.get("WeakPoint_1", WeakPoint)
    # then the data survived, the columns exist, and a backup of the old file was kept
    assert point.severity == 5 and point.status == WeakPointStatus.IN_PROGRESS
    assert point.description == "Slow approval"
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    row = connection.execute("SELECT severity, status, data FROM weak_points").fetchone()
    connection.close()
    assert row[0] == 5 and row[1] == "in-progress" and "severity" not in json.loads(row[2])
    assert (tmp_path / "old.procdesk.v1.bak").read_bytes() == original


def test_read_only_open_of_old_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "old.procdesk"
    make_v1_file(path)
    original = path.read_bytes()
    with pytest.raises(WorkspaceError, match="older format"):
        Document.open(path, read_only=True)
    assert path.read_bytes() == original
