"""The status workflow of a release, one transition a test, and the undo of every intent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from procdesk.model.commands import CommandError
from procdesk.model.release_intents import ReleaseIntents
from procdesk.model.releases import (
    Release,
    ReleaseStatus,
    approval_of,
    approved_release,
    sign_offs_of,
    status_of,
)
from tests.builders import snapshot
from tests.model.release_builders import Released, released_process

D, R, A, S, X = (
    ReleaseStatus.DRAFT,
    ReleaseStatus.REVIEW,
    ReleaseStatus.APPROVED,
    ReleaseStatus.SUPERSEDED,
    ReleaseStatus.RETIRED,
)


def _in_status(built: Released, status: ReleaseStatus) -> str:
    """A release of the process, brought to *status* the way a user would."""
    intents = built.releases
    release = intents.release(built.process, "1.0", "First issue", on="2026-01-10")
    if status in (R, A, S):
        intents.submit(release, on="2026-01-11")
    if status in (A, S):
        intents.approve(release, "Chief", on="2026-01-12")
    if status == S:
        later = intents.release(built.process, "1.1", "Next", approver="Chief", on="2026-02-01")
        assert status_of(built.workspace, later) == A
    if status == X:
        intents.retire(release, on="2026-01-13")
    assert status_of(built.workspace, release) == status
    return release


Move = Callable[[ReleaseIntents, str], object]
SUBMIT: Move = lambda intents, release: intents.submit(release)  # noqa: E731
APPROVE: Move = lambda intents, release: intents.approve(release, "Chief")  # noqa: E731
RETIRE: Move = lambda intents, release: intents.retire(release)  # noqa: E731


@pytest.mark.parametrize(
    ("start", "move", "end"),
    [
        (D, SUBMIT, R),
        (D, RETIRE, X),
        (R, APPROVE, A),
        (R, RETIRE, X),
        (A, RETIRE, X),
    ],
    ids=["submit a draft", "retire a draft", "approve", "retire in review", "retire approved"],
)
def test_allowed_moves(start: ReleaseStatus, move: Move, end: ReleaseStatus) -> None:
    # given a release in *start*
    built = released_process()
    release = _in_status(built, start)
    count = len(sign_offs_of(built.workspace, release))
    # when moved
    move(built.releases, release)
    # then it is in *end*, signed by one more sign-off
    assert status_of(built.workspace, release) == end
    assert len(sign_offs_of(built.workspace, release)) == count + 1


@pytest.mark.parametrize(
    ("start", "move"),
    [
        (D, APPROVE),
        (R, SUBMIT),
        (A, SUBMIT),
        (A, APPROVE),
        (S, APPROVE),
        (S, RETIRE),
        (X, SUBMIT),
        (X, RETIRE),
    ],
    ids=[
        "approve a draft",
        "submit twice",
        "submit approved",
        "approve twice",
        "approve superseded",
        "retire superseded",
        "submit retired",
        "retire twice",
    ],
)
def test_refused_moves(start: ReleaseStatus, move: Move) -> None:
    # given a release in *start*
    built = released_process()
    release = _in_status(built, start)
    before = snapshot(built.workspace)
    # when moved where it cannot go, then it is refused and nothing changes
    with pytest.raises(CommandError, match="cannot become"):
        move(built.releases, release)
    assert snapshot(built.workspace) == before


def test_approving_supersedes_the_version_in_force() -> None:
    # given 1.0 approved, and 1.1 in review
    built = released_process()
    first = _in_status(built, A)
    second = built.releases.release(built.process, "1.1", "Next")
    built.releases.submit(second)
    assert approved_release(built.workspace, built.process) == built.workspace.get(first)
    # when 1.1 is approved on 3 March
    built.releases.approve(second, "Head of Sales", on="2026-03-03")
    # then 1.1 is in force and 1.0 superseded that day, its approval still on record
    assert approved_release(built.workspace, built.process) == built.workspace.get(second)
    assert status_of(built.workspace, first) == S
    assert sign_offs_of(built.workspace, first)[-1].date == "2026-03-03"
    approval = approval_of(built.workspace, first)
    assert approval is not None and (approval.by, approval.date) == ("Chief", "2026-01-12")


def test_an_older_version_is_not_approved_over_a_newer_one() -> None:
    # given 1.0 in review and 1.1 approved
    built = released_process()
    first = _in_status(built, R)
    built.releases.release(built.process, "1.1", "Next", approver="Chief")
    # when 1.0 is approved, then that is refused
    with pytest.raises(CommandError, match=r"a later version, 1\.1, is already approved"):
        built.releases.approve(first, "Chief")


def test_an_approval_needs_a_name() -> None:
    built = released_process()
    release = _in_status(built, R)
    with pytest.raises(CommandError, match="approver"):
        built.releases.approve(release, "  ")


def test_a_release_with_an_approver_is_submitted_and_approved_at_once() -> None:
    # given a process, when released with an approver named
    built = released_process()
    release = built.releases.release(
        built.process, "1.0", "First", approver="Chief", approved_on="2026-05-02", on="2026-05-01"
    )
    # then it went to review (by its author) and was approved by the approver that day
    sign_offs = sign_offs_of(built.workspace, release)
    assert [(s.status, s.by, s.date) for s in sign_offs][1:] == [(A, "Chief", "2026-05-02")]
    assert (sign_offs[0].status, sign_offs[0].date) == (R, "2026-05-01")
    assert sign_offs[0].by == built.workspace.get(release, Release).author


@pytest.mark.parametrize(
    "intent",
    ["release", "release approved", "submit", "approve", "retire", "restore"],
)
def test_every_release_intent_is_one_undo_step(intent: str) -> None:
    # given a process with version 1.0 in review, and a renamed step since
    built = released_process()
    release = _in_status(built, R)
    built.editor.rename(built.drawn.steps["check"], "Renamed")
    intents, history = built.releases, built.drawn.history
    start = snapshot(built.workspace)
    # when the intent is carried out
    {
        "release": lambda: intents.release(built.process, "1.1", "Next"),
        "release approved": lambda: intents.release(built.process, "2.0", "x", approver="C"),
        "submit": lambda: intents.submit(intents.release(built.process, "1.1", "Next")),
        "approve": lambda: intents.approve(release, "Chief"),
        "retire": lambda: intents.retire(release),
        "restore": lambda: intents.restore(release),
    }[intent]()
    steps = 2 if intent == "submit" else 1
    end = snapshot(built.workspace)
    assert end != start
    # then undo returns to the start, and redo to the same end (the same snapshot bytes)
    for _ in range(steps):
        history.undo()
    assert snapshot(built.workspace) == start
    for _ in range(steps):
        history.redo()
    assert snapshot(built.workspace) == end
