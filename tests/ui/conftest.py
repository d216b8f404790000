"""Fixtures shared by the window's tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from desktop import translations
from ui import messages


@pytest.fixture
def spanish(qapp):
    """The window speaks Spanish for one test; English and the computer's locale come back."""
    installed = translations.install(qapp, "es")
    yield
    translations.uninstall(qapp, installed)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def boxes(monkeypatch) -> list[tuple[str, str]]:
    """(title, text) of every message box the window opens through ui.messages, answered
    with OK."""
    shown: list[tuple[str, str]] = []

    class RecordingBox(QMessageBox):
        def exec(self) -> int:
            shown.append((self.windowTitle(), self.text()))
            return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(messages, "QMessageBox", RecordingBox)
    return shown
