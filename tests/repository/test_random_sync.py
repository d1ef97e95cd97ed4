"""Random edit sequences on two check-outs, checked in and updated in random order: every
clean check-in puts each attribute its workspace changed into the repository as it was set,
every clean update keeps the workspace's own changes, every conflict leaves both sides as they
were, and once the conflicts are settled both workspaces end equal to the repository."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procdesk.document import Document
from procdesk.model.elements import Step, StepKind
from procdesk.model.geometry import Point
from procdesk.model.merge_values import Side, changed_fields
from procdesk.store.pg_schema import init_repository
from procdesk.team.pending import standing
from procdesk.team.seed import seed
from procdesk.team.sync import SyncResult, checkin, update
from tests.builders import draw_simple, snapshot
from tests.repository.helpers import head, level, open_checkout, repository
from tests.repository.pg_server import PostgresServer

EDITS = ("rename", "instruction", "add", "delete")
SYNCS = ("checkin", "update")
WORDS = ("alpha", "beta", "gamma")


@pytest.fixture(scope="module")
def shared_repo(
    pg_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """One repository for all examples (each example checks out afresh), seeded with a small
    diagram."""
    url = pg_server.url(pg_server.new_database())
    init_repository(url)
    with Document.create(tmp_path_factory.mktemp("seed") / "seed.procdesk") as document:
        draw_simple(document.editor)
        seed(url, document)
    yield url


def _activities(document: Document) -> list[Step]:
    steps = [e for e in document.workspace if isinstance(e, Step) and e.kind.is_activity]
    return sorted(steps, key=lambda s: s.id)


def _edit(document: Document, edit: str, index: int, word: str) -> None:
    steps = _activities(document)
    if edit == "add" or not steps:
        process = document.workspace.processes()[0]
        diagram = document.workspace.diagrams_of(process.id)[0].id
        document.editor.add_step(diagram, StepKind.TASK, word, Point(100 + 40 * index, 500))
        return
    step = steps[index % len(steps)]
    if edit == "rename":
        document.editor.rename(step.id, f"{word} {index}")
    elif edit == "instruction":
        document.editor.update([step.id], instruction=word)
    else:
        document.editor.delete([step.id])


def _checked(url: str, document: Document, sync: str, choices: dict[str, Side]) -> SyncResult:
    """Check in or update, and check what it did against what the workspace had pending."""
    pending = standing(document).pending
    before_repo, before_revision = snapshot(repository(url)), head(url)
    before_local = snapshot(document.workspace)
    result = checkin(document) if sync == "checkin" else update(document, choices)
    if result.conflicts:  # nothing changed on either side
        assert (snapshot(repository(url)), head(url)) == (before_repo, before_revision)
        assert snapshot(document.workspace) == before_local
        return result
    if choices:
        return result  # a person chose: their choice, not a loss
    where = repository(url) if sync == "checkin" else document.workspace
    for entity_id, (base, mine) in pending.items():
        now = where.find(entity_id)
        if mine is None:
            assert now is None, f"{sync}: {entity_id} deleted here came back"
            continue
        assert now is not None, f"{sync}: {entity_id} lost"
        for name in changed_fields(base, mine):
            assert getattr(now, name) == getattr(mine, name), f"{sync}: {entity_id}.{name} lost"
    return result


def _settle(url: str, document: Document, data: st.DataObject) -> None:
    """Check in until nothing conflicts, settling each conflict with a side drawn at random."""
    for _ in range(6):
        result = _checked(url, document, "checkin", {})
        if not result.conflicts:
            return
        sides = st.sampled_from([Side.MINE, Side.THEIRS])
        choices = {c.id: data.draw(sides) for c in result.conflicts}
        _checked(url, document, "update", choices)
    pytest.fail("conflicts still unsettled after six rounds")


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    steps=st.lists(
        st.tuples(
            st.integers(0, 1),
            st.sampled_from(EDITS + SYNCS),
            st.integers(0, 9),
            st.sampled_from(WORDS),
        ),
        min_size=1,
        max_size=14,
    ),
    data=st.data(),
)
def test_random_edits_on_two_checkouts_end_level_or_in_conflict(
    shared_repo: str, steps: list[tuple[int, str, int, str]], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        documents = [
            open_checkout(shared_repo, Path(folder) / f"{who}.procdesk") for who in ("a", "b")
        ]
        try:
            for who, action, index, word in steps:
                document = documents[who]
                if action in SYNCS:
                    _checked(shared_repo, document, action, {})
                else:
                    _edit(document, action, index, word)
            for document in documents:
                _settle(shared_repo, document, data)
            for document in documents:
                assert not update(document).conflicts
            assert level(shared_repo, *documents)
        finally:
            for document in documents:
                document.close()
