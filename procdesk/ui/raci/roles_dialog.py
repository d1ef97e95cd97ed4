"""The role list editor: the workspace's roles with their department and description.

A role is added with a free name, ready to be typed over; editing a cell renames, moves or
describes it; deleting takes it off every step's RACI (unless a lane still carries its name).
Each change is one Editor intent, so Ctrl+Z in the window undoes it, and the list follows
undo and redo while it is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.history import ReadOnlyError
from procdesk.model.raci import role_list
from procdesk.model.roles import Role
from procdesk.text import tr, tr_noop
from procdesk.ui.common.observe import named, observe

COLUMNS = (
    ("name", tr_noop("Role", "role list column")),
    ("department", tr_noop("Department", "role list column")),
    ("description", tr_noop("Description", "role list column")),
)
ID_ROLE = Qt.ItemDataRole.UserRole


class RoleListDialog(QDialog):
    """objectName ``roleList``: the workspace's roles, editable in place."""

    message = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleList")
        self.setWindowTitle(tr("Roles"))
        self.document = document
        self.table = named(QTableWidget(0, len(COLUMNS)), "roleTable")
        self.table.setAccessibleName(tr("Roles of the workspace"))
        self.table.setHorizontalHeaderLabels(
            [tr(title, "role list column") for _, title in COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 200)
        header.resizeSection(1, 170)
        self.note = named(QLabel(), "roleListNote")
        self.note.setWordWrap(True)
        self.note.setText(
            tr(
                "Every lane is a role already. List here the roles no lane shows (who answers "
                "for a result, who is asked or told), or a lane's name to describe its role."
            )
        )
        self.table.itemChanged.connect(self._edited)
        self.add_button = named(QPushButton(tr("Add role")), "addRole")
        self.add_button.clicked.connect(self.add_role)
        self.delete_button = named(QPushButton(tr("Delete role")), "deleteRole")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.resize(640, 360)
        editable = not document.read_only
        self.add_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        if not editable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._stop = observe(self, document, self._on_changed)
        self._filling = False
        self.refresh()

    def detach(self) -> None:
        self._stop()

    def roles(self) -> list[Role]:
        return role_list(self.document.workspace)

    def refresh(self) -> None:
        """Fill the table from the role list (the selected role stays selected)."""
        selected = self.selected_role_id()
        self._filling = True
        roles = self.roles()
        self.table.setRowCount(len(roles))
        for row, role in enumerate(roles):
            for column, (field, _title) in enumerate(COLUMNS):
                item = QTableWidgetItem(str(getattr(role, field)))
                item.setData(ID_ROLE, role.id)
                self.table.setItem(row, column, item)
        self._filling = False
        if selected is not None:
            self.select_role(selected)

    def selected_role_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return str(item.data(ID_ROLE)) if item is not None else None

    def select_role(self, role_id: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == role_id:
                self.table.setCurrentCell(row, 0)
                return

    # editing -----------------------------------------------------------------------------------
    def add_role(self) -> str | None:
        """Add a role with a free name and start editing its name."""
        taken = {role.name.casefold() for role in self.roles()}
        name, number = tr("New role"), 2
        while name.casefold() in taken:
            name, number = tr("New role {number}").format(number=number), number + 1
        role_id = self._try(lambda: self.document.editor.add_role(name))
        if isinstance(role_id, str):
            self.select_role(role_id)
            item = self.table.item(self.table.currentRow(), 0)
            if item is not None:
                self.table.editItem(item)
            return role_id
        return None

    def delete_selected(self) -> None:
        role_id = self.selected_role_id()
        if role_id is not None:
            self._try(lambda: self.document.editor.delete_role(role_id))

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        field = COLUMNS[item.column()][0]
        role_id = str(item.data(ID_ROLE))
        values = {field: item.text()}
        self._try(lambda: self.document.editor.update_role(role_id, **values))
        self.refresh()

    def _try(self, edit: Callable[[], object]) -> object:
        try:
            return edit()
        except ReadOnlyError:
            self.message.emit(tr("This workspace is open read-only: the roles cannot be changed"))
        except CommandError as error:
            self.message.emit(str(error))
            self.refresh()
        return None

    def _on_changed(self, changeset: ChangeSet) -> None:
        if any(isinstance(change.entity, Role) for change in changeset.changes):
            self.refresh()
