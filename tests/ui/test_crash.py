"""The crash dialog: a bug shows its traceback, ready to copy; a KnownError a plain message."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.errors import KnownError
from ui import crash, messages
from ui.crash import CrashDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def raised(error: BaseException):
    try:
        raise error
    except BaseException:
        return sys.exc_info()


def test_an_unexpected_exception_opens_the_crash_dialog(qtbot, monkeypatch, capsys):
    shown: list[CrashDialog] = []

    def fake_exec(dialog):
        shown.append(dialog)
        qtbot.addWidget(dialog)
        return 0

    monkeypatch.setattr(CrashDialog, "exec", fake_exec)
    crash.handle_exception(*raised(ZeroDivisionError("division by zero")))
    (dialog,) = shown
    details = dialog.details.toPlainText()
    assert "Traceback" in details and "ZeroDivisionError: division by zero" in details
    assert dialog.details.isReadOnly()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details
    assert "ZeroDivisionError" in capsys.readouterr().err  # kept on the terminal too


def test_a_known_error_is_a_message_not_a_crash(qtbot, monkeypatch, capsys):
    shown = []
    monkeypatch.setattr(messages, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(CrashDialog, "exec", lambda dialog: pytest.fail("no crash dialog"))
    crash.handle_exception(*raised(KnownError("The disk is full.")))
    assert shown == ["The disk is full."]
    capsys.readouterr()


def test_the_hook_is_not_installed_over_a_test_runners(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", lambda *args: None)
    assert crash.install() is False


def test_the_hook_is_installed_when_nothing_else_handles_exceptions(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    assert crash.install() is True
    assert sys.excepthook is not sys.__excepthook__


def test_user_text_in_a_message_is_never_markup(qtbot, monkeypatch, tmp_path):
    """An imported title like <img src=...> must show as those characters, not as an image."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QMessageBox

    seen = []

    def look(box: QMessageBox) -> int:
        label = next(lb for lb in box.findChildren(QLabel) if "img" in lb.text())
        seen.append((box.textFormat(), label.textFormat(), label.text()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", look)
    text = f'Could not save “<img src="{tmp_path}/secret.png"><b>Rally</b>”.'
    messages.warning(None, "Turnout", text)
    messages.question(None, "Turnout", text)
    assert [s[0] for s in seen] == [Qt.TextFormat.PlainText] * 2
    assert all(s[2] == text for s in seen)
