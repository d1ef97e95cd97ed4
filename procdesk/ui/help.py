"""Help ▸ Keyboard Shortcuts: every canvas gesture on one page, for the workshop wall.

The table is written here, next to nothing else, so it is easy to keep in step with
``canvas/keys.py`` and the menus.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from procdesk import __version__

SHORTCUTS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Drawing",
        (
            ("Palette, then click (or drag onto the canvas)", "Place an element"),
            ("Drag the blue handle of an element", "Connect (the status bar says why not)"),
            ("T / G / E with one step selected", "Append a task / gateway / end event"),
            ("Buttons beside the selected step", "Append, record a weak point, delete"),
            ("Double-click or F2", "Rename in place (Shift+Enter: new line)"),
            ("Intermediate event on a task's border", "Boundary event"),
        ),
    ),
    (
        "Selecting and moving",
        (
            ("Click, Shift/Ctrl+click, drag on empty canvas", "Select"),
            ("Ctrl+A", "Select everything"),
            ("Drag", "Move (into another lane: the step joins it)"),
            ("Arrow keys (Shift: finer)", "Nudge"),
            ("Corner handles", "Resize"),
            ("Drag a name below an event, or a flow's name", "Move the label only"),
            ("Drag a bend point of a selected flow", "Re-route it (menu: Reset route)"),
            ("Drag a lane's name band / its lower border", "Reorder / resize the lane"),
            ("Tab / Shift+Tab", "Next / previous step along the flow"),
            ("Delete", "Delete"),
        ),
    ),
    (
        "Editing",
        (
            ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo"),
            ("Ctrl+C / Ctrl+X / Ctrl+V / Ctrl+D", "Copy / cut / paste / duplicate"),
            ("Ctrl+Shift+L", "Auto-layout the diagram"),
            ("Ctrl+Shift+W", "Record a weak point on the selection (or the diagram)"),
            ("Right-click", "Lanes, phases, pools, arrange, weak points"),
        ),
    ),
    (
        "Viewing",
        (
            ("Ctrl+wheel, Ctrl+0, Ctrl+1", "Zoom, fit, 100 %"),
            ("Middle button or Space+drag", "Pan"),
            ("Ctrl+F", "Find by name or text"),
            ("Ctrl+Shift+H", "Weak-point heat map on / off"),
            ("F5", "Presentation mode (arrows walk the flow)"),
            ("Alt+Left", "Back from a sub-process"),
        ),
    ),
)


def shortcuts_html() -> str:
    parts = ["<style>td{padding:3px 12px 3px 0;} h3{margin:12px 0 4px 0;}</style>"]
    for title, rows in SHORTCUTS:
        parts.append(f"<h3>{escape(title)}</h3><table>")
        for keys, meaning in rows:
            parts.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(meaning)}</td></tr>")
        parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    """objectName ``shortcutsDialog``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(f"Keyboard shortcuts — procdesk {__version__}")
        text = QTextBrowser()
        text.setHtml(shortcuts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(620, 560)
