"""The event editor: typed like a person would, checked in the database after Save."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import select

from db.models import Contact, Event, Place
from desktop import events
from desktop.events import EventDraft, EventEdit
from desktop.timeutil import to_utc
from ui import actions
from ui.event_editor import NEW_PLACE, EventDialog

# The offscreen platform cannot pass size hints to a window manager; harmless here.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def discard_questions(monkeypatch) -> list[str]:
    """The editor asks before dropping changes; answer "Discard" (closing widgets at teardown)."""
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(title)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


@pytest.fixture
def choices(demo_database):
    return actions.read(demo_database, events.choices)


@pytest.fixture
def dialog(qtbot, choices) -> EventDialog:
    shown = EventDialog(choices, None, day=dt.date(2030, 6, 3))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def tick(qtbot, box) -> None:
    """Click a check box on its box (a wide one's middle may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def save(qtbot, dialog: EventDialog, database) -> Event:
    assert dialog.save_button.isEnabled(), dialog.problems()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    event_id = actions.run(database, lambda s: events.save_edit(s, dialog.edit()).id)
    session = database.sessions()
    return session.get(Event, event_id)


def test_new_event_defaults_to_the_day_asked_and_the_computers_zone(dialog):
    edit = dialog.edit()
    assert edit.draft.start == dt.datetime(2030, 6, 3, 18, 0)
    assert edit.draft.end == dt.datetime(2030, 6, 3, 20, 0)
    assert edit.draft.visibility == "internal"
    assert dialog.windowTitle() == "New event"


def test_every_field_typed_is_saved(qtbot, dialog, demo_database, choices):
    qtbot.keyClicks(dialog.title, "Picket at the depot")
    dialog.kind.setCurrentIndex(dialog.kind.findData("picket"))
    dialog.status.setCurrentIndex(dialog.status.findData("confirmed"))
    dialog.visibility.setCurrentIndex(dialog.visibility.findData("public"))
    dialog.place.setCurrentIndex(dialog.place.findData(choices.places[0][0]))
    dialog.campaign.setCurrentIndex(1)
    qtbot.keyClicks(dialog.tags, "depot, night shift")
    dialog.tabs.setCurrentIndex(2)
    qtbot.keyClicks(dialog.description, "Bring the night shift.")
    qtbot.keyClicks(dialog.demands, "Heat in the loading bay")
    qtbot.keyClicks(dialog.what_to_bring, "Thermos")
    qtbot.keyClicks(dialog.accessibility, "Flat pavement")
    qtbot.keyClicks(dialog.url, "https://example.org/depot")
    dialog.expected_turnout.setValue(40)
    qtbot.keyClicks(dialog.alt_language, "es")
    qtbot.keyClicks(dialog.alt_title, "Piquete en el deposito")
    dialog.tabs.setCurrentIndex(3)
    qtbot.keyClicks(dialog.notes, "Gate code 4411")
    qtbot.keyClicks(dialog.meeting_point, "Behind the diner")
    qtbot.keyClicks(dialog.route, "Along 4th Ave")
    qtbot.keyClicks(dialog.safety_notes, "Stay off company land")
    qtbot.keyClicks(dialog.legal_hotline, "+1 555 0100")
    event = save(qtbot, dialog, demo_database)
    assert event.title == "Picket at the depot"
    assert (event.kind, event.status, event.visibility) == ("picket", "confirmed", "public")
    assert event.place_id == choices.places[0][0]
    assert event.timezone == choices.places[0][2]  # a new event follows its place's zone
    assert event.campaign_id == choices.campaigns[0][0]
    assert sorted(t.name for t in event.tags) == ["depot", "night shift"]
    assert event.description == "Bring the night shift."
    assert event.demands == "Heat in the loading bay"
    assert event.what_to_bring == "Thermos"
    assert event.accessibility == "Flat pavement"
    assert event.url == "https://example.org/depot"
    assert event.expected_turnout == 40
    assert (event.alt_language, event.alt_title) == ("es", "Piquete en el deposito")
    assert event.notes == "Gate code 4411"
    assert event.meeting_point == "Behind the diner"
    assert event.route == "Along 4th Ave"
    assert event.safety_notes == "Stay off company land"
    assert event.legal_hotline == "+1 555 0100"
    assert event.actual_turnout is None


def test_a_new_event_opens_without_red_until_a_field_is_touched(qtbot, dialog):
    problem = dialog.findChild(QWidget, "problem_title")
    assert not problem.isVisible()
    assert dialog.summary.text() == ""
    visible_problems = [
        label
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.text() and label.objectName().startswith("problem")
    ]
    assert visible_problems == []
    assert not dialog.save_button.isEnabled()
    assert "title" in dialog.save_button.toolTip().lower()  # hover says why, quietly

    qtbot.keyClicks(dialog.title, "R")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Backspace)
    assert problem.isVisible() and "title" in problem.text().lower()


def test_enter_on_a_new_empty_event_shows_what_is_missing(qtbot, dialog):
    problem = dialog.findChild(QWidget, "problem_title")
    dialog.title.setFocus()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert problem.isVisible() and "title" in problem.text().lower()
    assert "title" in dialog.summary.text().lower()


def test_ctrl_s_on_a_new_empty_event_shows_what_is_missing(qtbot, dialog):
    dialog.tabs.setCurrentIndex(2)
    dialog.description.setFocus()
    qtbot.keyClick(dialog.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 0  # taken to the first problem
    assert dialog.findChild(QWidget, "problem_title").isVisible()


def test_ctrl_s_saves(qtbot, dialog, demo_database):
    qtbot.keyClicks(dialog.title, "Saved with the keyboard")
    dialog.tabs.setCurrentIndex(3)
    dialog.notes.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    event_id = actions.run(demo_database, lambda s: events.save_edit(s, dialog.edit()).id)
    assert demo_database.sessions().get(Event, event_id).title == "Saved with the keyboard"


def test_problems_show_next_to_the_field_and_block_save(qtbot, dialog):
    problem = dialog.findChild(QWidget, "problem_title")
    qtbot.keyClicks(dialog.title, "Rally")
    assert not problem.isVisible()
    assert dialog.save_button.isEnabled()

    dialog.end.setDateTime(QDateTime(QDate(2030, 6, 3), QTime(17, 0)))
    end_problem = dialog.findChild(QWidget, "problem_end")
    assert end_problem.isVisible() and "before the start" in end_problem.text()
    assert not dialog.save_button.isEnabled()
    assert "before the start" in dialog.summary.text()
    dialog.end.setDateTime(QDateTime(QDate(2030, 6, 3), QTime(19, 0)))
    assert dialog.save_button.isEnabled()

    dialog.tabs.setCurrentIndex(2)
    qtbot.keyClicks(dialog.url, "example.org")
    url_problem = dialog.findChild(QWidget, "problem_url")
    assert url_problem.isVisible() and "https://" in url_problem.text()
    assert not dialog.save_button.isEnabled()
    dialog.url.clear()
    assert dialog.save_button.isEnabled()

    dialog.tabs.setCurrentIndex(0)
    dialog.timezone.setCurrentText("Mars/Olympus_Mons")
    assert dialog.findChild(QWidget, "problem_timezone").isVisible()
    assert not dialog.save_button.isEnabled()


def test_moving_the_start_keeps_the_length(qtbot, dialog):
    dialog.start.setDateTime(QDateTime(QDate(2030, 6, 4), QTime(9, 30)))
    assert dialog.edit().draft.end == dt.datetime(2030, 6, 4, 11, 30)


def test_all_day_event_spanning_days(qtbot, dialog, demo_database):
    qtbot.keyClicks(dialog.title, "Strike week")
    tick(qtbot, dialog.all_day)
    dialog.end.setDateTime(QDateTime(QDate(2030, 6, 7), QTime(0, 0)))
    event = save(qtbot, dialog, demo_database)
    assert event.all_day
    assert (event.start_date, event.end_date) == (dt.date(2030, 6, 3), dt.date(2030, 6, 7))


def test_new_place_is_created_on_save(qtbot, dialog, demo_database):
    qtbot.keyClicks(dialog.title, "Meeting at the library")
    dialog.place.setCurrentIndex(dialog.place.findData(NEW_PLACE))
    assert dialog.new_place.isVisible()
    assert not dialog.save_button.isEnabled()  # the new place needs a name
    qtbot.keyClicks(dialog.new_place, "Central Library, room B")
    event = save(qtbot, dialog, demo_database)
    with demo_database.sessions() as session:
        place = session.scalar(select(Place).where(Place.name == "Central Library, room B"))
        assert place is not None
        assert event.place_id == place.id


def test_weekly_recurrence_with_summary_and_excluded_date(qtbot, dialog, demo_database):
    qtbot.keyClicks(dialog.title, "Weekly picket")
    dialog.tabs.setCurrentIndex(1)
    editor = dialog.recurrence
    editor.frequency.setCurrentIndex(editor.frequency.findData("weekly"))
    assert editor.weekdays["MO"].isChecked()  # the start's weekday, 3 June 2030
    qtbot.mouseClick(editor.weekdays["TH"], Qt.MouseButton.LeftButton)
    editor.ends.setCurrentIndex(editor.ends.findData("until"))
    editor.until.setDate(QDate(2030, 9, 1))
    assert editor.summary.text() == "Every Monday and Thursday until 1 September 2030."
    editor.exclude_day.setDate(QDate(2030, 6, 13))
    qtbot.mouseClick(editor.exclude_add, Qt.MouseButton.LeftButton)
    assert editor.summary.text().endswith(", except 1 date.")
    event = save(qtbot, dialog, demo_database)
    # The last day ends at midnight in the event's zone; stored in UTC as RFC 5545 wants.
    end_of_day = to_utc(dt.datetime(2030, 9, 1, 23, 59, 59), event.timezone)
    assert event.rrule == "FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=" + end_of_day.strftime("%Y%m%dT%H%M%SZ")
    assert event.exdates == ["2030-06-13T18:00"]
    with demo_database.sessions() as session:
        starts = [
            o.start.date()
            for o in events.occurrences_between(
                session,
                dt.datetime(2030, 6, 1, tzinfo=dt.UTC),
                dt.datetime(2030, 6, 20, tzinfo=dt.UTC),
            )
            if o.title == "Weekly picket"
        ]
    assert starts == [dt.date(2030, 6, d) for d in (3, 6, 10, 17)]


def test_monthly_by_weekday_and_count(qtbot, dialog):
    editor = dialog.recurrence
    editor.frequency.setCurrentIndex(editor.frequency.findData("monthly_weekday"))
    editor.ends.setCurrentIndex(editor.ends.findData("count"))
    editor.count.setValue(6)
    # 3 June 2030 is the first Monday of the month.
    assert editor.rule() == "FREQ=MONTHLY;BYDAY=1MO;COUNT=6"
    assert editor.summary.text() == "Every month on the first Monday, 6 times."
    editor.frequency.setCurrentIndex(editor.frequency.findData("monthly_date"))
    editor.interval.setValue(2)
    assert editor.rule() == "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=3;COUNT=6"
    assert editor.summary.text() == "Every 2 months on the 3rd, 6 times."


def test_a_rule_from_elsewhere_is_kept_as_written(qtbot, choices):
    draft = EventDraft(
        title="Imported",
        start=dt.datetime(2030, 1, 1, 9),
        timezone="UTC",
        rrule="FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=1",
    )
    shown = EventDialog(choices, EventEdit(draft=draft, version=1))
    qtbot.addWidget(shown)
    assert shown.recurrence.frequency.currentData() == "custom"
    assert shown.edit().draft.rrule == "FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=1"


def test_people_with_roles_and_tasks_are_saved(qtbot, dialog, demo_database, choices):
    qtbot.keyClicks(dialog.title, "Press conference")
    dialog.tabs.setCurrentIndex(4)
    qtbot.mouseClick(dialog.people.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.people.add_button, Qt.MouseButton.LeftButton)
    first, second = dialog.people.rows
    first.contact.setCurrentIndex(first.contact.findText("Rosa Delgado"))
    first.role.setCurrentIndex(first.role.findData("press liaison"))
    qtbot.mouseClick(first.public, Qt.MouseButton.LeftButton)
    second.contact.setCurrentIndex(second.contact.findText("Amir Haddad"))
    second.role.setCurrentIndex(second.role.findData("legal observer"))
    dialog.tabs.setCurrentIndex(5)
    qtbot.mouseClick(dialog.checklist.add_button, Qt.MouseButton.LeftButton)
    task = dialog.checklist.rows[0]
    assert not dialog.save_button.isEnabled()  # a task without text
    qtbot.keyClicks(task.text, "Book the room")
    tick(qtbot, task.has_due)
    task.due.setDate(QDate(2030, 6, 1))
    task.assignee.setCurrentIndex(task.assignee.findText("Rosa Delgado"))
    qtbot.mouseClick(dialog.checklist.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.checklist.rows[1].text, "Thrown away")
    qtbot.mouseClick(dialog.checklist.rows[1].remove, Qt.MouseButton.LeftButton)
    event = save(qtbot, dialog, demo_database)
    with demo_database.sessions() as session:
        event = session.get(Event, event.id)
        roles = [(r.contact.name, r.role, r.shown_publicly) for r in event.roles]
        assert roles == [
            ("Rosa Delgado", "press liaison", True),
            ("Amir Haddad", "legal observer", False),
        ]
        rosa = session.scalar(select(Contact.id).where(Contact.name == "Rosa Delgado"))
        tasks = [(t.text, t.done, t.due_date, t.assignee_id) for t in event.tasks]
        assert tasks == [("Book the room", False, dt.date(2030, 6, 1), rosa)]


def test_same_person_twice_in_one_role_is_a_problem(qtbot, dialog):
    qtbot.keyClicks(dialog.title, "Meeting")
    for _ in range(2):
        qtbot.mouseClick(dialog.people.add_button, Qt.MouseButton.LeftButton)
    assert dialog.findChild(QWidget, "problem_roles").text()
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.people.rows[1].remove, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()


def test_editing_loads_everything_and_changes_nothing_unless_asked(qtbot, demo_database, choices):
    with demo_database.sessions() as session:
        for event in session.scalars(select(Event)):
            before = events.edit_of(event)
            shown = EventDialog(choices, before)
            qtbot.addWidget(shown)
            assert shown.problems() == {}
            assert shown.edit() == before, event.title
            assert event.title in shown.windowTitle()


def test_internal_fields_are_marked(dialog):
    assert "Internal" in dialog.tabs.tabText(3)
    labels = [
        dialog.tabs.widget(3).layout().labelForField(w).text()
        for w in (dialog.notes, dialog.meeting_point, dialog.safety_notes, dialog.route)
    ]
    assert all("(internal)" in text for text in labels)
    assert dialog.tabs.widget(3).findChild(QWidget, "internalBanner") is not None


def test_every_control_has_an_accessible_name_and_takes_focus_by_tab(qtbot, dialog):
    qtbot.mouseClick(dialog.people.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.checklist.add_button, Qt.MouseButton.LeftButton)
    kinds = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QAbstractButton)
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, kinds) or widget.parent() is None:
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue  # the editor inside a combo or spin box
        if type(widget).__name__ in ("QTabBar", "QToolButton") and not widget.objectName():
            continue  # scroll arrows of the tab bar
        named = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
        assert named, f"{type(widget).__name__} {widget.objectName()} has no accessible name"
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()


def test_cancel_returns_nothing(qtbot, choices, monkeypatch):
    from PySide6.QtWidgets import QDialog

    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert EventDialog.ask(None, choices) is None


def test_escape_with_changes_asks_before_dropping_them(qtbot, dialog, monkeypatch):
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    qtbot.keyClicks(dialog.title, "Half-typed plan")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # "Cancel": keep editing
    assert dialog.title.text() == "Half-typed plan"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert answers == []


def test_escape_without_changes_closes_at_once(qtbot, dialog, discard_questions):
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert discard_questions == []


def _type_zone(qtbot, dialog, text: str) -> None:
    line = dialog.timezone.lineEdit()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("chicago", "America/Chicago"), ("new york", "America/New_York")],
)
def test_a_city_typed_in_the_zone_field_and_enter_saves_its_zone(
    qtbot, dialog, demo_database, typed, stored
):
    qtbot.keyClicks(dialog.title, "Picket at the main gate")
    _type_zone(qtbot, dialog, typed)
    assert not dialog.findChild(QWidget, "problem_timezone").isVisible()
    assert dialog.save_button.isEnabled()
    line = dialog.timezone.lineEdit()
    # The first Enter may only close the completion list; Enter again saves.
    for _ in range(2):
        if not dialog.isVisible():
            break
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.timezone.currentText() == stored  # shown as the full name
    event_id = actions.run(demo_database, lambda s: events.save_edit(s, dialog.edit()).id)
    assert demo_database.sessions().get(Event, event_id).timezone == stored


def test_a_city_in_several_zones_asks_to_pick_one(qtbot, dialog):
    qtbot.keyClicks(dialog.title, "Rally")
    _type_zone(qtbot, dialog, "Central")
    problem = dialog.findChild(QWidget, "problem_timezone")
    assert problem.isVisible()
    assert "US/Central" in problem.text() and "Canada/Central" in problem.text()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.timezone.lineEdit(), Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_expected_turnout_is_on_the_internal_tab(dialog):
    internal = dialog.tabs.widget(3)
    assert internal.isAncestorOf(dialog.expected_turnout)
    assert not dialog.tabs.widget(2).isAncestorOf(dialog.expected_turnout)
