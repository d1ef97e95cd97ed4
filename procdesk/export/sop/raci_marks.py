"""The letters of the SOP's responsibility matrix: R, A, C and I in the reader's language,
with the legend that explains them."""

from __future__ import annotations

from procdesk.export.sop.procedure import ProcedureStep
from procdesk.model.assignments import Letter
from procdesk.text import tr, tr_noop

OTHER_LETTERS = (Letter.ACCOUNTABLE, Letter.CONSULTED, Letter.INFORMED)
"""The letters besides R; the legend explains them only when the matrix uses them."""

_LEGEND = {
    Letter.ACCOUNTABLE: tr_noop("{mark} = answers for the result (accountable)."),
    Letter.CONSULTED: tr_noop("{mark} = is asked before (consulted)."),
    Letter.INFORMED: tr_noop("{mark} = is told after (informed)."),
}


def mark(letter: Letter) -> str:
    """The letter the matrix prints for *letter*."""
    if letter == Letter.ACCOUNTABLE:
        return tr("A", "responsibility matrix: answers for the step")
    if letter == Letter.CONSULTED:
        return tr("C", "responsibility matrix: is consulted on the step")
    if letter == Letter.INFORMED:
        return tr("I", "responsibility matrix: is informed about the step")
    return tr("R", "responsibility matrix: carries out the step")


def legend(letter: Letter) -> str:
    """'A = answers for the result (accountable).'"""
    return tr(_LEGEND[letter]).format(mark=mark(letter))


def matrix_cell(step: ProcedureStep, role: str) -> str:
    """What the matrix prints where *step*'s row meets *role*'s column."""
    letter = step.raci.letter_of(role)
    return mark(letter) if letter is not None else ""
