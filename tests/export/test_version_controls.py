"""Controls in released versions: which control runs at which step, and which mitigates which
risk, are frozen with the process; the controls and requirements themselves stay the
workspace's. The version's SOP lists the controls as released; "New draft from version"
brings the step's controls back and leaves every control of the workspace where it is."""

from __future__ import annotations

import re
from typing import TypeVar

import pytest

from procdesk.export.sop.content import SopOptions
from procdesk.export.sop.document import sop_pdf
from procdesk.export.sop.record import sop_record
from procdesk.model.compliance import Control, ControlRequirement, ControlStep
from procdesk.model.compliance_queries import controls_at, controls_mitigating
from procdesk.model.elements import Entity
from procdesk.model.releases import Release
from procdesk.model.snapshots import version_workspace
from procdesk.model.workspace import Workspace
from tests.export.pdf_reading import page_texts
from tests.model.release_builders import Released, released_process

E = TypeVar("E", bound=Entity)


def _all(workspace: Workspace, kind: type[E]) -> list[E]:
    return [e for e in workspace if isinstance(e, kind)]


def controls_part(pdf: bytes) -> str:
    text = " ".join(" ".join(page.split()) for page in page_texts(pdf))
    return text[text.rindex("Controls and risks") :]


def sop_of(workspace: Workspace, live: Workspace, process: str, release: Release | None) -> bytes:
    diagram = workspace.diagrams_of(process)[0].id
    record = sop_record(live, process, release)
    return sop_pdf(workspace, process, diagram, None, SopOptions(), record)


@pytest.fixture
def released() -> tuple[Released, dict[str, str], Release]:
    """The small process with two controls on "Check order" and one of them mitigating a
    risk there, the second satisfying a requirement; released as 1.0."""
    built = released_process()
    editor, check = built.editor, built.drawn.steps["check"]
    requirement = editor.add_requirement("ISO 9001", "8.5.1", title="Controlled production")
    risk = editor.add_risk(built.process, check, "Order shipped unchecked", likelihood=3)
    ids = {
        "risk": risk,
        "requirement": requirement,
        "four-eyes": editor.add_control("Four-eyes check", [check], [risk], owner="Sales lead"),
        "stock": editor.add_control("Stock lookup", [check], (), [requirement], evidence="Log"),
    }
    release_id = built.releases.release(built.process, "1.0", "First issue", on="2026-02-01")
    return built, ids, built.workspace.get(release_id, Release)


def test_the_versions_sop_lists_the_controls_as_released(
    released: tuple[Released, dict[str, str], Release],
) -> None:
    built, ids, release = released
    editor, check = built.editor, built.drawn.steps["check"]
    # given the released 1.0, then the draft changed: one control off the step, a new one on
    editor.detach(ids["four-eyes"], [check])
    editor.add_control("Credit limit check", [check])
    live = built.workspace
    # when the SOPs of the version and of the draft are written and read back
    version = version_workspace(live, release)
    released_part = controls_part(sop_of(version, live, built.process, release))
    draft_part = controls_part(sop_of(live, live, built.process, None))
    # then the version lists the controls its step had, with what they mitigate and satisfy
    assert "Control: Four-eyes check" in released_part
    assert "Mitigates: Order shipped unchecked" in released_part
    assert "Control: Stock lookup" in released_part and "Satisfies: ISO 9001 8.5.1" in released_part
    assert "Credit limit check" not in released_part
    # and the residual score counts the released control (preventive, manual: 3 -> 2)
    assert re.search(r"inherent \d+, residual \d+", released_part)
    risk_row = re.search(r"inherent (\d+), residual (\d+)", released_part)
    assert risk_row is not None and int(risk_row[2]) < int(risk_row[1])
    # while the draft lists what it has now
    assert "Control: Credit limit check" in draft_part and "Four-eyes check" not in draft_part
    assert [c.name for c in controls_mitigating(version, ids["risk"])] == ["Four-eyes check"]


def test_new_draft_from_the_version_brings_the_steps_controls_back(
    released: tuple[Released, dict[str, str], Release],
) -> None:
    built, ids, release = released
    editor, check = built.editor, built.drawn.steps["check"]
    live = built.workspace
    # given a draft whose step lost a control, and a control added since that runs at the step
    editor.detach(ids["four-eyes"], [check])
    newer = editor.add_control("Credit limit check", [check])
    controls_before = {c.id for c in _all(live, Control)}
    # when a new draft is made from 1.0
    built.releases.restore(release.id)
    live = built.workspace
    # then the step has the controls it had in 1.0 again (the new one's link goes with the draft)
    assert [c.name for c in controls_at(live, check)] == ["Four-eyes check", "Stock lookup"]
    assert [c.name for c in controls_mitigating(live, ids["risk"])] == ["Four-eyes check"]
    # and no control of the workspace was removed, nor what a control satisfies
    assert {c.id for c in _all(live, Control)} == controls_before and newer in live
    assert [link.requirement_id for link in _all(live, ControlRequirement)] == [ids["requirement"]]
    # and undo makes the draft what it was
    built.drawn.history.undo()
    assert [c.name for c in controls_at(built.workspace, check)] == [
        "Credit limit check",
        "Stock lookup",
    ]


def test_a_version_names_a_control_deleted_since(
    released: tuple[Released, dict[str, str], Release],
) -> None:
    built, ids, release = released
    # given the control "Stock lookup" deleted from the workspace after 1.0
    built.editor.delete([ids["stock"]])
    live = built.workspace
    # when the version is read, and a new draft made from it
    version = version_workspace(live, release)
    built.releases.restore(release.id)
    # then the version still shows the controls that exist; the deleted one is not brought back
    check = built.drawn.steps["check"]
    assert [c.name for c in controls_at(version, check)] == ["Four-eyes check"]
    assert ids["stock"] not in built.workspace
    assert [link.control_id for link in _all(built.workspace, ControlStep)] == [ids["four-eyes"]]
