"""The presentation's caption bar: the step's number, its name, who does it and what kind of
step it is (as a room would say it), and its work instruction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from procdesk.model.elements import StepKind
from procdesk.model.naming import KIND_LABELS
from procdesk.text import tr
from procdesk.ui.common.observe import named


def kind_words(kind: StepKind) -> str:
    """ "user task", "decision", "end event": the kind as a room would say it."""
    if kind == StepKind.EXCLUSIVE_GATEWAY:
        return tr("decision", "exclusive gateway, as said aloud")
    label = KIND_LABELS[kind]
    shown = tr(label)
    # English says the kind in lower case mid-sentence; a translation keeps its own capitals
    return label.lower() if shown == label else shown


class Caption(QFrame):
    """The bar under the diagram: counter, step name, lane and kind, work instruction."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("presentationCaption")
        self.setStyleSheet(
            "#presentationCaption { background: #1f2937; }"
            "QLabel { color: #f9fafb; background: transparent; }"
            "#captionCounter { color: #fbbf24; font-size: 30px; font-weight: bold; }"
            "#captionTitle { font-size: 32px; font-weight: bold; }"
            "#captionDetail { color: #d1d5db; font-size: 20px; }"
            "#captionInstruction { color: #e5e7eb; font-size: 20px; }"
            "#captionKeys { color: #9ca3af; font-size: 14px; }"
        )
        self.counter = named(QLabel(), "captionCounter")
        self.counter.setMinimumWidth(120)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = named(QLabel(), "captionTitle")
        self.detail = named(QLabel(), "captionDetail")
        self.instruction = named(QLabel(), "captionInstruction")
        self.instruction.setWordWrap(True)
        keys = named(QLabel(tr("→ next   ← back   Home start   Esc end")), "captionKeys")
        keys.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        text.addWidget(self.instruction)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 16, 24, 18)
        row.setSpacing(24)
        row.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(text, 1)
        row.addWidget(keys, 0, Qt.AlignmentFlag.AlignTop)

    def say(self, counter: str, title: str, detail: str, instruction: str) -> None:
        self.counter.setText(counter)
        self.title.setText(title)
        self.detail.setText(detail)
        self.instruction.setText(instruction)
        self.instruction.setVisible(bool(instruction))
