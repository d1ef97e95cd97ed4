"""The workspace file's tables as SQLAlchemy Core tables, built from their layouts.

``layout`` declares the tables; this module makes SQLAlchemy ``Table`` objects of them for
the work SQLAlchemy does: creating the tables of a new file or of a concept a file has not
seen, migrations, the PostgreSQL repository (the same tables), queries of the change log.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

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
from sqlalchemy.types import TypeEngine

from procdesk.store.layout import ColumnType, TableLayout

metadata = MetaData()

_TYPES: dict[ColumnType, type[TypeEngine[Any]]] = {
    ColumnType.STRING: String,
    ColumnType.TEXT: Text,
    ColumnType.FLOAT: Float,
    ColumnType.INTEGER: Integer,
    ColumnType.JSON: JSON,
}


def sa_table(layout: TableLayout) -> Table:
    """The SQLAlchemy table of *layout* (made once, in ``metadata``)."""
    table = metadata.tables.get(layout.name)
    if table is not None:
        return table
    columns = [
        Column(
            column.name,
            _TYPES[column.type],
            *(
                [ForeignKey(column.references, deferrable=True, initially="DEFERRED")]
                if column.references
                else []
            ),
            primary_key=column.primary_key,
            nullable=column.nullable and not column.primary_key,
            index=column.index or None,
        )
        for column in layout.columns
    ]
    indexes = [Index(index.name, index.column) for index in layout.indexes]
    return Table(layout.name, metadata, *columns, *indexes)


def sa_tables(layouts: Iterable[TableLayout]) -> list[Table]:
    """The SQLAlchemy tables of *layouts*, in their order."""
    return [sa_table(layout) for layout in layouts]
