"""The crash dialog: a bug shows its traceback, ready to copy; a KnownError a plain message."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktop.errors import KnownError
from ui import crash
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
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(text))
    monkeypatch.setattr(CrashDialog, "exec", lambda dialog: pytest.fail("no crash dialog"))
    crash.handle_exception(*raised(KnownError("The disk is full.")))
    assert messages == ["The disk is full."]
    capsys.readouterr()


def test_the_hook_is_not_installed_over_a_test_runners(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", lambda *args: None)
    assert crash.install() is False


def test_the_hook_is_installed_when_nothing_else_handles_exceptions(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    assert crash.install() is True
    assert sys.excepthook is not sys.__excepthook__
