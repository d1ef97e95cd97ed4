"""The BPMN reference corpus and the OMG schemas for interop tests.

The corpus is kept with the tests (``tests/interop/corpus``); ``$PROCDESK_CORPUS`` points at
another copy. Where it is missing the tests skip and say why, unless
``PROCDESK_REQUIRE_CORPUS=1`` (CI), when they fail instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

REPO = Path(__file__).resolve().parents[2]


BUNDLED = Path(__file__).with_name("corpus")
"""The MIWG models and OMG schemas kept with the tests (see its README for their origin)."""


def corpus_dir() -> Path:
    return Path(os.environ.get("PROCDESK_CORPUS", BUNDLED))


def _missing(what: Path, kind: str = "BPMN corpus", variable: str = "PROCDESK_CORPUS") -> None:
    message = f"{kind} not found at {what} (set {variable})"
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


def compare_script() -> Path:
    """``compare.py`` of the shared BPMN check harness: ``tools/bpmncheck`` in
    ``$PROCDESK_SHARED`` or in the ``shared`` folder beside the repository."""
    shared = [Path(os.environ["PROCDESK_SHARED"])] if os.environ.get("PROCDESK_SHARED") else []
    candidates = [
        folder / "tools" / "bpmncheck" / "compare.py"
        for folder in (*shared, REPO.parent / "shared")
    ]
    return next((c for c in candidates if c.is_file()), candidates[-1])


@pytest.fixture(scope="session")
def compare_tool() -> Path:
    script = compare_script()
    if not script.is_file():
        _missing(script, "BPMN check harness (shared/tools/bpmncheck)", "PROCDESK_SHARED")
    return script


def compare(script: Path, reference: Path, exported: Path, *options: str) -> str:
    """``compare.py`` run on two files (lxml from this interpreter); its whole output.

    Fails the test with that output unless the score reaches ``--min-score`` (1.0).
    """
    environment = {**os.environ, "BPMNCHECK_NO_REEXEC": "1"}
    done = subprocess.run(
        [sys.executable, str(script), "--max", "0", *options, str(reference), str(exported)],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        timeout=120,
    )
    if done.returncode != 0:
        pytest.fail(f"compare.py {reference.name} {exported.name}:\n{done.stdout}{done.stderr}")
    return done.stdout
