"""The root-cause analysis of one weak point: its 5 Whys and its fishbone, as two tabs.

A window of its own beside the diagram (one per weak point: opening it again brings it
forward). Every edit in it is one undo step of the workspace; Ctrl+Z and Ctrl+Shift+Z undo
and redo here as in the main window. The dialog closes when its weak point goes (deleted,
or its recording undone).
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.elements import WeakPoint
from procdesk.model.root_cause_queries import categories_of
from procdesk.text import tr, tr_noop
from procdesk.ui.common.observe import named, observe
from procdesk.ui.root_cause.fishbone_view import FishboneView
from procdesk.ui.root_cause.picture import write_fishbone
from procdesk.ui.root_cause.whys_editor import WhysEditor

KEYS_HINT = tr_noop(
    "Click to select · double-click or F2 renames · Enter adds a cause below · Tab adds a "
    "sub-cause · Space marks confirmed · Delete removes · Alt+Up/Down moves · drag a cause "
    "onto another category or cause"
)


class RootCauseDialog(QDialog):
    """objectName ``rootCauseDialog``."""

    def __init__(
        self, document: Document, weak_point_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rootCauseDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = document
        self.weak_point_id = weak_point_id
        point = document.workspace.get(weak_point_id, WeakPoint)
        self.setWindowTitle(tr("Root-cause analysis: {problem}").format(problem=point.description))
        problem = named(QLabel(), "rootCauseProblem")
        problem.setTextFormat(Qt.TextFormat.RichText)
        problem.setWordWrap(True)
        heading = tr("<b>Weak point:</b> {description}")
        problem.setText(heading.format(description=escape(point.description)))
        self.whys = WhysEditor(document, weak_point_id)
        self.fishbone = FishboneView(document, weak_point_id)
        self.tabs = named(QTabWidget(), "rootCauseTabs")
        self.tabs.addTab(self.whys, tr("5 Whys"))
        self.tabs.addTab(self._fishbone_page(), tr("Fishbone"))
        self.message = named(QLabel(), "rootCauseMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828")
        for source in (self.whys, self.fishbone):
            source.refused.connect(self.show_refusal)
        undo = named(QPushButton(tr("Undo")), "rootCauseUndo")
        redo = named(QPushButton(tr("Redo")), "rootCauseRedo")
        close = named(QPushButton(tr("Close")), "rootCauseClose")
        undo.clicked.connect(self.undo)
        redo.clicked.connect(self.redo)
        close.clicked.connect(self.close)
        for sequence, slot in (
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence.StandardKey.Redo, self.redo),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(slot)
        bar = QHBoxLayout()
        bar.addWidget(undo)
        bar.addWidget(redo)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(problem)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(bar)
        self.resize(1100, 700)
        self._update_buttons()
        self._stop = observe(self, document, self._changed)
        self.finished.connect(lambda _result: self._stop())

    def _fishbone_page(self) -> QWidget:
        editable = not self.document.read_only
        self.start = named(QPushButton(tr("Start with the 6M categories")), "startFishbone")
        self.start.clicked.connect(self.start_fishbone)
        buttons: list[QPushButton] = [self.start]
        for text, name, action in (
            (tr("Add cause"), "addCause", self.fishbone.add_sibling),
            (tr("Add sub-cause"), "addSubCause", self.fishbone.add_sub_cause),
            (tr("Confirmed"), "toggleConfirmed", self.fishbone.toggle_selected),
            (tr("Rename"), "renameCause", self.fishbone.rename_selected),
            (tr("Delete"), "deleteCause", self.fishbone.delete_selected),
            (tr("Add category…"), "addCategory", self.add_category),
            (tr("Export…"), "exportFishbone", self.export),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(action)
            buttons.append(button)
        bar = QHBoxLayout()
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setEnabled(editable or button.objectName() == "exportFishbone")
            bar.addWidget(button)
        bar.addStretch(1)
        self.buttons = buttons
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fishbone)
        hint = QLabel(tr(KEYS_HINT))
        hint.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        layout.addWidget(hint)
        return page

    # following the document ------------------------------------------------------------------
    def _changed(self, changeset: ChangeSet) -> None:
        del changeset
        if self.weak_point_id not in self.document.workspace:
            self.close()
            return
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(categories_of(self.document.workspace, self.weak_point_id))
        editable = not self.document.read_only
        self.start.setVisible(not has)
        for button in self.buttons[1:]:
            name = button.objectName()
            button.setEnabled(has and (editable or name == "exportFishbone"))
        add_category = self.findChild(QPushButton, "addCategory")
        if add_category is not None:
            add_category.setEnabled(editable)

    def show_refusal(self, message: str) -> None:
        self.message.setText(message)

    # actions ---------------------------------------------------------------------------------
    def undo(self) -> None:
        self.message.clear()
        self.document.history.undo()

    def redo(self) -> None:
        self.message.clear()
        self.document.history.redo()

    def start_fishbone(self) -> None:
        self.message.clear()
        started = self.fishbone.edits.start()
        if started:
            self.fishbone.select(started[0])
            self.fishbone.setFocus()

    def add_category(self, name: str | None = None) -> str | None:
        if name is None:
            name, ok = QInputDialog.getText(self, tr("Add category"), tr("Category name:"))
            if not ok:
                return None
        added = self.fishbone.edits.add_category(name)
        if added is not None:
            self.fishbone.select(added)
        return added

    def export(self, path: Path | None = None) -> Path | None:
        """Write the fishbone as PNG, SVG or PDF (the file name's suffix decides)."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                tr("Export fishbone"),
                tr("fishbone") + ".png",
                tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            written = write_fishbone(self.document.workspace, self.weak_point_id, path)
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            QMessageBox.warning(
                self,
                tr("Export fishbone"),
                tr("{name} was not written: {reason}").format(name=path.name, reason=reason),
            )
            return None
        self.message.setText("")
        return written
