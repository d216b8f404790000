"""benchmarks/generate.py makes a database the app can use (no timing here: see benchmarks/)."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select

from benchmarks.generate import make
from db.models import Event, EventOverride, Role, Task
from db.schema import open_database
from desktop import events, recurrence
from desktop.event_list import EventFilter, count_events, fetch_rows
from desktop.events import local_bounds
from desktop.exchange import dumps, export_data, import_data
from desktop.timeutil import UTC


def test_generated_database_is_valid_for_the_app(tmp_path):
    path = tmp_path / "generated.sqlite3"
    counts = make(path, 300, 200, seed=3)
    assert counts["events"] == 300 and counts["recurring"] > 20 and counts["contacts"] == 200

    database = open_database(path)
    with database.sessions() as session:
        # The list and its search work on it.
        assert count_events(session) == 300
        assert len(fetch_rows(session, 0, 128)) == 128
        assert count_events(session, EventFilter(text="picket")) > 0

        # Stored derived columns agree with what the app computes from the rule.
        series_events = session.scalars(select(Event).where(Event.rrule.is_not(None))).all()
        assert any(e.exdates for e in series_events)
        for event in series_events:
            start, _ = local_bounds(event)
            series = recurrence.Series(
                start, event.ends_at - event.starts_at, event.timezone, event.rrule
            )
            assert recurrence.normalised_rule(series) == event.rrule
            assert recurrence.series_end(series) == event.recurs_until
        for event in series_events:
            for excluded in event.exdates:
                # Each excluded date names a real occurrence of the series.
                start, _ = local_bounds(event)
                series = recurrence.Series(
                    start, event.ends_at - event.starts_at, event.timezone, event.rrule
                )
                keys = {
                    recurrence.exdate_key(s, False)
                    for s in recurrence.occurrence_starts(
                        series, event.starts_at, dt.datetime(2045, 1, 1, tzinfo=UTC)
                    )
                }
                assert excluded in keys
        assert session.scalar(select(func.count()).select_from(Role)) > 0
        assert session.scalar(select(func.count()).select_from(Task)) > 0
        assert session.scalar(select(func.count()).select_from(EventOverride)) >= 0
        assert {e.visibility for e in session.scalars(select(Event))} == {"public", "internal"}

        # Occurrences over the generated years, recurrences expanded.
        found = events.occurrences_between(
            session, dt.datetime(2016, 1, 1, tzinfo=UTC), dt.datetime(2028, 1, 1, tzinfo=UTC)
        )
        assert len(found) > 300
        assert len({o.timezone for o in found}) > 5

        # The JSON export reads it all and imports into a fresh database.
        data = json.loads(dumps(export_data(session)))
    database.close()
    assert len(data["events"]) == 300

    other = open_database(tmp_path / "copy.sqlite3")
    with other.sessions.begin() as session:
        assert import_data(session, data)["events"] == 300
    other.close()


def test_generation_is_deterministic(tmp_path):
    first = make(tmp_path / "a.sqlite3", 50, 20, seed=5)
    second = make(tmp_path / "b.sqlite3", 50, 20, seed=5)
    assert first == second


def test_monthly_series_on_the_31st_expands_in_any_later_month():
    # Found by the generated data: moving the walk's start near the window failed in short
    # months (ValueError "day is out of range for month") and the calendar stopped.
    series = recurrence.Series(
        dt.datetime(2025, 8, 31, 18),
        dt.timedelta(hours=2),
        "Europe/Berlin",
        "FREQ=MONTHLY;BYMONTHDAY=31",
    )
    found = recurrence.occurrence_starts(
        series, dt.datetime(2026, 1, 1, tzinfo=UTC), dt.datetime(2026, 6, 1, tzinfo=UTC)
    )
    assert [start.month for start in found] == [1, 3, 5]
    assert all(start.day == 31 and start.hour == 18 for start in found)
