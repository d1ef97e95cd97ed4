"""Find (Ctrl+F): type part of a name, Enter / F3 selects and centres the next match.

The bar floats at the top right of the canvas. It searches the diagram shown by name and also
by the text people wrote about an element (work instruction, documentation, flow condition),
case-insensitively, and counts as it goes ("2 of 5"). Matches in the workspace's other
diagrams are listed under it; picking one asks the window to open that diagram
(``diagram_requested``) and then selects the element there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
)

from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.elements import Diagram, Process
from procdesk.text import tr, tr_noop
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.view import DiagramView
from procdesk.ui.common.observe import named, observe
from procdesk.ui.panels.search.matches import Match, field_word, find, find_elsewhere

TARGET_ROLE = Qt.ItemDataRole.UserRole
MARGIN = 12
WIDTH = 400
NO_MATCH = tr_noop("No match")
READABLE_ZOOM = 0.6
"""Below this zoom a found element is shown at 100 % (names are too small to read)."""


class SearchBar(QFrame):
    """objectName ``searchBar``: find in the diagram shown by *view*, floating over it.

    The bar brings its own actions (``open_action`` Ctrl+F, ``next_action`` F3,
    ``previous_action`` Shift+F3), active anywhere in the view's window. A window that
    already binds Ctrl+F to an action of its own passes ``shortcuts=False`` and connects
    that action to ``open`` (two actions on one key cancel each other out in Qt).
    """

    diagram_requested = Signal(str)
    """The id of another diagram holding the match picked; the window should show it."""
    element_found = Signal(str)
    """The id of the element just selected and centred."""
    closed = Signal()

    def __init__(self, document: Document, view: DiagramView, shortcuts: bool = True) -> None:
        super().__init__(view)
        self.setObjectName("searchBar")
        self.document = document
        self.view = view
        self.matches: list[Match] = []
        self.index = -1
        self.field = named(QLineEdit(), "searchField")
        self.field.setAccessibleName(tr("Find in diagram"))
        self.field.setPlaceholderText(tr("Find in diagram — names, instructions, notes"))
        self.field.setClearButtonEnabled(True)
        self.field.textEdited.connect(self._typed)
        self.field.installEventFilter(self)
        self.count = named(QLabel(""), "searchCount")
        self.count.setMinimumWidth(64)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        previous_tip = tr("Previous match (Shift+Enter, Shift+F3)")
        previous = self._button("▲", previous_tip, self.find_previous)
        following = self._button("▼", tr("Next match (Enter, F3)"), self.find_next)
        close = self._button("✕", tr("Close (Esc)"), self.close_bar)
        self.elsewhere_label = named(QLabel(), "searchElsewhereLabel")
        self.elsewhere = named(QListWidget(), "searchElsewhere")
        self.elsewhere.setSpacing(1)
        self.elsewhere.itemActivated.connect(self._open_elsewhere)
        self.elsewhere.itemClicked.connect(self._open_elsewhere)
        self.elsewhere.installEventFilter(self)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.field, 1)
        row.addWidget(self.count)
        for button in (previous, following, close):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.elsewhere_label)
        layout.addWidget(self.elsewhere)
        self._style()
        self.setFixedWidth(WIDTH)
        std = QKeySequence.StandardKey
        self.open_action = self._action(tr("&Find…"), std.Find, self.open, shortcuts)
        self.next_action = self._action(tr("Find &Next"), std.FindNext, self._f3, shortcuts)
        self.previous_action = self._action(
            tr("Find &Previous"), std.FindPrevious, self._shift_f3, shortcuts
        )
        view.resized.connect(self.place)
        self._stop = observe(self, document, self._on_changed)
        self._show_elsewhere([])
        self.hide()

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)  # the text is a symbol (▲ ▼ ✕)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def _action(
        self, text: str, keys: QKeySequence.StandardKey, slot: object, bind: bool
    ) -> QAction:
        """An action on the canvas's window, so the key works wherever the focus is in it."""
        action = QAction(text, self)  # goes with the bar when a workspace closes
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        if bind:
            self.view.addAction(action)
        return action

    def _style(self) -> None:
        self.setStyleSheet(
            "#searchBar { background: #ffffff; border: 1px solid #d1d5db; border-radius: 8px; }"
            "#searchField { border: 1px solid #d1d5db; border-radius: 4px; padding: 3px 6px; }"
            "#searchField:focus { border-color: #3b82f6; }"
            "#searchCount { color: #6b7280; }"
            "#searchCount[miss=true] { color: #b91c1c; }"
            "#searchElsewhereLabel { color: #6b7280; font-size: 11px; }"
            "#searchElsewhere { border: none; background: #f9fafb; }"
        )
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(18)
        shadow.setOffset(0, 3)
        shadow.setColor(QColor(0, 0, 0, 60))
        self.setGraphicsEffect(shadow)

    def detach(self) -> None:
        """Stop following the document (before it is closed)."""
        self._stop()

    # opening and closing ---------------------------------------------------------------------
    def open(self) -> None:
        """Show the bar over the canvas with its text selected, ready to type."""
        self.place()
        self.show()
        self.raise_()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def place(self) -> None:
        area = self.view.viewport().geometry()
        self.adjustSize()
        self.move(area.right() - self.width() - MARGIN, area.top() + MARGIN)

    # finding ---------------------------------------------------------------------------------
    @property
    def diagram_id(self) -> str | None:
        scene = self.view.scene()
        return scene.diagram_id if isinstance(scene, DiagramScene) else None

    def refresh(self) -> None:
        """Search again (the text or the diagram changed), staying on the same element."""
        current = (
            self.matches[self.index].element_id if 0 <= self.index < len(self.matches) else None
        )
        text = self.field.text()
        workspace = self.document.workspace
        self.matches = find(workspace, self.diagram_id, text) if self.diagram_id else []
        ids = [m.element_id for m in self.matches]
        self.index = ids.index(current) if current in ids else -1
        self._show_elsewhere(find_elsewhere(workspace, self.diagram_id, text) if text else [])
        self._show_count()

    def _typed(self) -> None:
        self.index = -1
        self.refresh()
        if self.matches:
            self.go_to(0)

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _f3(self) -> None:
        self.open() if self.isHidden() else self.find_next()

    def _shift_f3(self) -> None:
        self.open() if self.isHidden() else self.find_previous()

    def _step(self, step: int) -> None:
        self.refresh()
        if not self.matches:
            return
        start = self.index if self.index >= 0 else (-1 if step > 0 else 0)
        self.go_to((start + step) % len(self.matches))

    def go_to(self, index: int) -> None:
        """Select match *index* on the canvas and centre it."""
        self.index = index
        match = self.matches[index]
        self.select(match.element_id)
        self._show_count()
        found_in = tr("Found in its {field}").format(field=field_word(match.field))
        self.count.setToolTip("" if match.field == "name" else found_in)

    def select(self, element_id: str) -> bool:
        """Select *element_id* in the scene shown and centre it; False if it is not there."""
        scene = self.view.scene()
        item = scene.item(element_id) if isinstance(scene, DiagramScene) else None
        if item is None or not isinstance(scene, DiagramScene):
            return False
        scene.select_ids([element_id])
        if self.view.zoom < READABLE_ZOOM:
            self.view.set_zoom(1.0)  # a find that lands on an unreadable speck helps no one
        self.view.centerOn(item)
        self.element_found.emit(element_id)
        return True

    def _show_count(self) -> None:
        text = self.field.text().strip()
        if not text:
            label, miss = "", False
        elif not self.matches:
            label, miss = tr(NO_MATCH), True
        elif self.index < 0:
            label, miss = tr("%n found", "search matches", len(self.matches)), False
        else:
            of = tr("{index} of {count}", "search matches")
            label, miss = of.format(index=self.index + 1, count=len(self.matches)), False
        self.count.setText(label)
        self.count.setProperty("miss", miss)
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)

    # other diagrams --------------------------------------------------------------------------
    def _show_elsewhere(self, matches: list[Match]) -> None:
        self.elsewhere.clear()
        workspace = self.document.workspace
        here = workspace.find(self.diagram_id or "")
        here_process = here.process_id if isinstance(here, Diagram) else None
        for match in matches:
            diagram = workspace.get(match.diagram_id, Diagram)
            process = workspace.find(diagram.process_id)
            where = diagram.name
            if isinstance(process, Process) and process.id != here_process:
                where = f"{process.name}: {diagram.name}"
            found_in = "" if match.field == "name" else f" ({field_word(match.field)})"
            item = QListWidgetItem(f"{match.label}{found_in}  ·  {where}")
            tip = tr("Open {diagram} and select {element}")
            item.setToolTip(tip.format(diagram=where, element=match.label))
            item.setData(TARGET_ROLE, (match.diagram_id, match.element_id))
            self.elsewhere.addItem(item)
        self.elsewhere_label.setText(tr("In other diagrams ({count})").format(count=len(matches)))
        self.elsewhere_label.setVisible(bool(matches))
        self.elsewhere.setVisible(bool(matches))
        rows = min(len(matches), 6)
        self.elsewhere.setFixedHeight(rows * max(16, self.elsewhere.sizeHintForRow(0)) + 8)
        self.adjustSize()

    def other_matches(self) -> list[tuple[str, str]]:
        """(diagram id, element id) of each match listed under the bar."""
        return [
            tuple(self.elsewhere.item(i).data(TARGET_ROLE)) for i in range(self.elsewhere.count())
        ]

    def _open_elsewhere(self, item: QListWidgetItem) -> None:
        diagram_id, element_id = item.data(TARGET_ROLE)
        self.open_match(diagram_id, element_id)

    def open_match(self, diagram_id: str, element_id: str) -> None:
        """Ask for *diagram_id* to be shown, then select *element_id* in it."""
        if self.diagram_id != diagram_id:
            self.diagram_requested.emit(diagram_id)
        self.refresh()
        ids = [m.element_id for m in self.matches]
        if self.diagram_id == diagram_id and element_id in ids:
            self.go_to(ids.index(element_id))

    # keys and changes ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape:
            self.close_bar()
        elif watched is self.field and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
            self.find_previous() if shift else self.find_next()
        elif watched is self.field and key == Qt.Key.Key_Down and self.elsewhere.count():
            self.elsewhere.setFocus()
            self.elsewhere.setCurrentRow(0)
        elif (
            watched is self.elsewhere and key == Qt.Key.Key_Up and self.elsewhere.currentRow() == 0
        ):
            self.field.setFocus()
        else:
            return super().eventFilter(watched, event)
        return True

    def _on_changed(self, changeset: ChangeSet) -> None:
        if self.isVisible() and self.field.text().strip():
            self.refresh()
