"""The workspace file's tables as plain data: names, columns, keys, indexes, version marks.

Every table keeps the columns worth querying (ids, names, geometry) as real columns and the
rest of an entity's fields in a JSON ``data`` column. Foreign keys are DEFERRABLE INITIALLY
DEFERRED: a ChangeSet is consistent as a whole, not row by row, so SQLite checks them at
commit.

The layout is declared here without SQLAlchemy because the store's everyday work (open, load,
write) needs only table and column names and talks to SQLite through its driver: a scripted
``procdesk import`` then starts without loading SQLAlchemy, which would cost it a fifth of its
time. ``schema`` builds the SQLAlchemy tables from these layouts, for what SQLAlchemy is there
for: creating tables, migrating files, the PostgreSQL repository, queries.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

APPLICATION_ID = 0x50524F43
"""``PRAGMA application_id`` of every workspace ("PROC"): marks the file as ours."""

SCHEMA_VERSION = 4
"""``PRAGMA user_version`` written by this procdesk; older files are migrated on open."""


class ColumnType(enum.Enum):
    """What a column holds (``schema`` maps each to its SQLAlchemy type)."""

    STRING = "string"
    """An id, a kind, a date: short text that is compared."""
    TEXT = "text"
    """A name: text a person wrote."""
    FLOAT = "float"
    INTEGER = "integer"
    JSON = "json"
    """An entity's other fields, as JSON text."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table."""

    name: str
    type: ColumnType
    primary_key: bool = False
    nullable: bool = True
    references: str | None = None
    """``table.column`` of a (deferred) foreign key, or None."""
    index: bool = False
    """Whether the column has an index of its own (named ``ix_<table>_<column>``)."""


@dataclass(frozen=True, slots=True)
class Index:
    """A named index over one column."""

    name: str
    column: str


@dataclass(frozen=True, slots=True, eq=False)
class TableLayout:
    """One table: its name, its columns in their stored order, its named indexes.

    Compared by identity, as tables are: each layout exists once.
    """

    name: str
    columns: tuple[Column, ...]
    indexes: tuple[Index, ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


def _id() -> Column:
    return Column("id", ColumnType.STRING, primary_key=True)


def _owner(name: str, target: str) -> Column:
    return Column(name, ColumnType.STRING, nullable=False, references=target)


def _data() -> Column:
    return Column("data", ColumnType.JSON, nullable=False)


def _text(name: str) -> Column:
    return Column(name, ColumnType.TEXT, nullable=False)


PROCESSES = TableLayout("processes", (_id(), _text("name"), _data()))

DIAGRAMS = TableLayout(
    "diagrams",
    (_id(), _owner("process_id", "processes.id"), _text("name"), _text("variant"), _data()),
)

ELEMENTS = TableLayout(
    "elements",
    (
        _id(),
        _owner("diagram_id", "diagrams.id"),
        Column("type", ColumnType.STRING, nullable=False),
        Column("parent_id", ColumnType.STRING),
        _text("name"),
        *(Column(axis, ColumnType.FLOAT, nullable=False) for axis in ("x", "y", "w", "h")),
        _data(),
    ),
    (Index("ix_elements_diagram", "diagram_id"),),
)

FLOWS = TableLayout(
    "flows",
    (
        _id(),
        _owner("diagram_id", "diagrams.id"),
        Column("type", ColumnType.STRING, nullable=False),
        Column("source_id", ColumnType.STRING, nullable=False),
        Column("target_id", ColumnType.STRING, nullable=False),
        _text("name"),
        _data(),
    ),
    (Index("ix_flows_diagram", "diagram_id"),),
)

WEAK_POINTS = TableLayout(
    "weak_points",
    (
        _id(),
        _owner("diagram_id", "diagrams.id"),
        Column("target_id", ColumnType.STRING),
        Column("severity", ColumnType.INTEGER, nullable=False),
        Column("status", ColumnType.STRING, nullable=False),
        _data(),
    ),
)

KPIS = TableLayout(
    "kpis",
    (
        _id(),
        _owner("process_id", "processes.id"),
        Column("step_id", ColumnType.STRING),
        _text("name"),
        _data(),
    ),
)

KPI_MEASUREMENTS = TableLayout(
    "kpi_measurements",
    (
        _id(),
        _owner("kpi_id", "kpis.id"),
        Column("date", ColumnType.STRING, nullable=False),
        Column("value", ColumnType.FLOAT, nullable=False),
        _data(),
    ),
    (Index("ix_measurements_kpi", "kpi_id"),),
)

BASE_LAYOUTS: tuple[TableLayout, ...] = (
    PROCESSES,
    DIAGRAMS,
    ELEMENTS,
    FLOWS,
    WEAK_POINTS,
    KPIS,
    KPI_MEASUREMENTS,
)
"""The tables of the hand-wired entities; every workspace file has had them from the start."""


def kind_layout(table: str, scope: str | None) -> TableLayout:
    """The table of a registered entity kind: ``id``, the owner's id (when the kind has one,
    indexed) and ``data``."""
    owner = (Column(scope, ColumnType.STRING, index=True),) if scope else ()
    return TableLayout(table, (_id(), *owner, Column("data", ColumnType.JSON)))
