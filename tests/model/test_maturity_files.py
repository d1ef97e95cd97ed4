"""Maturity model files: the shipped ones read, a written model reads back equal, and every
kind of bad file is refused with a message that names the file and the fault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from procdesk.model.maturity_files import (
    MaturityFileError,
    model_to_mapping,
    parse_model,
    read_model_file,
    shipped_models,
)
from procdesk.resources import resource
from tests.model.maturity_builders import small_model

GOOD = """
format = "procdesk-maturity-model"
format_version = 1
name = "Tiny"

[[levels]]
number = 1
name = "Low"

[[levels]]
number = 2
code = "B"
name = "High"

[[dimensions]]
name = "Data quality"
category = "it-gap"
[dimensions.texts]
1 = "bad"
2 = "good"
"""


def test_the_shipped_models_are_pemm_and_the_five_level_capability_model() -> None:
    # given the files in resources/maturity
    models = {m.key: m for m in shipped_models()}
    # then PEMM has five enablers at P-1..P-4 and the capability model five levels
    pemm = models["pemm"]
    assert [d.name for d in pemm.dimensions] == [
        "Design",
        "Performers",
        "Owner",
        "Infrastructure",
        "Metrics",
    ]
    assert [lv.label for lv in pemm.levels] == ["P-1", "P-2", "P-3", "P-4"]
    assert "Hammer" in pemm.attribution and "The Process Audit" in pemm.attribution
    capability = models["capability"]
    assert [lv.name for lv in capability.levels] == [
        "Initial",
        "Managed",
        "Defined",
        "Quantitatively managed",
        "Optimising",
    ]
    assert [d.key for d in capability.dimensions] == [
        "documentation",
        "ownership",
        "measurement",
        "control",
        "improvement",
    ]
    assert all(text.strip() for m in models.values() for d in m.dimensions for text in d.texts)


def test_a_good_file_reads_with_defaults_for_what_it_leaves_out() -> None:
    model = parse_model(GOOD.encode(), "tiny.toml")
    assert (model.name, model.key, model.source) == ("Tiny", "tiny", "tiny.toml")
    assert [lv.label for lv in model.levels] == ["1 Low", "B"]
    (dimension,) = model.dimensions
    assert (dimension.key, dimension.texts, dimension.category.value) == (
        "data-quality",
        ("bad", "good"),
        "it-gap",
    )


def test_a_model_written_as_json_reads_back_the_same(tmp_path: Path) -> None:
    # given a model written in its file form
    model = small_model()
    path = tmp_path / "small.json"
    path.write_text(json.dumps(model_to_mapping(model)), encoding="utf-8")
    # when it is read back
    again = read_model_file(path)
    # then it says the same
    assert again.same_content(model)
    assert again.attribution == model.attribution


BAD_CASES = {
    "level out of range": (
        GOOD.replace('2 = "good"', '2 = "good"\n3 = "better"'),
        "has a text for level 3, out of range: the levels run 1 to 2",
    ),
    "duplicate dimension names": (
        GOOD + '\n[[dimensions]]\nname = "data quality"\n[dimensions.texts]\n1 = "x"\n2 = "y"\n',
        "two dimensions are called 'data quality'",
    ),
    "missing text": (
        GOOD.replace('2 = "good"', ""),
        "dimension 'Data quality' has no text for level 2",
    ),
    "blank text": (GOOD.replace('"good"', '"  "'), "has no text for level 2"),
    "malformed syntax": (GOOD.replace("[[levels]]", "[[levels]", 1), "malformed TOML"),
    "not a model": (GOOD.replace("procdesk-maturity-model", "something"), "not a maturity model"),
    "levels out of order": (GOOD.replace("number = 2", "number = 3"), "numbered 1 to 2 in order"),
    "unknown category": (GOOD.replace('"it-gap"', '"laziness"'), "is not a weak point category"),
    "one level only": (
        GOOD.split("[[levels]]\nnumber = 2")[0]
        + '[[dimensions]]\nname = "A"\n[dimensions.texts]\n1 = "a"\n',
        "2 to 10 levels, not 1",
    ),
    "no dimensions": (GOOD.split("[[dimensions]]")[0], "'dimensions' must be a non-empty list"),
    "level key not a number": (GOOD.replace('1 = "bad"', 'one = "bad"'), "out of range"),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_a_bad_file_is_refused_with_a_clear_message(case: str, tmp_path: Path) -> None:
    text, expected = BAD_CASES[case]
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MaturityFileError) as refused:
        read_model_file(path)
    message = str(refused.value)
    assert message.startswith("bad.toml"), message
    assert expected in message, message


def test_malformed_json_and_wrong_suffixes_are_refused() -> None:
    with pytest.raises(MaturityFileError, match="malformed JSON"):
        parse_model(b'{"format": ', "m.json")
    with pytest.raises(MaturityFileError, match=r"ends in \.toml or \.json"):
        parse_model(GOOD.encode(), "m.yaml")
    with pytest.raises(MaturityFileError, match="not UTF-8"):
        parse_model(b"\xff\xfe\x00", "m.toml")


def test_shipped_files_live_in_resources() -> None:
    assert sorted(p.name for p in resource("maturity").glob("*.toml")) == [
        "capability.toml",
        "pemm.toml",
    ]
