"""From a weak point to the improvement portfolio: "Create initiative from this", "Add to
initiative…", and the list of initiatives that address a weak point.

The canvas menu, the findings panel and the weak point dialog all offer the same two
entries through ``add_initiative_entries``; each is one Editor intent (one undo step). The
function given as *chosen* hears the initiative created or extended, so the window can
show it in the Improvement area.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from procdesk.document import Document
from procdesk.model.commands import CommandError
from procdesk.model.elements import WeakPoint
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.portfolio import Initiative
from procdesk.model.portfolio_queries import initiatives, initiatives_addressing, status_label
from procdesk.text import tr
from procdesk.ui.common.observe import named, observe

Chosen = Callable[[str], None]


def _ignore(initiative_id: str) -> None:
    del initiative_id


def _refuse(parent: QWidget | None, error: Exception) -> None:
    QMessageBox.warning(parent, tr("Improvement portfolio"), str(error))


def create_initiative_from(
    document: Document, weak_point_id: str, parent: QWidget | None, chosen: Chosen = _ignore
) -> str | None:
    """A new initiative addressing the weak point (titled after its proposed action)."""
    try:
        initiative_id = document.editor.create_initiative_from_weak_point(weak_point_id)
    except (CommandError, ReadOnlyError, PersistError) as error:
        _refuse(parent, error)
        return None
    chosen(initiative_id)
    return initiative_id


def add_to_initiative(
    document: Document,
    weak_point_id: str,
    parent: QWidget | None,
    chosen: Chosen = _ignore,
    pick: Callable[[list[str]], int | None] | None = None,
) -> str | None:
    """Let an existing initiative address the weak point too; *pick* chooses among the
    titles (the default asks in a list)."""
    taken = {i.id for i in initiatives_addressing(document.workspace, weak_point_id)}
    offered = [i for i in initiatives(document.workspace) if i.id not in taken]
    if not offered:
        QMessageBox.information(
            parent,
            tr("Add to initiative"),
            tr("There is no other initiative to add this weak point to."),
        )
        return None
    titles = [f"{i.title} ({status_label(i.status)})" for i in offered]
    index = (pick or _ask(parent))(titles)
    if index is None:
        return None
    initiative_id = offered[index].id
    try:
        document.editor.link_weak_point(initiative_id, weak_point_id)
    except (CommandError, ReadOnlyError, PersistError) as error:
        _refuse(parent, error)
        return None
    chosen(initiative_id)
    return initiative_id


def _ask(parent: QWidget | None) -> Callable[[list[str]], int | None]:
    def ask(titles: list[str]) -> int | None:
        title, ok = QInputDialog.getItem(
            parent, tr("Add to initiative"), tr("Initiative:"), titles, 0, False
        )
        return titles.index(title) if ok and title in titles else None

    return ask


def add_initiative_entries(
    menu: QMenu,
    document: Document,
    weak_point_ids: list[str],
    parent: QWidget | None,
    chosen: Chosen = _ignore,
) -> None:
    """The two entries for each weak point (in a submenu per weak point when there are
    several), disabled when the workspace is read-only."""
    if not weak_point_ids:
        return
    menu.addSeparator()
    for weak_point_id in weak_point_ids:
        target = menu
        if len(weak_point_ids) > 1:
            point = document.workspace.get(weak_point_id, WeakPoint)
            text = point.description[:40] or tr("Weak point")
            target = menu.addMenu(tr("Weak point: {text}").format(text=text))
        create = target.addAction(tr("Create initiative from this"))
        create.setObjectName("createInitiative")
        create.triggered.connect(
            lambda _c=False, w=weak_point_id: create_initiative_from(document, w, parent, chosen)
        )
        add = target.addAction(tr("Add to initiative…"))
        add.setObjectName("addToInitiative")
        add.triggered.connect(
            lambda _c=False, w=weak_point_id: add_to_initiative(document, w, parent, chosen)
        )
        for action in (create, add):
            action.setEnabled(not document.read_only)


class InitiativesBox(QWidget):
    """objectName ``weakPointInitiatives``: the initiatives addressing one weak point, with
    the two entries as buttons."""

    def __init__(
        self,
        document: Document,
        weak_point_id: str,
        chosen: Chosen = _ignore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weakPointInitiatives")
        self.document = document
        self.weak_point_id = weak_point_id
        self.listing = named(QLabel(), "initiativesListing")
        self.listing.setWordWrap(True)
        create = named(QPushButton(tr("Create initiative from this")), "createInitiative")
        add = named(QPushButton(tr("Add to initiative…")), "addToInitiative")
        create.clicked.connect(
            lambda: create_initiative_from(document, weak_point_id, self, chosen)
        )
        add.clicked.connect(lambda: add_to_initiative(document, weak_point_id, self, chosen))
        for button in (create, add):
            button.setEnabled(not document.read_only)
        buttons = QHBoxLayout()
        buttons.addWidget(create)
        buttons.addWidget(add)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.listing)
        layout.addLayout(buttons)
        self.refresh()
        self._stop = observe(self, document, lambda _changes: self.refresh())
        self.destroyed.connect(lambda _object=None: self._stop())

    def titles(self) -> list[str]:
        if self.weak_point_id not in self.document.workspace:
            return []
        return [
            i.title for i in initiatives_addressing(self.document.workspace, self.weak_point_id)
        ]

    def refresh(self) -> None:
        if self.weak_point_id not in self.document.workspace:
            return
        found: list[Initiative] = initiatives_addressing(
            self.document.workspace, self.weak_point_id
        )
        if found:
            self.listing.setText(
                "\n".join(f"• {i.title} ({status_label(i.status)})" for i in found)
            )
        else:
            self.listing.setText(tr("No initiative addresses this weak point yet."))
