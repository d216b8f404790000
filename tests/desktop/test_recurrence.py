"""Recurring events expand in their own zone, lazily, and always within bounds."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from desktop import events, recurrence
from desktop.errors import KnownError
from desktop.events import EventDraft

pytestmark = pytest.mark.postgres

UTC = dt.UTC
CHICAGO = ZoneInfo("America/Chicago")
WIDE = (dt.datetime(1990, 1, 1, tzinfo=UTC), dt.datetime(2100, 1, 1, tzinfo=UTC))


def _weekly_picket(session, rule="FREQ=WEEKLY;COUNT=10", **extra):
    draft = EventDraft(title="Picket", start=dt.datetime(2030, 3, 1, 18, 0),
                       end=dt.datetime(2030, 3, 1, 19, 0), timezone="America/Chicago",
                       rrule=rule, **extra)  # fmt: skip
    return events.create(session, draft)


def test_weekly_count_10_stays_at_18_local_across_the_march_change(session):
    _weekly_picket(session)
    found = events.occurrences_between(session, *WIDE)
    assert len(found) == 10
    assert {o.start.astimezone(CHICAGO).strftime("%H:%M") for o in found} == {"18:00"}
    offsets = {o.start.utcoffset() for o in found}
    assert offsets == {dt.timedelta(hours=-6), dt.timedelta(hours=-5)}  # both sides of DST
    assert found[0].start.date() == dt.date(2030, 3, 1)
    assert found[-1].start.date() == dt.date(2030, 5, 3)


def test_weekly_across_the_november_change_too(session):
    draft = EventDraft(title="Vigil", start=dt.datetime(2030, 10, 18, 18, 0),
                       timezone="America/Chicago", rrule="FREQ=WEEKLY;COUNT=5")  # fmt: skip
    events.create(session, draft)
    found = events.occurrences_between(session, *WIDE)
    assert [o.start.astimezone(UTC).hour for o in found] == [23, 23, 23, 0, 0]
    assert {o.start.hour for o in found} == {18}


def test_excluded_dates_are_skipped(session):
    _weekly_picket(session, exdates=["2030-03-15T18:00"])
    starts = [o.start.date() for o in events.occurrences_between(session, *WIDE)]
    assert dt.date(2030, 3, 15) not in starts
    assert len(starts) == 9


def test_until_in_local_time_includes_the_last_day(session):
    _weekly_picket(session, rule="FREQ=WEEKLY;UNTIL=20300322")
    starts = [o.start.date() for o in events.occurrences_between(session, *WIDE)]
    assert starts == [dt.date(2030, 3, 1), dt.date(2030, 3, 8), dt.date(2030, 3, 15),
                      dt.date(2030, 3, 22)]  # fmt: skip


def test_all_day_recurrence_gives_dates(session):
    draft = EventDraft(title="Strike day", start=dt.datetime(2030, 5, 1), all_day=True,
                       timezone="Europe/Paris", rrule="FREQ=YEARLY;COUNT=3")  # fmt: skip
    events.create(session, draft)
    found = events.occurrences_between(session, *WIDE)
    assert [o.as_json()["start"] for o in found] == ["2030-05-01", "2031-05-01", "2032-05-01"]
    assert all(o.start.hour == 0 and o.all_day for o in found)


def test_only_the_window_is_expanded(session):
    _weekly_picket(session, rule="FREQ=DAILY")  # no end at all
    start = dt.datetime(2031, 1, 1, tzinfo=UTC)
    found = events.occurrences_between(session, start, start + dt.timedelta(days=7))
    assert len(found) == 7


def test_a_billion_count_does_not_hang(session, hang_guard):
    event = _weekly_picket(session, rule="FREQ=DAILY;COUNT=1000000000")
    assert event.recurs_until is None  # too long to walk: treated as open-ended
    found = events.occurrences_between(session, *WIDE)
    assert 0 < len(found) <= recurrence.MAX_PER_WINDOW


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=SECONDLY", "daily, weekly, monthly or yearly"),
        ("FREQ=MINUTELY;COUNT=5", "daily, weekly, monthly or yearly"),
        ("COUNT=3", "has no FREQ"),
        ("FREQ=WEEKLY;BYDAY=XX", "is not valid"),
        ("FREQ=WEEKLY;UNTIL=20301345", "impossible UNTIL"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20300101", "is not valid"),
    ],
)
def test_unusable_rules_get_one_sentence(session, rule, message):
    draft = EventDraft(title="x", start=dt.datetime(2030, 3, 1, 18), timezone="UTC", rrule=rule)
    with pytest.raises(KnownError, match=message):
        events.create(session, draft)


def test_describe_in_plain_words():
    assert recurrence.describe("FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20300901") == (
        "Every week on Monday and Thursday until 2030-09-01"
    )
    assert recurrence.describe("RRULE:FREQ=MONTHLY;INTERVAL=2;COUNT=6") == (
        "Every 2 months, 6 times"
    )


@pytest.mark.parametrize(
    ("start", "rule"),
    [
        (dt.datetime(2019, 5, 7, 18, 0), "FREQ=WEEKLY;BYDAY=TU,TH"),
        (dt.datetime(2019, 5, 7, 18, 0), "FREQ=DAILY;INTERVAL=3"),
        (dt.datetime(2019, 1, 31, 9, 0), "FREQ=MONTHLY"),  # only months with a 31st
        (dt.datetime(2019, 1, 15, 9, 0), "FREQ=MONTHLY;INTERVAL=5"),
        (dt.datetime(2019, 1, 1, 9, 0), "FREQ=MONTHLY;BYDAY=-1FR"),
        (dt.datetime(2016, 2, 29, 9, 0), "FREQ=YEARLY"),
        (dt.datetime(2019, 3, 10, 2, 30), "FREQ=WEEKLY;INTERVAL=2;UNTIL=20400101"),
    ],
)
def test_a_late_window_gives_what_walking_from_the_start_gives(start, rule):
    """Starting the walk near the window is an optimisation: it must change no occurrence."""
    series = recurrence.Series(start, dt.timedelta(hours=2), "America/Chicago", rule)
    window = (dt.datetime(2031, 1, 1, tzinfo=UTC), dt.datetime(2033, 1, 1, tzinfo=UTC))
    walked = [
        start
        for start in recurrence.build_rule(series).between(
            window[0] - dt.timedelta(hours=2), window[1]
        )
        if start.astimezone(UTC) + dt.timedelta(hours=2) > window[0]
    ]
    assert recurrence.occurrence_starts(series, *window) == walked
    assert walked


def test_an_occurrence_in_the_spring_gap_moves_forward_alone():
    series = recurrence.Series(dt.datetime(2030, 3, 3, 2, 30), dt.timedelta(hours=1),
                               "America/Chicago", "FREQ=WEEKLY;COUNT=3")  # fmt: skip
    found = recurrence.occurrence_starts(series, *WIDE)
    as_utc = [s.astimezone(UTC).strftime("%m-%d %H:%M") for s in found]
    # 02:30 CST, then the gap (02:30 does not exist on 10 March: 03:30 CDT), then 02:30 CDT.
    assert as_utc == ["03-03 08:30", "03-10 08:30", "03-17 07:30"]
