"""Sentences from the data services (db.messages) reach the window in its language: errors a
user can cause and summaries, with their values filled in; the command line stays English."""

from __future__ import annotations

import ast
import re
import sqlite3
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError

from db.errors import KnownError, describe_driver_error
from db.messages import QT_TRANSLATE_NOOP, Message
from desktop import events, translations
from desktop.csvfiles import ImportReport
from ui import messages
from ui.event_editor import EventDialog
from ui.main_window import MainWindow

PLACEHOLDER = re.compile(r"\{(\w*)\}")


def test_a_message_is_english_text_that_keeps_its_template_and_values():
    sentence = QT_TRANSLATE_NOOP("Backups", "{path} does not exist.").format(path="/tmp/x")
    assert sentence == "/tmp/x does not exist." and isinstance(sentence, str)
    assert (sentence.context, sentence.template) == ("Backups", "{path} does not exist.")
    assert sentence.values == {"path": "/tmp/x"}
    # KnownError keeps it through str(), which is how the window receives errors.
    assert isinstance(str(KnownError(sentence)), Message)
    with pytest.raises(TypeError):
        QT_TRANSLATE_NOOP("Backups", "{} does not exist.").format("/tmp/x")


def test_translated_without_spanish_is_the_english_sentence():
    sentence = describe_driver_error(sqlite3.OperationalError("database is locked"), "a.sqlite3")
    assert messages.translated(sentence) == (
        "a.sqlite3 is in use by another program; try again in a moment."
    )
    assert messages.translated("plain text") == "plain text"


def test_spanish_sentences_with_values_and_nested_reasons(spanish):
    inner = KnownError(QT_TRANSLATE_NOOP("Backups", "That file is the open database itself."))
    outer = QT_TRANSLATE_NOOP(
        "Backups", "The restore failed and nothing was changed: {error}"
    ).format(error=inner)
    assert messages.translated(outer) == (
        "La restauración falló y no se cambió nada: "
        "Ese archivo es la misma base de datos que está abierta."
    )
    report = ImportReport(source="amigos.csv", added=3, skipped=[(4, "x")])
    assert messages.translated(report.summary()) == (
        "Contactos añadidos desde amigos.csv: 3; filas omitidas: 1."
    )
    assert report.summary() == "Added 3 contacts from amigos.csv; skipped 1 rows."


def test_a_read_only_database_on_save_is_explained_in_spanish(
    qtbot, spanish, boxes, demo_database, monkeypatch
):
    def failing_save(session, edit, event_id=None):
        raise OperationalError(
            "INSERT ...", {}, sqlite3.OperationalError("attempt to write a readonly database")
        )

    monkeypatch.setattr(events, "save_edit", failing_save)
    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in window.findChildren(EventDialog) if d.isVisible())
    qtbot.keyClicks(dialog.title, "Vigilia en el hospital")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    where = str(demo_database.path)
    assert boxes == [
        (
            "No se pudo guardar el evento",
            f"No se puede escribir en {where} (el archivo o su carpeta son de solo lectura).",
        )
    ]


def _marked_calls():
    """(file, line, context, template) of every QT_TRANSLATE_NOOP call in the sources."""
    for name in translations.source_files():
        tree = ast.parse((translations.REPO / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            called = node.func.attr if isinstance(node.func, ast.Attribute) else None
            called = node.func.id if isinstance(node.func, ast.Name) else called
            if called == "QT_TRANSLATE_NOOP" and name != "db/messages.py":
                yield name, node.lineno, node.args


def test_marked_templates_are_literals_with_named_placeholders():
    """lupdate reads the source: an f-string or a variable would never match a translation."""
    found = 0
    for name, line, args in _marked_calls():
        assert len(args) == 2, f"{name}:{line}"
        assert all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args), (
            f"{name}:{line}: QT_TRANSLATE_NOOP takes two string literals"
        )
        assert "" not in PLACEHOLDER.findall(args[1].value), f"{name}:{line}: name the value"
        found += 1
    assert found >= 50


def test_spanish_translations_keep_every_placeholder():
    """A translation that drops or renames {path} would lose the value (or fall back to
    English): the Spanish sentence has the same placeholders as the English one."""
    contexts = {args[0].value for _, _, args in _marked_calls()}
    root = ET.parse(translations.ts_path("es")).getroot()
    checked = 0
    for context in root.iter("context"):
        if context.findtext("name") not in contexts:
            continue
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.findtext("translation", "")
            assert translation, source
            assert sorted(PLACEHOLDER.findall(source)) == sorted(
                PLACEHOLDER.findall(translation)
            ), source
            checked += 1
    assert checked >= 50
