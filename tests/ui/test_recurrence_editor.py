"""The recurrence editor on its own: the rule it writes and the words it shows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt

from ui.recurrence_editor import RecurrenceEditor

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def editor(qtbot) -> RecurrenceEditor:
    shown = RecurrenceEditor()
    qtbot.addWidget(shown)
    shown.set_zone("America/Chicago")
    shown.set_start(dt.datetime(2030, 3, 28, 18, 0), False)  # the last Thursday of March
    shown.show()
    return shown


def choose(editor: RecurrenceEditor, frequency: str, ends: str = "never") -> None:
    editor.frequency.setCurrentIndex(editor.frequency.findData(frequency))
    editor.ends.setCurrentIndex(editor.ends.findData(ends))


def test_no_repeat_writes_no_rule(editor):
    assert editor.rule() is None and editor.exdates() == []
    assert editor.summary.text() == "Happens once."
    assert not editor.interval.isVisible()


def test_daily_every_other_day_ten_times(editor):
    choose(editor, "daily", "count")
    editor.interval.setValue(2)
    assert editor.rule() == "FREQ=DAILY;INTERVAL=2;COUNT=10"
    assert editor.summary.text() == "Every 2 days, 10 times."
    assert editor.interval_unit.text() == "days"


def test_weekly_defaults_to_the_start_day(editor):
    choose(editor, "weekly")
    assert editor.weekdays["MO"].isVisible()
    assert editor.rule() == "FREQ=WEEKLY;BYDAY=TH"
    assert editor.summary.text() == "Every Thursday."


def test_last_weekday_of_the_month_and_until_in_the_events_zone(editor):
    choose(editor, "monthly_weekday", "until")
    editor.until.setDate(QDate(2030, 12, 31))
    # 23:59:59 on 31 December in Chicago is 05:59:59 UTC on 1 January.
    assert editor.rule() == "FREQ=MONTHLY;BYDAY=-1TH;UNTIL=20310101T055959Z"
    assert editor.summary.text() == "Every month on the last Thursday until 31 December 2030."


def test_yearly(editor):
    choose(editor, "yearly")
    assert editor.rule() == "FREQ=YEARLY"
    assert editor.summary.text() == "Every year on 28 March."


def test_a_stored_rule_loads_into_the_choices(editor):
    editor.load("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20310101T055959Z", ["2030-04-03"])
    assert editor.frequency.currentData() == "weekly"
    assert editor.interval.value() == 2
    assert [c for c, box in editor.weekdays.items() if box.isChecked()] == ["MO", "TH"]
    assert editor.until.date() == QDate(2030, 12, 31)
    assert editor.rule() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20310101T055959Z"
    assert editor.exdates() == ["2030-04-03T18:00"]
    assert editor.summary.text() == (
        "Every 2 weeks on Monday and Thursday until 31 December 2030, except 1 date."
    )


def test_removing_an_excluded_date(qtbot, editor):
    editor.load("FREQ=DAILY", ["2030-04-01", "2030-04-02"])
    editor.excluded.setCurrentIndex(editor.excluded_model.index(0))
    editor.exclude_remove.click()
    assert editor.exdates() == ["2030-04-02T18:00"]


def test_custom_rule_keeps_its_text(editor):
    editor.load("FREQ=MONTHLY;BYMONTHDAY=1,15", [])
    assert editor.frequency.currentData() == "custom"
    assert editor.custom.isVisible()
    assert editor.rule() == "FREQ=MONTHLY;BYMONTHDAY=1,15"


def _pick_weekly_by_keyboard(qtbot, editor) -> None:
    editor.frequency.setFocus()
    while editor.frequency.currentData() != "weekly":
        qtbot.keyClick(editor.frequency, Qt.Key.Key_Down)


def test_picking_weekly_ticks_the_start_weekday(qtbot):
    editor = RecurrenceEditor()
    qtbot.addWidget(editor)
    editor.set_start(dt.datetime(2019, 7, 2, 18, 0), False)  # a Tuesday
    editor.show()
    _pick_weekly_by_keyboard(qtbot, editor)
    ticked = [code for code, box in editor.weekdays.items() if box.isChecked()]
    assert ticked == ["TU"]
    assert editor.summary.text() == "Every Tuesday."
    assert editor.rule() == "FREQ=WEEKLY;BYDAY=TU"


def test_the_ticked_start_day_follows_the_start_until_days_are_chosen(qtbot, editor):
    _pick_weekly_by_keyboard(qtbot, editor)
    assert [c for c, b in editor.weekdays.items() if b.isChecked()] == ["TH"]
    editor.set_start(dt.datetime(2030, 3, 30, 18, 0), False)  # a Saturday
    assert [c for c, b in editor.weekdays.items() if b.isChecked()] == ["SA"]
    qtbot.mouseClick(editor.weekdays["MO"], Qt.MouseButton.LeftButton, pos=QPoint(6, 6))
    editor.set_start(dt.datetime(2030, 3, 31, 18, 0), False)
    assert [c for c, b in editor.weekdays.items() if b.isChecked()] == ["MO", "SA"]


def test_a_stored_weekly_rule_keeps_its_days(editor):
    editor.load("FREQ=WEEKLY;BYDAY=MO,WE", [])
    assert [c for c, b in editor.weekdays.items() if b.isChecked()] == ["MO", "WE"]
