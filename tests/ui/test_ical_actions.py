"""Calendar files from the window: dialogs used as a person would, results read back from the
exported file or the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTreeWidget,
)
from sqlalchemy import func, select

from db.models import Contact, Event, Role
from desktop import events
from desktop.events import EventDraft
from tests.ui.contract_window import ContractWindow
from ui import ical_actions

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ical"
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, demo_database):
    shown = ContractWindow(demo_database)
    qtbot.addWidget(shown)
    ical_actions.install(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def answer(qtbot, fill, button=QDialogButtonBox.StandardButton.Ok) -> None:
    """When the next modal dialog opens, let ``fill(dialog)`` act in it, then press ``button``."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        fill(dialog)
        if button is not None:
            target = dialog.findChild(QDialogButtonBox).button(button)
            qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def open_event_menu(qtbot, window) -> list[bool]:
    """Open the Event menu as a person would and say whether invite and cancellation are
    enabled in it."""
    menu = window.menu("event")
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    enabled = [window.ical_actions.invite_action.isEnabled(),
               window.ical_actions.cancel_action.isEnabled()]  # fmt: skip
    menu.close()
    return enabled


def _count(database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Event))


def test_the_actions_are_in_the_menus(window):
    file_texts = [a.text() for a in window.menu("file").actions()]
    event_texts = [a.text() for a in window.menu("event").actions()]
    assert "&Export calendar…" in file_texts and "&Import calendar…" in file_texts
    assert "Send &invite…" in event_texts


def test_export_public_feed_shows_what_is_left_out(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "public"
    monkeypatch.setattr(ical_actions.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))  # fmt: skip
    seen: list[str] = []

    def fill(dialog):
        seen.append(dialog.findChild(QLabel, "exportPreview").text())

    answer(qtbot, fill)
    window.ical_actions.export_action.trigger()
    assert "5 public events will be in the feed." in seen[0]
    assert "meeting point" in seen[0] and "Left out" in seen[0]
    data = (tmp_path / "public.ics").read_bytes()
    calendar = icalendar.Calendar.from_ical(data)
    with window.database.sessions() as session:
        public = session.scalar(
            select(func.count()).select_from(Event).where(Event.visibility == "public")
        )
        notes = [n for n in session.scalars(select(Event.notes)) if n]
    assert len(calendar.walk("VEVENT")) == public
    text = data.replace(b"\r\n ", b"").decode()
    assert "X-TURNOUT-NOTES" not in text
    assert notes and not any(note[:20] in text for note in notes)


def test_export_team_feed_by_clicking_its_choice(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "team.ics"
    monkeypatch.setattr(ical_actions.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))  # fmt: skip

    def fill(dialog):
        qtbot.mouseClick(dialog.findChild(QRadioButton, "teamFeed"), Qt.MouseButton.LeftButton)
        assert "Internal" in dialog.findChild(QLabel, "exportPreview").text()

    answer(qtbot, fill)
    window.ical_actions.export_action.trigger()
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(calendar.walk("VEVENT")) == _count(window.database)


def test_import_shows_a_preview_then_writes(qtbot, window, monkeypatch):
    monkeypatch.setattr(ical_actions.QFileDialog, "getOpenFileNames", lambda *a, **k: (
        [str(FIXTURES / "moved_and_cancelled_instances.ics"),
         str(FIXTURES / "broken_alarm.ics")], ""))  # fmt: skip
    before = _count(window.database)
    seen: list[str] = []

    def fill(dialog):
        seen.append(dialog.findChild(QLabel, "importSummary").text())
        tree = dialog.findChild(QTreeWidget, "importItems")
        seen.append(str(tree.topLevelItemCount()))
        assert _count(window.database) == before  # nothing written yet

    answer(qtbot, fill)
    window.ical_actions.import_action.trigger()
    assert seen == ["Events: 2 to create, 0 to update, 0 unchanged, 0 skipped.", "2"]
    assert _count(window.database) == before + 2
    assert window.refreshed == 1 and window.errors == []


def test_cancelling_the_import_preview_writes_nothing(qtbot, window, monkeypatch):
    monkeypatch.setattr(ical_actions.QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(FIXTURES / "no_uid.ics")], ""))  # fmt: skip
    before = _count(window.database)
    answer(qtbot, lambda dialog: None, QDialogButtonBox.StandardButton.Cancel)
    window.ical_actions.import_action.trigger()
    assert _count(window.database) == before


def test_a_file_that_is_not_a_calendar_is_reported(qtbot, window, tmp_path, monkeypatch):
    junk = tmp_path / "notes.ics"
    junk.write_text("shopping list", encoding="utf-8")
    monkeypatch.setattr(ical_actions.QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(junk)], ""))  # fmt: skip
    window.ical_actions.import_action.trigger()
    assert window.errors and "not a calendar" in window.errors[0][1]


def test_send_invite_asks_who_sends_it_and_shows_the_addresses(
    qtbot, window, tmp_path, monkeypatch
):
    with window.database.sessions.begin() as session:
        draft = EventDraft(
            title="Picket <b>prep</b>",
            start=dt.datetime(2030, 6, 4, 18),
            timezone="America/Chicago",
        )
        event = events.create(session, draft)
        event.roles = [Role(contact=Contact(name="Lee", email="lee@example.org"), role="marshal")]
        window.selected = event.id
    target = tmp_path / "invite.ics"
    monkeypatch.setattr(ical_actions.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))  # fmt: skip
    shown: list[str] = []

    def identity(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "name"), "Jo Organizer")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "email"), "jo@example.org")

        def saved(second):
            shown.append(second.findChild(QPlainTextEdit, "recipients").toPlainText())
            shown.append(second.findChild(QLabel, "savedTo").text())

        answer(qtbot, saved, QDialogButtonBox.StandardButton.Close)

    answer(qtbot, identity)
    open_event_menu(qtbot, window)
    window.ical_actions.invite_action.trigger()
    assert window.errors == []
    assert shown == ["Lee <lee@example.org>", f"Saved as invite.ics in the folder {tmp_path}."]
    vevent = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    assert str(vevent["ORGANIZER"]) == "mailto:jo@example.org"
    assert str(vevent["SUMMARY"]) == "Picket <b>prep</b>"


def test_send_invite_without_a_selection_says_so(window):
    window.ical_actions.send_invite()
    assert window.errors[0][0] == "No event selected"


def test_the_module_keeps_icalendar_off_the_start_up_path():
    import subprocess
    import sys

    code = "import sys, ui.ical_actions; sys.exit('icalendar' in sys.modules)"
    assert (
        subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2]).returncode == 0
    )
