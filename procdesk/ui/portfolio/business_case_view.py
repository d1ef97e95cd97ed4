"""One initiative's business case in the window: its facts, its figures and how the benefit
was computed, the NPV and payback inputs, the processes and the weak points it addresses.

Fields write through Editor intents when editing finishes (one undo step each). Where a
to-be diagram realises the initiative, its benefit is computed from the as-is/to-be
comparison and the derivation is shown. Each weak point has a place for its root-cause
picture, filled by the function given as ``fishbone`` (none by default).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.portfolio.benefit import BASIS_LABELS, amount, basis_label
from procdesk.analysis.portfolio.register import RegisterRow
from procdesk.analysis.portfolio.signs import DASH
from procdesk.document import Document
from procdesk.model.commands import CommandError
from procdesk.model.elements import Diagram, WeakPoint
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.portfolio import BenefitBasis
from procdesk.model.portfolio_queries import benefit_model_of, status_label
from procdesk.text import tr
from procdesk.ui.common.observe import named

FishboneView = Callable[[Document, WeakPoint], QWidget | None]
"""What the root-cause analysis shows for a weak point (its fishbone), or None."""


def no_fishbone(document: Document, point: WeakPoint) -> QWidget | None:
    del document, point
    return None


def _money_spin(name: str) -> QDoubleSpinBox:
    spin = named(QDoubleSpinBox(), name)
    spin.setRange(0, 1e12)
    spin.setDecimals(2)
    spin.setGroupSeparatorShown(True)
    spin.setKeyboardTracking(False)
    return spin


class BusinessCaseView(QScrollArea):
    """objectName ``businessCase``: the initiative chosen in the register."""

    refused = Signal(str)
    weak_point_activated = Signal(str)

    def __init__(
        self,
        document: Document,
        fishbone: FishboneView = no_fishbone,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("businessCase")
        self.setWidgetResizable(True)
        self.document = document
        self.fishbone = fishbone
        self.initiative_id: str | None = None
        self._filling = False
        self.empty = QLabel(tr("Choose an initiative in the register to see its business case."))
        self.title = named(QLineEdit(), "caseTitle")
        self.status = named(QLabel(), "caseStatus")
        self.status.setWordWrap(True)
        self.owner = named(QLineEdit(), "caseOwner")
        self.sponsor = named(QLineEdit(), "caseSponsor")
        self.start = named(QLineEdit(), "caseStart")
        self.due = named(QLineEdit(), "caseDue")
        for edit in (self.start, self.due):
            edit.setPlaceholderText("YYYY-MM-DD")
        self.description = named(QLineEdit(), "caseDescription")
        self.cost = _money_spin("caseCost")
        self.effort = _money_spin("caseEffort")
        self.benefit = _money_spin("caseBenefit")
        self.horizon = named(QSpinBox(), "caseHorizon")
        self.horizon.setRange(1, 50)
        self.rate = named(QDoubleSpinBox(), "caseRate")
        self.rate.setRange(0, 100)
        self.rate.setSuffix(" %")
        self.to_be = named(QComboBox(), "caseToBe")
        self.basis = named(QComboBox(), "caseBasis")
        for basis in BASIS_LABELS:
            self.basis.addItem(basis_label(basis), basis.value)
        self.volume = _money_spin("caseVolume")
        self.volume.setDecimals(0)
        self.cost_rate = _money_spin("caseCostRate")
        self.derivation = named(QLabel(), "caseDerivation")
        self.derivation.setWordWrap(True)
        self.figures = named(QLabel(), "caseFigures")
        self.figures.setWordWrap(True)
        self.processes = named(QListWidget(), "caseProcesses")
        self.processes.setAccessibleName(tr("Processes the initiative changes"))
        self.processes.setMaximumHeight(90)
        self.processes.itemChanged.connect(self._process_toggled)
        self.weak_points = named(QListWidget(), "caseWeakPoints")
        self.weak_points.itemDoubleClicked.connect(
            lambda item: self.weak_point_activated.emit(item.data(256))
        )
        self.unlink = named(QPushButton(tr("Remove weak point from initiative")), "caseUnlink")
        self.unlink.clicked.connect(self._unlink)
        self.fishbones = named(QWidget(), "caseFishbones")
        self.fishbones.setLayout(QVBoxLayout())
        self._build()
        self._connect()

    def _build(self) -> None:
        facts = QFormLayout()
        facts.addRow(tr("Title"), self.title)
        facts.addRow(tr("Status"), self.status)
        facts.addRow(tr("Description"), self.description)
        facts.addRow(tr("Owner"), self.owner)
        facts.addRow(tr("Sponsor"), self.sponsor)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(tr("to", "date range")))
        dates.addWidget(self.due)
        facts.addRow(tr("Start and due date"), dates)
        money = QFormLayout()
        money.addRow(tr("One-off cost"), self.cost)
        money.addRow(tr("Effort (person-days)"), self.effort)
        money.addRow(tr("Expected annual benefit"), self.benefit)
        money.addRow(tr("NPV horizon (years)"), self.horizon)
        money.addRow(tr("Discount rate"), self.rate)
        money.addRow(self.figures)
        computed = QFormLayout()
        computed.addRow(tr("Realised by to-be"), self.to_be)
        computed.addRow(tr("Saving per case from"), self.basis)
        computed.addRow(tr("Cases per year"), self.volume)
        computed.addRow(tr("Cost rate per hour"), self.cost_rate)
        computed.addRow(self.derivation)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.empty)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        for title, inner in (
            (tr("Initiative"), facts),
            (tr("Figures"), money),
            (tr("Benefit computed from the as-is/to-be comparison"), computed),
        ):
            box = QGroupBox(title)
            box.setLayout(inner)
            body.addWidget(box)
        links = QGroupBox(tr("Processes and weak points"))
        links_layout = QVBoxLayout(links)
        links_layout.addWidget(QLabel(tr("Processes it changes (tick to link):")))
        links_layout.addWidget(self.processes)
        links_layout.addWidget(self.weak_points)
        links_layout.addWidget(self.unlink)
        root_causes = QLabel(tr("Root causes (fishbone) of the weak points:"))
        links_layout.addWidget(root_causes)
        links_layout.addWidget(self.fishbones)
        body.addWidget(links)
        body.addStretch(1)
        layout.addWidget(self.body)
        self.setWidget(page)

    def _connect(self) -> None:
        for name, edit in (
            ("title", self.title),
            ("description", self.description),
            ("owner", self.owner),
            ("sponsor", self.sponsor),
            ("start_date", self.start),
            ("due_date", self.due),
        ):
            edit.editingFinished.connect(lambda n=name, e=edit: self._set(n, e.text().strip()))
        for name, spin in (
            ("cost", self.cost),
            ("effort", self.effort),
            ("benefit", self.benefit),
        ):
            spin.valueChanged.connect(lambda value, n=name: self._set(n, float(value)))
        self.horizon.valueChanged.connect(lambda value: self._set("horizon_years", int(value)))
        self.rate.valueChanged.connect(lambda value: self._set("discount_rate", value / 100.0))
        self.to_be.currentIndexChanged.connect(lambda _i: self._set_model())
        self.basis.currentIndexChanged.connect(lambda _i: self._set_model())
        self.volume.valueChanged.connect(lambda _v: self._set_model())
        self.cost_rate.valueChanged.connect(lambda _v: self._set_model())

    # showing -----------------------------------------------------------------------------------
    def show_row(self, row: RegisterRow | None, currency: str) -> None:
        """Show *row*'s initiative (None: nothing chosen)."""
        self.initiative_id = row.id if row else None
        self.empty.setVisible(row is None)
        self.body.setVisible(row is not None)
        if row is None:
            return
        self._filling = True
        try:
            self._fill(row, currency)
        finally:
            self._filling = False

    def _fill(self, row: RegisterRow, currency: str) -> None:
        workspace = self.document.workspace
        initiative = row.initiative
        self.title.setText(initiative.title)
        history = ", ".join(f"{status_label(c.status)} {c.date}" for c in initiative.status_log)
        self.status.setText(f"<b>{status_label(initiative.status)}</b> — {history}")
        self.description.setText(initiative.description)
        self.owner.setText(initiative.owner)
        self.sponsor.setText(initiative.sponsor)
        self.start.setText(initiative.start_date)
        self.due.setText(initiative.due_date)
        self.cost.setValue(initiative.cost)
        self.effort.setValue(initiative.effort)
        self.benefit.setValue(initiative.benefit)
        self.benefit.setEnabled(not row.benefit_is_computed)
        self.horizon.setValue(initiative.horizon_years)
        self.rate.setValue(initiative.discount_rate * 100)
        for spin in (self.cost, self.benefit, self.volume, self.cost_rate):
            spin.setSuffix(f" {currency}" if spin is not self.volume else "")
        payback = (
            tr("{months} months").format(months=f"{row.payback:.1f}")
            if row.payback is not None
            else DASH
        )
        self.figures.setText(
            tr(
                "Benefit used: {benefit} {currency} a year · payback {payback} · "
                "NPV {npv} {currency} · weighted score {score}"
            ).format(
                benefit=amount(row.benefit),
                currency=currency,
                payback=payback,
                npv=amount(row.npv),
                score=f"{row.score:.2f}",
            )
        )
        self.to_be.clear()
        self.to_be.addItem(tr("None (enter the benefit)"), None)
        for process in workspace.processes():
            for diagram in workspace.diagrams_of(process.id):
                self.to_be.addItem(f"{process.name} — {diagram.name}", diagram.id)
        model = benefit_model_of(workspace, initiative.id)
        for widget in (self.basis, self.volume, self.cost_rate):
            widget.setEnabled(model is not None)
        if model is not None:
            self.to_be.setCurrentIndex(max(0, self.to_be.findData(model.diagram_id)))
            self.basis.setCurrentIndex(max(0, self.basis.findData(model.basis.value)))
            self.volume.setValue(model.volume)
            self.cost_rate.setValue(model.rate)
        self.derivation.setText(row.computed.derivation if row.computed else "")
        self.processes.clear()
        for process in workspace.processes():
            choice = QListWidgetItem(process.name)
            choice.setData(256, process.id)
            choice.setFlags(choice.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            linked = process.id in row.processes
            choice.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
            self.processes.addItem(choice)
        self.weak_points.clear()
        fishbones = self.fishbones.layout()
        assert fishbones is not None
        while fishbones.count():
            item = fishbones.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        for weak_point_id in row.weak_points:
            point = workspace.get(weak_point_id, WeakPoint)
            diagram = workspace.get(point.diagram_id, Diagram)
            target = workspace.find(point.target_id)
            where = getattr(target, "name", "") or diagram.name
            text = f"{where} ({point.severity}): {point.description}"
            entry = QListWidgetItem(text)
            entry.setData(256, point.id)
            entry.setToolTip(point.root_cause or point.description)
            self.weak_points.addItem(entry)
            picture = self.fishbone(self.document, point)
            if picture is not None:
                fishbones.addWidget(picture)

    # editing -----------------------------------------------------------------------------------
    def _run(self, action: Callable[[], Any]) -> None:
        if self._filling or self.initiative_id is None:
            return
        try:
            action()
        except (CommandError, ValueError, ReadOnlyError, PersistError) as error:
            self.refused.emit(str(error))

    def _set(self, name: str, value: object) -> None:
        initiative_id = self.initiative_id
        current = self.document.workspace.find(initiative_id)
        if current is None or getattr(current, name, None) == value:
            return
        self._run(
            lambda: self.document.editor.update_initiative(
                str(initiative_id), {name: value}, merge_key=f"case:{initiative_id}:{name}"
            )
        )

    def _set_model(self) -> None:
        initiative_id = self.initiative_id
        diagram_id = self.to_be.currentData()
        self._run(
            lambda: self.document.editor.set_benefit_model(
                str(initiative_id),
                diagram_id,
                BenefitBasis(self.basis.currentData()),
                self.volume.value(),
                self.cost_rate.value(),
            )
        )

    def _process_toggled(self, item: QListWidgetItem) -> None:
        initiative_id, process_id = self.initiative_id, str(item.data(256))
        if initiative_id is None:
            return
        editor = self.document.editor
        if item.checkState() == Qt.CheckState.Checked:
            self._run(lambda: editor.link_process(initiative_id, process_id))
        else:
            self._run(lambda: editor.unlink_process(initiative_id, process_id))

    def _unlink(self) -> None:
        item = self.weak_points.currentItem()
        if item is not None and self.initiative_id is not None:
            initiative_id, point_id = self.initiative_id, str(item.data(256))
            self._run(lambda: self.document.editor.unlink_weak_point(initiative_id, point_id))
