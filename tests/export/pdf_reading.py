"""Reading PDFs back as a person would: the text by pdftotext (pypdf where poppler is not
installed), and pages as pictures by pdftoppm."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, laid out as on the page (``pdftotext -layout``)."""
    if shutil.which("pdftotext") is None:
        return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "read.pdf"
        path.write_bytes(pdf)
        result = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        )
    return result.stdout.split("\f")[:-1]


def strings_drawn(pdf: bytes) -> list[str]:
    """The text of each page in drawing order (pypdf): a diagonal watermark stays one word
    here, where pdftotext breaks it into letters."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def page_greys(pdf: bytes, page: int, resolution: int = 20) -> list[list[int]]:
    """Page *page* (1-based) as rows of grey values 0-255 (``pdftoppm -gray``)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed (Debian package poppler-utils)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "read.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-gray",
                "-r",
                str(resolution),
                "-f",
                str(page),
                "-l",
                str(page),
                str(path),
                str(Path(folder) / "page"),
            ],
            check=True,
        )
        (image,) = Path(folder).glob("page*.pgm")
        data = image.read_bytes()
    # binary PGM: "P5\n<w> <h>\n255\n" then one byte a pixel
    header, rest = data.split(b"\n", 1)
    assert header == b"P5"
    size, rest = rest.split(b"\n", 1)
    _, pixels = rest.split(b"\n", 1)
    width, height = (int(v) for v in size.split())
    return [list(pixels[row * width : (row + 1) * width]) for row in range(height)]
