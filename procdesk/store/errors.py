"""Why a workspace file cannot be opened, in one sentence a user can act on."""

from __future__ import annotations


class WorkspaceError(Exception):
    """A workspace file cannot be opened or written; ``str()`` is the message for the user."""


class NotAWorkspaceError(WorkspaceError):
    """The file is not a SQLite database, or a SQLite database of another program."""


class WorkspaceDamagedError(WorkspaceError):
    """The file is a workspace but truncated or corrupt."""


class WorkspaceTooNewError(WorkspaceError):
    """The file was written by a newer procdesk with a schema this version does not know."""


class WorkspaceInUseError(WorkspaceError):
    """Another procdesk process has the workspace open for editing."""
