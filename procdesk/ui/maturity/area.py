"""The Maturity area: choose a process, a maturity model and one of its assessments; edit the
assessment and the target profile on the left; see the radar and the history on the right.

The area follows the Document: any change rebuilds the choices (keeping them) and the views.
A shipped model appears in the list until it is first used; the edit that first uses it keeps
a copy in the workspace, in the same undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.maturity import MaturityReport, maturity_report
from procdesk.analysis.maturity_radar import radar_profiles
from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.elements import Diagram, Process, WeakPoint
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.maturity import MaturityAssessment, MaturityModel
from procdesk.model.maturity_files import MaturityFileError, read_model_file, shipped_models
from procdesk.model.maturity_queries import assessments_of, latest_assessment, models_of, target_of
from procdesk.text import tr
from procdesk.ui.common.observe import named, observe
from procdesk.ui.maturity.assessment_editor import AssessmentEditor
from procdesk.ui.maturity.history_view import HistoryView
from procdesk.ui.maturity.model_editor import ModelEditor, blank_model
from procdesk.ui.maturity.radar_view import RadarView


class MaturityArea(QWidget):
    """objectName ``maturityArea`` (set by the window); ``detach`` stops following."""

    refused = Signal(str)
    element_opened = Signal(str)
    made = Signal(list)
    """The ids of the weak points or initiatives a gap button made."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.shipped = shipped_models()
        self.process = named(QComboBox(), "maturityProcess")
        self.process.setAccessibleName(tr("Process"))
        self.model_choice = named(QComboBox(), "maturityModel")
        self.model_choice.setAccessibleName(tr("Maturity model"))
        self.assessment = named(QComboBox(), "maturityAssessment")
        self.assessment.setAccessibleName(tr("Assessment"))
        self.editor = AssessmentEditor(document)
        self.radar = RadarView()
        self.history = HistoryView()
        self.tabs = named(QTabWidget(), "maturityTabs")
        self.tabs.addTab(self.radar, tr("Profile"))
        self.tabs.addTab(self.history, tr("History"))
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for label, widget in (
            (tr("Process"), self.process),
            (tr("Model"), self.model_choice),
            (tr("Assessment"), self.assessment),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget, 1)
        actions = QHBoxLayout()
        for text, name, slot in (
            (tr("New assessment"), "newAssessment", self.new_assessment),
            (tr("Delete assessment"), "deleteAssessment", self.delete_assessment),
            (tr("Weak points for all gaps"), "gapWeakPoints", self.weak_points_for_gaps),
            (tr("Initiatives for all gaps"), "gapInitiatives", self.initiatives_for_gaps),
            (tr("New model…"), "newModel", self.new_model),
            (tr("Edit model…"), "editModel", self.edit_model),
            (tr("Import model…"), "importModel", self.import_model),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            actions.addWidget(button)
            self.buttons[name] = button
        actions.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self.editor.refused.connect(self.refused)
        self.editor.element_opened.connect(self.element_opened)
        self.editor.made.connect(self.made)
        self.process.currentIndexChanged.connect(lambda _i: self._process_chosen())
        self.model_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.assessment.currentIndexChanged.connect(lambda _i: self.refresh())
        self._fill_processes()
        self._process_chosen()
        self._stop = observe(self, document, self._on_changed)

    def detach(self) -> None:
        self._stop()

    # choices -----------------------------------------------------------------------------------
    def select_process(self, process_id: str) -> None:
        """Show *process_id* (from the process tree's *Assess maturity…*)."""
        self.process.setCurrentIndex(max(0, self.process.findData(process_id)))

    def chosen_model(self) -> MaturityModel | None:
        """The model chosen: kept in the workspace, or a shipped one not used yet."""
        value = self.model_choice.currentData()
        if isinstance(value, str):
            found = self.document.workspace.find(value)
            return found if isinstance(found, MaturityModel) else None
        if isinstance(value, int) and 0 <= value < len(self.shipped):
            return self.shipped[value]
        return None

    def chosen_assessment(self) -> MaturityAssessment | None:
        value = self.assessment.currentData()
        found = self.document.workspace.find(value) if isinstance(value, str) else None
        return found if isinstance(found, MaturityAssessment) else None

    def _fill_processes(self) -> None:
        chosen = self.process.currentData()
        self.process.blockSignals(True)
        self.process.clear()
        for process in self.document.workspace.processes():
            self.process.addItem(process.name, process.id)
        self.process.setCurrentIndex(max(0, self.process.findData(chosen)))
        self.process.blockSignals(False)

    def _fill_models(self, wanted: object) -> None:
        kept = models_of(self.document.workspace)
        self.model_choice.blockSignals(True)
        self.model_choice.clear()
        for model in kept:
            version = f" \u00b7 {model.version}" if model.version else ""
            self.model_choice.addItem(model.name + version, model.id)
        for index, model in enumerate(self.shipped):
            if not any(k.same_content(model) for k in kept):
                self.model_choice.addItem(tr("{name} (shipped)").format(name=model.name), index)
        self.model_choice.setCurrentIndex(max(0, self.model_choice.findData(wanted)))
        self.model_choice.blockSignals(False)

    def _fill_assessments(self, model: MaturityModel | None, wanted: object) -> None:
        process_id = self.process.currentData()
        found = (
            assessments_of(self.document.workspace, process_id, model.id)
            if model and process_id
            else []
        )
        self.assessment.blockSignals(True)
        self.assessment.clear()
        for item in reversed(found):
            who = f" \u00b7 {item.assessor}" if item.assessor else ""
            self.assessment.addItem(item.date + who, item.id)
        if not found:
            self.assessment.addItem(tr("none yet"), None)
        self.assessment.setCurrentIndex(max(0, self.assessment.findData(wanted)))
        self.assessment.blockSignals(False)

    def _process_chosen(self) -> None:
        """A process was chosen: its latest assessment's model (else PEMM) and that assessment."""
        process_id = self.process.currentData()
        latest = latest_assessment(self.document.workspace, process_id) if process_id else None
        wanted_model: object = latest.model_id if latest else self._default_model()
        self._fill_models(wanted_model)
        self._fill_assessments(self.chosen_model(), latest.id if latest else None)
        self.refresh(keep=False)

    def _default_model(self) -> object:
        kept = models_of(self.document.workspace)
        pemm = [m for m in kept if m.key == "pemm"]
        if pemm or kept:
            return (pemm or kept)[0].id
        return next((i for i, m in enumerate(self.shipped) if m.key == "pemm"), 0)

    # following the document ------------------------------------------------------------------
    def _on_changed(self, changeset: ChangeSet) -> None:
        added = [e for e in changeset.added() if isinstance(e, MaturityAssessment)]
        self._fill_processes()
        model = self.chosen_model()
        kept = next(
            (m for m in models_of(self.document.workspace) if model and m.same_content(model)), None
        )
        self._fill_models(kept.id if kept else self.model_choice.currentData())
        self._fill_assessments(
            self.chosen_model(), added[-1].id if added else self.assessment.currentData()
        )
        self.refresh(keep=False)

    def refresh(self, keep: bool = True) -> None:
        """Show the chosen assessment in the editor, the radar and the history."""
        if keep:
            self._fill_assessments(self.chosen_model(), self.assessment.currentData())
        process_id = self.process.currentData()
        model = self.chosen_model()
        assessment = self.chosen_assessment()
        workspace = self.document.workspace
        target = target_of(workspace, process_id, model.id) if process_id and model else None
        self.editor.show_assessment(process_id, model, assessment, target)
        report = (
            maturity_report(workspace, process_id, model.id)
            if process_id and model and model.id in workspace
            else None
        )
        self._show_radar(model, report, assessment)
        self.history.show_report(report)
        self._enable(model, assessment, report)

    def _show_radar(
        self,
        model: MaturityModel | None,
        report: MaturityReport | None,
        shown: MaturityAssessment | None,
    ) -> None:
        if model is None:
            self.radar.show_profiles((), (), ())
            return
        self.radar.show_profiles(
            [d.name for d in model.dimensions],
            [level.label for level in model.levels],
            radar_profiles(model, report, shown),
        )

    def _enable(
        self,
        model: MaturityModel | None,
        assessment: MaturityAssessment | None,
        report: MaturityReport | None,
    ) -> None:
        writable = not self.document.read_only
        has_gaps = bool(
            assessment
            and report
            and report.target
            and any(
                assessment.level_of(d.key) is not None
                and (report.target.level_of(d.key) or 0) > (assessment.level_of(d.key) or 0)
                for d in report.model.dimensions
            )
        )
        states = {
            "newAssessment": writable
            and model is not None
            and self.process.currentData() is not None,
            "deleteAssessment": writable and assessment is not None,
            "gapWeakPoints": writable and has_gaps,
            "gapInitiatives": writable and has_gaps,
            "newModel": writable,
            "editModel": writable and model is not None,
            "importModel": writable,
        }
        for name, enabled in states.items():
            self.buttons[name].setEnabled(enabled)

    # editing -----------------------------------------------------------------------------------
    def _edit(self, action: Callable[..., object]) -> object | None:
        try:
            return action(self.document.editor)
        except (CommandError, ReadOnlyError, PersistError) as error:
            self.refused.emit(str(error))
            return None

    def new_assessment(self) -> str | None:
        """A new assessment today, starting from the one shown (a reassessment changes what
        moved), by the current author."""
        process_id, model = self.process.currentData(), self.chosen_model()
        if process_id is None or model is None:
            return None
        shown = self.chosen_assessment()
        made = self._edit(
            lambda e: e.add_assessment(process_id, model, copy_from=shown.id if shown else None)
        )
        return made if isinstance(made, str) else None

    def delete_assessment(self) -> None:
        shown = self.chosen_assessment()
        if shown is not None:
            self._edit(lambda e: e.delete_assessment(shown.id))

    def weak_points_for_gaps(self) -> None:
        shown = self.chosen_assessment()
        if shown is not None:
            self._made(self._edit(lambda e: e.create_gap_weak_points(shown.id)))

    def initiatives_for_gaps(self) -> None:
        shown = self.chosen_assessment()
        if shown is not None:
            self._made(self._edit(lambda e: e.create_gap_initiatives(shown.id)))

    def _made(self, ids: object) -> None:
        if isinstance(ids, list) and ids:
            self.made.emit(ids)

    def new_model(self) -> None:
        self.open_model_editor(blank_model())

    def edit_model(self) -> None:
        model = self.chosen_model()
        if model is not None:
            self.open_model_editor(model)

    def open_model_editor(self, model: MaturityModel) -> ModelEditor:
        """The model editor on *model*; after Save the saved model is chosen."""
        dialog = ModelEditor(self.document, model, self)
        dialog.finished.connect(lambda _r: self._model_saved(dialog.saved_id))
        dialog.open()
        return dialog

    def _model_saved(self, model_id: str | None) -> None:
        if model_id is not None:
            self._fill_models(model_id)
            self.refresh()

    def import_model(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("Import maturity model"), "", tr("Maturity models (*.toml *.json)")
        )
        if name:
            self.import_model_file(name)

    def import_model_file(self, name: str) -> str | None:
        """Keep the model in file *name* (refused whole, with the reason, if it is not one)."""
        try:
            model = read_model_file(Path(name))
        except MaturityFileError as error:
            self.refused.emit(str(error))
            return None
        made = self._edit(lambda e: e.adopt_maturity_model(model))
        if isinstance(made, str):
            self._fill_models(made)
            self.refresh()
            return made
        return None


def make_maturity_area(document: Document, host: object) -> QWidget:
    """The area's widget for the window (``AREAS`` in ``ui/window/areas.py``)."""
    area = MaturityArea(document)
    report = getattr(host, "report", None)
    if callable(report):
        area.refused.connect(report)
        area.made.connect(lambda ids: report(made_text(document, ids)))
    area.element_opened.connect(lambda element_id: show_element(document, host, element_id))
    return area


def made_text(document: Document, ids: list[str]) -> str:
    """What the status bar says after gaps were made into work."""
    made = [document.workspace.find(i) for i in ids]
    points = sum(isinstance(e, WeakPoint) for e in made)
    if points:
        return tr("%n weak points created for maturity gaps", None, points)
    return tr("%n initiatives created for maturity gaps", None, len(made))


def show_element(document: Document, host: object, element_id: str) -> None:
    """Show a linked element on the canvas: the process's first diagram, a diagram, or an
    element selected in its diagram."""
    element = document.workspace.find(element_id)
    if isinstance(element, Process):
        getattr(host, "open_process", lambda _i: None)(element_id)
    elif isinstance(element, Diagram):
        getattr(host, "open_diagram", lambda _i: None)(element_id)
    elif element is not None:
        getattr(host, "select_element", lambda _d, _e: None)(
            getattr(element, "diagram_id", None), element_id
        )
