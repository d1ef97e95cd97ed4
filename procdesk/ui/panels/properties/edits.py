"""Edits the properties dock makes that need more than setting a field: renaming the
fields in the undo label, changing a step's kind (its size follows its shape family), and
expanding or collapsing a sub-process (it takes the size of its new form).
"""

from __future__ import annotations

from procdesk.model.commands import UpdateEntities
from procdesk.model.editor import Editor
from procdesk.model.elements import Step, StepKind
from procdesk.model.geometry import Rect
from procdesk.model.naming import describe
from procdesk.model.sizes import step_size
from procdesk.text import tr


def update(
    editor: Editor, ids: tuple[str, ...], values: dict[str, object], merge_key: str | None = None
) -> None:
    """Set *values* on *ids* as one (mergeable) edit with a label that names the fields."""
    named = [editor.workspace.get(i) for i in ids]
    fields = ", ".join(sorted(values))
    label = tr("Edit {fields} of {what}").format(fields=fields, what=describe(named))
    editor.run(UpdateEntities(ids, values, label, merge_key))


def set_expanded(editor: Editor, ids: list[str], expanded: bool) -> None:
    """Show or hide a sub-process's contents; it takes the size of its new form."""
    steps = [editor.workspace.get(i, Step) for i in ids]
    label = tr("Expand {what}") if expanded else tr("Collapse {what}")
    with editor.history.group(label.format(what=describe(steps))):
        for step in steps:
            w, h = step_size(step.kind, expanded)
            b = step.bounds
            update(editor, (step.id,), {"expanded": expanded, "bounds": Rect(b.x, b.y, w, h)})


def change_kind(editor: Editor, ids: list[str], kind: StepKind) -> None:
    """Give steps another kind, resized around their centre when the shape family changes."""
    steps = [editor.workspace.get(i, Step) for i in ids]
    with editor.history.group(tr("Change kind of {what}").format(what=describe(steps))):
        for step in steps:
            values: dict[str, object] = {"kind": kind}
            family = (step.kind.is_event, step.kind.is_gateway)
            if family != (kind.is_event, kind.is_gateway):
                w, h = step_size(kind)
                c = step.bounds.center
                values["bounds"] = Rect(c.x - w / 2, c.y - h / 2, w, h)
            update(editor, (step.id,), values)
