"""Keep the shipped translations in step with the code.

    python packaging/translations.py update          # extract texts into the .ts files
    python packaging/translations.py fill LANG FILE.json...  # translations from JSON lists
    python packaging/translations.py release         # compile .ts into the .qm files shipped
    python packaging/translations.py check           # exit 1 listing what is out of step

Texts are every literal passed to ``procdesk.text.tr`` / ``tr_noop`` in ``procdesk/``; Qt's
``lupdate`` extracts them (the .ts files carry no source locations, so diffs show only text).
The compiled ``.qm`` files are committed because a wheel or a bundle has no Qt tools to build
them; ``check`` proves they match their ``.ts``. JSON for ``fill`` is a list of
``{"source", "comment"?, "translation"}``, a plural's translation being a list of forms.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "en")
# English needs only its plural forms: the source text is English, but says "%n steps" for any n.
PLURAL_ONLY = {"en"}
# The module that defines tr() holds no texts to translate.
NOT_SCANNED = {ROOT / "procdesk" / "text.py"}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with pyside6-essentials)")
    return found


def ts_path(language: str) -> Path:
    return FOLDER / f"procdesk_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"procdesk_{language}.qm"


def sources() -> list[str]:
    files = sorted(p for p in (ROOT / "procdesk").rglob("*.py") if p not in NOT_SCANNED)
    return [str(p.relative_to(ROOT)) for p in files]


def extract(target: Path, plural_only: bool = False) -> None:
    """Merge the code's texts into *target* (created if missing), dropping vanished ones."""
    listing = Path(tempfile.mkstemp(suffix=".lst")[1])
    try:
        listing.write_text("\n".join(sources()) + "\n", encoding="utf-8")
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                f"@{listing}",
                "-no-obsolete",
                "-locations",
                "none",
                "-tr-function-alias",
                "QT_TR_NOOP+=tr_noop",
                "-silent",
                *(["-pluralonly"] if plural_only else []),
                "-ts",
                str(target),
            ],
            check=True,
            cwd=ROOT,
        )
    finally:
        listing.unlink()


def messages(tree: etree._ElementTree) -> list[etree._Element]:
    return list(tree.iter("message"))


def contexts(tree: etree._ElementTree) -> set[str]:
    return {context.findtext("name") or "" for context in tree.iter("context")}


def key(message: etree._Element) -> tuple[str, str]:
    return message.findtext("source") or "", message.findtext("comment") or ""


def fill(language: str, json_files: list[Path]) -> int:
    """Put translations from *json_files* into the unfinished messages; the count filled."""
    wanted: dict[tuple[str, str], object] = {}
    for path in json_files:
        for entry in json.loads(path.read_text(encoding="utf-8")):
            wanted[(entry["source"], entry.get("comment") or "")] = entry["translation"]
    tree = etree.parse(str(ts_path(language)))
    filled = 0
    for message in messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        value = wanted.get(key(message))
        if value is None:
            continue
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                etree.SubElement(translation, "numerusform").text = str(form)
        else:
            translation.text = value if isinstance(value, str) else str(value[-1])
        del translation.attrib["type"]
        filled += 1
    tree.write(
        str(ts_path(language)), encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE TS>"
    )
    return filled


def release(language: str, target: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(target)],
        check=True,
    )


def translated_forms(message: etree._Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def problems(language: str) -> list[str]:
    """Everything that keeps *language* from being complete and in step with the code."""
    found: list[str] = []
    path = ts_path(language)
    if not path.exists():
        return [f"{path.name} is missing: run 'update'"]
    committed = etree.parse(str(path))
    with tempfile.TemporaryDirectory() as folder:
        fresh_path = Path(folder) / path.name
        shutil.copy(path, fresh_path)
        extract(fresh_path, language in PLURAL_ONLY)
        fresh = etree.parse(str(fresh_path))
        compiled = Path(folder) / "fresh.qm"
        release(language, compiled)
        if (
            not qm_path(language).exists()
            or compiled.read_bytes() != qm_path(language).read_bytes()
        ):
            found.append(f"{qm_path(language).name} does not match {path.name}: run 'release'")
    if {key(m) for m in messages(fresh)} != {key(m) for m in messages(committed)}:
        new = {key(m) for m in messages(fresh)} - {key(m) for m in messages(committed)}
        gone = {key(m) for m in messages(committed)} - {key(m) for m in messages(fresh)}
        found += [f"not in {path.name} yet: {source!r}" for source, _ in sorted(new)]
        found += [f"no longer in the code: {source!r}" for source, _ in sorted(gone)]
    if contexts(committed) - {""}:
        found.append(f"texts outside the empty context: {sorted(contexts(committed) - {''})}")
    for message in messages(committed):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            found.append(f"untranslated: {source!r}")
            continue
        wanted = set(PLACEHOLDER.findall(source))
        for index, form in enumerate(translated_forms(message)):
            have = set(PLACEHOLDER.findall(form))
            # A singular form may spell the number out ("Ein Schritt"), so %n may go there.
            if have != wanted and not (index == 0 and have == wanted - {"%n"}):
                found.append(f"placeholders differ: {source!r} -> {form!r}")
    return found


def main(argv: list[str]) -> int:
    command, *rest = argv or ["check"]
    FOLDER.mkdir(parents=True, exist_ok=True)
    if command == "fill":
        language, *files = rest
        print(f"{language}: {fill(language, [Path(p) for p in files])} translations filled")
        return 0
    for language in LANGUAGES:
        if command == "update":
            extract(ts_path(language), language in PLURAL_ONLY)
        elif command == "release":
            release(language, qm_path(language))
        elif command == "check":
            listed = problems(language)
            for line in listed:
                print(f"{language}: {line}")
            if listed:
                return 1
        else:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
