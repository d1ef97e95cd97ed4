"""Traceability of one requirement, risk or control, as a tree a reader follows both ways:
a requirement → the controls that meet it → the steps they run at → their processes; a risk →
its element and the controls that mitigate it; a control → its steps, risks and requirements.
Double-clicking a step or flow shows it on the canvas (``element_activated``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from procdesk.analysis.risk_score import assess
from procdesk.model.compliance import Control, Requirement, Risk
from procdesk.model.compliance_queries import (
    controls_mitigating,
    controls_satisfying,
    process_of,
    requirement_ids_of,
    risk_ids_of,
    step_ids_of,
    weak_points_of,
)
from procdesk.model.compliance_words import element_label
from procdesk.model.elements import Process
from procdesk.model.workspace import Workspace
from procdesk.text import tr

ID_ROLE = Qt.ItemDataRole.UserRole


class TraceView(QTreeWidget):
    """objectName ``traceView``."""

    element_activated = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("traceView")
        self.setHeaderLabels([tr("Traceability")])
        self.setAccessibleName(tr("Traceability"))
        self.itemDoubleClicked.connect(self._activated)

    def trace(self, workspace: Workspace, item_id: str | None) -> None:
        self.clear()
        entity = workspace.find(item_id)
        if isinstance(entity, Requirement):
            root = self._node(
                None,
                tr("Requirement {clause}: {title}"),
                entity.id,
                clause=entity.label,
                title=entity.title,
            )
            for control in controls_satisfying(workspace, entity.id):
                self._control(workspace, root, control)
        elif isinstance(entity, Risk):
            result = assess(workspace, entity)
            root = self._node(
                None,
                tr("Risk: {risk} ({explain})"),
                entity.id,
                risk=entity.description,
                explain=result.explain(),
            )
            self._site(workspace, root, entity.element_id or entity.process_id)
            for point in weak_points_of(workspace, entity.id):
                self._node(root, tr("from weak point: {text}"), point.id, text=point.description)
            for control in controls_mitigating(workspace, entity.id):
                self._control(workspace, root, control)
        elif isinstance(entity, Control):
            root = self._control(workspace, None, entity)
            for risk_id in risk_ids_of(workspace, entity.id):
                self._node(
                    root, tr("mitigates: {risk}"), risk_id, risk=element_label(workspace, risk_id)
                )
            for requirement_id in requirement_ids_of(workspace, entity.id):
                self._node(
                    root,
                    tr("satisfies: {clause}"),
                    requirement_id,
                    clause=element_label(workspace, requirement_id),
                )
        else:
            return
        self.expandAll()

    def _node(
        self, parent: QTreeWidgetItem | None, template: str, item_id: str, **values: str
    ) -> QTreeWidgetItem:
        node = QTreeWidgetItem([template.format(**values)])
        node.setData(0, ID_ROLE, item_id)
        if parent is None:
            self.addTopLevelItem(node)
        else:
            parent.addChild(node)
        return node

    def _control(
        self, workspace: Workspace, parent: QTreeWidgetItem | None, control: Control
    ) -> QTreeWidgetItem:
        owner = control.owner or tr("(no owner)")
        node = self._node(
            parent,
            tr("Control: {control} ({owner})"),
            control.id,
            control=control.name,
            owner=owner,
        )
        steps = step_ids_of(workspace, control.id)
        if not steps:
            self._node(node, tr("runs at no step"), control.id)
        for step_id in steps:
            self._site(workspace, node, step_id)
        return node

    def _site(self, workspace: Workspace, parent: QTreeWidgetItem, element_id: str) -> None:
        process = workspace.find(process_of(workspace, element_id))
        process_name = process.name if isinstance(process, Process) else ""
        if element_id == getattr(process, "id", None):
            self._node(parent, tr("in process {process}"), element_id, process=process_name)
            return
        self._node(
            parent,
            tr("at {element} in {process}"),
            element_id,
            element=element_label(workspace, element_id),
            process=process_name,
        )

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.element_activated.emit(str(item.data(0, ID_ROLE)))
