"""The maturity model editor: a model's name and attribution, its levels (code, name,
description) and its dimensions with a text for every level, in two tables.

Nothing is stored while the user types: *Save* builds the model, which refuses what the model
file reader refuses (duplicate dimensions, missing texts…) with the same words, and stores it
with one Editor intent. *Load file…* fills the tables from a TOML or JSON model file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procdesk.document import Document
from procdesk.model.commands import CommandError
from procdesk.model.elements import WeakPointCategory
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.ids import new_id
from procdesk.model.maturity import MaturityDimension, MaturityLevel, MaturityModel
from procdesk.model.maturity_files import MaturityFileError, read_model_file, slug
from procdesk.text import tr
from procdesk.ui.common.colours import mark_as_error
from procdesk.ui.common.observe import named

KEY_ROLE = Qt.ItemDataRole.UserRole
NAME, CATEGORY = range(2)
"""The dimension table's first columns; a column per level's text follows."""


def blank_model() -> MaturityModel:
    """What *New model…* starts from: three levels and one dimension, texts to fill in."""
    levels = tuple(
        MaturityLevel(n, str(n), name)
        for n, name in enumerate((tr("Low"), tr("Medium"), tr("High")), start=1)
    )
    dimension = MaturityDimension("dimension", tr("Dimension"), (tr("Describe this level."),) * 3)
    return MaturityModel(
        id=new_id("MaturityModel"),
        key="custom",
        name=tr("New maturity model"),
        levels=levels,
        dimensions=(dimension,),
    )


class ModelEditor(QDialog):
    """objectName ``maturityModelEditor``: edits a copy of *model*; ``saved_id`` after Save."""

    def __init__(
        self, document: Document, model: MaturityModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("maturityModelEditor")
        self.setWindowTitle(tr("Maturity model"))
        self.resize(980, 620)
        self.document = document
        self.model_id = model.id
        self.model_key = model.key
        self.saved_id: str | None = None
        self.name = named(QLineEdit(), "modelName")
        self.version = named(QLineEdit(), "modelVersion")
        self.description = named(QLineEdit(), "modelDescription")
        self.attribution = named(QLineEdit(), "modelAttribution")
        self.levels = named(QTableWidget(0, 3), "modelLevels")
        self.levels.setAccessibleName(tr("Levels"))
        self.levels.setHorizontalHeaderLabels([tr("Code"), tr("Name"), tr("Description")])
        self.levels.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.dimensions = named(QTableWidget(0, 2), "modelDimensions")
        self.dimensions.setAccessibleName(tr("Dimensions and level texts"))
        self.dimensions.setWordWrap(True)
        self.error = named(QLabel(), "modelError")
        self.error.setWordWrap(True)
        mark_as_error(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not document.read_only)
        self._lay_out()
        self.fill(model)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Version"), self.version)
        form.addRow(tr("Description"), self.description)
        form.addRow(tr("Attribution"), self.attribution)
        level_buttons = QHBoxLayout()
        for text, name, slot in (
            (tr("Add level"), "addLevel", self.add_level),
            (tr("Remove last level"), "removeLevel", self.remove_level),
            (tr("Add dimension"), "addDimension", self.add_dimension),
            (tr("Remove dimension"), "removeDimension", self.remove_dimension),
            (tr("Load file…"), "loadModelFile", self.load_file),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(slot)
            level_buttons.addWidget(button)
        level_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Levels (1 is the lowest)")))
        layout.addWidget(self.levels, 1)
        layout.addWidget(QLabel(tr("Dimensions: a text for every level")))
        layout.addWidget(self.dimensions, 3)
        layout.addLayout(level_buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # filling -----------------------------------------------------------------------------------
    def fill(self, model: MaturityModel) -> None:
        """Show *model* in the form and the tables."""
        self.name.setText(model.name)
        self.version.setText(model.version)
        self.description.setText(model.description)
        self.attribution.setText(model.attribution)
        self.levels.setRowCount(0)
        for level in model.levels:
            self._level_row(level.code, level.name, level.description)
        self.dimensions.setRowCount(0)
        self._text_columns()
        for dimension in model.dimensions:
            self._dimension_row(dimension.key, dimension.name, dimension.category, dimension.texts)
        self.error.clear()

    def _level_row(self, code: str, name: str, description: str) -> None:
        row = self.levels.rowCount()
        self.levels.insertRow(row)
        for column, value in enumerate((code, name, description)):
            self.levels.setItem(row, column, QTableWidgetItem(value))

    def _text_columns(self) -> None:
        count = self.levels.rowCount()
        self.dimensions.setColumnCount(2 + count)
        labels = [tr("Dimension"), tr("Weak point category")]
        labels += [tr("Level {number}").format(number=n) for n in range(1, count + 1)]
        self.dimensions.setHorizontalHeaderLabels(labels)
        for column in range(2, 2 + count):
            self.dimensions.setColumnWidth(column, 200)

    def _dimension_row(
        self, key: str, name: str, category: WeakPointCategory, texts: tuple[str, ...]
    ) -> None:
        row = self.dimensions.rowCount()
        self.dimensions.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(KEY_ROLE, key)
        self.dimensions.setItem(row, NAME, item)
        combo = QComboBox()
        for value in WeakPointCategory:
            combo.addItem(value.value, value.value)
        combo.setCurrentIndex(max(0, combo.findData(category.value)))
        self.dimensions.setCellWidget(row, CATEGORY, combo)
        for column, text in enumerate(texts, start=2):
            self.dimensions.setItem(row, column, QTableWidgetItem(text))
        self.dimensions.setRowHeight(row, 64)

    # editing the tables ------------------------------------------------------------------------
    def add_level(self) -> None:
        number = self.levels.rowCount() + 1
        self._level_row(str(number), "", "")
        self._text_columns()

    def remove_level(self) -> None:
        if self.levels.rowCount():
            self.levels.removeRow(self.levels.rowCount() - 1)
            self._text_columns()

    def add_dimension(self) -> None:
        self._dimension_row("", "", WeakPointCategory.OTHER, ("",) * self.levels.rowCount())
        self.dimensions.setCurrentCell(self.dimensions.rowCount() - 1, NAME)

    def remove_dimension(self) -> None:
        row = self.dimensions.currentRow()
        if row >= 0:
            self.dimensions.removeRow(row)

    def load_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("Load maturity model"), "", tr("Maturity models (*.toml *.json)")
        )
        if name:
            self.load_path(Path(name))

    def load_path(self, path: Path) -> None:
        """Fill the editor from a model file (nothing is stored until Save)."""
        try:
            model = read_model_file(path)
        except MaturityFileError as error:
            self.error.setText(str(error))
            return
        self.model_key = model.key
        self.fill(model)

    # saving ------------------------------------------------------------------------------------
    def built(self) -> MaturityModel:
        """The model the form describes; ValueError says what is wrong with it."""
        levels = tuple(
            MaturityLevel(
                number,
                self._cell(self.levels, number - 1, 0) or str(number),
                self._cell(self.levels, number - 1, 1),
                self._cell(self.levels, number - 1, 2),
            )
            for number in range(1, self.levels.rowCount() + 1)
        )
        dimensions: list[MaturityDimension] = []
        taken: set[str] = set()
        for row in range(self.dimensions.rowCount()):
            name = self._cell(self.dimensions, row, NAME)
            item = self.dimensions.item(row, NAME)
            key = (item.data(KEY_ROLE) if item else "") or slug(name)
            while key in taken:
                key += "-2"
            taken.add(key)
            combo = self.dimensions.cellWidget(row, CATEGORY)
            category = (
                WeakPointCategory(combo.currentData())
                if isinstance(combo, QComboBox)
                else WeakPointCategory.OTHER
            )
            texts = tuple(self._cell(self.dimensions, row, c) for c in range(2, 2 + len(levels)))
            dimensions.append(MaturityDimension(key, name, texts, category=category))
        return MaturityModel(
            id=self.model_id,
            key=self.model_key or slug(self.name.text()),
            name=self.name.text().strip(),
            version=self.version.text().strip(),
            description=self.description.text().strip(),
            attribution=self.attribution.text().strip(),
            levels=levels,
            dimensions=tuple(dimensions),
        )

    @staticmethod
    def _cell(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def save(self) -> None:
        """Store the model (one undo step) and close, or say why not and stay open."""
        try:
            model = self.built()
            self.saved_id = self.document.editor.store_maturity_model(model)
        except (ValueError, CommandError, ReadOnlyError, PersistError) as error:
            self.error.setText(str(error))
            return
        self.accept()
