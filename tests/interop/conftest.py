"""The BPMN reference corpus and the OMG schemas for interop tests.

The corpus lives outside the repository: ``$PROCDESK_CORPUS`` or ``<repo>/../shared/bpmn-corpus``.
Where it is missing the tests skip and say why, unless ``PROCDESK_REQUIRE_CORPUS=1`` (CI), when
they fail instead.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree

REPO = Path(__file__).resolve().parents[2]


def corpus_dir() -> Path:
    return Path(os.environ.get("PROCDESK_CORPUS", REPO.parent / "shared" / "bpmn-corpus"))


def _missing(what: Path) -> None:
    message = f"BPMN corpus not found at {what} (set PROCDESK_CORPUS)"
    if os.environ.get("PROCDESK_REQUIRE_CORPUS") == "1":
        pytest.fail(message)
    pytest.skip(message)


def reference_files() -> list[Path]:
    """The MIWG reference models, or [] when the corpus is absent (the fixture says why)."""
    folder = corpus_dir() / "miwg"
    return sorted(folder.glob("*.bpmn")) if folder.is_dir() else []


@pytest.fixture(scope="session")
def corpus() -> Path:
    folder = corpus_dir()
    if not (folder / "miwg").is_dir() or not (folder / "xsd" / "BPMN20.xsd").is_file():
        _missing(folder)
    return folder


@pytest.fixture(scope="session")
def bpmn_schema(corpus: Path) -> etree.XMLSchema:
    """The OMG BPMN 2.0 schema (BPMN20.xsd and the four files it includes and imports)."""
    return etree.XMLSchema(etree.parse(str(corpus / "xsd" / "BPMN20.xsd")))


def assert_valid(schema: etree.XMLSchema, data: bytes) -> None:
    """Fail with the schema's first errors unless *data* is valid BPMN 2.0."""
    document = etree.fromstring(data)
    if not schema.validate(document):
        errors = "\n".join(str(e) for e in list(schema.error_log)[:5])
        pytest.fail(f"export is not valid against the BPMN 2.0 XSD:\n{errors}")
