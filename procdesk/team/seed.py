"""A repository's first content: everything a workspace holds, checked in as one revision.

A team that already keeps its processes in workspace files starts its repository from one
(``procdesk repo init URL --from WORKSPACE``); the file itself stays as it was.
"""

from __future__ import annotations

from procdesk.document import Document
from procdesk.identity import current_author
from procdesk.model.changes import Change, ChangeSet
from procdesk.store import pg_rows
from procdesk.store.pg_connect import RepositoryError
from procdesk.team.session import Repository
from procdesk.text import tr


def seed(url: str, document: Document) -> tuple[int, int]:
    """Check everything *document* holds into the empty repository at *url*: (revision,
    entities)."""
    changes = tuple(Change(None, entity) for entity in document.workspace)
    with Repository(url) as repository, repository.writing() as connection:
        revision = pg_rows.head(connection, lock=True)
        if revision != 1:
            raise RepositoryError(
                f"the repository at {repository.shown} is not empty; check out from it instead"
            )
        pg_rows.write(connection, changes, revision)
        message = tr("Initial content from {file}").format(file=document.path.name)
        pg_rows.append_checkin(connection, revision, current_author(), message, ChangeSet(changes))
    return revision, len(changes)
