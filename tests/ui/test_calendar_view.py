"""The calendar driven like a person: clicks on days and occurrences, keys, buttons."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from db.models import Campaign
from desktop import events
from desktop.events import EventDraft
from ui.calendar_grid import MONTH, WEEK
from ui.calendar_view import CalendarView, DayAgendaModel

ZONE = "Europe/Berlin"

# The offscreen platform says so whenever a shown window gets a minimum size from its layout.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\))"
)


def _add(session, title, start, **values) -> int:
    draft = EventDraft(title=title, start=start, timezone=ZONE, **values)
    return events.create(session, draft).id


@pytest.fixture
def may_2030(database):
    """A month with a one-off, a cancelled action, a weekly series and a campaign colour."""
    with database.sessions.begin() as session:
        campaign = Campaign(name="Heat Strike", colour="#1b7f3a")
        session.add(campaign)
        session.flush()
        ids = {
            "rally": _add(
                session, "Rally at the depot", dt.datetime(2030, 5, 14, 17), campaign_id=campaign.id
            ),
            "cancelled": _add(
                session, "Called-off vigil", dt.datetime(2030, 5, 16, 20), status="cancelled"
            ),
            "weekly": _add(
                session,
                "Weekly picket",
                dt.datetime(2030, 4, 1, 7),
                rrule="FREQ=WEEKLY;BYDAY=MO",
            ),
        }
    return ids


@pytest.fixture
def view(qtbot, database):
    widget = CalendarView(database)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_current_date(QDate(2030, 5, 10))
    return widget


def _empty_spot(view: CalendarView, day: dt.date) -> QPoint:
    rect = view.grid.cell_rect(day)
    assert not rect.isEmpty()
    return QPoint(rect.center().x(), rect.bottom() - 4)


def _days_with(view: CalendarView, title: str) -> list[dt.date]:
    first, count = view.grid.visible_range()
    days = [first + dt.timedelta(days=n) for n in range(count)]
    return [d for d in days if any(o.title == title for o in view.grid.occurrences_on(d))]


def test_month_shows_each_occurrence_on_its_day(may_2030, view):
    assert view.mode() == MONTH
    assert view.title_label.text() == "May 2030"
    assert _days_with(view, "Rally at the depot") == [dt.date(2030, 5, 14)]
    # Mondays of the six visible weeks (29 Apr ... 3 Jun): the series expands only there.
    mondays = _days_with(view, "Weekly picket")
    assert mondays[0] == dt.date(2030, 4, 29) and mondays[-1] == dt.date(2030, 6, 3)
    assert len(mondays) == 6 and all(day.isoweekday() == 1 for day in mondays)


def test_double_click_on_an_occurrence_opens_its_event(qtbot, may_2030, view):
    (chip,) = view.grid.chip_rects(may_2030["rally"])
    with qtbot.waitSignal(view.eventActivated) as blocker:
        qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=chip.center())
    assert blocker.args == [may_2030["rally"]]


def test_double_click_on_an_empty_day_asks_for_a_new_event_there(qtbot, may_2030, view):
    spot = _empty_spot(view, dt.date(2030, 5, 22))
    with qtbot.waitSignal(view.newEventRequested) as blocker:
        qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=spot)
    assert blocker.args == [QDate(2030, 5, 22)]


def test_click_selects_the_day_and_shows_its_agenda(qtbot, may_2030, view):
    qtbot.mouseClick(
        view.grid, Qt.MouseButton.LeftButton, pos=_empty_spot(view, dt.date(2030, 5, 14))
    )
    assert view.current_date() == QDate(2030, 5, 14)
    model = view.agenda.model()
    assert model.rowCount() == 1
    assert "Rally at the depot" in model.index(0, 0).data()
    assert model.index(0, 0).data(DayAgendaModel.CampaignColourRole).name() == "#1b7f3a"


def test_cancelled_occurrence_is_struck_through(qtbot, may_2030, view):
    view.set_current_date(QDate(2030, 5, 16))
    index = view.agenda.model().index(0, 0)
    assert "Called-off vigil" in index.data()
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "cancelled" in index.data()


def test_keyboard_navigation(qtbot, may_2030, view):
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_Right)
    assert view.current_date() == QDate(2030, 5, 11)
    qtbot.keyClick(view.grid, Qt.Key.Key_Down)
    assert view.current_date() == QDate(2030, 5, 18)
    qtbot.keyClick(view.grid, Qt.Key.Key_Left)
    qtbot.keyClick(view.grid, Qt.Key.Key_Up)
    assert view.current_date() == QDate(2030, 5, 10)
    qtbot.keyClick(view.grid, Qt.Key.Key_PageDown)
    assert view.current_date() == QDate(2030, 6, 10)
    assert view.title_label.text() == "June 2030"
    qtbot.keyClick(view.grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(view.grid, Qt.Key.Key_PageUp)
    assert view.current_date() == QDate(2030, 4, 10)
    qtbot.keyClick(view.grid, Qt.Key.Key_Home)
    assert view.current_date() == QDate.currentDate()
    view.set_current_date(QDate(2030, 5, 10))
    qtbot.keyClick(view.grid, Qt.Key.Key_T)
    assert view.current_date() == QDate.currentDate()


def test_enter_on_an_empty_day_asks_for_an_event_and_on_a_busy_day_opens_the_agenda(
    qtbot, may_2030, view
):
    view.set_current_date(QDate(2030, 5, 22))
    view.grid.setFocus()
    with qtbot.waitSignal(view.newEventRequested) as blocker:
        qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    assert blocker.args == [QDate(2030, 5, 22)]
    view.set_current_date(QDate(2030, 5, 14))
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    assert view.agenda.hasFocus()
    with qtbot.waitSignal(view.eventActivated) as blocker:
        qtbot.keyClick(view.agenda, Qt.Key.Key_Return)
    assert blocker.args == [may_2030["rally"]]


def test_buttons_move_by_month_and_back_to_today(qtbot, may_2030, view):
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.current_date() == QDate(2030, 6, 10)
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.current_date() == QDate(2030, 4, 10)
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.current_date() == QDate.currentDate()


def test_week_view_moves_by_week(qtbot, may_2030, view):
    qtbot.mouseClick(view.week_button, Qt.MouseButton.LeftButton)
    assert view.mode() == WEEK
    first, count = view.grid.visible_range()
    assert count == 7 and first <= dt.date(2030, 5, 10) < first + dt.timedelta(days=7)
    assert _days_with(view, "Weekly picket") == [dt.date(2030, 5, 6)]
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.current_date() == QDate(2030, 5, 17)
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_PageDown)
    assert view.current_date() == QDate(2030, 5, 24)
    (chip,) = view.grid.chip_rects(may_2030["weekly"])
    with qtbot.waitSignal(view.eventActivated) as blocker:
        qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=chip.center())
    assert blocker.args == [may_2030["weekly"]]


def test_refresh_shows_new_events_and_colour_changes(qtbot, database, view):
    with database.sessions.begin() as session:
        _add(session, "Sudden walkout", dt.datetime(2030, 5, 21, 12))
    assert _days_with(view, "Sudden walkout") == []
    view.refresh()
    assert _days_with(view, "Sudden walkout") == [dt.date(2030, 5, 21)]


def test_a_thousand_unending_series_expand_only_inside_the_month(qtbot, database, view):
    with database.sessions.begin() as session:
        for n in range(1000):
            rule = ("FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=MONTHLY;BYMONTHDAY=1")[n % 3]
            _add(session, f"Series {n}", dt.datetime(2029, 1 + n % 12, 1, 8 + n % 10), rrule=rule)
    view.refresh()
    first, count = view.grid.visible_range()
    total = sum(len(view.grid.occurrences_on(first + dt.timedelta(days=n))) for n in range(count))
    # 334 daily series x 42 days, 333 twice-weekly x 12, 333 monthly on the 1st x 2 (May, June).
    assert total == 334 * 42 + 333 * 12 + 333 * 2
    view.grid.repaint()  # draws "+N more" rather than every chip
    assert len(view.grid.chip_rects(5)) < 42
    # "+N more" opens the week, and there the day's full list.
    wednesday = dt.date(2030, 5, 15)
    more = view.grid.more_rect(wednesday)
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=more.center())
    assert view.mode() == WEEK
    assert view.current_date() == QDate(2030, 5, 15)
    more = view.grid.more_rect(wednesday)
    assert not more.isEmpty()
    qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=more.center())
    assert view.agenda.hasFocus()
    assert view.agenda_model.rowCount() == 334  # the daily series; Wednesday is not MO or TH


def test_agenda_model_passes_the_model_tester(qtmodeltester, may_2030, view):
    view.set_current_date(QDate(2030, 5, 14))
    qtmodeltester.check(view.agenda_model)


def test_tab_reaches_every_control(qtbot, view):
    chain = []
    widget = view.previous_button
    widget.setFocus()
    for _ in range(10):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
    for control in (view.today_button, view.next_button, view.grid, view.agenda, view.new_button):
        assert control in chain
        assert control.accessibleName()


def test_a_hidden_calendar_reloads_when_shown(qtbot, database, view):
    view.hide()
    with database.sessions.begin() as session:
        _add(session, "Added while hidden", dt.datetime(2030, 5, 23, 12))
    view.refresh()
    view.show()
    qtbot.waitExposed(view)
    assert _days_with(view, "Added while hidden") == [dt.date(2030, 5, 23)]


def test_hovering_an_occurrence_shows_it_whole_as_plain_text(qtbot, database, view):
    with database.sessions.begin() as session:
        event_id = _add(session, "<b>Bold</b> & more", dt.datetime(2030, 5, 23, 12))
    view.refresh()
    (chip,) = view.grid.chip_rects(event_id)
    center = chip.center()
    tip = QHelpEvent(QEvent.Type.ToolTip, center, view.grid.mapToGlobal(center))
    QApplication.sendEvent(view.grid, tip)
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; more" in QToolTip.text()
    QToolTip.hideText()
