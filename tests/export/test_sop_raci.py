"""The SOP's roles and responsibility matrix carry the whole RACI, not only who does it."""

from __future__ import annotations

import io

from pypdf import PdfReader

from procdesk.export.sop.content import SopOptions, build_content
from procdesk.export.sop.document import sop_pdf
from procdesk.model.assignments import Letter
from tests.export.sop_builders import Built, linear


def with_raci() -> Built:
    """start (Clerk) → Task number 1 (Clerk) → Task number 2 (Clerk) → end (Manager), with a
    role list entry
    "Controller" accountable for both, the Manager consulted on 1 and informed of 2."""
    built = linear(2)
    editor = built.editor
    editor.add_role("Controller", "Watches the spend", "Finance")
    for key in ("t1", "t2"):
        editor.set_responsibility(built.steps[key], "Controller", Letter.ACCOUNTABLE)
    editor.set_responsibility(built.steps["t1"], "Manager", Letter.CONSULTED)
    editor.set_responsibility(built.steps["t2"], "Manager", Letter.INFORMED)
    return built


def test_roles_list_every_letter_with_its_steps() -> None:
    built = with_raci()
    content = build_content(built.workspace, built.process, built.diagram)
    numbers = {step.name: step.number for step in content.steps}
    t1, t2 = numbers["Task number 1"], numbers["Task number 2"]
    roles = {role.name: role for role in content.roles}
    assert list(roles) == ["Clerk", "Manager", "Controller"]
    assert (roles["Clerk"].steps, roles["Clerk"].accountable) == (
        (numbers["Request arrives"], t1, t2),
        (),
    )
    assert roles["Manager"].steps == (numbers["Request done"],)
    assert (roles["Manager"].consulted, roles["Manager"].informed) == ((t1,), (t2,))
    assert roles["Controller"].accountable == (t1, t2)
    assert roles["Controller"].description == "Watches the spend"


def test_the_matrix_prints_each_letter_and_explains_them() -> None:
    built = with_raci()
    pdf = sop_pdf(built.workspace, built.process, built.diagram, None, SopOptions())
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages
    )
    matrix = text.split("Responsibility matrix")[1].split("Procedure")[0]
    assert "A = answers for the result (accountable)." in matrix
    assert "C = is asked before (consulted)." in matrix
    assert "I = is told after (informed)." in matrix
    # the rows of the two tasks: number, name, then a letter for Clerk, Manager, Controller
    assert "Task number 1 R C A" in matrix
    assert "Task number 2 R I A" in matrix
    assert "Accountable for steps" in text and "Consulted on steps" in text
