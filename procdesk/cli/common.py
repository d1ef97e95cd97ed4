"""What every sub-command shares: the parser, opening a workspace, resolving names, failing."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from procdesk.document import Document
from procdesk.files import WriteError
from procdesk.model.elements import Diagram, Process
from procdesk.model.history import PersistError
from procdesk.model.workspace import Workspace
from procdesk.store.errors import WorkspaceError
from procdesk.store.failures import cause, database_errors

EXIT_OK, EXIT_CONTENT_ERRORS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad usage or bad input: one line on stderr (and *usage*, if given) and exit code 2."""

    def __init__(self, message: str, *, usage: str = "") -> None:
        super().__init__(message)
        self.usage = usage

    def report(self) -> int:
        print(f"procdesk: error: {self}", file=sys.stderr)
        if self.usage:
            print(self.usage.rstrip("\n"), file=sys.stderr)
        return EXIT_USAGE


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that reports errors as one line (UsageError) instead of usage text."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def make_parser(*, sub: bool) -> tuple[argparse.ArgumentParser, Any]:
    parser = _Parser(
        prog="procdesk",
        description="Process workshop desk: BPMN swimlanes, weak points, KPIs and SOPs.",
    )
    subparsers = None
    if sub:
        subparsers = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    return parser, subparsers


Handler = Callable[[argparse.Namespace], int]


def run_handler(options: argparse.Namespace) -> int:
    handler: Handler = options.handler
    try:
        result = handler(options)
        sys.stdout.flush()  # a reader that went away shows here, inside the try
        return result
    except BrokenPipeError:
        # The reader stopped early (``| head``, a closed pager): stop quietly, as other command
        # line tools do, and keep Python from complaining again when it flushes at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except UsageError as error:
        return error.report()
    except (WorkspaceError, PersistError) as error:
        # PersistError: an edit the store could not write (a full disk, another program's
        # lock); its message is the store's, which names the file and the cause
        return UsageError(str(error)).report()
    except WriteError as error:
        return UsageError(f"cannot write {error.filename}: {cause(error)}").report()
    except database_errors() as error:
        # a last line of defence: whatever was not described closer to where it happened
        # still ends in one line naming a file, never in a traceback
        name = getattr(error, "filename", None) or getattr(options, "workspace", "")
        return UsageError(f"{name}: {cause(error)}").report()


def fail(message: str) -> NoReturn:
    raise UsageError(message)


def open_document(path: str, *, read_only: bool = True) -> Document:
    """Open a workspace for a sub-command, turning every refusal into a UsageError."""
    try:
        return Document.open(Path(path), read_only=read_only)
    except WorkspaceError as error:
        raise UsageError(str(error)) from error


def find_process(document: Document, key: str) -> Process:
    """The process named or identified by *key* (an exact id, else a case-insensitive name)."""
    processes = document.workspace.processes()
    for process in processes:
        if process.id == key:
            return process
    matches = [p for p in processes if p.name.casefold() == key.casefold()]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        fail(f"{len(matches)} processes are named {key!r}; give the process id instead")
    known = ", ".join(repr(p.name) for p in processes) or "none"
    fail(f"no process {key!r} in {document.path} (processes: {known})")


def find_diagram(
    document: Document, process: Process, key: str | None, workspace: Workspace | None = None
) -> Diagram:
    """The diagram of *process* named, identified or (for *key* None) first in order; in
    *workspace* when given (a released version's), else in the document's."""
    diagrams = (workspace or document.workspace).diagrams_of(process.id)
    if not diagrams:
        fail(f"process {process.name!r} has no diagram")
    if key is None:
        return diagrams[0]
    for diagram in diagrams:
        if diagram.id == key:
            return diagram
    matches = [d for d in diagrams if key.casefold() in (d.name.casefold(), d.variant.casefold())]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(repr(d.name) for d in diagrams)
    fail(f"no single diagram {key!r} in process {process.name!r} (diagrams: {known})")


def check_output_path(path: str) -> Path:
    """Refuse an output path whose folder is missing or not writable, before any work."""
    output = Path(path)
    if output.is_dir():
        fail(f"{output} is a folder; give a file name")
    if not output.parent.exists():
        fail(f"cannot write {output}: folder {output.parent} does not exist")
    if not os.access(output.parent, os.W_OK):
        fail(f"cannot write {output}: folder {output.parent} is not writable")
    return output
