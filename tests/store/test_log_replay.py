"""Property: the change log replayed from an empty workspace gives the workspace.

This is what a check-in to a team repository will rely on: the local ChangeSets since
checkout, read back from the log, are the edits that were made. The edits are the random
sequences of the edit-sequence property (RACI and role-list edits included), undos and redos
among them, and BPMN imports, which the log must hold in full.
"""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from procdesk.document import Document
from procdesk.export.bpmn.reader import read_bpmn
from procdesk.export.bpmn.writer import write_bpmn
from procdesk.model.roles import Role
from procdesk.model.workspace import Workspace
from procdesk.sample import build_sample
from procdesk.store.log_codec import replay_all
from tests.builders import snapshot
from tests.model.test_edit_sequences import OPERATIONS, apply_edit


@cache
def purchase_bpmn() -> bytes:
    """The sample's purchase requisition as a BPMN file (its RACI and role list included)."""
    workspace = Workspace(build_sample())
    return write_bpmn(workspace, workspace.processes()[0].id)


edits = st.lists(
    st.tuples(
        st.sampled_from((*OPERATIONS, "import")),
        st.integers(min_value=0, max_value=50),
        st.integers(min_value=0, max_value=50),
        st.text(min_size=0, max_size=12),
    ),
    min_size=1,
    max_size=14,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(edits)
def test_the_log_replays_to_the_workspace(sequence: list[tuple[str, int, int, str]]) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Document.create(Path(folder) / "log.procdesk", sample=True) as document,
    ):
        for edit in sequence:
            if edit[0] == "import":
                existing = {entity.id for entity in document.workspace}
                result = read_bpmn(purchase_bpmn(), existing)
                document.import_entities(result.entities, "Import purchase.bpmn")
            else:
                apply_edit(document, edit)
        payloads = [payload for _, payload in document.store.log.payloads()]
        assert snapshot(replay_all(payloads)) == snapshot(document.workspace)


def test_an_import_is_logged_in_full_and_its_roles_merge() -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Document.create(Path(folder) / "empty.procdesk") as document,
    ):
        result = read_bpmn(purchase_bpmn(), {entity.id for entity in document.workspace})
        document.import_entities(result.entities, "Import purchase.bpmn")
        # a second import brings the process again, but not the roles it already has
        result = read_bpmn(purchase_bpmn(), {entity.id for entity in document.workspace})
        document.import_entities(result.entities, "Import purchase.bpmn")
        assert len(document.workspace.processes()) == 2
        names = sorted(role.name for role in document.workspace.in_scope("", Role))
        assert names == [
            "Accounts payable",
            "Controlling",
            "Cost centre manager",
            "Head of Purchasing",
        ]
        payloads = [payload for _, payload in document.store.log.payloads()]
        assert snapshot(replay_all(payloads)) == snapshot(document.workspace)
