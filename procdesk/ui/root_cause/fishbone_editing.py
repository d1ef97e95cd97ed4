"""Editing a fishbone in place: the text box for renaming a cause or a category and for a new
cause (below the selected one, or under it as a sub-cause), and the edits the keys and the
dialog's buttons ask for. Mixed into the view, which provides the picture and the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QWidget

from procdesk.analysis.fishbone_layout import FishboneLayout
from procdesk.analysis.fishbone_shapes import Box
from procdesk.document import Document
from procdesk.model.root_cause_queries import siblings, sub_causes, subtree
from procdesk.text import tr
from procdesk.ui.root_cause.fishbone_edits import FishboneEdits
from procdesk.ui.root_cause.inline_editor import Done, InlineEditor


class FishboneEditing:
    """Renaming, adding, deleting, confirming and moving the selected cause or category."""

    document: Document
    edits: FishboneEdits
    editable: bool
    picture: FishboneLayout | None
    selected: str | None
    editor: InlineEditor | None

    def select(self, ref: str | None) -> None:
        raise NotImplementedError

    def on_screen(self, box: Box) -> QRectF:
        raise NotImplementedError

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def rename_selected(self) -> None:
        ref = self.selected
        if not self.editable or self.picture is None or ref is None:
            return
        text = self.picture.text_of(ref)
        cause, category = self.edits.cause(ref), self.edits.category(ref)
        current = cause.text if cause else category.name if category else ""
        if text is None or not current:
            return
        self._open_editor(
            self.on_screen(text.box), current, lambda value: self._renamed(ref, value)
        )

    def _renamed(self, ref: str, value: str | None) -> None:
        if value:
            self.edits.rename(ref, value)

    def add_sibling(self) -> None:
        """Enter: a cause below the selected one (on a category: a cause on its bone)."""
        cause, category = self.edits.cause(self.selected), self.edits.category(self.selected)
        if cause is not None:
            row = [c.id for c in siblings(self.document.workspace, cause)]
            index = row.index(cause.id) + 1
            self._ask_cause(cause.category_id, cause.parent_id, index, cause.id, 0.0)
        elif category is not None:
            self._ask_cause(category.id, None, None, category.id, 0.0)

    def add_sub_cause(self) -> None:
        """Tab: a sub-cause of the selected cause (on a category: a cause on its bone)."""
        cause = self.edits.cause(self.selected)
        if cause is None:
            self.add_sibling()
            return
        index = len(sub_causes(self.document.workspace, cause.id))
        self._ask_cause(cause.category_id, cause.id, index, cause.id, -24.0)

    def _ask_cause(
        self, category_id: str, parent_id: str | None, index: int | None, near: str, indent: float
    ) -> None:
        if not self.editable or self.picture is None:
            return
        text = self.picture.text_of(near)
        if text is None:
            return
        # the box opens where the new cause will appear: under *near* and all that hangs on it
        below = [self.picture.text_of(c.id) for c in subtree(self.document.workspace, near)]
        bottom = max((t.box.bottom for t in below if t is not None), default=text.box.bottom)
        rect = self.on_screen(text.box)
        width = max(rect.width(), 220.0)
        top = self.on_screen(Box(text.box.x, bottom, 0, 0)).top()
        spot = QRectF(rect.right() - width + indent, top + 4, width, rect.height())

        def done(value: str | None) -> None:
            if value:
                added = self.edits.add(category_id, value, parent_id, index)
                if added is not None:
                    self.select(added)

        self._open_editor(spot, "", done, tr("New cause"))

    def _open_editor(self, rect: QRectF, text: str, done: Done, placeholder: str = "") -> None:
        if self.editor is not None:
            self.editor.finish(True)

        view = self._widget()

        def finished(value: str | None) -> None:
            self.editor = None
            view.setFocus()
            done(value)

        editor = InlineEditor(view, text, finished, placeholder)
        height = max(rect.height(), editor.sizeHint().height())
        editor.setGeometry(rect.toRect().adjusted(-4, 0, 4, 0).normalized())
        editor.resize(max(editor.width(), 120), round(height))
        editor.show()
        editor.setFocus()
        self.editor = editor

    def delete_selected(self) -> None:
        if self.editable and self.selected is not None:
            self.select(self.edits.delete(self.selected))

    def toggle_selected(self) -> None:
        if self.editable and self.selected is not None:
            self.edits.toggle(self.selected)

    def move_selected(self, step: int) -> None:
        if self.editable and self.selected is not None:
            self.edits.shift(self.selected, step)
