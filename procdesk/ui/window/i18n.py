"""The user's language: Qt translators for procdesk and Qt's own dialogs, and the choice of it.

procdesk speaks English by default and ships the languages in ``resources/translations``.
The choice ("system", "en", "de") is kept in the settings and takes effect at the next start:
every text is read through :func:`procdesk.text.tr` when a widget is built, so switching a
running window would leave half of it in the old language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from procdesk.resources import resource
from procdesk.text import install_translator, reset_translator, tr
from procdesk.ui.common.choice_menu import choice_menu

LANGUAGE_KEY = "language"
SYSTEM = "system"
CATALOG = "procdesk"


@dataclass(frozen=True, slots=True)
class Language:
    """A language the user can pick; *native* is its own name for itself."""

    code: str
    native: str


LANGUAGES = (Language("en", "English"), Language("de", "Deutsch"))


def translations_dir() -> str:
    return str(resource("translations"))


def language_choice(settings: QSettings) -> str:
    """The stored choice: a language code of :data:`LANGUAGES`, or ``"system"``."""
    value = settings.value(LANGUAGE_KEY, SYSTEM)
    codes = {language.code for language in LANGUAGES}
    return value if isinstance(value, str) and value in codes else SYSTEM


def set_language_choice(settings: QSettings, choice: str) -> None:
    settings.setValue(LANGUAGE_KEY, choice)
    settings.sync()


def locale_for(choice: str) -> QLocale:
    """The locale the translators are chosen for: the system's, or the one picked."""
    return QLocale.system() if choice == SYSTEM else QLocale(choice)


def _qt_lookup(source: str, disambiguation: str | None, n: int) -> str:
    # lupdate files every bare tr() call under the empty context; look it up there.
    return QCoreApplication.translate("", source, disambiguation, n)


class Translators:
    """The translators installed on the application (kept alive: Qt does not own them)."""

    def __init__(self) -> None:
        self.installed: list[QTranslator] = []

    def install(self, app: QCoreApplication, locale: QLocale) -> str | None:
        """Install procdesk's and Qt's catalogues for *locale*; the language found, if any.

        English plural forms ("1 step", "2 steps") come from an English catalogue installed
        first, so every language without a catalogue of its own still reads right.
        """
        self.remove(app)
        self._add(app, QTranslator(app), lambda t: t.load(f"{CATALOG}_en", translations_dir()))
        own = QTranslator(app)
        found = None
        if own.load(locale, CATALOG, "_", translations_dir()) and own.language()[:2] != "en":
            self._add(app, own, lambda t: True)
            found = own.language()
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._add(app, QTranslator(app), lambda t: t.load(locale, "qtbase", "_", qt_folder))
        install_translator(_qt_lookup)
        return found

    def _add(
        self, app: QCoreApplication, translator: QTranslator, load: Callable[[QTranslator], bool]
    ) -> None:
        if load(translator):
            app.installTranslator(translator)
            self.installed.append(translator)

    def remove(self, app: QCoreApplication) -> None:
        for translator in self.installed:
            app.removeTranslator(translator)
        self.installed.clear()
        reset_translator()


TRANSLATORS = Translators()


def install_language(app: QCoreApplication, settings: QSettings) -> str | None:
    """Load the user's language (from the settings) before any window is built."""
    locale = locale_for(language_choice(settings))
    found = TRANSLATORS.install(app, locale)
    if found:
        QLocale.setDefault(locale)
    return found


def language_menu(parent: QWidget, settings: QSettings) -> QMenu:
    """View ▸ Language: System default and every shipped language, applied at the next start."""
    choices = [(SYSTEM, tr("System Default"))]
    choices += [(language.code, language.native) for language in LANGUAGES]
    return choice_menu(
        tr("&Language"),
        "Language",
        choices,
        lambda: language_choice(settings),
        lambda choice: _choose(parent, settings, choice),
        parent,
    )


def _choose(parent: QWidget, settings: QSettings, choice: str) -> None:
    set_language_choice(settings, choice)
    if QApplication.instance() is not None and parent.isVisible():
        QMessageBox.information(
            parent,
            tr("Language"),
            tr("procdesk will use the new language the next time it starts."),
        )
