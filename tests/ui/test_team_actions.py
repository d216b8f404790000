"""File › Open team database…: the form, what it remembers, and switching to the server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy.engine import make_url

from ui import messages, team_actions
from ui.main_window import MainWindow
from ui.team_actions import TeamServerDialog


def _fill(qtbot, dialog: TeamServerDialog, url) -> None:
    for field in (dialog.host, dialog.database, dialog.user, dialog.password):
        field.clear()
    qtbot.keyClicks(dialog.host, url.host)
    dialog.port.setValue(url.port or 5432)
    qtbot.keyClicks(dialog.database, url.database)
    qtbot.keyClicks(dialog.user, url.username)
    qtbot.keyClicks(dialog.password, url.password or "")
    dialog.tls.setCurrentIndex(dialog.tls.findData("prefer"))


def test_open_stays_disabled_until_the_address_is_complete(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = TeamServerDialog(settings)
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not open_button.isEnabled()
    qtbot.keyClicks(dialog.host, "db.example.org")
    qtbot.keyClicks(dialog.database, "strike")
    assert not open_button.isEnabled() and "user name" in dialog.problem.text()
    qtbot.keyClicks(dialog.user, "dana")
    assert open_button.isEnabled()


def test_the_address_is_remembered_and_the_password_is_not(qtbot, tmp_path):
    path = tmp_path / "s.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    dialog = TeamServerDialog(settings)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, make_url("postgresql://dana:hunter2-secret@db.example.org:5433/strike"))
    dialog.remember()
    assert "hunter2-secret" not in path.read_text()
    again = TeamServerDialog(QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert (again.host.text(), again.port.value(), again.database.text(), again.user.text()) == (
        "db.example.org", 5433, "strike", "dana")  # fmt: skip
    assert again.password.text() == ""
    assert again.tls.currentData() == "prefer"
    url = dialog.url()
    assert url.password == "hunter2-secret" and url.query["sslmode"] == "prefer"


@pytest.mark.postgres_only
def test_opening_the_team_database_replaces_the_window(qtbot, database, db_target, monkeypatch):
    window = MainWindow(database)
    qtbot.addWidget(window)
    target = make_url(db_target)

    def accept(dialog):
        _fill(qtbot, dialog, target)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TeamServerDialog, "exec", accept)
    team_actions.open_team_database(window)
    replacement = window.team_window
    qtbot.addWidget(replacement)
    assert replacement.database.describe().startswith("postgresql+psycopg://")
    assert f":{target.password}@" not in replacement.database.describe()
    assert ":***@" in replacement.database.describe()
    assert not window.isVisible()
    replacement.live_updates.stop()
    replacement.close()
    replacement.database.close()


def test_an_unreachable_server_is_one_message(qtbot, database, monkeypatch):
    window = MainWindow(database)
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(messages, "warning", lambda *args: shown.append(args[2]))

    def accept(dialog):
        _fill(qtbot, dialog, make_url("postgresql://nobody:pw@127.0.0.1:9/nothing"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TeamServerDialog, "exec", accept)
    team_actions.open_team_database(window)
    assert len(shown) == 1 and "cannot be reached" in shown[0]
    assert not hasattr(window, "team_window")
