"""The RACI panel: the matrix of the diagram on the canvas, with the role list a click away.

Every cell change is one Editor intent (``set_responsibility``, ``cycle_responsibility``),
so it is one undo step, written to the file and the change log at once; the matrix is then
rebuilt from the model, keeping the cell the user was on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from procdesk.document import Document
from procdesk.model.assignments import Letter
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.elements import Diagram, DiagramElement
from procdesk.model.history import ReadOnlyError
from procdesk.model.roles import Role
from procdesk.text import tr
from procdesk.ui.common.observe import named, observe
from procdesk.ui.common.shown_refresh import RefreshWhenShown
from procdesk.ui.raci.matrix_model import RaciModel
from procdesk.ui.raci.matrix_view import RaciMatrixView
from procdesk.ui.raci.roles_dialog import RoleListDialog


class RaciPanel(QWidget):
    """objectName ``raci``: the RACI matrix of the diagram shown."""

    message = Signal(str)
    """Something to tell the user (a refused edit)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("raci")
        self.document = document
        self.diagram_id: str | None = None
        self.title = named(QLabel(), "raciTitle")
        self.legend = named(QLabel(), "raciLegend")
        self.legend.setText(
            tr("Click a cell, or press Space, R, A, C, I or Delete. Italic R: by the lane.")
        )
        self.legend.setEnabled(False)
        self.roles_button = named(QPushButton(tr("Roles…")), "raciRoles")
        self.roles_button.setToolTip(tr("Add, rename, describe and delete the workspace's roles"))
        self.roles_button.clicked.connect(self.edit_roles)
        self.model = RaciModel(document.workspace)
        self.view = RaciMatrixView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("RACI matrix"))
        self.view.setAccessibleDescription(
            tr("Steps down, roles across: who is responsible, accountable, consulted, informed.")
        )
        self.view.cycle_requested.connect(self._cycle)
        self.view.letter_requested.connect(self._set)
        self.dialog: RoleListDialog | None = None
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.legend)
        bar.addWidget(self.roles_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self._stop = observe(self, document, self._on_changed)
        self._when_seen = RefreshWhenShown(self, self.refresh)
        self.roles_button.setEnabled(not document.read_only)

    def detach(self) -> None:
        """Stop following the document (before it is closed)."""
        self._stop()
        if self.dialog is not None:
            self.dialog.detach()
            self.dialog.close()

    def set_diagram(self, diagram_id: str | None) -> None:
        self.diagram_id = diagram_id
        self._when_seen.request()

    def refresh(self) -> None:
        """Rebuild the matrix from the model, staying on the same step and role."""
        current = self.view.currentIndex()
        keep = None
        if current.isValid() and current.row() < self.model.rowCount():
            keep = (self.model.row(current).step.id, self.model.role(current))
        self.model.reload(self.diagram_id)
        diagram = self.document.workspace.find(self.diagram_id)
        if isinstance(diagram, Diagram):
            self.title.setText(tr("RACI of '{diagram}'").format(diagram=diagram.name))
        else:
            self.title.setText(tr("No diagram shown"))
        if keep is not None:
            index = self.model.index_of(*keep)
            if index.isValid():
                self.view.setCurrentIndex(index)

    def _on_changed(self, changeset: ChangeSet) -> None:
        """Rebuild when a role, or a step, lane, pool or flow of the diagram changed."""
        for change in changeset.changes:
            entity = change.entity
            if isinstance(entity, Role) or entity.id == self.diagram_id:
                self._when_seen.request()
                return
            if isinstance(entity, DiagramElement) and entity.diagram_id == self.diagram_id:
                self._when_seen.request()
                return

    # editing -----------------------------------------------------------------------------------
    def _cycle(self, index: QModelIndex) -> None:
        if index.isValid():
            step, role = self.model.row(index).step.id, self.model.role(index)
            self._edit(lambda: self.document.editor.cycle_responsibility(step, role), index)

    def _set(self, index: QModelIndex, letter: Letter | None) -> None:
        if index.isValid():
            step, role = self.model.row(index).step.id, self.model.role(index)
            self._edit(lambda: self.document.editor.set_responsibility(step, role, letter), index)

    def _edit(self, edit: Callable[[], object], index: QModelIndex) -> None:
        self.view.setCurrentIndex(index)
        try:
            edit()
        except ReadOnlyError:
            self.message.emit(tr("This workspace is open read-only: the RACI cannot be changed"))
        except CommandError as error:
            self.message.emit(str(error))

    def edit_roles(self) -> RoleListDialog:
        """Open (or bring forward) the role list editor."""
        if self.dialog is None:
            self.dialog = RoleListDialog(self.document, self)
            self.dialog.message.connect(self.message)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
