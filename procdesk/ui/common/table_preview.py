"""The parts every column-mapped import dialog shows: the first rows of the file, numbered as
in the file (as the row errors name them), and a choice of column for each field."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from procdesk.export.tabular import Cell, Table, cell_text
from procdesk.text import tr
from procdesk.ui.common.observe import named

PREVIEW_ROWS = 20
NONE = -1
"""The data of a column choice's "(none)" entry."""


def column_title(table: Table[Cell] | Table[str], index: int) -> str:
    """A column's header, or "column 3" for a column without one."""
    return table.header[index] or tr("column {n}").format(n=index + 1)


def fill_preview(widget: QTableWidget, table: Table[Cell] | Table[str]) -> None:
    """Show the header and the first ``PREVIEW_ROWS`` rows of *table* in *widget*."""
    rows = table.rows[:PREVIEW_ROWS]
    widget.setColumnCount(len(table.header))
    widget.setRowCount(len(rows))
    widget.setHorizontalHeaderLabels([column_title(table, i) for i in range(len(table.header))])
    widget.setVerticalHeaderLabels([str(table.first_row + i) for i in range(len(rows))])
    widget.horizontalHeader().setStretchLastSection(True)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            widget.setItem(r, c, QTableWidgetItem(cell_text(cell)))
    widget.resizeColumnsToContents()


def column_choice(
    table: Table[Cell] | Table[str], object_name: str, chosen: int = NONE
) -> QComboBox:
    """A choice among *table*'s columns (and "(none)"), *chosen* selected; its current data
    is the column's index, or ``NONE``."""
    combo = named(QComboBox(), object_name)
    combo.addItem(tr("(none)"), NONE)
    for index in range(len(table.header)):
        combo.addItem(column_title(table, index), index)
    combo.setCurrentIndex(combo.findData(chosen))
    return combo
