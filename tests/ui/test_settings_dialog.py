"""Edit › Preferences…: typed, saved, read back by the services and shown again on reopening."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop import settings
from desktop.backups import KEEP
from desktop.printing import default_page
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def window(qtbot, database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_preferences(qtbot, window) -> SettingsDialog:
    window.settings_action.trigger()
    dialogs = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def save(qtbot, dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_preferences_round_trip(qtbot, window, data_dir):
    assert window.settings_action in window.menu("edit").actions()
    dialog = open_preferences(qtbot, window)
    assert dialog.backup_count.value() == KEEP
    qtbot.keyClicks(dialog.name, "Ana Reyes")
    qtbot.keyClicks(dialog.email, "ana@example.org")
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.timezone.setCurrentText("America/Mexico_City")
    dialog.page.setCurrentIndex(dialog.page.findData("a4"))
    dialog.backup_count.setValue(4)
    dialog.lock_minutes.setValue(3)
    save(qtbot, dialog)
    assert not dialog.isVisible()

    stored = settings.load_settings()
    assert (stored.name, stored.email, stored.language) == ("Ana Reyes", "ana@example.org", "es")
    assert (stored.timezone, stored.page, stored.backup_count) == ("America/Mexico_City", "a4", 4)
    assert stored.lock_after_minutes == 3
    # The services read them: new events' zone, the paper, the backups kept, the idle lock.
    assert settings.default_zone() == "America/Mexico_City"
    assert default_page() == "a4"
    assert settings.backup_count() == 4
    lock = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    assert int(lock.value("safety/lockAfterMinutes")) == 3

    again = open_preferences(qtbot, window)
    assert again.name.text() == "Ana Reyes"
    assert again.email.text() == "ana@example.org"
    assert again.language.currentData() == "es"
    assert again.timezone.currentText() == "America/Mexico_City"
    assert again.page.currentData() == "a4"
    assert (again.backup_count.value(), again.lock_minutes.value()) == (4, 3)
    again.reject()


def test_a_wrong_email_or_zone_is_not_saved(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog = open_preferences(qtbot, window)
    qtbot.keyClicks(dialog.email, "not an address")
    save(qtbot, dialog)
    assert dialog.isVisible() and "not an email address" in shown[-1]
    dialog.email.clear()
    dialog.timezone.setCurrentText("Mars/Olympus")
    save(qtbot, dialog)
    assert "not a time zone" in shown[-1]
    assert not settings.settings_path().exists()


def test_unknown_keys_in_the_file_are_kept(qtbot, window):
    settings.settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings.settings_path().write_text('{"future": [1, 2], "name": "Old"}', encoding="utf-8")
    dialog = open_preferences(qtbot, window)
    assert dialog.name.text() == "Old"
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "New")
    save(qtbot, dialog)
    data = json.loads(settings.settings_path().read_text(encoding="utf-8"))
    assert data["future"] == [1, 2] and data["name"] == "New"


def test_defaults_follow_the_computer(qtbot, window):
    dialog = open_preferences(qtbot, window)
    assert dialog.language.currentData() == ""
    assert dialog.timezone.currentIndex() == 0
    save(qtbot, dialog)
    stored = settings.load_settings()
    assert (stored.language, stored.timezone, stored.page) == ("", "", "")


def test_a_city_is_taken_as_the_default_zone(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    dialog = open_preferences(qtbot, window)
    line = dialog.timezone.lineEdit()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, "chicago")
    save(qtbot, dialog)
    assert shown == []
    assert settings.load_settings().timezone == "America/Chicago"
