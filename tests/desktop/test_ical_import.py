"""Importing .ics files: named quirks, preview before writing, SEQUENCE rules, round trips."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from db.models import Event, EventOverride, Place
from desktop import events
from desktop.errors import KnownError
from desktop.events import EventDraft
from desktop.ical import importer
from desktop.ical.feed import FeedOptions, export_feed

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "ical"
UTC = dt.UTC


def _import(database, *names_or_bytes):
    files = []
    for item in names_or_bytes:
        if isinstance(item, bytes):
            files.append(importer.read_bytes(item, "test.ics"))
        else:
            files.append(importer.read_path(HERE / item))
    with database.sessions.begin() as session:
        return importer.apply(session, files)


def _event(database, uid: str) -> Event:
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.uid == uid))
        assert event is not None, uid
        session.expunge(event)
        return event


def _count(database, model=Event) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def _calendar(*lines: str) -> bytes:
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", *lines, "END:VCALENDAR"]
    return ("\r\n".join(body) + "\r\n").encode()


def _vevent(uid="u-1", summary="Rally", start="20300601T120000Z", *extra: str) -> list[str]:
    return ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20300101T000000Z", f"DTSTART:{start}",
            f"SUMMARY:{summary}", *extra, "END:VEVENT"]  # fmt: skip


# ---------------------------------------------------------------- named quirks


def test_byte_order_mark_and_lf_endings(database):
    plan = _import(database, "bom_lf_endings.ics")
    assert plan.count(importer.CREATE) == 1
    event = _event(database, "bom-lf-1@example.org")
    assert event.title == "Assemblée générale"
    assert event.timezone == "Europe/Paris"
    assert event.starts_at == dt.datetime(2030, 4, 15, 16, 0, tzinfo=UTC)


def test_windows_zone_names_become_iana_zones(database):
    _import(database, "windows_zone_names.ics")
    event = _event(database, "040000008200E00074C5B7101A82E00800000000")
    assert event.timezone == "America/Chicago"
    assert event.starts_at == dt.datetime(2030, 7, 16, 23, 0, tzinfo=UTC)  # 18:00 CDT


def test_a_missing_vtimezone_is_read_by_its_iana_name(database):
    _import(database, "missing_vtimezone.ics")
    event = _event(database, "missing-vtimezone-1@example.org")
    assert (event.timezone, event.starts_at.hour) == ("Europe/Berlin", 8)


def test_x_wr_timezone_names_the_zone_of_utc_and_floating_times(database):
    _import(database, "x_wr_timezone.ics")
    rally = _event(database, "utc-with-calendar-zone@google.com")
    assert rally.timezone == "America/New_York"
    assert rally.starts_at == dt.datetime(2030, 7, 4, 16, 0, tzinfo=UTC)
    floating = _event(database, "floating@google.com")
    assert floating.timezone == "America/New_York"
    assert floating.starts_at == dt.datetime(2030, 7, 5, 13, 0, tzinfo=UTC)


def test_a_broken_alarm_does_not_sink_its_event(database):
    plan = _import(database, "broken_alarm.ics")
    assert plan.count(importer.CREATE) == 1
    assert _event(database, "broken-alarm-1@example.org").title == "Vigil"


def test_an_organizer_given_as_a_bare_name_is_tolerated(database):
    plan = _import(database, "bare_name_organizer.ics")
    assert plan.count(importer.CREATE) == 1
    assert _event(database, "bare-organizer-1@example.org").title == "Strike committee"


def test_an_event_without_uid_gets_a_stable_one(database):
    first = _import(database, "no_uid.ics")
    assert first.count(importer.CREATE) == 1
    again = _import(database, "no_uid.ics")
    assert again.count(importer.UNCHANGED) == 1  # the same UID both times: no duplicate
    assert _count(database) == 1
    with database.sessions() as session:
        event = session.scalars(select(Event)).one()
        assert (event.all_day, event.start_date, event.end_date) == (
            True, dt.date(2030, 10, 10), dt.date(2030, 10, 11)
        )  # fmt: skip


def test_empty_properties_are_tolerated(database):
    plan = _import(database, "empty_properties.ics")
    assert plan.count(importer.CREATE) == 1
    event = _event(database, "empty-props-1@example.org")
    assert event.title == importer.UNTITLED
    assert event.place_id is None and event.url == ""


def test_moved_and_cancelled_instances_are_kept(database):
    _import(database, "moved_and_cancelled_instances.ics")
    event = _event(database, "weekly-picket@example.org")
    assert event.sequence == 2
    assert event.exdates == ["2030-03-12T18:00", "2030-03-26T18:00"]
    with database.sessions() as session:
        (moved,) = session.scalars(select(EventOverride)).all()
    assert moved.recurrence_id == "2030-03-19T18:00"
    assert moved.starts_at == dt.datetime(2030, 3, 21, 0, 0, tzinfo=UTC)  # Wed 19:00 CDT
    # Exported again, a third-party expansion sees the moved instance, not the original.
    with database.sessions() as session:
        data = export_feed(session, FeedOptions())
    found = recurring_ical_events.of(icalendar.Calendar.from_ical(data)).between(
        dt.datetime(2030, 3, 1, tzinfo=UTC), dt.datetime(2030, 5, 1, tzinfo=UTC)
    )
    starts = sorted(c["DTSTART"].dt.astimezone(UTC) for c in found)
    assert starts == [
        dt.datetime(2030, 3, 6, 0, tzinfo=UTC),
        dt.datetime(2030, 3, 21, 0, tzinfo=UTC),
        dt.datetime(2030, 4, 2, 23, tzinfo=UTC),
        dt.datetime(2030, 4, 9, 23, tzinfo=UTC),
    ]
    # The app's own listing (window, calendar, `turnout events`) agrees with that expansion.
    with database.sessions() as session:
        own = events.occurrences_between(
            session, dt.datetime(2030, 3, 1, tzinfo=UTC), dt.datetime(2030, 5, 1, tzinfo=UTC)
        )
    assert [o.start.astimezone(UTC) for o in own] == starts
    assert _import(database, "moved_and_cancelled_instances.ics").count(importer.UNCHANGED) == 1


def test_instances_alone_update_the_stored_series(database):
    _import(database, "moved_and_cancelled_instances.ics")
    lone = _calendar(
        "BEGIN:VEVENT", "UID:weekly-picket@example.org", "DTSTAMP:20300101T000000Z",
        "SEQUENCE:2", "RECURRENCE-ID;TZID=America/Chicago:20300402T180000",
        "DTSTART;TZID=America/Chicago:20300402T180000", "STATUS:CANCELLED", "END:VEVENT",
    )  # fmt: skip
    assert _import(database, lone).count(importer.UPDATE) == 1
    assert "2030-04-02T18:00" in _event(database, "weekly-picket@example.org").exdates
    assert _import(database, lone).count(importer.UNCHANGED) == 1  # again: nothing to do


# ---------------------------------------------------------------- rules


def test_preview_writes_nothing_and_names_skipped_components(database):
    data = _calendar(
        *_vevent("ok-1"),
        *_vevent("bad-1", "Every second", "20300601T120000Z", "RRULE:FREQ=SECONDLY"),
        "BEGIN:VTODO", "UID:todo-1", "SUMMARY:Buy paint", "END:VTODO",
    )  # fmt: skip
    files = [importer.read_bytes(data, "mixed.ics")]
    with database.sessions.begin() as session:
        plan = importer.preview(session, files)
    assert _count(database) == 0
    assert plan.count(importer.CREATE) == 1
    reasons = {item.title: item.reason for item in plan.skipped()}
    assert "secondly" in reasons["Every second"]
    assert reasons["VTODO"] == "Turnout imports events; this is not one."


def test_an_older_sequence_does_not_overwrite_a_newer_event(database):
    _import(database, _calendar(*_vevent("s-1", "New title", "20300601T120000Z", "SEQUENCE:3")))
    plan = _import(database, _calendar(*_vevent("s-1", "Old title", "20300601T120000Z",
                                                 "SEQUENCE:2")))  # fmt: skip
    assert plan.count(importer.SKIPPED) == 1 and "newer" in plan.skipped()[0].reason
    assert _event(database, "s-1").title == "New title"
    plan = _import(database, _calendar(*_vevent("s-1", "Same seq, new title", "20300601T120000Z",
                                                 "SEQUENCE:3")))  # fmt: skip
    assert plan.count(importer.UPDATE) == 1
    assert _event(database, "s-1").title == "Same seq, new title"
    moved = _calendar(*_vevent("s-1", "Same seq, new title", "20300601T150000Z", "SEQUENCE:3"))
    assert _import(database, moved).count(importer.UPDATE) == 1
    assert _event(database, "s-1").sequence == 4  # a move raises SEQUENCE, as an edit does
    assert _import(database, moved).count(importer.UNCHANGED) == 1  # not "older": the same


def test_an_update_keeps_internal_fields_the_file_does_not_carry(database):
    with database.sessions.begin() as session:
        events.create(
            session,
            EventDraft(
                title="Rally",
                start=dt.datetime(2030, 6, 1, 12),
                timezone="UTC",
                notes="Marshals meet at 11.",
            ),
            uid="keep-1",
        )
    _import(database, _calendar(*_vevent("keep-1", "Rally (moved)", "20300601T130000Z")))
    event = _event(database, "keep-1")
    assert (event.title, event.notes) == ("Rally (moved)", "Marshals meet at 11.")
    assert event.sequence == 1  # the time changed


def test_places_are_matched_not_duplicated(database):
    data = _calendar(
        *_vevent("p-1", "A", "20300601T120000Z", "LOCATION:Union Hall", "GEO:41.5;-87.5"),
        *_vevent("p-2", "B", "20300602T120000Z", "LOCATION:Union Hall"),
    )
    _import(database, data)
    _import(database, _calendar(*_vevent("p-3", "C", "20300603T120000Z", "LOCATION:union hall")))
    with database.sessions() as session:
        (place,) = session.scalars(select(Place)).all()
    assert (place.name, place.latitude, place.longitude) == ("Union Hall", 41.5, -87.5)


def test_hostile_rules_are_refused_per_event(database):
    data = _calendar(
        *_vevent("h-1", "Forever", "20300601T120000Z", "RRULE:FREQ=DAILY;COUNT=1000000000"),
        *_vevent("h-2", "Fast", "20300601T120000Z", "RRULE:FREQ=SECONDLY;COUNT=5"),
        *_vevent("h-3", "Endless", "20300601T120000Z", "RRULE:FREQ=DAILY"),
        *_vevent("h-4", "Centuries", "20300601T120000Z", "RRULE:FREQ=DAILY;UNTIL=99991231"),
    )
    plan = _import(database, data)
    skipped = {item.title: item.reason for item in plan.skipped()}
    assert set(skipped) == {"Forever", "Fast", "Centuries"}
    assert plan.count(importer.CREATE) == 1  # an open-ended daily rule is fine: expanded lazily


@pytest.mark.usefixtures("hang_guard")
def test_a_file_of_long_rules_is_checked_within_a_budget(database, monkeypatch):
    monkeypatch.setattr(importer, "MAX_STEPS_PER_FILE", 25_000)
    lines = [
        line
        for n in range(10)
        for line in _vevent(
            f"long-{n}", f"Long {n}", "20300601T120000Z", "RRULE:FREQ=DAILY;UNTIL=20501231"
        )
    ]
    parsed = importer.read_bytes(_calendar(*lines), "long.ics")
    # 7,519 steps each: the fourth starts under the budget, the rest find it spent.
    assert len(parsed.events) == 4
    assert {s.reason for s in parsed.skipped} == {
        "The file holds too many repetitions to check; import it in parts."
    }


@pytest.mark.usefixtures("hang_guard")
def test_deep_nesting_and_huge_files_are_refused_in_bounded_time(database):
    nested = "BEGIN:VCALENDAR\r\n" + "BEGIN:X-NEST\r\n" * 50_000 + "END:VCALENDAR\r\n"
    with pytest.raises(KnownError, match="nests components too deeply"):
        importer.read_bytes(nested.encode(), "nested.ics")
    many = _calendar(*[line for n in range(110_000) for line in ("BEGIN:VEVENT", "END:VEVENT")])
    with pytest.raises(KnownError, match="more than"):
        importer.read_bytes(many, "many.ics")
    with pytest.raises(KnownError, match="MB"):
        importer.read_bytes(b"BEGIN:VCALENDAR\r\n" + b"X" * (importer.MAX_FILE_BYTES + 1), "big")


@pytest.mark.parametrize(
    "data, words",
    [
        (b"%PDF-1.4 not a calendar", "not a calendar"),
        (b"", "not a calendar"),
        (b"\x00\x01\x02BEGIN:VCALENDAR", "binary"),
        (b"BEGIN:VCARD\r\nFN:Jo\r\nEND:VCARD\r\n", "not a calendar"),
    ],
)
def test_a_file_that_is_not_a_calendar_is_refused_in_one_sentence(database, data, words):
    with pytest.raises(KnownError, match=words) as caught:
        importer.read_bytes(data, "x.ics")
    assert str(caught.value).count(".") >= 1 and "\n" not in str(caught.value)


def test_cli_import_refuses_a_bad_file_and_leaves_the_database_unchanged(run_cli, tmp_path):
    good = tmp_path / "good.ics"
    good.write_bytes(_calendar(*_vevent("cli-1")))
    bad = tmp_path / "bad.ics"
    bad.write_text("hello", encoding="utf-8")
    code, _, err = run_cli("import", "ics", str(good), str(bad))
    assert code == 1 and "bad.ics is not a calendar" in err and "Traceback" not in err
    code, out, _ = run_cli("events", "--from", "2030-01-01", "--to", "2031-01-01")
    assert code == 0 and "No events" in out
    code, out, err = run_cli("import", "ics", str(good))
    assert code == 0, err
    assert "1 created" in out


def test_a_failure_while_writing_rolls_everything_back(database, monkeypatch):
    data = _calendar(*_vevent("r-1", "First"), *_vevent("r-2", "Second"))
    real_create = events.create

    def fail_second(session, draft, **kw):
        if draft.title == "Second":
            raise KnownError("The disk is full.")
        return real_create(session, draft, **kw)

    monkeypatch.setattr(events, "create", fail_second)
    with pytest.raises(KnownError):
        _import(database, data)
    assert _count(database) == 0


# ---------------------------------------------------------------- round trip


def test_export_import_export_keeps_uids_and_occurrences(tmp_path, demo_database):
    from db.schema import open_database

    with demo_database.sessions() as session:
        first = export_feed(session, FeedOptions())
    target = open_database(tmp_path / "copy.sqlite3")
    try:
        with target.sessions.begin() as session:
            plan = importer.apply(session, [importer.read_bytes(first, "team.ics")])
        assert plan.count(importer.SKIPPED) == 0
        with target.sessions() as session:
            second = export_feed(session, FeedOptions())
        window = (dt.datetime(2019, 1, 1, tzinfo=UTC), dt.datetime(2021, 1, 1, tzinfo=UTC))

        def seen(database):
            with database.sessions() as session:
                found = events.occurrences_between(session, *window)
            return sorted((o.uid, o.start.astimezone(UTC), o.end.astimezone(UTC), o.title,
                           o.status, o.visibility) for o in found)  # fmt: skip

        assert seen(target) == seen(demo_database)

        def vevents(data):
            calendar = icalendar.Calendar.from_ical(data)
            keep = ("UID", "SUMMARY", "DTSTART", "DTEND", "RRULE", "EXDATE", "LOCATION",
                    "STATUS", "SEQUENCE", "CATEGORIES", "GEO", "URL")  # fmt: skip
            return sorted(
                tuple(v.get(name).to_ical() if name in v and not isinstance(v.get(name), list)
                      else repr(v.get(name)) for name in keep)
                for v in calendar.walk("VEVENT")
            )  # fmt: skip

        assert vevents(second) == vevents(first)
        with target.sessions.begin() as session:  # and again: nothing to do
            again = importer.apply(session, [importer.read_bytes(first, "team.ics")])
        assert again.count(importer.UNCHANGED) == len(again.items)
    finally:
        target.close()


_words = st.text(
    alphabet=st.characters(whitelist_categories=("L", "N", "P", "Zs")), min_size=1, max_size=30
)


@st.composite
def _drafts(draw):
    all_day = draw(st.booleans())
    day = draw(st.dates(dt.date(2026, 1, 1), dt.date(2032, 12, 31)))
    start = dt.datetime.combine(
        day, dt.time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 30])))
    )
    length = draw(st.integers(0, 3)) if all_day else draw(st.integers(0, 600))
    end = start + (dt.timedelta(days=length) if all_day else dt.timedelta(minutes=length))
    rules = [None, "FREQ=WEEKLY;COUNT=8", "FREQ=DAILY;INTERVAL=3;COUNT=5",
             "FREQ=MONTHLY;UNTIL=20331231", "FREQ=YEARLY", "FREQ=WEEKLY"]  # fmt: skip
    rule = draw(st.sampled_from(rules))
    exdates = []
    if rule and draw(st.booleans()):
        second = start + dt.timedelta(days=1 if "DAILY" in rule else 7)
        if "DAILY" in rule:
            second = start + dt.timedelta(days=3)
        exdates = [second.date().isoformat() if all_day else second.isoformat(timespec="minutes")]
        if "MONTHLY" in rule or "YEARLY" in rule:
            exdates = []
    return EventDraft(
        title=draw(_words.filter(lambda t: t.strip())),
        start=start,
        end=end,
        all_day=all_day,
        timezone=draw(
            st.sampled_from(
                ["America/Chicago", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "UTC"]
            )
        ),
        rrule=rule,
        exdates=exdates,
        status=draw(st.sampled_from(["planned", "cancelled", "tentative"])),
        visibility=draw(st.sampled_from(["public", "internal"])),
        description=draw(_words),
        notes=draw(_words),
    )


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(drafts=st.lists(_drafts(), min_size=1, max_size=4))
def test_generated_events_survive_export_import_export(tmp_path_factory, drafts):
    from db.schema import open_database

    folder = tmp_path_factory.mktemp("roundtrip")
    source, target = open_database(folder / "a.sqlite3"), open_database(folder / "b.sqlite3")
    window = (dt.datetime(2025, 1, 1, tzinfo=UTC), dt.datetime(2036, 1, 1, tzinfo=UTC))

    def seen(database):
        with database.sessions() as session:
            found = events.occurrences_between(session, *window)
        return sorted((o.uid, o.start.astimezone(UTC), o.end.astimezone(UTC), o.all_day,
                       o.title, o.status) for o in found)  # fmt: skip

    try:
        with source.sessions.begin() as session:
            for draft in drafts:
                events.create(session, draft)
        with source.sessions() as session:
            first = export_feed(session, FeedOptions())
        with target.sessions.begin() as session:
            plan = importer.apply(session, [importer.read_bytes(first, "team.ics")])
        assert plan.count(importer.CREATE) == len(drafts), plan.items
        assert seen(target) == seen(source)
        with target.sessions() as session:
            second = export_feed(session, FeedOptions())
        again = importer.read_bytes(second, "again.ics")
        assert sorted(e.uid for e in again.events) == sorted(
            e.uid for e in importer.read_bytes(first, "first.ics").events
        )
    finally:
        source.close()
        target.close()
