"""A released version in BPMN: the same bytes after a reload, its number and sign-offs in the
file, and an import that makes the new process that version again."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from procdesk.document import Document
from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.release_ext import stamp_of
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.elements import Process, ProcessStatus, Step
from procdesk.model.release_intents import ReleaseIntents
from procdesk.model.releases import (
    Release,
    ReleaseStatus,
    find_release,
    releases_of,
    sign_offs_of,
    status_of,
)
from procdesk.model.snapshots import decode, version_workspace
from procdesk.model.workspace import Workspace
from tests.builders import draw_simple
from tests.interop.conftest import corpus_dir

PD = "{https://procdesk.org/schema/bpmn/1.0}"
XSD = corpus_dir() / "xsd" / "BPMN20.xsd"


def export_version(workspace: Workspace, process_id: str, version: str) -> bytes:
    release = find_release(workspace, process_id, version)
    assert release is not None
    stamp = stamp_of(workspace, release)
    return write_bpmn(version_workspace(workspace, release), process_id, release=stamp)


@pytest.fixture
def released_file(tmp_path: Path) -> tuple[Path, str, bytes]:
    """A workspace file with version 1.2 approved, exported once right after the release."""
    path = tmp_path / "released.procdesk"
    with Document.create(path) as document:
        drawn = draw_simple(document.editor)
        ReleaseIntents(document.history).release(
            drawn.process, "1.2", "Threshold raised", approver="Chief", on="2026-03-01"
        )
        exported = export_version(document.workspace, drawn.process, "1.2")
    return path, drawn.process, exported


def test_a_version_exports_the_same_bytes_after_a_reload(
    released_file: tuple[Path, str, bytes],
) -> None:
    # given a released version exported when it was made
    path, process, first = released_file
    # when the file is opened again, the draft edited, and the version exported anew
    with Document.open(path) as document:
        step = next(s for s in document.workspace if isinstance(s, Step))
        document.editor.rename(step.id, "Edited after the release")
        document.editor.delete([step.id])
        again = export_version(document.workspace, process, "1.2")
    # then the bytes are the same
    assert again == first


def test_the_export_names_its_version_and_sign_offs(
    released_file: tuple[Path, str, bytes],
) -> None:
    _, _, exported = released_file
    root = etree.fromstring(exported)
    (data,) = root.iter(f"{PD}process")
    assert (data.get("version"), data.get("status")) == ("1.2", "approved")
    (release,) = root.iter(f"{PD}release")
    assert (release.get("version"), release.get("date")) == ("1.2", "2026-03-01")
    assert release.findtext(f"{PD}summary") == "Threshold raised"
    assert [(s.get("status"), s.get("by")) for s in release.iter(f"{PD}signOff")][1:] == [
        ("approved", "Chief")
    ]
    if XSD.is_file():
        schema = etree.XMLSchema(etree.parse(str(XSD)))
        assert schema.validate(root), schema.error_log


def test_the_draft_s_export_is_no_release(released_file: tuple[Path, str, bytes]) -> None:
    path, process, _ = released_file
    with Document.open(path, read_only=True) as document:
        root = etree.fromstring(write_bpmn(document.workspace, process))
    assert not list(root.iter(f"{PD}release"))


def test_importing_a_version_makes_that_version_again(
    released_file: tuple[Path, str, bytes],
) -> None:
    # given the export of version 1.2, approved by Chief
    _, _, exported = released_file
    # when it is imported into an empty workspace
    result = read_bpmn(exported)
    workspace = Workspace(result.entities)
    # then the new process says version 1.2, approved, and has that release with its sign-offs
    process = workspace.get(result.process_id, Process)
    assert (process.version, process.status) == ("1.2", ProcessStatus.APPROVED)
    (release,) = releases_of(workspace, process.id)
    assert (release.version, release.summary, release.date) == (
        "1.2",
        "Threshold raised",
        "2026-03-01",
    )
    assert status_of(workspace, release.id) == ReleaseStatus.APPROVED
    assert [s.by for s in sign_offs_of(workspace, release.id)][1:] == ["Chief"]
    # and its snapshot is what was imported
    frozen = {e.id for e in decode(release)}
    assert frozen == {e.id for e in result.entities if not isinstance(e, Release)} - {
        s.id for s in sign_offs_of(workspace, release.id)
    }
    # and exporting the imported version says the same about itself
    again = etree.fromstring(export_version(workspace, process.id, "1.2"))
    (stamp,) = again.iter(f"{PD}release")
    assert [s.get("status") for s in stamp.iter(f"{PD}signOff")] == ["review", "approved"]


def test_the_review_interval_travels_and_the_default_is_not_written() -> None:
    drawn = draw_simple()
    assert b"reviewIntervalMonths" not in write_bpmn(drawn.workspace, drawn.process)
    drawn.editor.update([drawn.process], review_interval_months=6)
    result = read_bpmn(write_bpmn(drawn.workspace, drawn.process))
    imported = Workspace(result.entities).get(result.process_id, Process)
    assert imported.review_interval_months == 6


def test_a_hostile_release_element_is_read_as_far_as_it_makes_sense(
    released_file: tuple[Path, str, bytes],
) -> None:
    # given exports whose release says nonsense: no version number, an unknown status,
    # and an impossible review interval
    _, _, exported = released_file
    bad_version = exported.replace(b'release version="1.2"', b'release version="one"')
    bad_status = exported.replace(b'status="review"', b'status="lost"')
    bad_interval = exported.replace(
        b'status="approved" version', b'reviewIntervalMonths="0" status="approved" version'
    )
    assert exported not in (bad_version, bad_status, bad_interval)
    # then the first imports as a plain draft, the second without the unknown sign-off
    plain = read_bpmn(bad_version)
    assert not releases_of(Workspace(plain.entities), plain.process_id)
    partial = read_bpmn(bad_status)
    workspace = Workspace(partial.entities)
    (release,) = releases_of(workspace, partial.process_id)
    assert [s.status for s in sign_offs_of(workspace, release.id)] == [ReleaseStatus.APPROVED]
    # and the third keeps the default interval
    interval = read_bpmn(bad_interval)
    process = Workspace(interval.entities).get(interval.process_id, Process)
    assert process.review_interval_months == 12
