"""Scrolling a long events list in the window: memory stays bounded, and what is shown after
scrolling away and back (rows, strike-through, greying, selection, sorting) is right."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from sqlalchemy import insert

from db.models import Event
from desktop.timeutil import UTC
from ui.event_table_model import CACHED_PAGES, PAGE_SIZE, EventTableModel
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

COUNT = 5_000
START = dt.datetime(2020, 1, 1, 9, tzinfo=UTC)
MOST = CACHED_PAGES * PAGE_SIZE


def _title(n: int) -> str:
    return f"Event {n:05d}"


@pytest.fixture
def long_list(database):
    """5,000 events an hour apart from 2020 on (so the first ones are past), every seventh
    cancelled. Inserted in one statement: the services that create events are tested
    elsewhere."""
    with database.sessions.begin() as session:
        session.execute(
            insert(Event),
            [
                {
                    "title": _title(n),
                    "starts_at": START + dt.timedelta(days=n),
                    "ends_at": START + dt.timedelta(days=n, minutes=30),
                    "timezone": "UTC",
                    "status": "cancelled" if n % 7 == 0 else "planned",
                }
                for n in range(COUNT)
            ],
        )
    return database


@pytest.fixture
def window(qtbot, long_list):
    shown = MainWindow(long_list)
    qtbot.addWidget(shown)
    shown.resize(1000, 600)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.live_updates.stop()


def _visible_titles(window: MainWindow) -> list[str]:
    """The titles painted in the list's viewport, top to bottom."""
    view = window.events_view
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    if last < 0:
        last = window.events_proxy.rowCount() - 1
    return [
        window.events_proxy.index(row, EventTableModel.COL_TITLE).data()
        for row in range(first, last + 1)
    ]


def _drag_to_end(qtbot, window: MainWindow) -> int:
    """Drags the scroll bar to the bottom until every row is there, as a person would; the
    most rows held in memory at any time meanwhile."""
    bar = window.events_view.verticalScrollBar()
    model = window.events_model
    most = model.cached_rows()
    for _ in range(COUNT // PAGE_SIZE + 5):
        bar.setValue(bar.maximum())
        qtbot.wait(1)  # the view asks for more rows and paints them
        most = max(most, model.cached_rows())
        if not model.canFetchMore():
            break
    bar.setValue(bar.maximum())
    qtbot.wait(1)
    return most


def _click_row(qtbot, window: MainWindow, row: int) -> None:
    index = window.events_proxy.index(row, EventTableModel.COL_TITLE)
    window.events_view.scrollTo(index)
    rect = window.events_view.visualRect(index)
    qtbot.mouseClick(window.events_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_scrolling_to_the_end_and_back_keeps_few_rows_and_shows_the_right_ones(qtbot, window):
    model = window.events_model
    assert _visible_titles(window)[0] == _title(0)
    _click_row(qtbot, window, 2)
    selected = window.selected_event_id()
    assert selected is not None

    most = _drag_to_end(qtbot, window)
    assert model.rowCount() == COUNT and not model.canFetchMore()
    assert most <= MOST < COUNT  # bounded all the way down, not every row scrolled past
    assert _visible_titles(window)[-1] == _title(COUNT - 1)
    assert window._status.text() == f"{COUNT} events"

    window.events_view.verticalScrollBar().setValue(0)  # and back to the top
    qtbot.wait(1)
    shown = _visible_titles(window)
    assert shown == [_title(n) for n in range(len(shown))]
    assert model.cached_rows() <= MOST
    # The row clicked before scrolling is still the selected one, and it is still row 2.
    assert window.selected_event_id() == selected
    assert window.events_view.currentIndex().row() == 2
    assert window.events_view.selectionModel().isRowSelected(2, QModelIndex())


def test_rows_read_again_are_struck_through_and_greyed_as_before(qtbot, window):
    proxy = window.events_proxy

    def looks(row: int) -> tuple[bool, bool]:
        index = proxy.index(row, EventTableModel.COL_TITLE)
        font = index.data(Qt.ItemDataRole.FontRole)
        return (font is not None and font.strikeOut(), index.data(Qt.ItemDataRole.ForegroundRole))

    before = {row: looks(row) for row in (0, 1, 7)}
    assert before[0][0] and before[7][0] and not before[1][0]  # every seventh is cancelled
    assert all(greyed is not None for _, greyed in before.values())  # 2020 is past
    _drag_to_end(qtbot, window)
    window.events_view.scrollToTop()
    qtbot.wait(1)
    after = {row: looks(row) for row in (0, 1, 7)}
    assert {row: struck for row, (struck, _) in after.items()} == {0: True, 1: False, 7: True}
    assert all(greyed is not None for _, greyed in after.values())
    # Events still to come (the last ones, in 2033) are not greyed.
    last = proxy.index(COUNT - 1, EventTableModel.COL_TITLE)
    assert last.data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_row_far_down_stays_selected_after_a_reload(qtbot, window):
    _drag_to_end(qtbot, window)
    _click_row(qtbot, window, COUNT - 3)
    selected = window.selected_event_id()
    assert window.events_proxy.index(COUNT - 3, EventTableModel.COL_TITLE).data() == _title(
        COUNT - 3
    )
    # What the window does after a change made anywhere (an edit, a teammate's change).
    window.after_change(selected)
    assert window.selected_event_id() == selected
    assert window.events_view.currentIndex().row() == COUNT - 3
    assert window.events_model.cached_rows() <= MOST
    assert _visible_titles(window)[-1] == _title(COUNT - 1)


def test_sorting_and_searching_after_scrolling_read_from_the_top(qtbot, window):
    _drag_to_end(qtbot, window)
    header = window.events_view.horizontalHeader()
    column = EventTableModel.COL_TITLE
    centre = QPoint(
        header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
        header.height() // 2,
    )
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.wait(1)  # the view lays the new rows out
    assert window.events_model.query_state()[1] == "title"
    # (The view keeps its scroll position, clamped to the one page now loaded.)
    window.events_view.scrollToTop()
    qtbot.wait(1)
    titles = _visible_titles(window)
    descending = window.events_model.query_state()[2]
    expected_first = _title(COUNT - 1) if descending else _title(0)
    assert titles[0] == expected_first
    assert window.events_model.cached_rows() <= 2 * PAGE_SIZE  # the old pages are gone

    qtbot.keyClicks(window.search, "0499")  # 00499 and 04990 to 04999
    qtbot.waitUntil(window.events_model.is_counted)
    qtbot.wait(1)
    expected = [_title(n) for n in (499, *range(4990, 5000))]
    assert sorted(_visible_titles(window)) == expected
    assert window._status.text() == "11 events shown (filtered)"
