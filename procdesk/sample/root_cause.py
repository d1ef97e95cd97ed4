"""The sample's root-cause analyses: the 5 Whys and a fishbone of the approval wait, and a
fishbone of the rework, made through the Editor as a process officer would make them.

The approval wait's chain ends where its proposed action starts (an approval workflow in the
ERP with a budget check and a deputy), so its root cause now follows that last answer.
"""

from __future__ import annotations

from procdesk.model.editor import Editor
from procdesk.sample.book import SampleBook

Causes = tuple[tuple[str, bool, tuple[tuple[str, bool], ...]], ...]
"""A bone's causes: text, confirmed, and sub-causes (text, confirmed)."""

APPROVAL_WHYS = (
    (
        "Why do approvals wait up to a week?",
        "Requisitions wait on the controller's desk while the controller is travelling.",
    ),
    (
        "Why do they wait for the controller?",
        "Only the controller may approve, and only by signing the paper form.",
    ),
    (
        "Why only by signing the paper form?",
        "The signed form is the only record that the budget was checked.",
    ),
    (
        "Why is the signed form the only record of the budget check?",
        "The budget is checked by hand, outside the ERP.",
    ),
    (
        "Why is the budget checked outside the ERP?",
        "The ERP's approval workflow with budget check and deputies was never set up.",
    ),
)

APPROVAL_FISHBONE: dict[str, Causes] = {
    "method": (
        (
            "Approval only by wet signature",
            True,
            (("Signed form is the only proof of the budget check", True),),
        ),
        ("No deputy named in the signature rules", True, (("Rules last revised in 2014", False),)),
    ),
    "machine": (
        (
            "ERP approval workflow not set up",
            True,
            (("Budget checked by hand in a spreadsheet", False),),
        ),
    ),
    "material": (("Paper form travels by internal mail", False, ()),),
    "manpower": (
        ("Single approver for every amount", True, ()),
        ("Controller travels two weeks a month", False, ()),
    ),
    "measurement": (("Waiting time for approval is not measured", False, ()),),
    "milieu": (("Controller and purchasing sit in different buildings", False, ()),),
}

REWORK_FISHBONE: dict[str, Causes] = {
    "method": (
        ("No checklist of mandatory fields", True, ()),
        (
            "Cost centre looked up by hand",
            False,
            (("Cost-centre list changes every quarter", False),),
        ),
    ),
    "machine": (
        (
            "The form does not check its entries",
            True,
            (("The form is a spreadsheet template", False),),
        ),
    ),
    "material": (("Old versions of the form still in use", False, ()),),
    "manpower": (
        ("Requesters order rarely and forget the rules", False, ()),
        ("No introduction for new staff", False, ()),
    ),
    "measurement": (("Reasons for returns are not recorded", True, ()),),
    "milieu": (),
}


def _fishbone(editor: Editor, weak_point_id: str, bones: dict[str, Causes]) -> None:
    categories = dict(zip(bones, editor.start_fishbone(weak_point_id, list(bones)), strict=True))
    for key, causes in bones.items():
        for text, confirmed, subs in causes:
            cause = editor.add_cause(categories[key], text, confirmed=confirmed)
            for sub_text, sub_confirmed in subs:
                editor.add_cause(
                    categories[key], sub_text, parent_id=cause, confirmed=sub_confirmed
                )


def add_root_causes(book: SampleBook) -> None:
    """Analyse the approval wait (5 Whys and fishbone) and the rework (fishbone)."""
    editor = book.editor
    approval = book.id("purchase/weak-point/approval-wait")
    for why, because in APPROVAL_WHYS:
        editor.add_why(approval, why, because)
    _fishbone(editor, approval, APPROVAL_FISHBONE)
    _fishbone(editor, book.id("purchase/weak-point/rework"), REWORK_FISHBONE)
