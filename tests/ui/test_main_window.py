"""The main window driven like an organizer would: welcome page, search, filters, shortcuts."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import func, select

from db.models import Event
from desktop import events
from desktop.events import EventDraft
from ui import messages
from ui.event_editor import EventDialog
from ui.event_table_model import EventTableModel
from ui.main_window import VIEWS, MainWindow

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
def make_window(qtbot):
    def make(database) -> MainWindow:
        window = MainWindow(database)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitActive(window):
            window.activateWindow()
        return window

    return make


@pytest.fixture
def window(make_window, demo_database) -> MainWindow:
    return make_window(demo_database)


@pytest.fixture
def warnings(monkeypatch) -> list[tuple[str, str]]:
    """QMessageBox.warning calls (title, text), answered with Cancel."""
    shown: list[tuple[str, str]] = []

    def fake(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(messages, "warning", fake)
    return shown


def open_dialog(window: MainWindow) -> EventDialog:
    dialogs = [d for d in window.findChildren(EventDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def shown_titles(window: MainWindow) -> list[str]:
    model = window.events_proxy
    return [model.index(row, EventTableModel.COL_TITLE).data() for row in range(model.rowCount())]


def event_count(database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Event))


def titles_in_db(database) -> set[str]:
    with database.sessions() as session:
        return set(session.scalars(select(Event.title)))


def select_title(qtbot, window: MainWindow, title: str) -> int:
    row = shown_titles(window).index(title)
    index = window.events_proxy.index(row, EventTableModel.COL_TITLE)
    rect = window.events_view.visualRect(index)
    qtbot.mouseClick(window.events_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_event_id() is not None
    return window.selected_event_id()


# --- first run ---------------------------------------------------------------------------------


def test_empty_database_shows_welcome_and_loads_the_example(qtbot, make_window, database):
    window = make_window(database)
    assert window.windowTitle() == "Turnout"
    assert window.events_stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.load_example, Qt.MouseButton.LeftButton)
    assert event_count(database) == 8
    assert window.events_stack.currentWidget() is not window.welcome
    assert len(shown_titles(window)) == 8
    assert "8 events" in window._status.text()
    assert database.describe() in window._database_label.text()


def test_create_your_first_event_from_the_welcome_page(qtbot, make_window, database):
    window = make_window(database)
    qtbot.mouseClick(window.welcome.create_first, Qt.MouseButton.LeftButton)
    dialog = open_dialog(window)
    assert not dialog.save_button.isEnabled()  # no title yet
    qtbot.keyClicks(dialog.title, "Picket at the depot gate")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert titles_in_db(database) == {"Picket at the depot gate"}
    assert shown_titles(window) == ["Picket at the depot gate"]
    assert window.selected_event_id() is not None


# --- keyboard --------------------------------------------------------------------------------


def test_ctrl_n_creates_an_event(qtbot, window, demo_database):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window)
    qtbot.keyClicks(dialog.title, "Warehouse walkout")
    dialog.kind.setCurrentIndex(dialog.kind.findData("walkout"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with demo_database.sessions() as session:
        saved = session.scalar(select(Event).where(Event.title == "Warehouse walkout"))
        assert saved.kind == "walkout"
        assert saved.visibility == "internal"  # nothing is public unless someone says so


def test_ctrl_numbers_switch_views_and_the_last_view_is_remembered(qtbot, window, make_window):
    for number, name in enumerate(VIEWS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view() == name
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    window.resize(760, 560)  # inside the offscreen screen, which restoring clamps to
    window.splitter.setSizes([200, 560])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window(window.database)
    assert again.current_view() == "contacts"
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes


def test_ctrl_f_focuses_search_and_typing_filters_in_sql(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "events"
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "fulfillment")
    assert shown_titles(window) == ["Prime Day strike at the Shakopee warehouse"]
    assert "1 event shown" in window._status.text()
    qtbot.keyClicks(window.search, " nothing-like-this")
    assert shown_titles(window) == []
    assert window.no_match.isVisible()
    qtbot.mouseClick(window.clear_filters, Qt.MouseButton.LeftButton)
    assert len(shown_titles(window)) == 8


def test_filters_by_kind_status_visibility_and_range(qtbot, window, demo_database):
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("petition"))
    assert len(shown_titles(window)) == 2
    window.kind_filter.setCurrentIndex(0)
    window.status_filter.setCurrentIndex(window.status_filter.findData("cancelled"))
    assert shown_titles(window) == ["Rally at the Spheres"]
    window.status_filter.setCurrentIndex(0)
    window.visibility_filter.setCurrentIndex(window.visibility_filter.findData("public"))
    with demo_database.sessions() as session:
        public = set(session.scalars(select(Event.title).where(Event.visibility == "public")))
    assert set(shown_titles(window)) == public
    window.visibility_filter.setCurrentIndex(0)
    window.range_filter.setCurrentIndex(window.range_filter.findData("upcoming"))
    assert shown_titles(window) == []  # the example campaign is history
    window.range_filter.setCurrentIndex(window.range_filter.findData("custom"))
    assert window.first_day.isVisible()
    window.first_day.setDate(QDate(2019, 7, 1))
    window.last_day.setDate(QDate(2019, 7, 12))
    assert "Protest inside the company's cloud conference" in shown_titles(window)
    assert "Rally at the Spheres" not in shown_titles(window)
    window.campaign_filter.setCurrentIndex(1)
    assert "Protest inside the company's cloud conference" in shown_titles(window)


def test_cancelled_is_struck_through_and_past_is_greyed(window):
    model = window.events_proxy
    for row in range(model.rowCount()):
        index = model.index(row, EventTableModel.COL_TITLE)
        font = index.data(Qt.ItemDataRole.FontRole)
        cancelled = index.data(EventTableModel.RowRole).status == "cancelled"
        assert bool(font and font.strikeOut()) == cancelled
        assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # all in the past


def test_zone_is_shown_only_when_it_differs_from_the_computers(qtbot, make_window, database):
    from desktop.timeutil import local_zone_name

    here = local_zone_name()
    other = "Asia/Tokyo" if here != "Asia/Tokyo" else "Europe/Paris"
    with database.sessions.begin() as session:
        start = dt.datetime(2031, 3, 4, 18, 0)
        events.create(session, EventDraft(title="Here", start=start, timezone=here))
        events.create(session, EventDraft(title="There", start=start, timezone=other))
    window = make_window(database)
    whens = {
        window.events_proxy.index(row, EventTableModel.COL_TITLE).data(): window.events_proxy.index(
            row, EventTableModel.COL_WHEN
        ).data()
        for row in range(2)
    }
    assert whens["Here"].endswith("18:00")
    assert whens["There"].endswith("18:00 " + other.split("/")[1])


def test_enter_opens_the_selected_event_and_saving_updates_it(qtbot, window, demo_database):
    event_id = select_title(qtbot, window, "Rally at the Spheres")
    qtbot.keyClick(window.events_view, Qt.Key.Key_Return)
    dialog = open_dialog(window)
    assert dialog.title.text() == "Rally at the Spheres"
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Rally at the Spheres, rescheduled")
    dialog.status.setCurrentIndex(dialog.status.findData("postponed"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with demo_database.sessions() as session:
        event = session.get(Event, event_id)
        assert event.title == "Rally at the Spheres, rescheduled"
        assert event.status == "postponed"
        assert event.sequence >= 1  # a status change is a schedule change for calendars
    assert window.selected_event_id() == event_id


def test_double_click_opens_the_editor(qtbot, window):
    row = shown_titles(window).index("Rally at the Spheres")
    rect = window.events_view.visualRect(window.events_proxy.index(row, 1))
    viewport = window.events_view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert open_dialog(window).title.text() == "Rally at the Spheres"


def test_delete_key_deletes_without_asking_and_ctrl_z_brings_it_back(qtbot, window, warnings):
    database = window.database
    event_id = select_title(qtbot, window, "Weekly organizing meeting")
    with database.sessions() as session:
        before = events.snapshot(session, event_id)
    window.events_view.setFocus()
    qtbot.keyClick(window.events_view, Qt.Key.Key_Delete)
    assert "Weekly organizing meeting" not in titles_in_db(database)
    assert "Weekly organizing meeting" not in shown_titles(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with database.sessions() as session:
        after = events.snapshot(session, event_id)
    assert after.uid == before.uid
    assert after.edit.roles == before.edit.roles
    assert after.edit.tasks == before.edit.tasks
    assert after.edit.draft == before.edit.draft
    assert window.selected_event_id() == event_id
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "Weekly organizing meeting" not in titles_in_db(database)
    assert warnings == []


def test_delete_in_the_search_box_edits_text_not_events(qtbot, window):
    select_title(qtbot, window, "Rally at the Spheres")
    window.search.setFocus()
    qtbot.keyClicks(window.search, "ral")
    qtbot.keyClick(window.search, Qt.Key.Key_Home)
    qtbot.keyClick(window.search, Qt.Key.Key_Delete)
    assert window.search.text() == "al"
    assert event_count(window.database) == 8


def test_ctrl_d_duplicates_one_week_later_and_undo_removes_the_copy(qtbot, window):
    database = window.database
    original = select_title(qtbot, window, "Prime Day strike at the Shakopee warehouse")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    with database.sessions() as session:
        copies = session.scalars(
            select(Event).where(Event.title == "Prime Day strike at the Shakopee warehouse")
        ).all()
        assert len(copies) == 2
        first = session.get(Event, original)
        copy = next(e for e in copies if e.id != original)
        assert copy.starts_at - first.starts_at == dt.timedelta(days=7)
        assert copy.uid != first.uid
        assert [r.contact_id for r in copy.roles] == [r.contact_id for r in first.roles]
        copy_id = copy.id
    assert window.selected_event_id() == copy_id
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert event_count(database) == 8


def test_calendar_signals_open_and_create_events(qtbot, window, demo_database):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    with demo_database.sessions() as session:
        rally = session.scalar(select(Event.id).where(Event.title == "Rally at the Spheres"))
    window.calendar_view.eventActivated.emit(rally)
    dialog = open_dialog(window)
    assert dialog.title.text() == "Rally at the Spheres"
    dialog.reject()
    window.calendar_view.newEventRequested.emit(QDate(2031, 5, 1))
    dialog = open_dialog(window)
    qtbot.keyClicks(dialog.title, "May Day march")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with demo_database.sessions() as session:
        saved = session.scalar(select(Event).where(Event.title == "May Day march"))
        assert events.local_bounds(saved)[0].date() == dt.date(2031, 5, 1)


def test_f1_shows_help(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help_browser
    assert guide.isVisible()
    assert "The five views" in guide.browser.toPlainText()


def test_menus_hold_the_actions_with_their_shortcuts(window):
    event_menu = {a.objectName(): a for a in window.menu("event").actions()}
    assert event_menu["newEvent"].shortcut().toString() == "Ctrl+N"
    assert event_menu["duplicateEvent"].shortcut().toString() == "Ctrl+D"
    assert event_menu["deleteEvent"].shortcut().toString() == "Del"
    edit_menu = {a.objectName(): a for a in window.menu("edit").actions()}
    assert edit_menu["redo"].shortcut().toString() == "Ctrl+Shift+Z"
    assert window.menu("file").actions()[-1].objectName() == "quit"
    for name in ("file", "edit", "event", "view", "help"):
        assert window.menu(name) is not None


# --- errors -------------------------------------------------------------------------------------


def test_a_locked_database_gives_a_message_and_the_window_stays_usable(
    qtbot, make_window, demo_database, monkeypatch, warnings
):
    import db.engine

    # A short busy timeout for this test's fresh connections, so the lock is noticed at once.
    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_MS", 50)
    demo_database.engine.dispose()
    window = make_window(demo_database)
    select_title(qtbot, window, "Rally at the Spheres")
    other = sqlite3.connect(str(demo_database.path), timeout=0.05)
    other.execute("BEGIN EXCLUSIVE")
    try:
        window.events_view.setFocus()
        qtbot.keyClick(window.events_view, Qt.Key.Key_Delete)
    finally:
        other.rollback()
        other.close()
    assert len(warnings) == 1
    assert "another program" in warnings[0][1]
    assert event_count(demo_database) == 8
    assert "Rally at the Spheres" in shown_titles(window)
    assert not window.undo_stack.canUndo()
    # Once the other program lets go, the same key works.
    window.events_view.setFocus()
    qtbot.keyClick(window.events_view, Qt.Key.Key_Delete)
    assert event_count(demo_database) == 7


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("Take theirs", ["Rally at the Spheres (their version)"]),
        ("Keep mine", ["Rally at the Spheres (my version)"]),
        ("Save mine as a copy",
         ["Rally at the Spheres (their version)", "Rally at the Spheres (my version)"]),
    ],
)  # fmt: skip
def test_conflicting_edit_is_noticed_and_the_person_chooses(
    qtbot, window, demo_database, monkeypatch, choice, expected
):
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == choice).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    event_id = select_title(qtbot, window, "Rally at the Spheres")
    qtbot.keyClick(window.events_view, Qt.Key.Key_Return)
    dialog = open_dialog(window)
    with demo_database.sessions.begin() as session:  # someone else saves first
        session.get(Event, event_id).title = "Rally at the Spheres (their version)"
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Rally at the Spheres (my version)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "changed by someone else" in asked[0]
    rally = sorted(t for t in titles_in_db(demo_database) if t.startswith("Rally"))
    assert rally == sorted(expected)
    assert event_count(demo_database) == 8 + (choice == "Save mine as a copy")


def test_events_page_controls_have_names_and_take_tab_focus(qtbot, window):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
    )
    from PySide6.QtWidgets import QLineEdit as Line

    page = window.stack.widget(0)
    kinds = (Line, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView)
    checked = 0
    for widget in [*page.findChildren(QWidget), window.sidebar]:
        if not isinstance(widget, kinds) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, Line) and isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue
        if isinstance(widget, QHeaderView) or widget.parent() is window.events_view:
            continue  # the list's own header and corner button, reached with the list
        named = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
        assert named, f"{type(widget).__name__} {widget.objectName()}"
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()
        checked += 1
    assert checked >= 8
    # Tab walks from the search box through the filters to the list.
    window.search.setFocus()
    seen = []
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert window.kind_filter in seen and window.events_view in seen


@pytest.mark.parametrize(
    ("driver_message", "expected"),
    [
        ("attempt to write a readonly database", "read-only"),
        ("database or disk is full", "full"),
    ],
)
def test_read_only_or_full_disk_keeps_the_typing(
    qtbot, window, warnings, monkeypatch, driver_message, expected
):
    import sqlite3 as driver

    from sqlalchemy.exc import OperationalError

    def failing_save(session, edit, event_id=None):
        raise OperationalError("INSERT ...", {}, driver.OperationalError(driver_message))

    working_save = events.save_edit
    monkeypatch.setattr(events, "save_edit", failing_save)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(open_dialog(window).title, "Vigil at the hospital")
    qtbot.mouseClick(open_dialog(window).save_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and expected in warnings[0][1]
    assert "Vigil at the hospital" not in titles_in_db(window.database)
    # Nothing typed is lost: the editor is back with the text, ready for another try.
    assert open_dialog(window).title.text() == "Vigil at the hospital"
    monkeypatch.setattr(events, "save_edit", working_save)  # the disk has room again
    qtbot.mouseClick(open_dialog(window).save_button, Qt.MouseButton.LeftButton)
    assert "Vigil at the hospital" in titles_in_db(window.database)


def test_closing_the_window_with_an_unsaved_editor_asks_first(qtbot, window, monkeypatch):
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(open_dialog(window).title, "Unsaved plan")
    window.close()
    assert window.isVisible() and open_dialog(window).title.text() == "Unsaved plan"
    window.close()
    assert not window.isVisible()


def test_the_title_stays_readable_on_a_narrow_window(qtbot, window):
    """At 1024×640 the title keeps room to be read (it used to shrink to 55 px): place and
    campaign give way, elided; widened again, they get their widths back."""
    from ui.event_table_model import EventTableModel

    header = window.events_view.horizontalHeader()
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.events_view.viewport().width() > 1000)
    wide_place = header.sectionSize(EventTableModel.COL_PLACE)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.events_view.viewport().width() < 1000)
    assert header.sectionSize(EventTableModel.COL_TITLE) >= 180
    assert header.sectionSize(EventTableModel.COL_PLACE) < wide_place
    assert header.sectionSize(EventTableModel.COL_PLACE) >= 80
    # About half a laptop screen (the window stops at ~845 px): kind and status give too.
    window.resize(820, 600)
    qtbot.waitUntil(lambda: window.events_view.viewport().width() < 760)
    # The others down to their headings; the title has the rest (When keeps its text whole).
    assert header.sectionSize(EventTableModel.COL_TITLE) >= 110
    assert header.sectionSize(EventTableModel.COL_KIND) < 85
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: header.sectionSize(EventTableModel.COL_PLACE) == wide_place)


def test_print_and_invite_follow_the_selected_event(qtbot, window):
    """Event › Print…, Save as PDF…, Send invite… and Send cancellation… are enabled exactly
    when Open is: an event selected in the list (not in another view)."""
    followers = (window.print_actions.print_action, window.print_actions.pdf_action,
                 window.ical_actions.invite_action, window.ical_actions.cancel_action)  # fmt: skip
    window.events_view.setCurrentIndex(QModelIndex())
    assert not any(action.isEnabled() for action in followers)
    window.events_view.setFocus()
    qtbot.keyClick(window.events_view, Qt.Key.Key_Down)
    assert window.selected_event_id() is not None
    assert all(action.isEnabled() for action in followers) and window.open_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Calendar
    assert not any(action.isEnabled() for action in followers)


def test_the_view_menu_ticks_the_view_shown_from_the_start(window):
    assert [action.isChecked() for action in window.view_actions] == [True] + [False] * 4


def test_about_names_the_version(qtbot, window, monkeypatch):
    from desktop import __version__

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.about_action.trigger()
    assert shown and shown[0].startswith(f"Turnout {__version__}")


def test_preferences_has_a_shortcut_on_every_desktop(window):
    (action,) = [a for a in window.findChildren(QAction) if a.objectName() == "preferences"]
    assert not action.shortcut().isEmpty()


def test_the_event_count_shows_only_with_events(qtbot, window):
    from PySide6.QtWidgets import QLabel

    def status_texts() -> list[str]:
        """What the status bar shows a person: its visible labels."""
        labels = window.statusBar().findChildren(QLabel)
        return [label.text() for label in labels if label.isVisible() and label.text()]

    window.show()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Contacts
    assert "8 events" not in status_texts()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert "8 events" in status_texts()


def test_every_file_menu_item_has_its_own_mnemonic(window):
    """Alt+F then one letter reaches every item: no item without one, no letter twice."""
    import re

    letters = []
    for action in window.menu("file").actions():
        if action.isSeparator() or not action.isVisible():
            continue
        found = re.search(r"&(\w)", action.text())
        assert found, action.text()
        letters.append(found.group(1).lower())
    assert len(letters) == len(set(letters)), letters
