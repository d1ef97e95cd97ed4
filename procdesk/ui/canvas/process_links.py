"""Linking a step to another process from its right-click menu: an end event "continues in"
a process, a start event "continues from" one, a call activity "calls" one.

The landscape draws these links as interfaces between the processes; a link whose process is
deleted later is reported there as unresolved. Each choice is one undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from procdesk.model.elements import Diagram, Step, StepKind
from procdesk.model.landscape import ProcessLink
from procdesk.model.landscape_intents import LINKABLE
from procdesk.text import tr, tr_noop
from procdesk.ui.canvas.controller import CanvasController

TITLES = {
    StepKind.END_EVENT: tr_noop("Continues in process"),
    StepKind.INTERMEDIATE_THROW_EVENT: tr_noop("Continues in process"),
    StepKind.START_EVENT: tr_noop("Continues from process"),
    StepKind.INTERMEDIATE_CATCH_EVENT: tr_noop("Continues from process"),
    StepKind.CALL_ACTIVITY: tr_noop("Calls process"),
}


def add_process_link_menu(controller: CanvasController, menu: QMenu, step: Step) -> None:
    """A submenu listing the workspace's other processes, the linked one checked."""
    if step.kind not in LINKABLE:
        return
    workspace = controller.scene.workspace
    diagram = workspace.find(step.diagram_id)
    own = diagram.process_id if isinstance(diagram, Diagram) else None
    links = workspace.in_scope(step.id, ProcessLink)
    linked = links[0].process_id if links else None
    choices = menu.addMenu(tr(TITLES[step.kind]))
    choices.setObjectName("processLinkMenu")
    choices.setEnabled(controller.can_edit)
    none = choices.addAction(tr("No process", "process link"))
    none.setCheckable(True)
    none.setChecked(linked is None)
    none.triggered.connect(lambda _checked=False: _link(controller, step.id, None))
    choices.addSeparator()
    for process in workspace.processes():
        if process.id == own:
            continue
        entry = choices.addAction(process.name)
        entry.setCheckable(True)
        entry.setChecked(process.id == linked)
        entry.triggered.connect(
            lambda _checked=False, pid=process.id: _link(controller, step.id, pid)
        )


def _link(controller: CanvasController, step_id: str, process_id: str | None) -> None:
    controller.edit(lambda editor: editor.link_step_to_process(step_id, process_id))
