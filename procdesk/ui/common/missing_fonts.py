"""After an export: which characters had no font, said in a message the user cannot miss.

A status-bar line fades after seconds; a document about to be signed with placeholders in it
deserves a message box. It is opened window-modal and returns at once, so the window and its
background jobs carry on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from procdesk.export.fonts.missing import MissingGlyphs
from procdesk.text import tr


def warn_missing_glyphs(
    parent: QWidget | None, title: str, missing: MissingGlyphs, shown_as: str
) -> QMessageBox | None:
    """Show which characters of the export had no font (nothing when every one had one)."""
    if not missing:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        tr("The file is written, but some characters have no font on this computer."),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("missingFontsMessage")
    box.setInformativeText(missing.message(shown_as))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
