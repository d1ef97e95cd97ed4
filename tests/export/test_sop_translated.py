"""The SOP in the user's language: with a translator installed (as the window does), the
sentences, headings and page furniture are translated, and step references stay links."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from procdesk.export.sop.content import SopOptions, build_content
from procdesk.export.sop.document import sop_pdf
from procdesk.export.sop.sections import link_steps
from procdesk.text import install_translator, reset_translator
from tests.export.sop_builders import SMALL_SVG, rich

GERMAN = {
    ("step {number}", None): "Schritt {number}",
    ("steps {numbers} and {last}", None): "Schritte {numbers} und {last}",
    (
        "If {condition} → go to step {target}.",
        None,
    ): "Wenn {condition} → weiter mit Schritt {target}.",
    ("Otherwise → go to step {target}.", None): "Sonst → weiter mit Schritt {target}.",
    ("Then go back to step {target}.", None): "Dann zurück zu Schritt {target}.",
    ("Wait until {steps} are complete.", None): "Warten, bis {steps} abgeschlossen sind.",
    ("Procedure", "SOP section heading"): "Ablauf",
    ("Revision history", None): "Änderungshistorie",
    ("Page {page} of {pages}", None): "Seite {page} von {pages}",
    ("Version {version} · {status}", None): "Version {version} · {status}",
    ("Draft", "process status"): "Entwurf",
    ("<b>Starts when:</b> {triggers}.", None): "<b>Beginnt, wenn:</b> {triggers}.",
    ("{name} (step {number})", None): "{name} (Schritt {number})",
}


def _german(source: str, disambiguation: str | None, n: int) -> str:
    text = GERMAN.get((source, disambiguation), source)
    return text.replace("%n", str(n)) if n >= 0 else text


@pytest.fixture
def german() -> Iterator[None]:
    install_translator(_german)
    yield
    reset_translator()


def _text(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def test_sentences_are_written_whole_in_the_installed_language(german: None) -> None:
    # given the rich process, with a German translator installed
    built = rich()
    # when its procedure is built
    content = build_content(built.workspace, built.process, built.diagram)
    numbers = {s.id: s.number for s in content.steps}
    by_id = {s.id: s for s in content.steps}
    steps = built.steps
    # then the decision, the loop back and the join read as German sentences
    ok = by_id[steps["ok"]].sentences
    assert f"Wenn the invoice is correct → weiter mit Schritt {numbers[steps['split']]}." in ok
    assert f"Sonst → weiter mit Schritt {numbers[steps['fix']]}." in ok
    back = f"Dann zurück zu Schritt {numbers[steps['check']]}."
    assert back in by_id[steps["fix"]].sentences
    assert by_id[steps["join"]].sentences[0].startswith("Warten, bis Schritte ")


def test_german_step_references_become_links() -> None:
    # given a sentence naming two steps in German, with the German templates installed
    install_translator(_german)
    try:
        # when the step references are linked
        markup = link_steps("Warten, bis Schritte 4 und 6 abgeschlossen sind.", 9)
    finally:
        reset_translator()
    # then both numbers link to their rows, and the words around them are unchanged
    assert markup.count('<a href="#step-') == 2
    assert '<a href="#step-4"' in markup and '<a href="#step-6"' in markup
    assert markup.startswith("Warten, bis Schritte <a ") and "abgeschlossen sind." in markup


def test_the_pdf_comes_out_translated(german: None) -> None:
    # given the rich process with a German translator installed
    built = rich()
    # when its SOP is made
    pdf = sop_pdf(built.workspace, built.process, built.diagram, SMALL_SVG, SopOptions())
    pages = _text(pdf)
    text = " ".join(pages)
    # then headings, footer and the procedure's sentences are German
    assert "Ablauf Beginnt, wenn:" in text
    assert "Änderungshistorie" in text
    for index, page in enumerate(pages, start=1):
        assert f"Seite {index} von {len(pages)}" in page
        assert "Version 2.0 · Entwurf" in page
    assert "Dann zurück zu Schritt" in text and "Then go back" not in text


def test_without_a_translator_the_pdf_stays_english() -> None:
    # given no translator (the command line's case)
    built = rich()
    # when the SOP is made
    text = " ".join(
        _text(sop_pdf(built.workspace, built.process, built.diagram, None, SopOptions()))
    )
    # then it is English
    assert "Page 1 of" in text and "Then go back to step" in text and "Seite" not in text
