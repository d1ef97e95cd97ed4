"""User-visible text, translated through whichever translator the front end installs.

Every string a person reads in the app goes through :func:`tr`. The model, analysis and export
layers are pure Python and must not import Qt, yet their messages (rule reasons, undo labels,
default names, lint findings) are shown in the window too. So the translator is injected:
the GUI installs Qt's translation lookup at start-up (``procdesk.ui.window.i18n``); the
command line does not, and keeps speaking English, which scripts rely on.

Qt's ``lupdate`` extracts the literal in every ``tr("...")`` and ``tr_noop("...")`` call into
``resources/translations``. For that to work the source text must be a plain literal: put values
in with ``.format()`` after the call, never inside it. Plurals use Qt's ``%n``:
``tr("%n steps", None, count)``.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str | None, int], str]
"""``(source, disambiguation, n) -> text``; ``n`` is -1 when the text has no plural."""


def _english(source: str, disambiguation: str | None, n: int) -> str:
    """The source text itself, with Qt's ``%n`` filled in as Qt would."""
    return source.replace("%n", str(n)) if n >= 0 else source


_translator: Translator = _english


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """*source* in the user's language; *disambiguation* tells translators apart equal texts."""
    return _translator(source, disambiguation, n)


def tr_noop(source: str, disambiguation: str | None = None) -> str:
    """Marks a constant for translation without translating it (call :func:`tr` on use)."""
    return source


def capitalised(text: str) -> str:
    """*text* with a capital first letter and the rest as it is (``str.capitalize`` would
    lower-case German nouns and names: "3 Aufgaben" must not become "3 aufgaben")."""
    return text[:1].upper() + text[1:]


def install_translator(translator: Translator) -> None:
    """Route every later :func:`tr` call through *translator*."""
    global _translator
    _translator = translator


def reset_translator() -> None:
    """Back to the English source texts (the command line's and the tests' default)."""
    global _translator
    _translator = _english
