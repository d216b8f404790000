"""The window's languages: which one to use, loading its Qt translations, and rebuilding them.

``python -m desktop.translations`` runs pyside6-lupdate over the window's sources (new strings
join resources/translations/turnout_es.ts as unfinished, vanished ones are dropped) and then
pyside6-lrelease, which compiles the .ts files into the .qm files the window loads at start.
``--pseudo FOLDER`` also writes a pseudo-translation (every string about 40 % longer, with
accents) for checking that nothing is clipped; it is never shipped.

Only the window imports this module (QtCore, never QtWidgets); the command line stays English.
desktop/ and db/ have no Qt: they mark their user-facing sentences with db.messages, and
ui.messages.translated() shows them in the window's language.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS_DIR = REPO / "resources" / "translations"
# Where translatable strings live: tr() in the window and its dialogs, and the sentences the
# data services mark with db.messages.QT_TRANSLATE_NOOP (errors and summaries the window shows).
SOURCES = ("ui", "desktop", "db")
# The languages the window speaks, with their names written in themselves.
LANGUAGES = {"en": "English", "es": "Español"}
SOURCE_LANGUAGE = "en"
PSEUDO = "pseudo"


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"turnout_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"turnout_{language}.qm"


def system_language() -> str:
    """The computer's language among those Turnout speaks, else English."""
    from PySide6.QtCore import QLocale

    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_language(setting: str) -> str:
    """The language to show: the setting when Turnout speaks it, else the computer's."""
    code = setting.strip().replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else system_language()


def locale_for_language(language: str):
    """The QLocale for dates and numbers: the computer's own when it speaks that language
    (keeping its region: es_MX writes 13/07/2026, en_GB a Monday first), else the language's."""
    from PySide6.QtCore import QLocale

    system = QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    if language == SOURCE_LANGUAGE:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(language)


def install(app, language: str, *, qm: Path | None = None) -> list:
    """Load the translators for ``language`` into ``app`` and make its locale the default.

    ``qm`` replaces Turnout's own file (the pseudo-translation). Returns the translators,
    which must stay alive as long as they are installed.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    installed = []
    locale = locale_for_language(language if language in LANGUAGES else SOURCE_LANGUAGE)
    QLocale.setDefault(locale)
    files = []
    if language != SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files.append(Path(qt_folder) / f"qtbase_{language}.qm")  # standard buttons, dialogs
        files.append(qm or qm_path(language))
    for file in files:
        translator = QTranslator(app)
        if file.is_file() and translator.load(str(file)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def uninstall(app, translators: list) -> None:
    for translator in translators:
        app.removeTranslator(translator)


# --- building -------------------------------------------------------------------------------


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing; it comes with PySide6-Essentials (pip install).")
    return found


def source_files() -> list[str]:
    return sorted(str(path.relative_to(REPO)) for s in SOURCES for path in (REPO / s).rglob("*.py"))


def update(languages: tuple[str, ...] = ("es",)) -> None:
    """pyside6-lupdate: the .ts files gain new strings and lose vanished ones."""
    for language in languages:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-locations",
                "relative",
                "-no-obsolete",
                "-target-language",
                language,
                *source_files(),
                "-ts",
                str(ts_path(language).relative_to(REPO)),
            ],
            cwd=REPO,
            check=True,
        )


def release(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message of ``ts`` with no finished translation."""
    import xml.etree.ElementTree as ET

    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                missing.append((name, message.findtext("source", "")))
            elif numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if not forms or not all(forms):
                    missing.append((name, message.findtext("source", "")))
            elif not (translation.text or "").strip():
                missing.append((name, message.findtext("source", "")))
    return missing


# Placeholders, mnemonics and markup a pseudo-translation must keep as they are.
# {name} is a placeholder of the data services' sentences (db.messages).
_KEEP = re.compile(r"%\d+|%n|%[-#0 +]*\d*(?:\.\d+)?[sdifx%]|\{\w+\}|&&|&|<[^>]*>|\\n|\n|\t")
_ACCENTS = str.maketrans(
    "aeiouAEIOUcCnNyYsSzZ", "áéíóúÁÉÍÓÚçÇñÑýÝšŠžŽ"
)  # readable, and wider where the font differs
# Strings that Qt reads as formats, not as text (QLocale.toString patterns).
FORMAT_COMMENT = "date format"


def pseudo_text(text: str) -> str:
    """``text`` about 40 % longer, accented, with its placeholders and markup untouched."""
    if not text.strip():
        return text
    stripped = text.strip(" ")
    if stripped != text:  # " times" stays a suffix with its space outside the brackets
        start = text.index(stripped)
        return text[:start] + pseudo_text(stripped) + text[start + len(stripped) :]
    pieces = _KEEP.split(text)
    kept = _KEEP.findall(text)
    out = []
    for index, piece in enumerate(pieces):
        out.append(piece.translate(_ACCENTS))
        if index < len(kept):
            out.append(kept[index])
    # Brackets and a space are 3 characters; the padding makes the rest of the 40 %.
    padding = max(1, -(-len(text) * 4 // 10) - 2)
    return "[" + "".join(out) + " " + ("~·" * padding)[:padding] + "]"


def write_pseudo(folder: Path, source: Path | None = None) -> Path:
    """A pseudo-translated .qm built from the Spanish .ts's messages; returns its path."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(source or ts_path("es"))
    root = tree.getroot()
    root.set("language", "en_US")
    for message in root.iter("message"):
        text = message.findtext("source", "")
        comment = message.findtext("comment", "")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_text(text)
        else:
            translation.text = text if comment == FORMAT_COMMENT else pseudo_text(text)
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / f"turnout_{PSEUDO}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / f"turnout_{PSEUDO}.qm"
    release(ts, qm)
    return qm


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m desktop.translations",
        description="Update the .ts files from the sources (pyside6-lupdate) and compile "
        "them into .qm files (pyside6-lrelease).",
    )
    parser.add_argument("--pseudo", metavar="FOLDER", type=Path, help="also write a pseudo-.qm")
    parser.add_argument("--no-update", action="store_true", help="only compile (lrelease)")
    args = parser.parse_args(argv)
    languages = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
    if not args.no_update:
        update(languages)
    for language in languages:
        release(ts_path(language), qm_path(language))
        missing = unfinished(ts_path(language))
        if missing:
            print(f"{ts_path(language).name}: {len(missing)} strings still to translate")
    if args.pseudo:
        print(f"pseudo-translation: {write_pseudo(args.pseudo)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
