"""Property: random edits, releases, sign-offs and restores keep the file equal to memory,
undo and redo walk all of it, and a released snapshot never changes, whatever happens."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procdesk.document import Document
from procdesk.model.commands import CommandError
from procdesk.model.numbering import propose
from procdesk.model.release_intents import ReleaseIntents
from procdesk.model.releases import Release
from procdesk.model.snapshots import decode
from tests.builders import snapshot
from tests.model.test_edit_sequences import OPERATIONS, apply_edit, on_disk

RELEASE_OPERATIONS = ("release", "release-approved", "submit", "approve", "retire", "restore")

sequences = st.lists(
    st.tuples(
        st.sampled_from(OPERATIONS + RELEASE_OPERATIONS * 3),
        st.integers(min_value=0, max_value=50),
        st.integers(min_value=0, max_value=50),
        st.text(min_size=0, max_size=12),
    ),
    min_size=1,
    max_size=14,
)


def apply_release_edit(document: Document, edit: tuple[str, int, int, str]) -> None:
    operation, a, _b, text = edit
    if operation not in RELEASE_OPERATIONS:
        apply_edit(document, edit)
        return
    workspace = document.workspace
    process = workspace.processes()[0].id
    intents = ReleaseIntents(document.history)
    releases = sorted(workspace.in_scope(process, Release), key=lambda r: r.id)
    pick = releases[a % len(releases)].id if releases else None
    try:
        if operation == "release":
            intents.release(process, propose(workspace, process).version, text)
        elif operation == "release-approved":
            intents.release(process, propose(workspace, process).version, text, approver="A")
        elif operation == "submit" and pick:
            intents.submit(pick)
        elif operation == "approve" and pick:
            intents.approve(pick, text or "Approver")
        elif operation == "retire" and pick:
            intents.retire(pick)
        elif operation == "restore" and pick:
            intents.restore(pick)
    except CommandError:
        pass  # a refused move (approving a draft…) changes nothing, which is checked below


def check_frozen(document: Document, seen: dict[str, Release]) -> None:
    """Every release now in the workspace is exactly as it was when first seen."""
    for release in document.workspace:
        if isinstance(release, Release):
            first = seen.setdefault(release.id, release)
            assert release == first
            assert decode(release)  # the digest still matches its text


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(sequences)
def test_random_edits_releases_and_restores(sequence: list[tuple[str, int, int, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        document = Document.create(Path(folder) / "prop.procdesk", sample=True)
        seen: dict[str, Release] = {}
        try:
            start = snapshot(document.workspace)
            for edit in sequence:
                apply_release_edit(document, edit)
                assert on_disk(document) == snapshot(document.workspace)
                check_frozen(document, seen)
            while document.history.redo() is not None:
                check_frozen(document, seen)
            end = snapshot(document.workspace)
            while document.history.undo() is not None:
                check_frozen(document, seen)
            assert snapshot(document.workspace) == start
            assert on_disk(document) == start
            while document.history.redo() is not None:
                check_frozen(document, seen)
            assert snapshot(document.workspace) == end
            assert on_disk(document) == end
        finally:
            document.close()
