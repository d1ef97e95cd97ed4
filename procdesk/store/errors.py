"""Why a workspace file cannot be opened, in one sentence a user can act on."""

from __future__ import annotations

from enum import StrEnum


class WorkspaceError(Exception):
    """A workspace file cannot be opened or written; ``str()`` is the message for the user."""


class NotAWorkspaceError(WorkspaceError):
    """The file is not a SQLite database, or a SQLite database of another program."""


class WorkspaceDamagedError(WorkspaceError):
    """The file is a workspace but truncated or corrupt."""


class WorkspaceTooNewError(WorkspaceError):
    """The file was written by a newer procdesk with a schema this version does not know."""


class ReadOnlyReason(StrEnum):
    """Why a workspace can be looked at but not edited (the window says so above the canvas)."""

    FILE = "file"
    """The file itself is write-protected."""
    FOLDER = "folder"
    """Its folder is not writable: SQLite cannot keep its ``-wal``/``-shm`` files beside it."""
    DISK = "disk"
    """It lies on a read-only disk (a mounted image, a write-protected stick, a share)."""
    IN_USE = "in-use"
    """Another procdesk process has it open for editing."""
    ASKED = "asked"
    """The user asked for read-only (``--read-only``)."""
    REPOSITORY = "repository"
    """It was checked out of a team repository read-only (only updates write to it)."""


class WorkspaceNotWritableError(WorkspaceError):
    """The workspace can be read but not edited; ``reason`` says why, the message in words."""

    def __init__(self, message: str, reason: ReadOnlyReason) -> None:
        super().__init__(message)
        self.reason = reason


class WorkspaceInUseError(WorkspaceNotWritableError):
    """Another procdesk process has the workspace open for editing."""

    def __init__(self, message: str) -> None:
        super().__init__(message, ReadOnlyReason.IN_USE)
