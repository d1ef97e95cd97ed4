"""The compare view's list of differences: added, removed and changed steps, grouped.

Each step row carries its element id and the id of the diagram it is in, so a click can show
it on the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from procdesk.analysis.compare import Comparison, value_text
from procdesk.text import tr

ID_ROLE = Qt.ItemDataRole.UserRole
DIAGRAM_ROLE = Qt.ItemDataRole.UserRole + 1


def fill_changes(tree: QTreeWidget, result: Comparison) -> None:
    """List the added and removed steps and the changed fields, each step clickable."""
    tree.clear()
    groups = (
        (tr("Added ({count})").format(count=len(result.added)), result.after.id, result.added),
        (
            tr("Removed ({count})").format(count=len(result.removed)),
            result.before.id,
            result.removed,
        ),
    )
    for title, diagram_id, steps in groups:
        group = QTreeWidgetItem([title])
        for step in steps:
            lane = step.lane or tr("no lane")
            text = f"{step.name or step.id}  [{step.kind}, {lane}]"
            group.addChild(_leaf(text, diagram_id, step.id))
        tree.addTopLevelItem(group)
    group = QTreeWidgetItem([tr("Changed ({count})").format(count=len(result.changed))])
    for change in result.changed:
        parts = "; ".join(
            f"{name}: {value_text(old)} → {value_text(new)}" for name, old, new in change.fields
        )
        text = f"{change.after.name or change.after.id}: {parts}"
        group.addChild(_leaf(text, result.after.id, change.after.id))
    tree.addTopLevelItem(group)
    tree.expandAll()


def _leaf(text: str, diagram_id: str, element_id: str) -> QTreeWidgetItem:
    leaf = QTreeWidgetItem([text])
    leaf.setToolTip(0, text)
    leaf.setData(0, ID_ROLE, element_id)
    leaf.setData(0, DIAGRAM_ROLE, diagram_id)
    return leaf
