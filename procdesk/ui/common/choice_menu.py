"""A menu of exclusive choices kept in the settings (View ▸ Theme, View ▸ Language)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget


def choice_menu(
    title: str,
    name: str,
    choices: Sequence[tuple[str, str]],
    chosen: Callable[[], str],
    choose: Callable[[str], object],
    parent: QWidget | None = None,
) -> QMenu:
    """A menu *title* (objectName ``menu<name>``) with one checkable action per
    ``(value, label)`` (objectName ``action<name>_<value>``); the one *chosen* returns is
    checked, and picking another calls *choose* with its value.

    The check mark is renewed each time the menu opens, since another window's menu may have
    changed the stored choice meanwhile.
    """
    menu = QMenu(title, parent)
    menu.setObjectName(f"menu{name}")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for value, label in choices:
        action = QAction(label, menu)
        action.setObjectName(f"action{name}_{value}")
        action.setCheckable(True)
        action.setData(value)
        group.addAction(action)
        menu.addAction(action)

    def check() -> None:
        current = chosen()
        for action in group.actions():
            action.setChecked(action.data() == current)

    def picked(action: QAction) -> None:
        if action.data() != chosen():
            choose(str(action.data()))

    check()
    menu.aboutToShow.connect(check)
    group.triggered.connect(picked)
    return menu
