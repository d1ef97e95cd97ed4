"""Process maturity: models that say what each level of running a process well looks like,
assessments of a process under a model, and the profile a process should reach.

A *maturity model* is data, not code: dimensions (the design, the owner, the metrics…), each
described at every one of the model's levels (numbered from 1). Models ship as files
(``resources/maturity/``), come in through an import, or are written in the window; an
assessment always refers to a copy kept in the workspace, so a later edit of a shipped file
never changes what was assessed.

An *assessment* rates a process on a date: a level per dimension with the evidence for it
(notes, documents by path or URL, and links to the process's elements, which are entities of
their own so that deleting a step removes its link and nothing else). A *target* is the level
per dimension a process should reach under one model; the dimensions assessed below it are its
*gaps*.
"""

from __future__ import annotations

from dataclasses import dataclass

from procdesk.model.elements import Entity, WeakPointCategory
from procdesk.model.portfolio import check_date
from procdesk.model.registry import entity_kind
from procdesk.text import tr, tr_noop

MAX_LEVELS = 10
"""No maturity scheme in use has more levels; more would only be a typing slip."""


@dataclass(frozen=True, slots=True)
class MaturityLevel:
    """One level of a model: its number (1 is the lowest), a short code ("P-2") and a name."""

    number: int
    code: str
    name: str
    description: str = ""

    @property
    def label(self) -> str:
        """ "P-2" or "2 Managed": what a chart or a picker shows."""
        if self.code and self.code != str(self.number):
            return self.code
        return f"{self.number} {self.name}".strip()


@dataclass(frozen=True, slots=True)
class MaturityDimension:
    """What a model judges (an enabler, a capability), with one text per level of the model
    (``texts[0]`` describes level 1), and the kind of weak point a gap on it is."""

    key: str
    name: str
    texts: tuple[str, ...]
    description: str = ""
    category: WeakPointCategory = WeakPointCategory.OTHER

    def text(self, level: int) -> str:
        return self.texts[level - 1] if 1 <= level <= len(self.texts) else ""


def check_model(
    name: str, levels: tuple[MaturityLevel, ...], dimensions: tuple[MaturityDimension, ...]
) -> None:
    """Refuse a model that cannot be assessed with: ValueError says what is wrong."""
    if not name.strip():
        raise ValueError(tr("a maturity model needs a name"))
    if not 2 <= len(levels) <= MAX_LEVELS:
        message = tr("a maturity model has 2 to {most} levels, not {count}")
        raise ValueError(message.format(most=MAX_LEVELS, count=len(levels)))
    for position, level in enumerate(levels, start=1):
        if level.number != position:
            message = tr("the levels are numbered 1 to {count} in order; found {number}")
            raise ValueError(message.format(count=len(levels), number=level.number))
        if not level.name.strip():
            raise ValueError(tr("level {number} needs a name").format(number=level.number))
    if not dimensions:
        raise ValueError(tr("a maturity model needs at least one dimension"))
    names = [d.name.strip() for d in dimensions]
    if not all(names):
        raise ValueError(tr("every dimension needs a name"))
    _check_unique([n.casefold() for n in names], tr("two dimensions are called '{value}'"))
    _check_unique([d.key for d in dimensions], tr("two dimensions have the key '{value}'"))
    for dimension in dimensions:
        if len(dimension.texts) != len(levels):
            message = tr("dimension '{name}' needs a text for each of the {count} levels")
            raise ValueError(message.format(name=dimension.name, count=len(levels)))
        for number, text in enumerate(dimension.texts, start=1):
            if not text.strip():
                message = tr("dimension '{name}' has no text for level {number}")
                raise ValueError(message.format(name=dimension.name, number=number))


def _check_unique(values: list[str], message: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValueError(message.format(value=value))
        seen.add(value)


@entity_kind(
    table="maturity_models",
    noun=tr_noop("maturity model", "element kind"),
    counted=lambda n: tr("%n maturity models", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class MaturityModel(Entity):
    """A maturity model kept in the workspace. ``key`` names the scheme ("pemm") across
    copies; ``source`` says where this copy came from (a shipped file's name, an imported
    file's name, or '' when it was written in the window)."""

    key: str
    name: str
    levels: tuple[MaturityLevel, ...]
    dimensions: tuple[MaturityDimension, ...]
    version: str = ""
    description: str = ""
    attribution: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        check_model(self.name, self.levels, self.dimensions)

    @property
    def top(self) -> int:
        return len(self.levels)

    def dimension(self, key: str) -> MaturityDimension | None:
        return next((d for d in self.dimensions if d.key == key), None)

    def level(self, number: int) -> MaturityLevel | None:
        return self.levels[number - 1] if 1 <= number <= len(self.levels) else None

    def level_label(self, number: int | None) -> str:
        level = self.level(number) if number is not None else None
        return level.label if level is not None else "\u2013"

    def same_content(self, other: MaturityModel) -> bool:
        """Whether *other* says the same as this model (ids and sources aside)."""
        return (self.key, self.name, self.levels, self.dimensions, self.version) == (
            other.key,
            other.name,
            other.levels,
            other.dimensions,
            other.version,
        )


@dataclass(frozen=True, slots=True)
class Rating:
    """An assessment's level on one dimension (None: not rated yet), the evidence for it in
    words, and documents that show it (paths or URLs)."""

    dimension: str
    level: int | None = None
    evidence: str = ""
    documents: tuple[str, ...] = ()


@entity_kind(
    table="maturity_assessments",
    scope="process_id",
    refs=("process_id", "model_id"),
    noun=tr_noop("maturity assessment", "element kind"),
    counted=lambda n: tr("%n maturity assessments", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class MaturityAssessment(Entity):
    """How mature a process was found on a date, under one model, by an assessor."""

    process_id: str
    model_id: str
    date: str
    assessor: str = ""
    note: str = ""
    ratings: tuple[Rating, ...] = ()

    def __post_init__(self) -> None:
        if not self.date:
            raise ValueError(tr("an assessment needs a date"))
        check_date(self.date, tr("the assessment date"))
        keys = [r.dimension for r in self.ratings]
        if len(set(keys)) != len(keys):
            raise ValueError(tr("a dimension is rated twice"))

    def rating(self, dimension: str) -> Rating | None:
        return next((r for r in self.ratings if r.dimension == dimension), None)

    def level_of(self, dimension: str) -> int | None:
        rating = self.rating(dimension)
        return rating.level if rating is not None else None

    @property
    def name(self) -> str:
        """The date, under the name every other entity uses (undo labels, search)."""
        return self.date


@entity_kind(
    table="maturity_evidence_links",
    scope="assessment_id",
    refs=("assessment_id", "element_id"),
    noun=tr_noop("link to evidence", "element kind"),
    counted=lambda n: tr("%n links to evidence", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceLink(Entity):
    """An element of the process (a step, a lane, a diagram, the process itself) that shows
    the evidence for an assessment's rating of one dimension."""

    assessment_id: str
    dimension: str
    element_id: str


@dataclass(frozen=True, slots=True)
class TargetLevel:
    """The level a process should reach on one dimension."""

    dimension: str
    level: int


@entity_kind(
    table="maturity_targets",
    scope="process_id",
    refs=("process_id", "model_id"),
    noun=tr_noop("target profile", "element kind"),
    counted=lambda n: tr("%n target profiles", None, n),
)
@dataclass(frozen=True, slots=True, kw_only=True)
class MaturityTarget(Entity):
    """The profile a process should reach under one model (one per process and model)."""

    process_id: str
    model_id: str
    levels: tuple[TargetLevel, ...] = ()

    def __post_init__(self) -> None:
        keys = [t.dimension for t in self.levels]
        if len(set(keys)) != len(keys):
            raise ValueError(tr("a dimension has two targets"))

    def level_of(self, dimension: str) -> int | None:
        return next((t.level for t in self.levels if t.dimension == dimension), None)
