"""The sample shows root-cause analysis at first start: the approval wait with its 5 Whys and
fishbone, the rework with a fishbone."""

from __future__ import annotations

from procdesk.model.elements import WeakPoint
from procdesk.model.root_cause_queries import fishbone_of, whys_of
from procdesk.sample import PARTS
from procdesk.sample.book import SampleBook
from procdesk.sample.root_cause import APPROVAL_WHYS, add_root_causes


def test_the_approval_wait_and_the_rework_are_analysed() -> None:
    # given the sample drawn part by part, the root causes last
    assert add_root_causes in PARTS
    book = SampleBook()
    for part in PARTS:
        part(book)
    workspace = book.editor.workspace
    approval = workspace.get(book.id("purchase/weak-point/approval-wait"), WeakPoint)
    rework = workspace.get(book.id("purchase/weak-point/rework"), WeakPoint)
    # then the approval wait has five whys, its root cause the last answer, and a 6M fishbone
    whys = whys_of(workspace, approval.id)
    assert [(w.why, w.because) for w in whys] == list(APPROVAL_WHYS)
    assert approval.root_cause == APPROVAL_WHYS[-1][1]
    fishbone = fishbone_of(workspace, approval.id)
    assert fishbone is not None and len(fishbone.bones) == 6
    causes = fishbone.causes()
    assert any(c.confirmed for c in causes) and any(c.children for c in causes)
    # and the rework has a fishbone only, its hand-written root cause kept
    assert whys_of(workspace, rework.id) == []
    assert fishbone_of(workspace, rework.id) is not None
    assert rework.root_cause == "The form does not check cost centres and mandatory fields."
