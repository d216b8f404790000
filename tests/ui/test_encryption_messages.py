"""Protect with passphrase / Change passphrase speak the window's language: the sentences of
desktop.encryption and db.sqlite_files (wrong passphrase, full disk, a weak new passphrase)
reach a Spanish window in Spanish, while the command line keeps the English wording."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import encryption
from desktop.encryption import passphrase_problem
from ui import messages
from ui.main_window import MainWindow
from ui.passphrase_dialog import PassphraseDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PASSPHRASE = "correct horse battery"


@pytest.fixture
def boxes(boxes, monkeypatch) -> list[tuple[str, str]]:
    """The shared recorder (tests/ui/conftest.py), and the "done" note answered too."""
    # The "done" note goes through a plain QMessageBox: answered, not shown.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Ok.value))
    return boxes


@pytest.fixture
def window(qtbot, demo_database, spanish, boxes):
    shown = MainWindow(demo_database)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _answer_passphrase_dialog(monkeypatch, qtbot, *, current: str | None, new: str) -> None:
    def exec_(dialog):
        if current is not None:
            qtbot.keyClicks(dialog.current, current)
        qtbot.keyClicks(dialog.passphrase, new)
        qtbot.keyClicks(dialog.again, new)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", exec_)


def test_a_wrong_current_passphrase_when_changing_it_is_spanish(qtbot, window, boxes, monkeypatch):
    path = window.database.path
    _answer_passphrase_dialog(monkeypatch, qtbot, current=None, new=PASSPHRASE)
    window.safety_actions.protect_action.trigger()
    assert window.database.protected and boxes == []
    before = path.read_bytes()

    _answer_passphrase_dialog(monkeypatch, qtbot, current="not the passphrase", new="x" * 12)
    window.safety_actions.protect_action.trigger()
    assert boxes == [
        (
            "No se pudo proteger la base de datos",
            f"Frase de contraseña incorrecta para {path}.",
        )
    ]
    assert path.read_bytes() == before  # nothing was changed


def test_a_full_disk_when_protecting_is_spanish(qtbot, window, boxes, monkeypatch):
    path = window.database.path

    def full_disk(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(encryption, "export_encrypted", full_disk)
    _answer_passphrase_dialog(monkeypatch, qtbot, current=None, new=PASSPHRASE)
    window.safety_actions.protect_action.trigger()
    assert boxes == [
        (
            "No se pudo proteger la base de datos",
            f"No hay suficiente espacio libre en el disco junto a {path} para la copia "
            "protegida; no se cambió nada.",
        )
    ]
    # Still the plain database (leaving WAL mode is all that happened to it).
    assert path.read_bytes().startswith(b"SQLite format 3") and not window.database.protected
    assert [p.name for p in path.parent.glob(f".{path.name}.protecting-*")] == []


def test_a_weak_new_passphrase_is_explained_in_spanish(spanish):
    short = passphrase_problem("corta")
    assert short == "The new passphrase is too short; use at least 8 characters."
    assert messages.translated(short) == (
        "La nueva frase de contraseña es demasiado corta; usa al menos 8 caracteres."
    )
    spaced = passphrase_problem(" con espacio al principio")
    assert messages.translated(spaced) == (
        "La nueva frase de contraseña empieza o termina con un espacio; quítalo."
    )
