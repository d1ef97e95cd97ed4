"""The assessment editor: date, assessor and note of one assessment, and a row per dimension of
its model (level, target, gap, evidence, documents, linked elements).

Every change is one Editor intent; a refusal comes back as ``refused`` with its reason. The
editor shows the target profile even before a first assessment, so that a process owner can
set where the process should get to.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from procdesk.document import Document
from procdesk.model.commands import CommandError
from procdesk.model.elements import Diagram, Lane, Process, Step
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.maturity import MaturityAssessment, MaturityModel, MaturityTarget
from procdesk.model.maturity_queries import evidence_links
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.common.observe import named
from procdesk.ui.maturity.dimension_row import DimensionRow


def element_name(workspace: Workspace, element_id: str) -> str:
    """How a linked element reads in a list: 'Approve requisition (As-is)'."""
    element = workspace.find(element_id)
    if isinstance(element, Process):
        return tr("{name} (the process)").format(name=element.name)
    if isinstance(element, Diagram):
        return tr("{name} (diagram)").format(name=element.name)
    name = str(getattr(element, "name", "") or element_id)
    diagram = workspace.find(getattr(element, "diagram_id", None))
    return f"{name} ({diagram.name})" if isinstance(diagram, Diagram) else name


def linkable(workspace: Workspace, process_id: str) -> list[tuple[str, str]]:
    """The process, its diagrams and their lanes and steps: what evidence may point at."""
    found = [(process_id, element_name(workspace, process_id))]
    for diagram in workspace.diagrams_of(process_id):
        found.append((diagram.id, element_name(workspace, diagram.id)))
        for kind in (Lane, Step):
            for element in workspace.elements_of(diagram.id, kind):
                if element.name.strip():
                    found.append((element.id, element_name(workspace, element.id)))
    return found


class AssessmentEditor(QWidget):
    """objectName ``assessmentEditor``. ``refused`` carries a reason; ``element_opened`` an
    element to show on the canvas; ``made`` the ids a gap's button created."""

    refused = Signal(str)
    element_opened = Signal(str)
    made = Signal(list)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentEditor")
        self.document = document
        self.process_id: str | None = None
        self.model: MaturityModel | None = None
        self.assessment: MaturityAssessment | None = None
        self.rows: dict[str, DimensionRow] = {}
        self.date = named(QLineEdit(), "assessmentDate")
        self.date.setPlaceholderText("YYYY-MM-DD")
        self.assessor = named(QLineEdit(), "assessmentAssessor")
        self.note = named(QLineEdit(), "assessmentNote")
        for field, name in ((self.date, "date"), (self.assessor, "assessor"), (self.note, "note")):
            field.editingFinished.connect(lambda f=field, n=name: self._header_edited(n, f.text()))
        self.empty = named(QLabel(), "assessmentEmpty")
        self.empty.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Date"), self.date)
        form.addRow(tr("Assessor"), self.assessor)
        form.addRow(tr("Note"), self.note)
        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)

    # showing -----------------------------------------------------------------------------------
    def show_assessment(
        self,
        process_id: str | None,
        model: MaturityModel | None,
        assessment: MaturityAssessment | None,
        target: MaturityTarget | None,
    ) -> None:
        """Show *assessment* (None: only the target) of *process_id* under *model*."""
        if (
            model is None
            or self.model is None
            or model.dimensions != self.model.dimensions
            or model.levels != self.model.levels
        ):
            self._build_rows(model)
        self.process_id, self.model, self.assessment = process_id, model, assessment
        read_only = self.document.read_only
        editable = assessment is not None and not read_only
        for field, value in (
            (self.date, assessment.date if assessment else ""),
            (self.assessor, assessment.assessor if assessment else ""),
            (self.note, assessment.note if assessment else ""),
        ):
            if not field.hasFocus() and field.text() != value:
                field.setText(value)
            field.setEnabled(editable)
        if model is None:
            self.empty.setText(tr("Choose a process and a maturity model."))
        elif assessment is None:
            self.empty.setText(
                tr(
                    "No assessment of this process under {model} yet: start one with "
                    "New assessment. The target profile can be set already."
                ).format(model=model.name)
            )
        else:
            self.empty.setText(model.attribution)
        if model is None or process_id is None:
            return
        workspace = self.document.workspace
        candidates = linkable(workspace, process_id)
        for key, row in self.rows.items():
            rating = assessment.rating(key) if assessment else None
            links = (
                [
                    (link.id, link.element_id, element_name(workspace, link.element_id))
                    for link in evidence_links(workspace, assessment.id, key)
                ]
                if assessment
                else []
            )
            row.candidates = candidates
            row.show_values(
                model,
                rating.level if rating else None,
                target.level_of(key) if target else None,
                rating.evidence if rating else "",
                rating.documents if rating else (),
                links,
                editable,
                not read_only,
            )

    def _build_rows(self, model: MaturityModel | None) -> None:
        for row in self.rows.values():
            row.setParent(None)
            row.deleteLater()
        self.rows = {}
        if model is None:
            return
        for dimension in model.dimensions:
            row = DimensionRow(model, dimension)
            self.rows[dimension.key] = row
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
            row.level_chosen.connect(self._level)
            row.target_chosen.connect(self._target)
            row.evidence_written.connect(self._evidence)
            row.documents_written.connect(self._documents)
            row.link_wanted.connect(self._link)
            row.unlink_wanted.connect(
                lambda link_id: self._edit(lambda e: e.unlink_evidence(link_id))
            )
            row.element_opened.connect(self.element_opened)
            row.weak_point_wanted.connect(self._weak_point)
            row.initiative_wanted.connect(self._initiative)

    # editing -----------------------------------------------------------------------------------
    def _edit(self, action: Callable[..., object]) -> object | None:
        try:
            return action(self.document.editor)
        except (CommandError, ReadOnlyError, PersistError) as error:
            self.refused.emit(str(error))
            return None

    def _header_edited(self, field: str, value: str) -> None:
        assessment = self.assessment
        if assessment is None or getattr(assessment, field) == value.strip():
            return
        self._edit(lambda e: e.update_assessment(assessment.id, **{field: value.strip()}))

    def _level(self, key: str, level: int | None) -> None:
        if self.assessment is not None:
            assessment_id = self.assessment.id
            self._edit(lambda e: e.set_level(assessment_id, key, level))

    def _target(self, key: str, level: int | None) -> None:
        if self.process_id is not None and self.model is not None:
            process_id, model = self.process_id, self.model
            self._edit(lambda e: e.set_target(process_id, model, {key: level}))

    def _evidence(self, key: str, text: str) -> None:
        if self.assessment is not None:
            assessment_id = self.assessment.id
            self._edit(lambda e: e.set_evidence(assessment_id, key, text))

    def _documents(self, key: str, documents: list[str]) -> None:
        assessment = self.assessment
        rating = assessment.rating(key) if assessment else None
        if assessment is None or tuple(documents) == (rating.documents if rating else ()):
            return
        self._edit(lambda e: e.set_documents(assessment.id, key, documents))

    def _link(self, key: str, element_id: str) -> None:
        if self.assessment is not None:
            assessment_id = self.assessment.id
            self._edit(lambda e: e.link_evidence(assessment_id, key, element_id))

    def _weak_point(self, key: str) -> None:
        if self.assessment is not None:
            assessment_id = self.assessment.id
            made = self._edit(lambda e: e.create_gap_weak_point(assessment_id, key))
            if isinstance(made, str):
                self.made.emit([made])

    def _initiative(self, key: str) -> None:
        if self.assessment is not None:
            assessment_id = self.assessment.id
            made = self._edit(lambda e: e.create_gap_initiative(assessment_id, key))
            if isinstance(made, str):
                self.made.emit([made])
