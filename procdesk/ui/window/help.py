"""Help ▸ Keyboard Shortcuts: every canvas gesture on one page, for the workshop wall.

The table is written here, next to nothing else, so it is easy to keep in step with
``canvas/keys.py`` and the menus.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from procdesk import __version__
from procdesk.text import tr, tr_noop

KEYS = "shortcut keys"
"""The disambiguation the key column's words are marked with (spelt out in each ``tr_noop``,
which lupdate needs); bare key names such as "Ctrl+A" are not marked and stay as they are."""

SHORTCUTS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        tr_noop("Drawing"),
        (
            (
                tr_noop("Palette, then click (or drag onto the canvas)", "shortcut keys"),
                tr_noop("Place an element"),
            ),
            (
                tr_noop("Drag the blue handle of an element", "shortcut keys"),
                tr_noop("Connect (the status bar says why not)"),
            ),
            (
                tr_noop("C with one element selected", "shortcut keys"),
                tr_noop(
                    "Connect by key: Tab or arrows pick the target, Enter connects, Esc cancels"
                ),
            ),
            (
                tr_noop("T / G / E with one step selected", "shortcut keys"),
                tr_noop("Append a task / gateway / end event"),
            ),
            (
                tr_noop("S / T / G / E with nothing selected", "shortcut keys"),
                tr_noop("Place a first start event / task / gateway / end event in the top lane"),
            ),
            (
                tr_noop("Buttons beside the selected step", "shortcut keys"),
                tr_noop("Append, record a weak point, delete"),
            ),
            (
                tr_noop("Double-click or F2", "shortcut keys"),
                tr_noop("Rename in place (Shift+Enter: new line)"),
            ),
            (
                tr_noop("Intermediate event on a task's border", "shortcut keys"),
                tr_noop("Boundary event"),
            ),
        ),
    ),
    (
        tr_noop("Selecting and moving"),
        (
            (
                tr_noop("Click, Shift/Ctrl+click, drag on empty canvas", "shortcut keys"),
                tr_noop("Select"),
            ),
            ("Ctrl+A", tr_noop("Select everything")),
            (
                tr_noop("Drag", "shortcut keys"),
                tr_noop("Move (into another lane: the step joins it)"),
            ),
            (tr_noop("Arrow keys (Shift: finer)", "shortcut keys"), tr_noop("Nudge")),
            (tr_noop("Corner handles", "shortcut keys"), tr_noop("Resize")),
            (
                tr_noop("Drag a name below an event, or a flow's name", "shortcut keys"),
                tr_noop("Move the label only"),
            ),
            (
                tr_noop("Drag a bend point of a selected flow", "shortcut keys"),
                tr_noop("Re-route it (menu: Reset route)"),
            ),
            (
                tr_noop("Drag a lane's name band / its lower border", "shortcut keys"),
                tr_noop("Reorder / resize the lane"),
            ),
            (
                "Tab / Shift+Tab",
                tr_noop("Next / previous element: along the flow, then lane by lane"),
            ),
            (
                "Ctrl+Tab / Ctrl+Shift+Tab",
                tr_noop("Leave the canvas for the next / previous panel"),
            ),
            ("Delete", tr_noop("Delete")),
        ),
    ),
    (
        tr_noop("Editing"),
        (
            ("Ctrl+Z / Ctrl+Shift+Z", tr_noop("Undo / redo")),
            ("Ctrl+C / Ctrl+X / Ctrl+V / Ctrl+D", tr_noop("Copy / cut / paste / duplicate")),
            ("Ctrl+Shift+L", tr_noop("Auto-layout the diagram")),
            ("Ctrl+Shift+W", tr_noop("Record a weak point on the selection (or the diagram)")),
            (
                tr_noop("Right-click", "shortcut keys"),
                tr_noop("Lanes, phases, pools, arrange, weak points"),
            ),
            (
                tr_noop("Menu key or Shift+F10", "shortcut keys"),
                tr_noop("The same menu for the selected element"),
            ),
        ),
    ),
    (
        tr_noop("Viewing"),
        (
            (tr_noop("Ctrl+wheel, Ctrl+0, Ctrl+1", "shortcut keys"), tr_noop("Zoom, fit, 100 %")),
            (tr_noop("Middle button or Space+drag", "shortcut keys"), tr_noop("Pan")),
            ("Ctrl+F", tr_noop("Find by name or text")),
            ("Ctrl+Shift+H", tr_noop("Weak-point heat map on / off")),
            ("Ctrl+Shift+K", tr_noop("Risk heat map on / off")),
            ("F5", tr_noop("Presentation mode (arrows walk the flow)")),
            ("Alt+Left", tr_noop("Back from a sub-process")),
        ),
    ),
)


def shortcuts_html() -> str:
    """The table as HTML; each title and cell translated on its own, the tags kept out."""
    parts = ["<style>td{padding:3px 12px 3px 0;} h3{margin:12px 0 4px 0;}</style>"]
    for title, rows in SHORTCUTS:
        parts.append(f"<h3>{escape(tr(title))}</h3><table>")
        for keys, meaning in rows:
            cells = escape(tr(keys, KEYS)), escape(tr(meaning))
            parts.append("<tr><td><b>{}</b></td><td>{}</td></tr>".format(*cells))
        parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    """objectName ``shortcutsDialog``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(
            tr("Keyboard shortcuts — procdesk {version}").format(version=__version__)
        )
        text = QTextBrowser()
        text.setHtml(shortcuts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(620, 560)
