"""The framework editor: criteria and weights (with the weights normalised beside them), the
scoring scale, the currency, the baseline ("agreed by management on…"), and how far each
weight can move before the top of the ranking changes.

Every change is one Editor intent. Changing weights after a baseline starts the next
version of the framework; the agreed one stays reproducible in the register's version list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.portfolio.register import Register
from procdesk.analysis.portfolio.scoring import TIE_BREAK_RULE, normalise
from procdesk.analysis.portfolio.signs import DASH
from procdesk.document import Document
from procdesk.model.portfolio import Criterion
from procdesk.model.portfolio_queries import framework_of
from procdesk.text import tr
from procdesk.ui.common.observe import named

NAME, WEIGHT, NORMALISED = range(3)


class FrameworkEditor(QWidget):
    """objectName ``frameworkEditor``; ``refused`` carries a reason to show."""

    refused = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frameworkEditor")
        self.document = document
        self._filling = False
        self.heading = named(QLabel(), "frameworkHeading")
        self.heading.setWordWrap(True)
        self.criteria = named(QTableWidget(0, 3), "criteriaTable")
        self.criteria.setAccessibleName(tr("Criteria and weights"))
        self.criteria.setHorizontalHeaderLabels(
            [tr("Criterion"), tr("Weight"), tr("Normalised weight")]
        )
        self.criteria.verticalHeader().hide()
        self.criteria.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.criteria.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.criteria.itemChanged.connect(self._edited)
        self.add_button = named(QPushButton(tr("Add criterion")), "addCriterion")
        self.remove_button = named(QPushButton(tr("Remove criterion")), "removeCriterion")
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.scale_min = named(QSpinBox(), "scaleMin")
        self.scale_max = named(QSpinBox(), "scaleMax")
        for spin in (self.scale_min, self.scale_max):
            spin.setRange(0, 100)
            spin.editingFinished.connect(self._scale_edited)
        self.currency = named(QLineEdit(), "currency")
        self.currency.setMaxLength(8)
        self.currency.editingFinished.connect(self._currency_edited)
        self.baseline_button = named(QPushButton(tr("Baseline…")), "baselineFramework")
        self.baseline_button.setToolTip(
            tr(
                "Record this version as agreed by management today; later changes of weight "
                "become the next version"
            )
        )
        self.baseline_button.clicked.connect(self._baseline)
        self.top = named(QSpinBox(), "sensitivityTop")
        self.top.setRange(1, 50)
        self.top.setValue(5)
        self.top.setPrefix(tr("Top "))
        self.sensitivity = named(QTableWidget(0, 3), "sensitivityTable")
        self.sensitivity.setAccessibleName(tr("Sensitivity of the ranking"))
        self.sensitivity.setHorizontalHeaderLabels(
            [tr("Criterion"), tr("Can fall by"), tr("Can rise by")]
        )
        self.sensitivity.verticalHeader().hide()
        self.sensitivity.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sensitivity.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.top.valueChanged.connect(lambda _value: self._show_sensitivity())
        self.register: Register | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(tr("Scale")))
        buttons.addWidget(self.scale_min)
        buttons.addWidget(QLabel(DASH))
        buttons.addWidget(self.scale_max)
        buttons.addWidget(QLabel(tr("Currency")))
        buttons.addWidget(self.currency)
        buttons.addWidget(self.baseline_button)
        sensitivity_bar = QHBoxLayout()
        caption = QLabel(
            tr(
                "How far each weight can move (percentage points, the others scaled in "
                "proportion) before the top of the ranking changes:"
            )
        )
        caption.setWordWrap(True)
        sensitivity_bar.addWidget(caption, 1)
        sensitivity_bar.addWidget(self.top)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.criteria, 1)
        left.addLayout(buttons)
        left.addWidget(QLabel(tr(TIE_BREAK_RULE)))
        right = QVBoxLayout()
        right.addLayout(sensitivity_bar)
        right.addWidget(self.sensitivity, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    # showing -----------------------------------------------------------------------------------
    def show_framework(self, register: Register) -> None:
        """Fill the editor from the workspace's framework; *register* (the current version)
        gives the sensitivity."""
        framework = framework_of(self.document.workspace)
        self.register = register
        self._filling = True
        agreed = (
            tr("agreed by management on {date}").format(date=framework.baselined_on)
            + (f" ({framework.agreed_by})" if framework.agreed_by else "")
            if framework.baselined
            else tr("not yet agreed")
        )
        self.heading.setText(
            tr("<b>{name}</b>, version {version}: {agreed}").format(
                name=framework.name, version=framework.version, agreed=agreed
            )
        )
        normalised = normalise([c.weight for c in framework.criteria])
        self.criteria.setRowCount(len(framework.criteria))
        for row, (criterion, share) in enumerate(zip(framework.criteria, normalised, strict=True)):
            name = QTableWidgetItem(criterion.name)
            name.setData(Qt.ItemDataRole.UserRole, criterion.key)
            weight = QTableWidgetItem(f"{criterion.weight:g}")
            shown = QTableWidgetItem(f"{share * 100:.1f} %")
            shown.setFlags(shown.flags() & ~Qt.ItemFlag.ItemIsEditable)
            for column, item in enumerate((name, weight, shown)):
                self.criteria.setItem(row, column, item)
        self.scale_min.setValue(framework.scale_min)
        self.scale_max.setValue(framework.scale_max)
        self.currency.setText(framework.currency)
        read_only = self.document.read_only
        self.baseline_button.setEnabled(not framework.baselined and not read_only)
        for widget in (self.add_button, self.remove_button, self.scale_min, self.scale_max):
            widget.setEnabled(not read_only)
        for column in (WEIGHT, NORMALISED):
            self.criteria.resizeColumnToContents(column)
        self._filling = False
        self._show_sensitivity()

    def _show_sensitivity(self) -> None:
        register = self.register
        if register is None:
            return
        rows = register.sensitivity(self.top.value()) if len(register.ranked) > 1 else []
        names = {c.key: c.name for c in register.weights.criteria}
        self.sensitivity.setRowCount(len(rows))
        for row, item in enumerate(rows):
            down = f"{item.room_down * 100:.1f} pp" if item.down else tr("to 0 %: no change")
            up = f"{item.room_up * 100:.1f} pp" if item.up else tr("to 100 %: no change")
            for column, text in enumerate((names[item.key], down, up)):
                self.sensitivity.setItem(row, column, QTableWidgetItem(text))
        for column in (1, 2):
            self.sensitivity.resizeColumnToContents(column)

    # editing -----------------------------------------------------------------------------------
    def _criteria_from_table(self) -> tuple[Criterion, ...]:
        framework = framework_of(self.document.workspace)
        result: list[Criterion] = []
        for row in range(self.criteria.rowCount()):
            name_item = self.criteria.item(row, NAME)
            weight_item = self.criteria.item(row, WEIGHT)
            assert name_item is not None and weight_item is not None
            key = str(name_item.data(Qt.ItemDataRole.UserRole))
            old = framework.criterion(key)
            text = weight_item.text().replace("%", "").replace(",", ".").strip()
            try:
                weight = float(text)
            except ValueError:
                raise ValueError(tr("'{text}' is not a weight").format(text=text)) from None
            description = old.description if old else ""
            result.append(Criterion(key, name_item.text().strip(), weight, description))
        return tuple(result)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        try:
            criteria = self._criteria_from_table()
        except ValueError as error:
            self._refuse(str(error))
            return
        self._apply(lambda: self.document.editor.set_framework(criteria=criteria))

    def _apply(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except (ValueError, RuntimeError) as error:
            self._refuse(str(error))

    def _refuse(self, message: str) -> None:
        self.refused.emit(message)
        if self.register is not None:
            self.show_framework(self.register)

    def _add(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Add criterion"), tr("Name of the criterion:"))
        if ok and name.strip():
            self._apply(lambda: self.document.editor.add_criterion(name.strip(), 10.0))

    def _remove(self) -> None:
        row = self.criteria.currentRow()
        if row < 0:
            return
        framework = framework_of(self.document.workspace)
        criteria = tuple(c for i, c in enumerate(framework.criteria) if i != row)
        self._apply(lambda: self.document.editor.set_framework(criteria=criteria))

    def _scale_edited(self) -> None:
        framework = framework_of(self.document.workspace)
        low, high = self.scale_min.value(), self.scale_max.value()
        if (low, high) != (framework.scale_min, framework.scale_max):
            self._apply(lambda: self.document.editor.set_framework(scale_min=low, scale_max=high))

    def _currency_edited(self) -> None:
        text = self.currency.text().strip()
        if text and text != framework_of(self.document.workspace).currency:
            self._apply(lambda: self.document.editor.set_framework(currency=text))

    def _baseline(self) -> None:
        who, ok = QInputDialog.getText(
            self, tr("Baseline the framework"), tr("Agreed by (e.g. the management board):")
        )
        if ok:
            self._apply(lambda: self.document.editor.baseline_framework(agreed_by=who))
