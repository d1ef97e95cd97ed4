"""The properties dock: every attribute of the selection, edited through the Editor.

Typing in a field is one undo step per field (consecutive keystrokes merge by ``merge_key``);
leaving the field ends the run. A multi-selection shows the fields its elements share and
edits them all at once. The panel only reflects the model: after each ChangeSet it reloads
the values, leaving alone any widget that already shows the value (so the cursor stays put).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from procdesk.model.changes import ChangeSet
from procdesk.model.commands import CommandError
from procdesk.model.compliance import LINKS, Control, Requirement, Risk
from procdesk.model.editor import Editor
from procdesk.model.elements import Duration, Entity, Lane, ProcessStatus, StepKind, WeakPoint
from procdesk.model.history import PersistError, ReadOnlyError
from procdesk.model.naming import KIND_LABELS, describe
from procdesk.text import capitalised, tr
from procdesk.ui.panels.properties.compliance import ComplianceSection
from procdesk.ui.panels.properties.edits import change_kind, set_expanded, update
from procdesk.ui.panels.properties.fields import (
    CHOICE_NOTES,
    CHOICES,
    FIELDS,
    STATUS_LABELS,
    Field,
    current,
    fields_for,
)

Widget = QLineEdit | QPlainTextEdit | QCheckBox | QComboBox
DURATION = ("duration.min", "duration.typical", "duration.max")
COMPLIANCE_KINDS = (Requirement, Risk, Control, WeakPoint, *LINKS)
"""Changes that alter what the compliance section shows of the selected element."""


class PropertiesPanel(QWidget):
    """objectName ``propertiesPanel``; lives in the dock named ``properties``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("propertiesPanel")
        self.editor: Editor | None = None
        self.ids: list[str] = []
        self._loading = False
        self._typing: str | None = None
        self._writing = False
        self.title = QLabel(tr("Nothing selected"))
        self.title.setObjectName("propertiesTitle")
        self.title.setWordWrap(True)
        self.error = QLabel("")
        self.error.setObjectName("propertiesError")
        self.error.setStyleSheet("color: #b91c1c")
        self.error.setWordWrap(True)
        self.form = QFormLayout()
        self.widgets: dict[str, Widget] = {}
        for field in FIELDS:
            widget = self._make(field)
            widget.setObjectName("field_" + field.name.replace(".", "_"))
            self.widgets[field.name] = widget
            self.form.addRow(tr(field.label), widget)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addLayout(self.form)
        column.addWidget(self.error)
        self.compliance = ComplianceSection()
        column.addWidget(self.compliance)
        column.addStretch(1)
        self.show_ids([])

    # widgets -----------------------------------------------------------------------------------
    def _make(self, field: Field) -> Widget:
        name = field.name
        if field.widget == "check":
            check = QCheckBox()
            check.toggled.connect(lambda on, n=name: self._write(n, on, merge=False))
            return check
        if field.widget == "choice":
            combo = QComboBox()
            combo.activated.connect(lambda _i, n=name: self._choose(n))
            return combo
        if field.widget == "text":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(64 if name != "instruction" else 96)
            text.textChanged.connect(lambda n=name, f=field: self._typed(f))
            return text
        line = QLineEdit()
        line.textEdited.connect(lambda _t, f=field: self._typed(f))
        line.editingFinished.connect(self._end_typing)
        return line

    @staticmethod
    def _text_of(widget: Widget) -> str:
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QLineEdit):
            return widget.text()
        return ""

    # showing -----------------------------------------------------------------------------------
    def set_editor(self, editor: Editor | None) -> None:
        self.editor = editor
        self.show_ids([])

    def entities(self) -> list[Entity]:
        if self.editor is None:
            return []
        workspace = self.editor.workspace
        return [e for e in (workspace.find(i) for i in self.ids) if e is not None]

    def show_ids(self, ids: list[str]) -> None:
        """Show the attributes of the elements *ids* (the canvas selection)."""
        if ids != self.ids:
            self._end_typing()
        self.ids = list(ids)
        self.error.setText("")
        self.reload()

    def apply(self, changeset: ChangeSet) -> None:
        if set(self.ids) & changeset.ids():
            self.ids = [i for i in self.ids if self.editor and i in self.editor.workspace]
            self.reload()
        elif any(isinstance(c.entity, COMPLIANCE_KINDS) for c in changeset.changes):
            self.compliance.refresh()

    def reload(self) -> None:
        self.compliance.show_element(self.editor, self.ids)
        entities = self.entities()
        shown = {f.name for f in fields_for(entities)}
        read_only = self.editor is None or self.editor.history.read_only
        self._loading = True
        try:
            for field in FIELDS:
                widget = self.widgets[field.name]
                self.form.setRowVisible(widget, field.name in shown)
                widget.setEnabled(not read_only)
                own = self._writing and field.name == self._typing
                if field.name in shown and not own:
                    self._load(field, widget, entities)
        finally:
            self._loading = False
        if not entities:
            self.title.setText(tr("Nothing selected"))
        elif len(entities) == 1:
            name = getattr(entities[0], "name", "")
            what = capitalised(describe(entities))
            self.title.setText(f"{what}: {name}" if name else what)
        else:
            what = capitalised(describe(entities))
            self.title.setText(tr("{what} selected").format(what=what))

    def _load(self, field: Field, widget: Widget, entities: list[Entity]) -> None:
        values = {repr(current(e, field.name)) for e in entities}
        value = current(entities[0], field.name)
        same = len(values) == 1
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value) and same)
        elif isinstance(widget, QComboBox):
            self._fill_choice(field.name, widget, entities)
            data = value.value if isinstance(value, StrEnum) else value
            index = widget.findData(data) if same else -1
            widget.setCurrentIndex(index)
        else:
            text = field.show(value) if same else ""
            if self._text_of(widget) != text:
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(text)
                else:
                    widget.setText(text)
                    widget.setCursorPosition(0)  # a long name reads from its start
            widget.setPlaceholderText("" if same else tr("(several values)"))

    def _fill_choice(self, name: str, combo: QComboBox, entities: list[Entity]) -> None:
        combo.clear()
        if name == "kind":
            for kind, label in KIND_LABELS.items():
                combo.addItem(tr(label), kind.value)
        elif name == "status":
            for status, label in STATUS_LABELS.items():
                combo.addItem(tr(label, "process status"), status.value)
        elif name in CHOICES:
            for value, label in CHOICES[name].items():
                combo.addItem(tr(label, CHOICE_NOTES[name]), value.value)
        elif name == "lane_id" and self.editor is not None:
            combo.addItem(tr("(no lane)"), None)
            diagram_id = getattr(entities[0], "diagram_id", "")
            for lane in self.editor.workspace.elements_of(diagram_id, Lane):
                combo.addItem(lane.name or lane.id, lane.id)

    # writing -----------------------------------------------------------------------------------
    def _run(self, action: Callable[[Editor], object]) -> None:
        """Run an edit; while it runs, the field being typed in is not reloaded from it."""
        if self.editor is None or not self.ids:
            return
        self._writing = True
        try:
            action(self.editor)
            self.error.setText("")
        except (CommandError, ReadOnlyError, PersistError, ValueError) as error:
            self.error.setText(str(error))
        finally:
            self._writing = False

    def _typed(self, field: Field) -> None:
        if self._loading:
            return
        if self._typing != field.name:
            self._end_typing()
            self._typing = field.name
        widget = self.widgets[field.name]
        try:
            value = field.parse(self._text_of(widget))
        except ValueError as error:
            self.error.setText(str(error))
            return
        if field.name in DURATION:
            self._write_duration()
            return
        self._write(field.name, value, merge=True)

    def _write_duration(self) -> None:
        parts: list[float | None] = []
        for name in DURATION:
            field = next(f for f in FIELDS if f.name == name)
            value = field.parse(self._text_of(self.widgets[name]))
            parts.append(value if isinstance(value, float) else None)
        if all(p is None for p in parts):
            self._write("duration", None, merge=True)
            return
        if any(p is None for p in parts):
            self.error.setText(tr("enter the minimum, typical and maximum duration"))
            return
        low, typical, high = (float(p or 0) for p in parts)
        try:
            duration = Duration(low, typical, high)
        except ValueError as error:
            self.error.setText(str(error))
            return
        self._write("duration", duration, merge=True)

    def _write(self, name: str, value: object, merge: bool) -> None:
        if self._loading:
            return
        ids = tuple(self.ids)
        if name == "expanded" and isinstance(value, bool):
            self._run(lambda editor: set_expanded(editor, list(ids), value))
            return
        key = f"properties:{name}:{','.join(ids)}" if merge else None
        self._run(lambda editor: update(editor, ids, {name: value}, key))

    def _end_typing(self) -> None:
        self._typing = None
        if self.editor is not None:
            self.editor.history.break_merge()

    def _choose(self, name: str) -> None:
        combo = self.widgets[name]
        assert isinstance(combo, QComboBox)
        value = combo.currentData()
        ids = list(self.ids)
        if name == "lane_id":
            self._run(lambda editor: editor.set_lane(ids, value))
        elif name == "kind" and isinstance(value, str):
            self._run(lambda editor: change_kind(editor, ids, StepKind(value)))
        elif name == "status" and isinstance(value, str):
            self._write("status", ProcessStatus(value), merge=False)
        elif name in CHOICES and isinstance(value, str):
            enum = type(next(iter(CHOICES[name])))
            self._write(name, enum(value), merge=False)


def properties_dock(panel: PropertiesPanel, parent: QWidget) -> QDockWidget:
    """The dock (objectName ``properties``) holding *panel* in a scroll area."""
    dock = QDockWidget(tr("Properties"), parent)
    dock.setObjectName("properties")
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(panel)
    scroll.setAccessibleName(dock.windowTitle())
    dock.setWidget(scroll)
    return dock
