"""Small maturity models and assessed processes for tests, made through the Editor."""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.model.editor import Editor
from procdesk.model.elements import WeakPointCategory
from procdesk.model.ids import new_id
from procdesk.model.maturity import MaturityDimension, MaturityLevel, MaturityModel
from tests.builders import Drawn, draw_simple

THREE_LEVELS = (
    MaturityLevel(1, "L1", "Ad hoc"),
    MaturityLevel(2, "L2", "Repeatable"),
    MaturityLevel(3, "L3", "Managed"),
)


def small_model(**values: object) -> MaturityModel:
    """Three levels, two dimensions: 'docs' (compliance gaps) and 'owner'."""
    fields: dict[str, object] = {
        "id": new_id("MaturityModel"),
        "key": "small",
        "name": "Small model",
        "levels": THREE_LEVELS,
        "dimensions": (
            MaturityDimension(
                "docs", "Docs", ("none", "some", "all"), category=WeakPointCategory.COMPLIANCE
            ),
            MaturityDimension("owner", "Owner", ("nobody", "named", "accountable")),
        ),
    }
    fields.update(values)
    return MaturityModel(**fields)  # type: ignore[arg-type]


@dataclass
class Assessed:
    drawn: Drawn
    model: str
    assessment: str

    @property
    def editor(self) -> Editor:
        return self.drawn.editor


def assessed(docs: int = 1, owner: int = 2, target: dict[str, int] | None = None) -> Assessed:
    """The simple drawn process, assessed under the small model on 2026-01-15."""
    drawn = draw_simple()
    editor = drawn.editor
    model = editor.adopt_maturity_model(small_model())
    assessment = editor.add_assessment(
        drawn.process, model, on="2026-01-15", assessor="Ada", levels={"docs": docs, "owner": owner}
    )
    if target is not None:
        editor.set_target(drawn.process, model, target)
    return Assessed(drawn, model, assessment)
