"""Tooltips that name the keyboard shortcut: "Open… (Ctrl+O)".

A tooltip is where people look for the key of a command they use often, so every action with a
shortcut shows it there, in the platform's own notation (⌘O on macOS). Actions keep their own
explanation if they have one ("Record a weak point on the selected element (Ctrl+Shift+W)");
otherwise the tooltip follows the action's text, which changes (Undo names the edit it undoes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

TIP_PROPERTY = "procdeskShortcutTip"
"""The tooltip last set here, so a tooltip set elsewhere afterwards is recognised as new."""
OWN_TIP_PROPERTY = "procdeskOwnTip"
"""The action's own explanation (empty when the tooltip just repeats the text)."""


def shortcut_text(action: QAction) -> str:
    """The action's first shortcut as the platform writes it, or ''."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def _plain(text: str) -> str:
    """The menu text as Qt makes a tooltip of it by default (no ``&``, no trailing "…")."""
    return QAction(text).toolTip()


def _readable(text: str) -> str:
    """The menu text without accelerator marks, but keeping its "…" (it opens a dialog)."""
    return re.sub(r"&(&?)", r"\1", text)


def _wanted(action: QAction) -> str:
    own = action.property(OWN_TIP_PROPERTY)
    base = own if isinstance(own, str) and own else _readable(action.text())
    key = shortcut_text(action)
    return f"{base} ({key})" if key else base


def _refresh(action: QAction) -> None:
    if not shiboken6.isValid(action):
        return  # Qt tears menus down at exit and announces the change on its way out
    current = action.toolTip()
    if current != action.property(TIP_PROPERTY) and current != _plain(action.text()):
        # someone gave the action a new explanation since the last refresh
        action.setProperty(OWN_TIP_PROPERTY, current)
    wanted = _wanted(action)
    action.setProperty(TIP_PROPERTY, wanted)
    if current != wanted:
        action.setToolTip(wanted)  # emits changed once more, which then finds nothing to do


def show_shortcut(action: QAction) -> None:
    """Keep *action*'s tooltip naming its shortcut, whenever its text or shortcut changes."""
    if action.property(TIP_PROPERTY) is not None:
        return
    current = action.toolTip()
    own = "" if current == _plain(action.text()) else current
    action.setProperty(OWN_TIP_PROPERTY, own)
    action.setProperty(TIP_PROPERTY, "")
    _refresh(action)
    action.changed.connect(lambda: _refresh(action))


def show_shortcuts(actions: Iterable[QAction]) -> None:
    for action in actions:
        show_shortcut(action)


def show_shortcuts_below(root: QObject) -> None:
    """Every action owned by *root* or its children (menus, docks, the canvas…)."""
    show_shortcuts(root.findChildren(QAction))
