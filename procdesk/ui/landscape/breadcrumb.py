"""The breadcrumb: where a view or a process sits in the landscape (Landscape > Core > Procure
to pay > Purchase requisition), each step but the last a link back to that level.

The landscape area shows one above its view; a chip over the diagram canvas shows one for a
process opened from the landscape (``procdesk.ui.landscape.trail``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from procdesk.model.landscape import BAND_NAMES
from procdesk.model.landscape_tree import LandscapeTree
from procdesk.text import tr

TOP = "landscape"
"""The target of the first step: the top level of the landscape."""
SEPARATOR = " \u203a "


@dataclass(frozen=True, slots=True)
class Crumb:
    """One step of a breadcrumb; *target* is what a click opens ('' for none)."""

    text: str
    target: str = ""


def band_target(band: str) -> str:
    return f"band:{band}"


def group_target(process_id: str) -> str:
    return f"group:{process_id}"


def trail_to(tree: LandscapeTree, process_id: str | None) -> list[Crumb]:
    """The breadcrumb of a level (*process_id*'s sub-processes) or of a process: the landscape,
    the band, every parent (each a link to its sub-processes), then *process_id* itself."""
    crumbs = [Crumb(tr("Landscape"), TOP)]
    if process_id is None or process_id not in tree.processes:
        return [Crumb(crumbs[0].text)]
    band = tree.band_of(process_id)
    crumbs.append(Crumb(tr(BAND_NAMES[band], "landscape band"), band_target(band.value)))
    for ancestor in reversed(tree.ancestors(process_id)):
        crumbs.append(Crumb(tree.processes[ancestor].name, group_target(ancestor)))
    crumbs.append(Crumb(tree.processes[process_id].name))
    return crumbs


class Breadcrumb(QLabel):
    """The steps as links; ``chosen`` gives the target of the clicked step."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.linkActivated.connect(self.chosen.emit)
        self.crumbs: list[Crumb] = []

    def set_crumbs(self, crumbs: list[Crumb]) -> None:
        self.crumbs = crumbs
        parts = [
            f'<a href="{html.escape(c.target)}">{html.escape(c.text)}</a>'
            if c.target
            else f"<b>{html.escape(c.text)}</b>"
            for c in crumbs
        ]
        self.setText(html.escape(SEPARATOR).join(parts))
        self.setAccessibleName(tr("You are here: {path}").format(path=self.plain()))

    def plain(self) -> str:
        """The breadcrumb as plain text (Landscape > Core > Order to cash)."""
        return SEPARATOR.join(crumb.text for crumb in self.crumbs)
