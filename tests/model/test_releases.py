"""Releases: what a snapshot holds, how it is encoded, and how a version is restored."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pytest

from procdesk.model.commands import AddEntities
from procdesk.model.editor import Editor
from procdesk.model.elements import (
    Diagram,
    Entity,
    Flow,
    Kpi,
    KpiMeasurement,
    Lane,
    Pool,
    Process,
    ProcessStatus,
    Step,
    WeakPoint,
    WeakPointStatus,
)
from procdesk.model.history import History, ReadOnlyError
from procdesk.model.portfolio import InitiativeProcess
from procdesk.model.registry import entity_kind
from procdesk.model.releases import Release, SignOff, releases_of
from procdesk.model.snapshots import (
    SnapshotError,
    decode,
    encode,
    members,
    version_workspace,
)
from procdesk.text import tr_noop
from tests.builders import snapshot
from tests.model.release_builders import released_process


@entity_kind(
    table="test_release_risks",
    scope="step_id",
    refs=("step_id",),
    noun=tr_noop("risk", "element kind"),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class StepRisk(Entity):
    """A concept of the future: something recorded on a step, unknown to the release code."""

    step_id: str
    text: str = ""


@entity_kind(table="test_release_auditors", noun=tr_noop("auditor", "element kind"))
@dataclass(frozen=True, slots=True, kw_only=True)
class Auditor(Entity):
    """Someone kept by the workspace, not by a process."""

    name: str


@entity_kind(
    table="test_release_audits",
    scope="step_id",
    refs=("step_id", "auditor_id"),
    noun=tr_noop("audit", "element kind"),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class StepAudit(Entity):
    """A link from a step to an auditor: inside the process, pointing outside it."""

    step_id: str
    auditor_id: str


def test_a_snapshot_holds_everything_of_the_process_up_to_its_day() -> None:
    # given a process with a pool, two lanes, six steps, five flows, a weak point and a KPI
    # measured in January and February, one more measurement in April, and another process
    built = released_process()
    editor, workspace = built.editor, built.workspace
    later = editor.add_measurement(built.kpi, "2026-04-01", 97.0)
    other = editor.add_process("Returns")
    # when the first process is released on 1 March
    release_id = built.releases.release(built.process, "1.0", "First issue", on="2026-03-01")
    # then its snapshot holds exactly the process's 20 entities known on that day
    release = workspace.get(release_id, Release)
    frozen = {e.id for e in decode(release)}
    drawn = built.drawn
    expected = {
        built.process,
        drawn.diagram,
        drawn.pool,
        *drawn.lanes,
        *drawn.steps.values(),
        *drawn.flows,
        built.kpi,
        built.weak_point,
        *built.measurements.values(),
    }
    assert len(expected) == 20
    assert frozen == expected
    assert release.entities == 20
    assert later not in frozen and other not in frozen
    # and a later release does not freeze the earlier release or its sign-offs
    second = workspace.get(built.releases.release(built.process, "1.1", "Later"), Release)
    kinds = {type(e) for e in decode(second)}
    assert Release not in kinds and SignOff not in kinds
    assert later in {e.id for e in decode(second)}


def test_a_concept_unknown_to_releases_is_frozen_with_the_step_it_hangs_on() -> None:
    # given a risk recorded on a step (a kind the release code has never heard of)
    built = released_process()
    risk = StepRisk(id="Risk_1", step_id=built.drawn.steps["ship"], text="Parcel lost")
    built.editor.run(AddEntities((risk,)))
    # when the process is released
    release = built.workspace.get(built.releases.release(built.process, "1.0", "x"), Release)
    # then the risk is in the snapshot, as it was
    assert risk in decode(release)


def test_the_encoding_is_canonical_and_checked() -> None:
    # given a release
    built = released_process()
    release = built.workspace.get(built.releases.release(built.process, "1.0", "x"), Release)
    entities = decode(release)
    # then it decodes to the process's entities, in order, and encoding them again gives
    # the same text and digest (sorted keys, no spaces: nothing left to chance)
    live = members(built.workspace, built.process)
    assert list(entities) == live
    assert encode(live) == (release.snapshot, release.digest)
    # and a snapshot whose digest does not match, or that is not base64, is refused
    with pytest.raises(SnapshotError, match="altered"):
        decode(dataclasses.replace(release, digest="0" * 64))
    with pytest.raises(SnapshotError, match="damaged"):
        decode(dataclasses.replace(release, snapshot="not base64!"))


def test_a_version_workspace_shows_the_number_and_status_of_the_version() -> None:
    # given a draft process typed as version 0.1, released as 2.0 and approved
    built = released_process()
    release_id = built.releases.release(built.process, "2.0", "x", approver="Chief")
    release = built.workspace.get(release_id, Release)
    # when the version is read
    version = version_workspace(built.workspace, release)
    # then its process says 2.0, approved, and the live draft still says 0.1, draft
    assert version.get(built.process, Process).version == "2.0"
    assert version.get(built.process, Process).status == ProcessStatus.APPROVED
    assert built.workspace.get(built.process, Process).version == "0.1"
    assert built.workspace.get(built.process, Process).status == ProcessStatus.DRAFT
    # and it holds the diagrams and what is drawn in them, and no release
    assert [d.id for d in version.diagrams_of(built.process)] == [built.drawn.diagram]
    assert len(version.elements_of(built.drawn.diagram, Step)) == 6
    assert not [e for e in version if isinstance(e, Release)]


def test_restoring_a_version_makes_the_draft_what_was_released() -> None:
    # given version 1.0 released on 1 March
    built = released_process()
    workspace, editor, steps = built.workspace, built.editor, built.drawn.steps
    release_id = built.releases.release(built.process, "1.0", "x", on="2026-03-01")
    released_state = {e.id: e for e in decode(workspace.get(release_id, Release))}
    # and afterwards a renamed step, a deleted step (with its flow), a resolved weak point,
    # a new KPI value in April and the process moved down the tree
    editor.rename(steps["check"], "Check order in ERP")
    editor.delete([steps["stop"]])
    editor.update([built.weak_point], status=WeakPointStatus.RESOLVED)
    april = editor.add_measurement(built.kpi, "2026-04-01", 97.0)
    editor.update([built.process], order=7)
    before_restore = snapshot(workspace)
    # when a new draft is started from 1.0
    built.releases.restore(release_id)
    # then the draft is the released state, except the April value and the tree position
    restored = {e.id: e for e in members(workspace, built.process)}
    assert set(restored) == set(released_state) | {april}
    for entity_id, entity in released_state.items():
        if entity_id != built.process:
            assert restored[entity_id] == entity
    assert restored[built.process] == dataclasses.replace(released_state[built.process], order=7)
    assert workspace.get(steps["check"], Step).name == "Check order"
    assert workspace.get(built.weak_point, WeakPoint).status == WeakPointStatus.OPEN
    # and the release itself is still there, unchanged
    assert (
        workspace.get(release_id, Release).snapshot
        == built.workspace.get(release_id, Release).snapshot
    )
    # and one undo brings back the state before the restore
    built.drawn.history.undo()
    assert snapshot(workspace) == before_restore


def test_restoring_drops_links_to_what_is_gone_from_the_workspace() -> None:
    # given a step audited by a workspace-level auditor, released
    built = released_process()
    auditor = Auditor(id="Auditor_1", name="R. Frost")
    audit = StepAudit(id="Audit_1", step_id=built.drawn.steps["check"], auditor_id=auditor.id)
    built.editor.run(AddEntities((auditor, audit)))
    release_id = built.releases.release(built.process, "1.0", "x")
    assert audit in decode(built.workspace.get(release_id, Release))
    # and the auditor has left since (deleting them deletes the audit)
    built.editor.delete([auditor.id])
    built.editor.rename(built.drawn.steps["check"], "Changed")
    # when the version is restored
    built.releases.restore(release_id)
    # then the step is back as released, and the audit that would point nowhere stays out
    assert built.workspace.get(built.drawn.steps["check"], Step).name == "Check order"
    assert audit.id not in built.workspace


def test_every_kind_of_entity_comes_back_with_its_type() -> None:
    # given a release of the process
    built = released_process()
    release = built.workspace.get(built.releases.release(built.process, "1.0", "x"), Release)
    # when decoded
    kinds = {type(e) for e in decode(release)}
    # then each entity has its own class again
    assert kinds == {Process, Diagram, Pool, Lane, Step, Flow, Kpi, KpiMeasurement, WeakPoint}
    assert releases_of(built.workspace, built.process) == [release]


def test_a_version_s_history_refuses_edits_with_its_reason() -> None:
    # given a released version read into a workspace of its own, behind a read-only history
    built = released_process()
    release = built.workspace.get(built.releases.release(built.process, "1.0", "x"), Release)
    history = History(version_workspace(built.workspace, release), read_only=True)
    history.read_only_reason = "Version 1.0 is read-only"
    # when an edit is attempted, then it is refused with that reason, and nothing changes
    with pytest.raises(ReadOnlyError, match=r"Version 1\.0 is read-only"):
        Editor(history).rename(built.drawn.steps["check"], "Changed")
    assert history.workspace.get(built.drawn.steps["check"], Step).name == "Check order"


def test_an_initiative_s_links_stay_out_of_versions_and_survive_a_restore() -> None:
    # given a released process whose weak point an initiative addresses since
    built = released_process()
    release_id = built.releases.release(built.process, "1.0", "x")
    initiative = built.editor.add_initiative("Deputy approver")
    weak_link = built.editor.link_weak_point(initiative, built.weak_point)
    built.editor.link_process(initiative, built.process)  # (linking the weak point may have)
    (process_link,) = [e.id for e in built.workspace.in_scope(initiative, InitiativeProcess)]
    # and a second version released with those links in place
    second = built.releases.release(built.process, "1.1", "y")
    # then neither version holds the portfolio's links (they record the process's place in
    # the portfolio, not its content)
    for release in (release_id, second):
        frozen = {e.id for e in decode(built.workspace.get(release, Release))}
        assert weak_link not in frozen and process_link not in frozen
    # and restoring the first version keeps the links the PMO made after it
    built.releases.restore(release_id)
    assert weak_link in built.workspace and process_link in built.workspace
