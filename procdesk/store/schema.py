"""The workspace file's tables (SQLAlchemy Core) and its version marks.

Every table keeps the columns worth querying (ids, names, geometry) as real columns and the rest
of an entity's fields in a JSON ``data`` column. Foreign keys are DEFERRABLE INITIALLY DEFERRED:
a ChangeSet is consistent as a whole, not row by row, so SQLite checks them at commit.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

APPLICATION_ID = 0x50524F43
"""``PRAGMA application_id`` of every workspace ("PROC"): marks the file as ours."""

SCHEMA_VERSION = 4
"""``PRAGMA user_version`` written by this procdesk; older files are migrated on open."""

metadata = MetaData()


def _fk(target: str) -> ForeignKey:
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


processes = Table(
    "processes",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", Text, nullable=False),
    Column("data", JSON, nullable=False),
)

diagrams = Table(
    "diagrams",
    metadata,
    Column("id", String, primary_key=True),
    Column("process_id", String, _fk("processes.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("variant", Text, nullable=False),
    Column("data", JSON, nullable=False),
)

elements = Table(
    "elements",
    metadata,
    Column("id", String, primary_key=True),
    Column("diagram_id", String, _fk("diagrams.id"), nullable=False),
    Column("type", String, nullable=False),
    Column("parent_id", String),
    Column("name", Text, nullable=False),
    Column("x", Float, nullable=False),
    Column("y", Float, nullable=False),
    Column("w", Float, nullable=False),
    Column("h", Float, nullable=False),
    Column("data", JSON, nullable=False),
    Index("ix_elements_diagram", "diagram_id"),
)

flows = Table(
    "flows",
    metadata,
    Column("id", String, primary_key=True),
    Column("diagram_id", String, _fk("diagrams.id"), nullable=False),
    Column("type", String, nullable=False),
    Column("source_id", String, nullable=False),
    Column("target_id", String, nullable=False),
    Column("name", Text, nullable=False),
    Column("data", JSON, nullable=False),
    Index("ix_flows_diagram", "diagram_id"),
)

weak_points = Table(
    "weak_points",
    metadata,
    Column("id", String, primary_key=True),
    Column("diagram_id", String, _fk("diagrams.id"), nullable=False),
    Column("target_id", String),
    Column("severity", Integer, nullable=False),
    Column("status", String, nullable=False),
    Column("data", JSON, nullable=False),
)

kpis = Table(
    "kpis",
    metadata,
    Column("id", String, primary_key=True),
    Column("process_id", String, _fk("processes.id"), nullable=False),
    Column("step_id", String),
    Column("name", Text, nullable=False),
    Column("data", JSON, nullable=False),
)

kpi_measurements = Table(
    "kpi_measurements",
    metadata,
    Column("id", String, primary_key=True),
    Column("kpi_id", String, _fk("kpis.id"), nullable=False),
    Column("date", String, nullable=False),
    Column("value", Float, nullable=False),
    Column("data", JSON, nullable=False),
    Index("ix_measurements_kpi", "kpi_id"),
)
