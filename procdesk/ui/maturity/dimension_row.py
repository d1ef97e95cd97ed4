"""One dimension of an assessment: its level (the picker shows every level's text), the target
level, the gap with its two ways into work (a weak point, an initiative), the evidence in
words, the documents that show it and the process's elements linked to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
)

from procdesk.model.maturity import MaturityDimension, MaturityModel
from procdesk.text import tr
from procdesk.ui.common.observe import named

LINK_ROLE = Qt.ItemDataRole.UserRole
ELEMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class EvidenceEdit(QPlainTextEdit):
    """A text box that hands its text over when it loses the focus (one undo step per visit,
    not one per key)."""

    committed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._shown = ""

    def show_text(self, text: str) -> None:
        """Show *text* unless the user is typing here (the next commit carries theirs)."""
        if self.hasFocus() and self.toPlainText() != self._shown:
            return
        self._shown = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._shown:
            self._shown = self.toPlainText()
            self.committed.emit(self._shown)


def fill_levels(
    combo: QComboBox, model: MaturityModel, dimension: MaturityDimension | None, empty: str
) -> None:
    """Offer *empty* (no level) and every level of *model*, each with its text as a tooltip."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(empty, None)
    for level in model.levels:
        label = level.label
        combo.addItem(
            label if label.endswith(level.name) else f"{label} \u00b7 {level.name}", level.number
        )
        tip = dimension.text(level.number) if dimension is not None else level.description
        combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    combo.blockSignals(False)


def choose(combo: QComboBox, level: int | None) -> None:
    combo.blockSignals(True)
    combo.setCurrentIndex(max(0, combo.findData(level)))
    combo.blockSignals(False)


class DimensionRow(QGroupBox):
    """objectName ``dimension_<key>``. Signals carry the user's wishes; the editor acts."""

    level_chosen = Signal(str, object)
    target_chosen = Signal(str, object)
    evidence_written = Signal(str, str)
    documents_written = Signal(str, list)
    link_wanted = Signal(str, str)
    unlink_wanted = Signal(str)
    element_opened = Signal(str)
    weak_point_wanted = Signal(str)
    initiative_wanted = Signal(str)

    def __init__(self, model: MaturityModel, dimension: MaturityDimension) -> None:
        super().__init__(dimension.name)
        key = dimension.key
        self.key = key
        self.setObjectName(f"dimension_{key}")
        self.setToolTip(dimension.description)
        self.level = named(QComboBox(), f"level_{key}")
        self.level.setAccessibleName(tr("Level of {dimension}").format(dimension=dimension.name))
        self.target = named(QComboBox(), f"target_{key}")
        self.target.setAccessibleName(tr("Target of {dimension}").format(dimension=dimension.name))
        fill_levels(self.level, model, dimension, tr("not rated"))
        fill_levels(self.target, model, dimension, tr("no target"))
        self.text = named(QLabel(), f"levelText_{key}")
        self.text.setWordWrap(True)
        self.gap = named(QLabel(), f"gap_{key}")
        self.weak_point = named(QPushButton(tr("Create weak point")), f"gapWeakPoint_{key}")
        self.initiative = named(QPushButton(tr("Create initiative")), f"gapInitiative_{key}")
        self.evidence = named(EvidenceEdit(), f"evidence_{key}")
        self.evidence.setAccessibleName(
            tr("Evidence for {dimension}").format(dimension=dimension.name)
        )
        self.evidence.setPlaceholderText(
            tr("What shows this level: observations, interviews, records")
        )
        self.evidence.setFixedHeight(64)
        self.documents = named(QLineEdit(), f"documents_{key}")
        self.documents.setAccessibleName(
            tr("Documents for {dimension}").format(dimension=dimension.name)
        )
        self.documents.setPlaceholderText(tr("Documents: paths or URLs, separated by ;"))
        self.links = named(QListWidget(), f"links_{key}")
        self.links.setAccessibleName(tr("Elements linked as evidence"))
        self.links.setMaximumHeight(60)
        self.link_button = named(QPushButton(tr("Link element…")), f"link_{key}")
        self.unlink_button = named(QPushButton(tr("Unlink")), f"unlink_{key}")
        self.candidates: list[tuple[str, str]] = []
        self._wire()
        self._lay_out()

    def _wire(self) -> None:
        key = self.key
        self.level.currentIndexChanged.connect(
            lambda _i: self.level_chosen.emit(key, self.level.currentData())
        )
        self.target.currentIndexChanged.connect(
            lambda _i: self.target_chosen.emit(key, self.target.currentData())
        )
        self.evidence.committed.connect(lambda text: self.evidence_written.emit(key, text))
        self.documents.editingFinished.connect(self._documents_edited)
        self.weak_point.clicked.connect(lambda: self.weak_point_wanted.emit(key))
        self.initiative.clicked.connect(lambda: self.initiative_wanted.emit(key))
        self.link_button.clicked.connect(self._offer_links)
        self.unlink_button.clicked.connect(self._unlink)
        self.links.itemActivated.connect(
            lambda item: self.element_opened.emit(item.data(ELEMENT_ROLE))
        )

    def _lay_out(self) -> None:
        for combo in (self.level, self.target):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        grid = QGridLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Level")))
        top.addWidget(self.level, 3)
        top.addWidget(QLabel(tr("Target")))
        top.addWidget(self.target, 3)
        top.addWidget(self.gap, 1)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addWidget(self.text, 1, 0, 1, 2)
        grid.addWidget(self.evidence, 2, 0, 1, 2)
        grid.addWidget(self.documents, 3, 0, 1, 2)
        grid.addWidget(self.links, 4, 0)
        buttons = QGridLayout()
        buttons.addWidget(self.link_button, 0, 0)
        buttons.addWidget(self.unlink_button, 0, 1)
        buttons.addWidget(self.weak_point, 1, 0)
        buttons.addWidget(self.initiative, 1, 1)
        grid.addLayout(buttons, 4, 1)
        grid.setColumnStretch(0, 1)

    def _documents_edited(self) -> None:
        documents = [part.strip() for part in self.documents.text().split(";") if part.strip()]
        self.documents_written.emit(self.key, documents)

    def _offer_links(self) -> None:
        menu = QMenu(self)
        for element_id, name in self.candidates:
            action = menu.addAction(name)
            action.triggered.connect(
                lambda _c=False, e=element_id: self.link_wanted.emit(self.key, e)
            )
        if menu.isEmpty():
            menu.addAction(tr("Nothing to link")).setEnabled(False)
        menu.exec(self.link_button.mapToGlobal(self.link_button.rect().bottomLeft()))

    def _unlink(self) -> None:
        item = self.links.currentItem()
        if item is not None:
            self.unlink_wanted.emit(item.data(LINK_ROLE))

    # showing -----------------------------------------------------------------------------------
    def show_values(
        self,
        model: MaturityModel,
        level: int | None,
        target: int | None,
        evidence: str,
        documents: tuple[str, ...],
        links: list[tuple[str, str, str]],
        editable: bool,
        target_editable: bool,
    ) -> None:
        """Show one dimension's rating; *links* are (link id, element id, element name)."""
        dimension = model.dimension(self.key)
        choose(self.level, level)
        choose(self.target, target)
        self.text.setText(
            dimension.text(level)
            if dimension and level
            else tr("Choose the level whose description fits best.")
        )
        gap = target - level if level is not None and target is not None else 0
        self.gap.setText(tr("gap: %n levels", None, gap) if gap > 0 else "")
        for button in (self.weak_point, self.initiative):
            button.setVisible(gap > 0)
            button.setEnabled(editable)
        self.evidence.show_text(evidence)
        joined = "; ".join(documents)
        if not self.documents.hasFocus() and self.documents.text() != joined:
            self.documents.setText(joined)
        self.links.clear()
        for link_id, element_id, name in links:
            item = QListWidgetItem(name)
            item.setData(LINK_ROLE, link_id)
            item.setData(ELEMENT_ROLE, element_id)
            self.links.addItem(item)
        for widget in (
            self.level,
            self.evidence,
            self.documents,
            self.link_button,
            self.unlink_button,
        ):
            widget.setEnabled(editable)
        self.evidence.setReadOnly(not editable)
        self.target.setEnabled(target_editable)
