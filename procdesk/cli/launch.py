"""``procdesk [WORKSPACE]``: what is settled before a window opens, so the command never hangs.

The window explains a file it cannot open in a dialog. Typed in a terminal or a script, or on
a machine without a display, that dialog helps no one (an offscreen one waits for ever), so
what the argument alone can tell is refused here, on stderr, with exit code 2:

- a word that is neither a command nor an existing file is a mistyped command (the usage
  follows, with the nearest command name if there is one);
- a ``.procdesk`` path that does not exist: ``procdesk new PATH`` is how to create one;
- a folder, a file that is not a workspace, a truncated one, or one from a newer procdesk
  (read from the file's header: nothing is opened, nothing is written) — unless a person can
  see the window's dialog about it (a real display: a file double-clicked in a file manager
  is explained where the user looks, not on a stderr nobody reads);
- no display to show a window on.

A workspace that can be read but not written is not refused: the window opens it read-only and
says why above the canvas.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shlex
import sys
from collections.abc import Iterable
from pathlib import Path

from procdesk.cli.common import UsageError
from procdesk.store.errors import NotAWorkspaceError, WorkspaceError
from procdesk.store.fileinfo import check_workspace_file
from procdesk.store.repository import SUFFIX

BPMN_SUFFIXES = (".bpmn", ".xml")
MORE_HELP = 'Run "procdesk COMMAND --help" for the options of a command.'


def command_usage(window_usage: str, commands: dict[str, argparse.ArgumentParser]) -> str:
    """The usage of the window and of every command, one line each (without ``[-h]``)."""
    lines = [window_usage]
    for parser in commands.values():
        usage = " ".join(parser.format_usage().split())
        lines.append(usage.removeprefix("usage: ").replace(" [-h]", ""))
    return "usage: " + "\n       ".join(lines)


def check_argument(
    argument: str, commands: Iterable[str], usage: str, *, dialogs: bool = False
) -> None:
    """Refuse (UsageError) a window argument that cannot be opened, before any window exists.

    With *dialogs* (someone sees the window) an existing file's contents are left to the
    window, which explains a file it cannot open in a dialog.
    """
    path = Path(argument)
    try:
        exists = path.exists()
    except OSError:  # a name the file system cannot even look up (far too long…)
        exists = False
    if not exists:
        if path.suffix.lower() == SUFFIX:
            raise UsageError(
                f"{path} does not exist; to create it: procdesk new {shlex.quote(argument)}"
            )
        close = difflib.get_close_matches(argument, list(commands), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        message = f"unknown command or file: {argument}{hint}"
        raise UsageError(message, usage=f"{usage}\n{MORE_HELP}")
    if dialogs:
        return
    try:
        check_workspace_file(path)
    except NotAWorkspaceError as error:
        if path.suffix.lower() in BPMN_SUFFIXES and path.is_file():
            raise UsageError(
                f"{error}; to import it: procdesk import WORKSPACE {shlex.quote(argument)}"
            ) from error
        raise UsageError(str(error)) from error
    except WorkspaceError as error:
        raise UsageError(str(error)) from error


def dialogs_seen() -> bool:
    """Whether a window's dialog reaches a person here: a real display, not ``offscreen``."""
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform in ("offscreen", "minimal", "vnc"):
        return False
    return missing_display() is None


def missing_display() -> str | None:
    """Why no window can be shown here (X11/Wayland systems without a display), else None.

    Qt would abort with a page about platform plugins; a display Qt is told to do without
    (``QT_QPA_PLATFORM``, e.g. ``offscreen``) is the user's own choice.
    """
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "the commands work without one: procdesk --help"
    )
