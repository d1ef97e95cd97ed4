"""LandscapeScene: the items of one view of the landscape, and the end-to-end emphasis.

The scene is rebuilt from a Picture whenever the workspace changes (the landscape is small
next to a diagram: 300 processes make a few hundred items); it never writes the model.
Choosing a process emphasises what lies upstream and downstream of it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGraphicsScene

from procdesk.gc_pause import cyclic_gc_paused
from procdesk.ui.landscape.drawing import Emphasis, emphasis_for, qrect
from procdesk.ui.landscape.items import ArrowItem, BandItem, LegendItem, ProcessItem
from procdesk.ui.landscape.picture import Picture

SCENE_ROOM = 400.0
"""Room around the landscape to pan into."""


class LandscapeScene(QGraphicsScene):
    """Bands, arrows and process shapes of one Picture; ``chosen`` is the emphasised process."""

    chosen_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.picture: Picture | None = None
        self.processes: dict[str, ProcessItem] = {}
        self.arrows: list[ArrowItem] = []
        self.chosen: str | None = None
        self.emphasis = Emphasis()

    def show_picture(self, picture: Picture) -> None:
        """Replace the items with those of *picture*, keeping the chosen process if shown."""
        self.clear()
        self.picture = picture
        self.processes, self.arrows = {}, []
        with cyclic_gc_paused():
            for frame in picture.layout.bands:
                self.addItem(BandItem(frame, picture.titles[frame.band]))
            names = {card.id: card.name for card in picture.landscape.cards.values()}
            for arrow in picture.arrows:
                item = ArrowItem(arrow, names)
                self.arrows.append(item)
                self.addItem(item)
            for process_id, shape in picture.layout.shapes.items():
                process = ProcessItem(shape, picture.faces[process_id])
                self.processes[process_id] = process
                self.addItem(process)
            self.addItem(LegendItem(picture))
        bounds = qrect(picture.bounds)
        self.setSceneRect(bounds.adjusted(-SCENE_ROOM, -SCENE_ROOM, SCENE_ROOM, SCENE_ROOM))
        keep = self.chosen if self.chosen in self.processes else None
        self.choose(keep, force=True)

    def choose(self, process_id: str | None, force: bool = False) -> None:
        """Emphasise *process_id* end to end (None: nothing)."""
        if process_id == self.chosen and not force:
            return
        self.chosen = process_id if process_id in self.processes else None
        picture = self.picture
        self.emphasis = emphasis_for(picture, self.chosen) if picture else Emphasis()
        for pid, item in self.processes.items():
            item.set_emphasis(self.emphasis.outline(pid), self.emphasis.opacity(pid))
        for arrow in self.arrows:
            arrow.set_emphasis(*self.emphasis.arrow(*arrow.pair))
        self.chosen_changed.emit()

    def process_at_order(self) -> list[str]:
        """The shown processes in reading order (band by band, left to right)."""
        return list(self.processes)
