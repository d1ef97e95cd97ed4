"""Maturity model files: TOML or JSON, read into a :class:`MaturityModel` or refused whole.

The schema (``docs/MATURITY-MODELS.md`` gives it in full, with an example)::

    format = "procdesk-maturity-model"      # required, and ``format_version = 1``
    key = "pemm"                            # names the scheme across copies
    name = "…"                              # required
    version, description, attribution       # optional texts

    [[levels]]                              # 2 to 10, numbered 1, 2, … in order
    number = 1
    code = "P-1"                            # optional short code (default: the number)
    name = "…"                              # required
    description = "…"

    [[dimensions]]                          # at least one; names and keys unique
    key = "design"                          # optional (default: made from the name)
    name = "Design"
    description = "…"
    category = "handoff"                    # the weak point category of a gap (default other)
    [dimensions.texts]                      # one text per level, keyed by the level's number
    1 = "…"

A level out of range, a duplicate dimension, a missing text or malformed syntax is refused
with a :class:`MaturityFileError` that names the file and the fault; nothing is half read.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from procdesk.model.elements import WeakPointCategory
from procdesk.model.ids import new_id
from procdesk.model.maturity import MaturityDimension, MaturityLevel, MaturityModel
from procdesk.resources import resource
from procdesk.text import tr

FORMAT = "procdesk-maturity-model"
FORMAT_VERSION = 1
SUFFIXES = (".toml", ".json")
MAX_BYTES = 2 * 1024 * 1024
"""A model is a few pages of text; a larger file is not a model."""


class MaturityFileError(ValueError):
    """A model file that cannot be used; the message names the file and the fault."""


def read_model_file(path: Path) -> MaturityModel:
    """The model in the file at *path* (``.toml`` or ``.json``), or MaturityFileError."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise MaturityFileError(
                tr("{file}: too large for a maturity model").format(file=path.name)
            )
        data = path.read_bytes()
    except OSError as error:
        message = tr("cannot read {file}: {reason}")
        raise MaturityFileError(
            message.format(file=path.name, reason=error.strerror or error)
        ) from None
    return parse_model(data, path.name)


def parse_model(data: bytes, file_name: str) -> MaturityModel:
    """The model in *data*, a file called *file_name* (its suffix picks TOML or JSON)."""
    suffix = Path(file_name).suffix.lower()
    if suffix not in SUFFIXES:
        message = tr("{file}: a maturity model file ends in .toml or .json")
        raise MaturityFileError(message.format(file=file_name))
    try:
        text = data.decode("utf-8")
        raw = tomllib.loads(text) if suffix == ".toml" else json.loads(text)
    except UnicodeDecodeError:
        raise MaturityFileError(tr("{file}: not UTF-8 text").format(file=file_name)) from None
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        message = tr("{file}: malformed {syntax}: {reason}")
        raise MaturityFileError(
            message.format(file=file_name, syntax=suffix[1:].upper(), reason=error)
        ) from None
    try:
        return model_from_mapping(raw, file_name)
    except ValueError as error:
        raise MaturityFileError(f"{file_name}: {error}") from None


def model_from_mapping(raw: object, source: str) -> MaturityModel:
    """A model from the parsed file; ValueError says what does not fit the schema."""
    top = _mapping(raw, tr("the file"))
    if top.get("format") != FORMAT:
        message = tr("not a maturity model: 'format' must be \"{format}\"")
        raise ValueError(message.format(format=FORMAT))
    if top.get("format_version") != FORMAT_VERSION:
        message = tr("format_version {found} is not known (this procdesk reads {known})")
        raise ValueError(message.format(found=top.get("format_version"), known=FORMAT_VERSION))
    name = _text(top, "name", tr("the model"), required=True)
    levels = tuple(
        _level(_mapping(item, tr("a level"))) for item in _list(top.get("levels"), tr("'levels'"))
    )
    dimensions = tuple(
        _dimension(_mapping(item, tr("a dimension")), len(levels))
        for item in _list(top.get("dimensions"), tr("'dimensions'"))
    )
    return MaturityModel(
        id=new_id("MaturityModel"),
        key=_text(top, "key", tr("the model")) or slug(name),
        name=name,
        version=_text(top, "version", tr("the model")),
        description=_text(top, "description", tr("the model")),
        attribution=_text(top, "attribution", tr("the model")),
        levels=levels,
        dimensions=dimensions,
        source=source,
    )


def _level(raw: Mapping[str, Any]) -> MaturityLevel:
    number = raw.get("number")
    if not isinstance(number, int) or isinstance(number, bool):
        raise ValueError(tr("every level needs a whole 'number'"))
    what = tr("level {number}").format(number=number)
    return MaturityLevel(
        number=number,
        code=_text(raw, "code", what) or str(number),
        name=_text(raw, "name", what, required=True),
        description=_text(raw, "description", what),
    )


def _dimension(raw: Mapping[str, Any], level_count: int) -> MaturityDimension:
    name = _text(raw, "name", tr("a dimension"), required=True)
    what = tr("dimension '{name}'").format(name=name)
    texts = _mapping(raw.get("texts"), tr("the texts of {what}").format(what=what))
    by_level: dict[int, str] = {}
    for key, value in texts.items():
        number = int(key) if re.fullmatch(r"[0-9]+", str(key)) else None
        if number is None or not 1 <= number <= level_count:
            message = tr(
                "{what} has a text for level {level}, out of range: the levels run 1 to {count}"
            )
            raise ValueError(message.format(what=what, level=key, count=level_count))
        if not isinstance(value, str):
            raise ValueError(
                tr("{what}: the text of level {level} is not text").format(what=what, level=key)
            )
        by_level[number] = value
    missing = [n for n in range(1, level_count + 1) if not by_level.get(n, "").strip()]
    if missing:
        message = tr("{what} has no text for level {level}")
        raise ValueError(message.format(what=what, level=missing[0]))
    category = _text(raw, "category", what) or WeakPointCategory.OTHER.value
    try:
        kind = WeakPointCategory(category)
    except ValueError:
        known = ", ".join(c.value for c in WeakPointCategory)
        message = tr("{what}: '{category}' is not a weak point category ({known})")
        raise ValueError(message.format(what=what, category=category, known=known)) from None
    return MaturityDimension(
        key=_text(raw, "key", what) or slug(name),
        name=name,
        description=_text(raw, "description", what),
        category=kind,
        texts=tuple(by_level[n] for n in range(1, level_count + 1)),
    )


def _mapping(raw: object, what: str) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping):
        raise ValueError(tr("{what} must be a table of keys and values").format(what=what))
    return raw


def _list(raw: object, what: str) -> list[Any]:
    if not isinstance(raw, list) or not raw:
        raise ValueError(tr("{what} must be a non-empty list").format(what=what))
    return raw


def _text(raw: Mapping[str, Any], key: str, what: str, required: bool = False) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise ValueError(tr("{what}: '{key}' must be text").format(what=what, key=key))
    value = value.strip()
    if required and not value:
        raise ValueError(tr("{what} needs a '{key}'").format(what=what, key=key))
    return value


def slug(name: str) -> str:
    """A key made from a name: "Quantitatively managed" → ``quantitatively-managed``."""
    words = re.findall(r"\w+", name.casefold())
    return "-".join(words) or "dimension"


def model_to_mapping(model: MaturityModel) -> dict[str, Any]:
    """The file form of *model* (JSON-ready; ``parse_model`` reads it back equal)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "key": model.key,
        "name": model.name,
        "version": model.version,
        "description": model.description,
        "attribution": model.attribution,
        "levels": [
            {"number": lv.number, "code": lv.code, "name": lv.name, "description": lv.description}
            for lv in model.levels
        ],
        "dimensions": [
            {
                "key": d.key,
                "name": d.name,
                "description": d.description,
                "category": d.category.value,
                "texts": {str(n): text for n, text in enumerate(d.texts, start=1)},
            }
            for d in model.dimensions
        ],
    }


def shipped_models() -> list[MaturityModel]:
    """The models procdesk brings (``resources/maturity/*.toml``), by file name."""
    folder = resource("maturity")
    return [read_model_file(path) for path in sorted(folder.glob("*.toml"))]


def shipped_model(key: str) -> MaturityModel:
    """The shipped model with *key* ("pemm", "capability"); KeyError if there is none."""
    for model in shipped_models():
        if model.key == key:
            return model
    raise KeyError(key)
