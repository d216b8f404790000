"""Dates in the calendar and the Repeats tab follow the window's locale, like the events list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from desktop import events
from desktop.events import EventDraft
from ui import locale_formats
from ui.calendar_view import CalendarView
from ui.recurrence_editor import RecurrenceEditor

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\))"
)


@pytest.fixture
def locale_named():
    def use(name: str) -> QLocale:
        QLocale.setDefault(QLocale(name))
        return QLocale()

    yield use
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def week_view(qtbot, database):
    with database.sessions.begin() as session:
        events.create(
            session,
            EventDraft(
                title="Prime Day protest",
                start=dt.datetime(2019, 7, 15, 17, 30),
                timezone="America/New_York",
            ),
        )

    def make() -> CalendarView:
        view = CalendarView(database)
        qtbot.addWidget(view)
        view.resize(1024, 640)
        view.show()
        qtbot.waitExposed(view)
        view.set_current_date(QDate(2019, 7, 15))
        qtbot.mouseClick(view.week_button, Qt.MouseButton.LeftButton)
        return view

    return make


@pytest.mark.parametrize(
    ("name", "first", "last", "heading"),
    [
        ("en_US", "Jul 14", "Jul 20, 2019", "Sun Jul 14"),
        ("es_ES", "15 de jul", "21 de jul de 2019", "lun 15 de jul"),
    ],
)
def test_week_header_and_columns_follow_the_locale(
    qtbot, locale_named, week_view, name, first, last, heading
):
    locale = locale_named(name)
    view = week_view()
    start, _ = view.grid.visible_range()
    end = start + dt.timedelta(days=6)
    # The same QLocale formats as everywhere else, in the locale's order.
    assert locale.toString(QDate(start.year, start.month, start.day),
                           locale_formats.day_month_format(locale)) == first  # fmt: skip
    assert view.title_label.text() == f"Week of {first} – {last}"
    assert end == start + dt.timedelta(days=6)
    assert view.grid.header_text(start).replace(".", "") == heading
    day_label = locale.toString(QDate(2019, 7, 15), QLocale.FormatType.LongFormat)
    assert view.day_label.text() == day_label


def test_the_agenda_names_a_zone_by_its_city_like_the_list(qtbot, locale_named, week_view):
    locale_named("en_US")
    view = week_view()
    text = view.agenda_model.index(0, 0).data()
    assert "New York" in text and "America/New_York" not in text
    assert "America/New_York" in view.agenda_model.index(0, 0).data(3)  # the tooltip


@pytest.mark.parametrize(
    ("name", "until", "left_out"),
    [
        ("en_US", "until August 27, 2019", "7/2/2019"),
        ("es_ES", "until 27 de agosto de 2019", "2/7/2019"),
    ],
)
def test_repeats_tab_dates_follow_the_locale(qtbot, locale_named, name, until, left_out):
    locale_named(name)
    editor = RecurrenceEditor()
    qtbot.addWidget(editor)
    editor.set_zone("America/Chicago")
    editor.set_start(dt.datetime(2019, 6, 25, 18, 0), False)
    editor.load("FREQ=WEEKLY;BYDAY=TU;UNTIL=20190828T045959Z", ["2019-07-02"])
    assert until in editor.summary.text()
    index = editor.excluded_model.index(0)
    delegate = editor.excluded.itemDelegate()
    assert delegate.displayText(index.data(), editor.excluded.locale()) == left_out
    assert editor.exdates() == ["2019-07-02T18:00"]  # stored as ISO, whatever is shown
