"""``procdesk import WORKSPACE MODEL.toml`` (or ``FILE --maturity-model`` for a ``.json``
model): a maturity model file kept in the workspace, ready for assessments.

The id of the workspace's copy is the last line on stdout. A file with a level out of range,
two dimensions of one name, a missing text or malformed syntax is refused whole (exit code 2,
the reason on stderr) and the workspace is left as it was; a model the workspace already holds
word for word is not added twice.
"""

from __future__ import annotations

from pathlib import Path

from procdesk.cli.common import EXIT_OK, fail, open_document
from procdesk.model.commands import CommandError
from procdesk.model.maturity_files import MaturityFileError, read_model_file


def import_maturity_model(workspace: str, path: Path) -> int:
    if path.is_dir():
        fail(f"cannot import {path}: it is a folder")
    if not path.is_file():
        fail(f"cannot import {path}: no such file")
    try:
        model = read_model_file(path)
    except MaturityFileError as error:
        fail(f"cannot import {error}")
    with open_document(workspace, read_only=False) as document:
        before = len(document.workspace)
        try:
            model_id = document.editor.adopt_maturity_model(model)
        except CommandError as error:
            fail(f"cannot import {path.name}: {error}")
        added = len(document.workspace) > before
    kept = "kept" if added else "already kept"
    shape = f"{len(model.dimensions)} dimensions, {model.top} levels"
    print(f"{kept}: {model.name} ({shape})")
    print(model_id)
    return EXIT_OK
