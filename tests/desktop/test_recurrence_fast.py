"""The shortcuts of recurrence expansion give exactly what a full dateutil walk gives.

Plain daily and weekly rules are expanded by arithmetic from just before the window, and rule
texts are read once; both must change nothing a person sees: same starts, same zones, same
exclusions, across daylight-saving changes, COUNT, UNTIL and all-day series.
"""

from __future__ import annotations

import datetime as dt

from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop import recurrence
from desktop.recurrence import Series
from desktop.timeutil import UTC, localize

ZONES = ["America/Chicago", "Europe/Berlin", "Australia/Lord_Howe", "America/St_Johns", "UTC",
         "Asia/Kathmandu", "America/Sao_Paulo"]  # fmt: skip
# Rules the arithmetic does not take (another day, several days, BYxxx, invalid).
WALKED = ("FREQ=WEEKLY;BYDAY=MO", "FREQ=WEEKLY;BYDAY=SU,MO", "FREQ=DAILY;BYDAY=SU", "FREQ=MONTHLY",
          "FREQ=WEEKLY;INTERVAL=0", "FREQ=DAILY;COUNT=3;UNTIL=20300110")  # fmt: skip
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def full_walk(series: Series, window_start: dt.datetime, window_end: dt.datetime):
    """What occurrence_starts promises, by walking every step from the first start."""
    start = series.start if series.all_day else series.start.replace(tzinfo=_zone(series))
    rule = rrulestr(recurrence.normalised_rule(series), dtstart=start)
    found = []
    for step, begin in enumerate(rule):
        if step > 100_000:
            break
        instant = (
            localize(begin, series.timezone).astimezone(UTC)
            if series.all_day
            else begin.astimezone(UTC)
        )
        if instant >= window_end:
            break
        if series.duration and instant + series.duration <= window_start:
            continue
        if not series.duration and instant < window_start:
            continue
        if recurrence.exdate_key(begin, series.all_day) in series.exdates:
            continue
        found.append(begin)
    return found


def _zone(series: Series):
    from desktop.timeutil import zone

    return zone(series.timezone)


@st.composite
def cases(draw):
    all_day = draw(st.booleans())
    start = draw(st.datetimes(min_value=dt.datetime(2001, 1, 1), max_value=dt.datetime(2035, 1, 1)))
    if all_day:
        start = start.replace(hour=0, minute=0, second=0, microsecond=0)
        duration = dt.timedelta(days=draw(st.integers(1, 3)))
    else:
        start = start.replace(minute=draw(st.sampled_from([0, 30])), second=0, microsecond=0)
        duration = dt.timedelta(minutes=draw(st.sampled_from([0, 30, 120, 600, 1500])))
    freq = draw(st.sampled_from(["DAILY", "WEEKLY"]))
    rule = f"FREQ={freq}"
    if draw(st.booleans()):
        rule += f";INTERVAL={draw(st.integers(1, 4))}"
    if freq == "WEEKLY" and draw(st.booleans()):
        rule += f";BYDAY={DAYS[start.weekday()]}"
    end = draw(st.sampled_from(["count", "until", "none"]))
    window_day = None
    if end == "count":
        rule += f";COUNT={draw(st.integers(1, 120))}"
    elif end == "until":
        # Near an occurrence (a minute or an hour either side), where an off-by-one shows.
        nudge = dt.timedelta(minutes=draw(st.sampled_from([-61, -1, 0, 1, 59, 61])))
        until = start + dt.timedelta(days=draw(st.integers(0, 900))) + nudge
        rule += f";UNTIL={until:%Y%m%d}" if draw(st.booleans()) else f";UNTIL={until:%Y%m%dT%H%M%S}"
        if draw(st.booleans()):
            window_day = until.date() - dt.timedelta(days=draw(st.integers(0, 20)))
    if draw(st.booleans()):
        rule += ";WKST=SU"
    if window_day is None:
        window_day = start.date() + dt.timedelta(days=draw(st.integers(-30, 1500)))
    window_start = dt.datetime.combine(window_day, dt.time(), UTC) + dt.timedelta(
        hours=draw(st.integers(0, 23))
    )
    window_end = window_start + dt.timedelta(days=draw(st.integers(1, 60)))
    series = Series(start, duration, draw(st.sampled_from(ZONES)), rule, (), all_day)
    near = full_walk(series, window_start - dt.timedelta(days=10), window_end)
    excluded = draw(st.lists(st.sampled_from(near), max_size=3)) if near else []
    keys = tuple(recurrence.exdate_key(s, all_day) for s in excluded)
    return Series(start, duration, series.timezone, rule, keys, all_day), window_start, window_end


@settings(max_examples=300, deadline=None)
@given(cases())
def test_plain_rules_expand_as_a_full_walk_does(case):
    series, window_start, window_end = case
    assert recurrence._simple_walk(series, window_start) is not None
    expected = full_walk(series, window_start, window_end)
    found = recurrence.occurrence_starts(series, window_start, window_end)
    assert found == expected
    assert [s.utcoffset() for s in found] == [s.utcoffset() for s in expected]


@settings(max_examples=150, deadline=None)
@given(
    st.datetimes(min_value=dt.datetime(2001, 1, 1), max_value=dt.datetime(2035, 1, 1)),
    st.sampled_from(
        [
            "FREQ=MONTHLY;BYMONTHDAY=15;COUNT=20",
            "FREQ=MONTHLY;BYDAY=2TU",
            "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=30",
            "FREQ=YEARLY;UNTIL=20400101",
            "FREQ=DAILY;BYMONTH=5,6",
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU",
        ]
    ),
    st.sampled_from(ZONES),
    st.integers(0, 2000),
)
def test_rules_read_once_give_the_same_starts(start, rule, zone_name, offset):
    """build_rule reads each rule text once and moves it to each start."""
    start = start.replace(second=0, microsecond=0)
    series = Series(start, dt.timedelta(hours=2), zone_name, rule)
    window_start = dt.datetime.combine(start.date(), dt.time(), UTC) + dt.timedelta(days=offset)
    window_end = window_start + dt.timedelta(days=45)
    assert recurrence.occurrence_starts(series, window_start, window_end) == full_walk(
        series, window_start, window_end
    )


def test_other_rules_are_walked_by_dateutil():
    start = dt.datetime(2030, 1, 6, 18)
    for rule in WALKED:
        series = Series(start, dt.timedelta(hours=1), "Europe/Berlin", rule)
        assert recurrence._simple_walk(series, dt.datetime(2030, 2, 1, tzinfo=UTC)) is None
