"""Calendar files from the window: dialogs used as a person would, results read back from the
exported file or the database."""

from __future__ import annotations

import datetime as dt
from email.utils import getaddresses
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QDate, QLocale, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
)
from sqlalchemy import func, select

from db.models import Contact, Event, Role
from desktop import events
from desktop.events import EventDraft
from tests.ui.contract_window import ContractWindow
from ui import ical_actions
from ui.clipping import clipped_texts

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


# --- the reviewer's findings: recipients, reasons, waiting, wording, dates, selection -----------


def _invite(*people: tuple[str, str], method: str = "REQUEST"):
    from desktop.ical.feed import Invite, Person

    return Invite(b"", Person("Dana Okafor", "dana@example.org"),
                  tuple(Person(name, email) for name, email in people), method, 0)  # fmt: skip


def test_invite_result_lists_every_recipient_and_copies_them_for_a_mail_program(qtbot, tmp_path):
    people = [("Lee Marchetti", "lee@example.org"), ("Okafor, Sam", "sam@example.org"),
              ("", "bare@example.org"), ('Chris "CJ" Jones', "cj@example.org")]  # fmt: skip
    dialog = ical_actions.InviteSavedDialog(None, tmp_path / "Picket invite.ics", _invite(*people))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    listing = dialog.findChild(QPlainTextEdit, "recipients")
    assert listing.isReadOnly()
    assert listing.toPlainText().splitlines() == [
        "Lee Marchetti <lee@example.org>", "Okafor, Sam <sam@example.org>",
        "bare@example.org", 'Chris "CJ" Jones <cj@example.org>']  # fmt: skip
    # Every line is visible without scrolling, and the dialog is not a sliver.
    assert listing.verticalScrollBar().maximum() == 0
    assert dialog.width() >= 400 and listing.height() >= 4 * listing.fontMetrics().lineSpacing()
    saved = dialog.findChild(QLabel, "savedTo").text()
    assert "Picket invite.ics" in saved and str(tmp_path) in saved
    assert "these 4 people" in dialog.findChild(QLabel, "instructions").text()
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.findChild(QPushButton, "copyAddresses"), Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied == (
        'Lee Marchetti <lee@example.org>, "Okafor, Sam" <sam@example.org>, bare@example.org, '
        '"Chris \\"CJ\\" Jones" <cj@example.org>'
    )
    # What a mail program makes of the To: field: four people, the comma inside a name kept.
    assert [a for _, a in getaddresses([copied])] == [e for _, e in people]
    assert "Copied 4 addresses" in dialog.findChild(QLabel, "copied").text()
    qtbot.waitUntil(lambda: not listing.horizontalScrollBar().isVisible())
    dialog.grab().save(str(tmp_path / "invite.png"))


def test_invite_result_for_one_person_and_for_nobody(qtbot, tmp_path):
    one = ical_actions.InviteSavedDialog(None, tmp_path / "a.ics", _invite(("Lee", "lee@x.org")))
    qtbot.addWidget(one)
    assert one.findChild(QLabel, "instructions").text().endswith("to this person:")
    qtbot.mouseClick(one.findChild(QPushButton, "copyAddresses"), Qt.MouseButton.LeftButton)
    assert one.findChild(QLabel, "copied").text().startswith("Copied 1 address:")
    nobody = ical_actions.InviteSavedDialog(None, tmp_path / "b.ics", _invite(method="CANCEL"))
    qtbot.addWidget(nobody)
    assert not nobody.findChild(QPushButton, "copyAddresses").isEnabled()
    assert "add the recipients yourself" in nobody.findChild(QLabel, "instructions").text()
    assert nobody.windowTitle() == "The cancellation is ready"


LONG_REASON = (
    "It changes instances of a recurring event that is neither in the file nor in Turnout, "
    "so there is nothing to apply the change to."
)


def _plan(items, contacts=0):
    from desktop.ical.importer import ImportPlan, PlanItem

    return ImportPlan([PlanItem(*item) for item in items], contacts)


def test_import_preview_shows_the_whole_reason_and_the_first_cell(qtbot, tmp_path):
    long_file = "exported-from-the-union-office-calendar-2030-spring-campaign-final-v2.ics"
    plan = _plan([
        ("skipped", "u1", "Picket at the depot", "2030-06-04 18:00 America/Chicago", long_file,
         LONG_REASON),
        ("create", "u2", "Rally", "2030-06-05", long_file, ""),
    ])  # fmt: skip
    dialog = ical_actions.ImportPreviewDialog(None, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.findChild(QTreeWidget, "importItems")
    QApplication.processEvents()
    why = ical_actions.ImportPreviewDialog.COL_WHY
    skipped = tree.topLevelItem(0)
    assert skipped.text(0) == "Skipped" and skipped.text(why) == LONG_REASON
    # The reason's column is on screen, takes a fair share, and its row is as tall as the
    # reason wrapped at that width: nothing cut, nothing elided.
    header = tree.header()
    assert header.sectionViewportPosition(why) + header.sectionSize(why) <= tree.viewport().width()
    metrics = tree.fontMetrics()
    assert header.sectionSize(why) >= 20 * metrics.horizontalAdvance("M")  # even on 800 px
    wrapped = metrics.boundingRect(
        QRect(0, 0, header.sectionSize(why) - 8, 10_000), Qt.TextFlag.TextWordWrap, LONG_REASON
    )
    assert tree.visualItemRect(skipped).height() >= wrapped.height()
    assert tree.columnWidth(0) >= metrics.horizontalAdvance("Skipped") + 8
    assert clipped_texts(dialog) == []
    # The long file name is cut to leave room, and whole in its tooltip.
    assert skipped.toolTip(ical_actions.ImportPreviewDialog.COL_FILE) == long_file
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    dialog.grab().save(str(tmp_path / "import.png"))


def test_import_preview_wraps_again_when_the_dialog_is_narrowed(qtbot):
    dialog = ical_actions.ImportPreviewDialog(None, _plan([("skipped", "u", "T", "", "f.ics",
                                                            LONG_REASON)]))  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.findChild(QTreeWidget, "importItems")
    before = tree.visualItemRect(tree.topLevelItem(0)).height()
    dialog.resize(dialog.minimumWidth(), dialog.height())
    qtbot.waitUntil(lambda: tree.visualItemRect(tree.topLevelItem(0)).height() > before)


def test_import_preview_counts_new_contacts_for_one_and_many(qtbot):
    texts = []
    for contacts in (0, 1, 3):
        dialog = ical_actions.ImportPreviewDialog(
            None, _plan([("create", "u", "T", "2030-06-05", "f.ics", "")], contacts)
        )
        qtbot.addWidget(dialog)
        texts.append(dialog.findChild(QLabel, "importSummary").text())
    assert texts[0] == "Events: 1 to create, 0 to update, 0 unchanged, 0 skipped."
    assert "1 new contact, from the organizers and attendees" in texts[1]
    assert "3 new contacts, from the organizers and attendees" in texts[2]


def test_import_of_a_file_with_people_says_how_many_contacts(qtbot, window, monkeypatch):
    people = str(FIXTURES / "bare_name_organizer.ics")
    monkeypatch.setattr(ical_actions.QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([people], ""))  # fmt: skip
    seen: list[str] = []
    answer(qtbot, lambda d: seen.append(d.findChild(QLabel, "importSummary").text()),
           QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
    window.ical_actions.import_action.trigger()
    assert "2 new contacts" in seen[0]


def test_import_preview_dates_follow_the_window_locale(qtbot):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        plan = _plan([
            ("create", "u1", "Picket", "2030-06-04 18:00 Pacific/Auckland", "f.ics", ""),
            ("create", "u2", "Rally", "2030-06-05", "f.ics", ""),
            ("skipped", "u3", "Odd", "", "f.ics", "no start"),
        ])  # fmt: skip
        dialog = ical_actions.ImportPreviewDialog(None, plan)
        qtbot.addWidget(dialog)
        tree = dialog.findChild(QTreeWidget, "importItems")
        when = {tree.topLevelItem(i).text(1): tree.topLevelItem(i) for i in range(3)}
        column = ical_actions.ImportPreviewDialog.COL_WHEN
        assert when["Picket"].text(column) == "Tue 6/4/2030 6:00\u202fPM Auckland"
        assert when["Picket"].toolTip(column).endswith("(Pacific/Auckland)")
        assert when["Rally"].text(column) == "Wed 6/5/2030"
        assert when["Odd"].text(column) == ""
    finally:
        QLocale.setDefault(QLocale.system())


def test_reading_and_importing_show_a_wait_cursor_and_a_message(qtbot, window, monkeypatch):
    from desktop.ical import importer

    monkeypatch.setattr(ical_actions.QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(FIXTURES / "no_uid.ics")], ""))  # fmt: skip
    seen = []

    def watch(real):
        def watched(*args, **kwargs):
            cursor = QApplication.overrideCursor()
            seen.append((cursor and cursor.shape(), window.statusBar().currentMessage()))
            return real(*args, **kwargs)

        return watched

    monkeypatch.setattr(importer, "preview", watch(importer.preview))
    monkeypatch.setattr(importer, "apply", watch(importer.apply))
    answer(qtbot, lambda dialog: None)
    window.ical_actions.import_action.trigger()
    assert seen == [(Qt.CursorShape.WaitCursor, "Reading the calendar file…"),
                    (Qt.CursorShape.WaitCursor, "Importing the calendar…")]  # fmt: skip
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""


def test_the_wait_cursor_goes_away_when_reading_fails(qtbot, window, tmp_path, monkeypatch):
    junk = tmp_path / "a.ics"
    junk.write_text("not a calendar", encoding="utf-8")
    monkeypatch.setattr(ical_actions.QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(junk), str(junk)], ""))  # fmt: skip
    window.ical_actions.import_action.trigger()
    assert window.errors and QApplication.overrideCursor() is None


def test_export_shows_a_wait_cursor_while_writing(qtbot, window, tmp_path, monkeypatch):
    from desktop.ical import feed

    target = tmp_path / "feed.ics"
    monkeypatch.setattr(ical_actions.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))  # fmt: skip
    shapes = []
    real = feed.export_feed

    def watched(*args, **kwargs):
        shapes.append(QApplication.overrideCursor().shape())
        return real(*args, **kwargs)

    monkeypatch.setattr(feed, "export_feed", watched)
    answer(qtbot, lambda dialog: None)
    window.ical_actions.export_action.trigger()
    assert shapes == [Qt.CursorShape.WaitCursor] and QApplication.overrideCursor() is None
    assert target.exists() and "feed.ics" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("public", "events", "left_out", "expected"),
    [
        (True, 1, 1, ["1 public event will be in the feed.", "1 internal event is left out."]),
        (True, 2, 2, ["2 public events will be in the feed.", "2 internal events are left out."]),
        (True, 3, 0, ["3 public events will be in the feed."]),
        (False, 1, 0, ["1 event. With internal notes"]),
        (False, 2, 0, ["2 events. With internal notes"]),
    ],
)
def test_feed_preview_reads_right_for_one_and_many(public, events, left_out, expected):
    from desktop.ical.feed import FeedPreview

    text = ical_actions._feed_preview_text(FeedPreview(public, events, left_out, ()))
    lines = text.splitlines()
    for number, sentence in enumerate(expected):
        assert lines[number].startswith(sentence)
    assert "(s)" not in text


def test_export_is_disabled_when_the_feed_would_hold_no_event(qtbot, window, tmp_path):
    states = []

    def fill(dialog):
        qtbot.mouseClick(dialog.findChild(QCheckBox, "limitDates"), Qt.MouseButton.LeftButton)
        dialog.findChild(QDateEdit, "first").setDate(QDate(1990, 1, 1))
        dialog.findChild(QDateEdit, "last").setDate(QDate(1990, 1, 2))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        preview = dialog.findChild(QLabel, "exportPreview")
        states.append((ok.isEnabled(), preview.text()))
        dialog.grab().save(str(tmp_path / "export_empty.png"))
        qtbot.mouseClick(dialog.findChild(QRadioButton, "teamFeed"), Qt.MouseButton.LeftButton)
        states.append((ok.isEnabled(), preview.text()))
        dialog.findChild(QDateEdit, "last").setDate(QDate(2100, 1, 1))
        states.append((ok.isEnabled(), preview.text()))

    answer(qtbot, fill, QDialogButtonBox.StandardButton.Cancel)
    window.ical_actions.export_action.trigger()
    assert states[0] == (False, "No public event matches these choices: nothing to export.")
    assert states[1] == (False, "No event matches these choices: nothing to export.")
    assert states[2][0] is True and "events. With internal notes" in states[2][1]


def test_send_invite_and_cancellation_need_a_selected_event(qtbot, window):
    assert open_event_menu(qtbot, window) == [False, False]
    window.selected = 1
    assert open_event_menu(qtbot, window) == [True, True]
    window.selected = None
    assert open_event_menu(qtbot, window) == [False, False]
    window.ical_actions.invite_action.trigger()
    assert window.errors == []  # a disabled action does nothing, no error box


def test_the_import_preview_gives_its_reasons_in_spanish(qtbot, window, tmp_path, monkeypatch):
    """The importer's reasons are marked sentences: with the Spanish translation loaded the
    preview shows them in Spanish, and a nameless event is named in Spanish too."""
    from desktop import translations
    from ui.messages import translated

    calendar = tmp_path / "vigilias.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "BEGIN:VEVENT\r\nUID:sin-inicio@example.org\r\nSUMMARY:Vigilia\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:sin-titulo@example.org\r\nDTSTART:20300604T180000Z\r\n"
        "RRULE:FREQ=WEEKLY;COUNT=3\r\nRECURRENCE-ID;RANGE=THISANDFUTURE:20300611T180000Z\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(ical_actions.QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(calendar)], ""))  # fmt: skip
    rows: list[tuple[str, str, str]] = []

    def fill(dialog):
        tree = dialog.findChild(QTreeWidget, "importItems")
        why = ical_actions.ImportPreviewDialog.COL_WHY
        for index in range(tree.topLevelItemCount()):
            row = tree.topLevelItem(index)
            rows.append((row.text(0), row.text(ical_actions.ImportPreviewDialog.COL_EVENT),
                         row.text(why)))  # fmt: skip
            assert row.toolTip(why) == row.text(why)

    installed = translations.install(QApplication.instance(), "es")
    try:
        answer(qtbot, fill, QDialogButtonBox.StandardButton.Cancel)
        window.ical_actions.import_action.trigger()
        # A read error reaches the window as a marked sentence, which its boxes translate.
        junk = tmp_path / "notas.ics"
        junk.write_text("lista de la compra", encoding="utf-8")
        monkeypatch.setattr(ical_actions.QFileDialog, "getOpenFileNames",
                            lambda *a, **k: ([str(junk)], ""))  # fmt: skip
        window.ical_actions.import_action.trigger()
        error = translated(window.errors[-1][1])
    finally:
        translations.uninstall(QApplication.instance(), installed)
        QLocale.setDefault(QLocale.system())
    assert sorted(rows) == [
        ("Omitido", "Evento n.º 2 (sin título)",
         "Cambia una repetición y todas las siguientes (RANGE=THISANDFUTURE)."),
        ("Omitido", "Vigilia", "No tiene fecha de inicio (DTSTART)."),
    ]  # fmt: skip
    assert error == ("notas.ics no es un archivo de calendario (no empieza por BEGIN:VCALENDAR).")
    assert window.errors[-1][1] == (
        "notas.ics is not a calendar file (it does not begin with BEGIN:VCALENDAR)."
    )


def test_feed_preview_counts_read_in_spanish_for_many(qtbot):
    """Counts above one are Spanish too (a %n passed to QCoreApplication.translate is not
    collected as a plural by lupdate and used to stay English)."""
    from desktop import translations
    from desktop.ical.feed import FeedPreview

    installed = translations.install(QApplication.instance(), "es")
    try:
        public = ical_actions._feed_preview_text(FeedPreview(True, 3, 2, ()))
        team = ical_actions._feed_preview_text(FeedPreview(False, 2, 0, ()))
    finally:
        translations.uninstall(QApplication.instance(), installed)
        QLocale.setDefault(QLocale.system())
    assert public.splitlines()[:2] == [
        "3 eventos públicos estarán en el calendario.",
        "2 eventos internos se dejan fuera.",
    ]
    assert team.startswith("2 eventos. ")
