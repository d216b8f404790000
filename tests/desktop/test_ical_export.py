"""Feeds, checked by parsing them back: icalendar, recurring_ical_events and dateutil's tzical."""

from __future__ import annotations

import datetime as dt
import io

import icalendar
import pytest
import recurring_ical_events
from dateutil.tz import tzical

from desktop import events
from desktop.events import EventDraft
from desktop.ical.feed import FeedOptions, export_feed
from desktop.ical.vtimezone import vtimezone_lines

UTC = dt.UTC
CHICAGO = "America/Chicago"


def _add(session, **values) -> int:
    values.setdefault("timezone", CHICAGO)
    values.setdefault("visibility", "public")
    event = events.create(session, EventDraft(**values))
    return event.id


def _feed(database, **options) -> bytes:
    with database.sessions.begin() as session:
        return export_feed(session, FeedOptions(**options))


def _parse(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def _app_instants(database, start, end) -> set[tuple[str, dt.datetime]]:
    with database.sessions.begin() as session:
        found = events.occurrences_between(session, start, end)
    return {(o.uid, o.start.astimezone(UTC)) for o in found if not o.all_day}


def _feed_instants(data: bytes, start, end) -> set[tuple[str, dt.datetime]]:
    found = recurring_ical_events.of(_parse(data)).between(start, end)
    return {
        (str(c["UID"]), c["DTSTART"].dt.astimezone(UTC))
        for c in found
        if isinstance(c["DTSTART"].dt, dt.datetime)
    }


@pytest.fixture
def weekly(database):
    """A weekly 18:00 picket in Chicago through both DST changes of 2030, one week skipped."""
    with database.sessions.begin() as session:
        return _add(
            session,
            title="Weekly picket",
            start=dt.datetime(2030, 2, 5, 18, 0),
            end=dt.datetime(2030, 2, 5, 19, 30),
            rrule="FREQ=WEEKLY;COUNT=45",
            exdates=["2030-04-02T18:00"],
        )


def test_feed_header_follows_the_design_rules(database, weekly):
    data = _feed(database)
    calendar = _parse(data)
    assert str(calendar["VERSION"]) == "2.0"
    assert "Turnout" in str(calendar["PRODID"])
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert "METHOD" not in calendar  # a feed is a snapshot
    assert str(calendar["NAME"]) == str(calendar["X-WR-CALNAME"])
    assert b"\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n" in data
    assert b"\r\nX-PUBLISHED-TTL:PT6H\r\n" in data
    # CRLF everywhere and no line longer than 75 octets.
    assert data.count(b"\n") == data.count(b"\r\n")
    assert max(len(line) for line in data.split(b"\r\n")) <= 75


def test_every_vevent_carries_the_required_properties(database, weekly):
    with database.sessions.begin() as session:
        place = events.place_named(session, "Main gate", "1 Factory Rd")
        place.latitude, place.longitude = 41.88, -87.63
        _add(session, title="Rally", start=dt.datetime(2030, 7, 1, 12), place_id=place.id,
             url="https://example.org/rally", description="Bring signs.")  # fmt: skip
    calendar = _parse(_feed(database))
    vevents = calendar.walk("VEVENT")
    assert len(vevents) == 2
    for vevent in vevents:
        for name in ("UID", "DTSTAMP", "SEQUENCE", "CREATED", "LAST-MODIFIED", "STATUS",
                     "CATEGORIES", "DTSTART", "DTEND"):  # fmt: skip
            assert name in vevent, name
        assert vevent["DTSTART"].params["TZID"] == CHICAGO  # never floating
    rally = next(v for v in vevents if str(v["SUMMARY"]) == "Rally")
    assert rally["GEO"].latitude == pytest.approx(41.88)
    assert str(rally["URL"]) == "https://example.org/rally"
    assert str(rally["LOCATION"]).startswith("Main gate, 1 Factory Rd")
    assert "Bring signs." in str(rally["DESCRIPTION"])
    tzids = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    assert tzids == {CHICAGO}


def test_weekly_occurrences_match_the_app_across_both_dst_changes(database, weekly):
    start = dt.datetime(2030, 1, 1, tzinfo=UTC)
    end = dt.datetime(2031, 1, 1, tzinfo=UTC)
    data = _feed(database)
    exported = _feed_instants(data, start, end)
    assert exported == _app_instants(database, start, end)
    assert len(exported) == 44  # 45 weeks, one excluded
    # 18:00 local on both sides of 10 March and 3 November 2030.
    hours = {instant.astimezone(events.zone(CHICAGO)).hour for _, instant in exported}
    assert hours == {18}
    offsets = {instant.astimezone(events.zone(CHICAGO)).utcoffset() for _, instant in exported}
    assert offsets == {dt.timedelta(hours=-6), dt.timedelta(hours=-5)}


def test_the_vtimezone_is_read_the_same_by_dateutil_and_icalendar(database, weekly):
    """A third, independent parser: dateutil's own RFC 5545 VTIMEZONE reader."""
    calendar = _parse(_feed(database))
    component = calendar.walk("VTIMEZONE")[0]
    text = component.to_ical().decode()
    assert "RDATE" not in text and "RRULE:FREQ=YEARLY" in text
    by_dateutil = tzical(io.StringIO(text)).get(CHICAGO)
    by_icalendar = component.to_tz()
    real = events.zone(CHICAGO)
    for wall in (dt.datetime(2030, 1, 15, 18), dt.datetime(2030, 7, 15, 18),
                 dt.datetime(2030, 3, 11, 18), dt.datetime(2030, 11, 4, 18),
                 dt.datetime(2041, 6, 1, 9), dt.datetime(2099, 12, 1, 9)):  # fmt: skip
        expected = wall.replace(tzinfo=real).utcoffset()
        instant = wall.replace(tzinfo=real).astimezone(UTC)
        assert wall.replace(tzinfo=by_dateutil).utcoffset() == expected, wall
        assert instant.astimezone(by_icalendar).utcoffset() == expected, wall


@pytest.mark.parametrize(
    "name",
    [
        "America/Chicago",
        "Europe/Berlin",
        "Europe/Dublin",  # "negative DST" in tzdata
        "Asia/Jerusalem",  # Friday before the last Sunday of March
        "Australia/Sydney",  # southern hemisphere
        "Australia/Lord_Howe",  # a 30-minute change
        "Pacific/Chatham",  # +12:45
        "America/Grand_Turk",  # left the US rules 2015-2018
        "Africa/Casablanca",  # no yearly pattern
        "Asia/Tokyo",  # no DST at all
        "America/Nuuk",  # changed rules in 2023
    ],
)
def test_vtimezones_agree_with_zoneinfo_for_years_ahead(name):
    real = events.zone(name)
    text = "\r\n".join(vtimezone_lines(name, 2020)) + "\r\n"
    assert "RDATE" not in text
    by_dateutil = tzical(io.StringIO(text)).get(name)
    by_icalendar = icalendar.Timezone.from_ical(text).to_tz()
    # Noon on the 1st and 15th of every month, 2020-2045: away from any change.
    for year in range(2020, 2046):
        for month in range(1, 13):
            for day in (1, 15):
                instant = dt.datetime(year, month, day, 12, tzinfo=UTC)
                expected = instant.astimezone(real).utcoffset()
                wall = instant.astimezone(real).replace(tzinfo=None)
                assert wall.replace(tzinfo=by_dateutil).utcoffset() == expected, (name, wall)
                assert instant.astimezone(by_icalendar).utcoffset() == expected, (name, wall)


def test_all_day_events_are_dates_with_an_exclusive_end(database):
    with database.sessions.begin() as session:
        _add(session, title="Strike", start=dt.datetime(2030, 3, 9), end=dt.datetime(2030, 3, 10),
             all_day=True, rrule="FREQ=YEARLY;COUNT=3")  # fmt: skip
    data = _feed(database)
    vevent = _parse(data).walk("VEVENT")[0]
    assert b"DTSTART;VALUE=DATE:20300309" in data
    assert vevent["DTEND"].dt == dt.date(2030, 3, 11)
    found = recurring_ical_events.of(_parse(data)).between(dt.date(2030, 1, 1), dt.date(2033, 1, 1))
    exported = sorted((c["DTSTART"].dt, c["DTEND"].dt) for c in found)
    with database.sessions.begin() as session:
        app = events.occurrences_between(
            session, dt.datetime(2030, 1, 1, tzinfo=UTC), dt.datetime(2033, 1, 1, tzinfo=UTC)
        )
    assert exported == sorted((o.start.date(), o.end.date()) for o in app)
    assert [start for start, _ in exported] == [
        dt.date(2030, 3, 9), dt.date(2031, 3, 9), dt.date(2032, 3, 9)
    ]  # fmt: skip


def test_cancelled_events_stay_in_the_feed_with_a_higher_sequence(database):
    with database.sessions.begin() as session:
        event_id = _add(session, title="March", start=dt.datetime(2030, 5, 1, 12))
    with database.sessions.begin() as session:
        event = session.get(events.Event, event_id)
        draft = events.draft_of(event)
        draft.status = "cancelled"
        events.update(session, event, draft)
    vevent = _parse(_feed(database, public=True)).walk("VEVENT")[0]
    assert str(vevent["STATUS"]) == "CANCELLED"
    assert int(vevent["SEQUENCE"]) == 1


def test_nothing_changed_gives_the_same_bytes(database, weekly):
    first = _feed(database)
    assert _feed(database) == first
    assert _feed(database, public=True) == _feed(database, public=True)


def test_range_and_campaign_choose_the_events(database, weekly):
    from db.models import Campaign

    with database.sessions.begin() as session:
        campaign = Campaign(name="Spring")
        session.add(campaign)
        session.flush()
        _add(session, title="Later rally", start=dt.datetime(2031, 6, 1, 12),
             campaign_id=campaign.id)  # fmt: skip
    summaries = lambda data: sorted(str(v["SUMMARY"]) for v in _parse(data).walk("VEVENT"))  # noqa: E731
    assert summaries(_feed(database)) == ["Later rally", "Weekly picket"]
    assert summaries(_feed(database, campaign="Spring")) == ["Later rally"]
    assert summaries(_feed(database, start=dt.date(2031, 1, 1))) == ["Later rally"]
    assert summaries(_feed(database, end=dt.date(2030, 3, 1))) == ["Weekly picket"]


def test_cli_export_writes_a_file_and_refuses_bad_input(run_cli, database, weekly, tmp_path):
    target = tmp_path / "feed.ics"
    code, _out, err = run_cli("export", "ics", "--public", "-o", str(target))
    assert (code, err) == (0, "")
    assert _parse(target.read_bytes()).walk("VEVENT")
    code, _, err = run_cli("export", "ics", "--campaign", "Nope")
    assert code == 1 and "no campaign" in err and "Traceback" not in err
    code, _, err = run_cli("export", "ics", "--from", "2030-05-01", "--to", "2030-01-01")
    assert code == 1 and "before" in err
    code, _, err = run_cli("export", "ics", "--from", "someday")
    assert code == 1 and "someday" in err


def test_utc_like_zones_are_written_with_z_and_need_no_vtimezone(database):
    with database.sessions.begin() as session:
        for name in ("UTC", "GMT", "Etc/GMT"):
            _add(session, title=name, start=dt.datetime(2030, 1, 8, 9), timezone=name)
    calendar = _parse(_feed(database))
    assert calendar.walk("VTIMEZONE") == []
    for vevent in calendar.walk("VEVENT"):
        assert vevent["DTSTART"].dt == dt.datetime(2030, 1, 8, 9, tzinfo=UTC)
