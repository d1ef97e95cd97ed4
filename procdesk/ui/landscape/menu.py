"""The right-click menu of a process shape: open it, show its sub-processes or its end-to-end
view, move it to another band, put it under another process or back at the top.

Every edit entry is one editor call, so one undo step; in a read-only workspace they are
disabled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QMenu, QWidget

from procdesk.model.editor import Editor
from procdesk.model.landscape import BAND_NAMES, BANDS, MAX_LEVEL
from procdesk.model.landscape_tree import LandscapeTree
from procdesk.text import tr

Edit = Callable[[Editor], object]


@dataclass(frozen=True)
class MenuActions:
    """What the menu's entries ask of the landscape area."""

    open_process: Callable[[str], None]
    show_group: Callable[[str], None]
    choose: Callable[[str], None]
    edit: Callable[[Edit], None]


def process_menu(
    parent: QWidget, tree: LandscapeTree, process_id: str, editable: bool, actions: MenuActions
) -> QMenu:
    menu = QMenu(parent)
    menu.setObjectName("landscapeMenu")
    name = tree.processes[process_id].name
    entry = menu.addAction(tr("Open the diagram of {name}").format(name=name))
    entry.triggered.connect(lambda _checked=False: actions.open_process(process_id))
    if tree.children_of.get(process_id):
        entry = menu.addAction(tr("Show its sub-processes"))
        entry.triggered.connect(lambda _checked=False: actions.show_group(process_id))
    entry = menu.addAction(tr("Show end to end"))
    entry.triggered.connect(lambda _checked=False: actions.choose(process_id))
    menu.addSeparator()
    if tree.parent_of.get(process_id) is None:
        _band_menu(menu, tree, process_id, editable, actions)
    else:
        entry = menu.addAction(tr("Make it a top-level process"))
        entry.setEnabled(editable)
        entry.triggered.connect(
            lambda _checked=False: actions.edit(lambda e: e.set_process_parent(process_id, None))
        )
    _parent_menu(menu, tree, process_id, editable, actions)
    return menu


def _band_menu(
    menu: QMenu, tree: LandscapeTree, process_id: str, editable: bool, actions: MenuActions
) -> None:
    bands = menu.addMenu(tr("Move to band"))
    bands.setObjectName("landscapeBandMenu")
    bands.setEnabled(editable)
    current = tree.band_of(process_id)
    for band in BANDS:
        entry = bands.addAction(tr(BAND_NAMES[band], "landscape band"))
        entry.setCheckable(True)
        entry.setChecked(band == current)
        last = len(tree.roots_of[band])

        def move(_checked: bool = False, band: object = band, last: int = last) -> None:
            actions.edit(lambda e: e.place_process(process_id, band, last))  # type: ignore[arg-type]

        entry.triggered.connect(move)


def parents_for(tree: LandscapeTree, process_id: str) -> list[str]:
    """The processes *process_id* may be put under: not itself, none of its sub-processes, not
    its present parent, and none that would make the hierarchy deeper than three levels."""
    inside = set(tree.descendants(process_id)) | {process_id, tree.parent_of.get(process_id)}
    height = tree.height(process_id)
    return [
        candidate
        for candidate in tree.in_landscape_order()
        if candidate not in inside and tree.level(candidate) + height <= MAX_LEVEL
    ]


def _parent_menu(
    menu: QMenu, tree: LandscapeTree, process_id: str, editable: bool, actions: MenuActions
) -> None:
    candidates = parents_for(tree, process_id)
    under = menu.addMenu(tr("Make it a sub-process of"))
    under.setObjectName("landscapeParentMenu")
    under.setEnabled(editable and bool(candidates))
    for candidate in candidates:
        indent = "    " * (tree.level(candidate) - 1)
        entry = under.addAction(indent + tree.processes[candidate].name)

        def nest(_checked: bool = False, parent: str = candidate) -> None:
            actions.edit(lambda e: e.set_process_parent(process_id, parent))

        entry.triggered.connect(nest)
