"""Store fixtures: real workspace files in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from procdesk.document import Document


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    path = tmp_path / "sample.procdesk"
    Document.create(path, sample=True).close()
    return path


@pytest.fixture
def sample_doc(sample_path: Path) -> Iterator[Document]:
    document = Document.open(sample_path)
    yield document
    document.close()
