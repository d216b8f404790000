"""The events table model and its proxy: Qt's model checks, lazy pages, SQL sorting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from sqlalchemy import func, select

from db.models import Event
from desktop.event_list import EventFilter
from desktop.timeutil import UTC
from ui.event_table_model import PAGE_SIZE, EventProxyModel, EventTableModel

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def many_events(database):
    """PAGE_SIZE * 2 + 10 events, inserted directly (the services are tested elsewhere)."""
    start = dt.datetime(2030, 1, 1, 9, tzinfo=UTC)
    with database.sessions.begin() as session:
        session.add_all(
            Event(
                title=f"Event {n:04d}",
                starts_at=start + dt.timedelta(hours=n),
                ends_at=start + dt.timedelta(hours=n, minutes=30),
                timezone="UTC",
                status="cancelled" if n % 7 == 0 else "planned",
            )
            for n in range(PAGE_SIZE * 2 + 10)
        )
    return database


def test_model_passes_qt_checks(qtmodeltester, demo_database):
    model = EventTableModel(demo_database)
    qtmodeltester.check(model)
    model.set_filter(EventFilter(text="letter"))
    qtmodeltester.check(model)


def test_proxy_passes_qt_checks(qtmodeltester, demo_database):
    proxy = EventProxyModel(EventTableModel(demo_database))
    qtmodeltester.check(proxy)
    proxy.sort(EventTableModel.COL_TITLE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_lazy_model_passes_qt_checks_while_fetching(qtmodeltester, many_events):
    model = EventTableModel(many_events)
    assert model.rowCount() == PAGE_SIZE
    qtmodeltester.check(model)


def test_rows_arrive_a_page_at_a_time_as_the_list_scrolls(qtbot, many_events):
    model = EventTableModel(many_events)
    proxy = EventProxyModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(600, 300)
    view.show()
    assert model.total() == PAGE_SIZE * 2 + 10
    assert model.rowCount() <= PAGE_SIZE * 2  # not everything at once
    for _ in range(4):
        view.scrollToBottom()
        qtbot.wait(0)  # let the view ask for more rows, as it does while scrolling
    qtbot.waitUntil(lambda: model.rowCount() == model.total())
    last = proxy.index(proxy.rowCount() - 1, EventTableModel.COL_TITLE).data()
    assert last == f"Event {PAGE_SIZE * 2 + 9:04d}"


def test_sorting_goes_to_sql_and_covers_unfetched_rows(many_events):
    model = EventTableModel(many_events)
    proxy = EventProxyModel(model)
    proxy.sort(EventTableModel.COL_TITLE, Qt.SortOrder.DescendingOrder)
    # The top row is the last event, which was not among the rows loaded before sorting.
    assert proxy.index(0, EventTableModel.COL_TITLE).data() == f"Event {PAGE_SIZE * 2 + 9:04d}"


def test_filter_and_count_come_from_the_database(many_events):
    model = EventTableModel(many_events)
    model.set_filter(EventFilter(status="cancelled"))
    with many_events.sessions() as session:
        expected = session.scalar(
            select(func.count()).select_from(Event).where(Event.status == "cancelled")
        )
    assert model.total() == expected
    index = model.index(0, EventTableModel.COL_TITLE)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert index.data(Qt.ItemDataRole.ForegroundRole) is None  # 2030 is not past yet


def test_a_search_keystroke_fetches_a_page_and_counts_later(qtmodeltester, many_events):
    model = EventTableModel(many_events)
    model.set_filter(EventFilter(text="event"), count=False)
    assert not model.is_counted()
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    model.count_now()
    assert model.is_counted() and model.total() == PAGE_SIZE * 2 + 10
    # Without counting, fetching to the end also tells the total.
    model.set_filter(EventFilter(text="even"), count=False)
    while model.canFetchMore():
        model.fetchMore()
    assert model.is_counted() and model.total() == model.rowCount() == PAGE_SIZE * 2 + 10
    # Qt's checks on a model that has not counted yet (the tester fetches more by itself).
    uncounted = EventTableModel(many_events)
    uncounted.set_filter(EventFilter(text="event"), count=False)
    qtmodeltester.check(uncounted)


def test_the_window_counts_when_typing_pauses(qtbot, many_events):
    from ui.main_window import MainWindow

    window = MainWindow(many_events)
    qtbot.addWidget(window)
    qtbot.keyClicks(window.search, "event")
    assert "counting" in window._status.text()
    qtbot.waitUntil(window.events_model.is_counted)
    assert window._status.text() == f"{PAGE_SIZE * 2 + 10} events shown (filtered)"


def test_typing_on_gives_the_same_rows_as_a_fresh_search(demo_database):
    typed = EventTableModel(demo_database)
    text = ""
    for char in "prime day pro":
        text += char
        typed.set_filter(EventFilter(text=text), count=False)
        fresh = EventTableModel(demo_database)
        fresh.set_filter(EventFilter(text=text))
        ids = [typed.event_id_at(r) for r in range(typed.rowCount())]
        assert ids == [fresh.event_id_at(r) for r in range(fresh.rowCount())], text
        assert typed.total() == fresh.total()
    assert typed.rowCount() == 1


def test_pages_dropped_from_memory_are_read_again(qtmodeltester, many_events, monkeypatch):
    monkeypatch.setattr("ui.event_table_model.CACHED_PAGES", 2)
    model = EventTableModel(many_events)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2 + 10
    assert model.cached_rows() <= PAGE_SIZE * 2  # the first page was dropped
    titles = [model.index(row, EventTableModel.COL_TITLE).data() for row in range(0, 266, 5)]
    assert titles == [f"Event {n:04d}" for n in range(0, 266, 5)]
    assert model.cached_rows() <= PAGE_SIZE * 2
    assert model.row_of(model.event_id_at(3)) == 3
    qtmodeltester.check(model)
    # Not every match is in memory, so a narrower search asks the database again.
    model.set_filter(EventFilter(text="02"))
    fresh = EventTableModel(many_events)
    fresh.set_filter(EventFilter(text="02"))
    ids = [model.event_id_at(r) for r in range(model.rowCount())]
    assert ids == [fresh.event_id_at(r) for r in range(fresh.rowCount())]
    assert model.total() == fresh.total() > 66  # Event 0200 to 0265, 0020 to 0029, ...


def test_an_all_day_event_of_several_days_shows_its_last_day_too(database):
    """A three-day strike reads "Mon … – Wed …", not its first day alone; a one-day event
    keeps one date."""
    from PySide6.QtCore import QDate, QLocale

    from desktop import events
    from desktop.events import EventDraft
    from ui import locale_formats

    with database.sessions.begin() as session:
        for title, last in (("Three-day strike", 3), ("Rally", 1)):
            events.create(session, EventDraft(title=title, timezone="America/Chicago",
                                              all_day=True, start=dt.datetime(2030, 6, 1),
                                              end=dt.datetime(2030, 6, last)))  # fmt: skip
    model = EventTableModel(database)
    shown = {
        model.index(row, EventTableModel.COL_TITLE).data(): model.index(
            row, EventTableModel.COL_WHEN
        ).data()
        for row in range(model.rowCount())
    }
    day = locale_formats.date_format()
    first, third = QDate(2030, 6, 1), QDate(2030, 6, 3)
    strike = shown["Three-day strike"]
    assert " – " in strike
    begins, ends = strike.split(" – ")
    assert begins.endswith(QLocale().toString(first, day))
    assert ends.endswith(QLocale().toString(third, day))
    assert " – " not in shown["Rally"]
