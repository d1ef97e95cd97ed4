"""Writing output files whole or not at all, with the permissions users expect.

Exports (BPMN, SOP PDFs, images) are written to a temporary file beside the target and renamed
into place, so a crash or a full disk never leaves a half-written file where the user looks.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def umask() -> int:
    """The process's umask (read by setting it, then putting it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


class WriteError(OSError):
    """*filename* could not be written (``errno``/``strerror`` say why); nothing was left."""


def write_atomically(path: Path, data: bytes) -> None:
    """Write *data* to *path* via a temporary file; mode 0666 less the umask, like any file.

    A failure (a full disk, a folder that went read-only) raises WriteError naming *path*,
    not the temporary file, and leaves neither the temporary file nor a partial *path*.
    """
    temp = ""
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temp, 0o666 & ~umask())
        os.replace(temp, path)
    except BaseException as error:
        if temp:
            Path(temp).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise WriteError(error.errno, error.strerror, str(path)) from error
        raise
