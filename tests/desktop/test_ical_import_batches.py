"""New events are written in batches: moved instances, campaigns and places still land right
whichever batch their event is in, and a re-import finds everything unchanged."""

from __future__ import annotations

from sqlalchemy import func, select

from db.models import Campaign, Event, EventOverride, Place
from desktop.ical import importer


def _calendar(*lines: str) -> bytes:
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Turnout//Turnout 1.0//EN", *lines,
            "END:VCALENDAR"]  # fmt: skip
    return ("\r\n".join(body) + "\r\n").encode()


def _series(number: int) -> list[str]:
    uid = f"series-{number}@example.org"
    return [
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20300101T000000Z",
        "DTSTART;TZID=Europe/Berlin:20300304T180000",
        "DTEND;TZID=Europe/Berlin:20300304T190000", "RRULE:FREQ=WEEKLY;COUNT=6",
        f"SUMMARY:Picket {number}", "LOCATION:Union hall", "SEQUENCE:1",
        "X-TURNOUT-KIND:meeting", "X-TURNOUT-VISIBILITY:internal",
        f"X-TURNOUT-CAMPAIGN:Campaign {number % 2}", "END:VEVENT",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20300101T000000Z",
        "RECURRENCE-ID;TZID=Europe/Berlin:20300311T180000",
        "DTSTART;TZID=Europe/Berlin:20300312T190000",
        "DTEND;TZID=Europe/Berlin:20300312T200000", f"SUMMARY:Picket {number}",
        "SEQUENCE:1", "END:VEVENT",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20300101T000000Z",
        "RECURRENCE-ID;TZID=Europe/Berlin:20300318T180000",
        "DTSTART;TZID=Europe/Berlin:20300318T180000", "STATUS:CANCELLED",
        "SEQUENCE:1", "END:VEVENT",
    ]  # fmt: skip


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_instances_campaigns_and_places_across_batches(database, monkeypatch):
    monkeypatch.setattr(importer, "FLUSH_EVERY", 2)
    lines = [line for number in range(7) for line in _series(number)]
    data = _calendar(*lines)
    with database.sessions.begin() as session:
        plan = importer.apply(session, [importer.read_bytes(data, "batches.ics")])
    assert plan.count(importer.CREATE) == 7
    with database.sessions() as session:
        assert _count(session, Event) == 7
        assert _count(session, Place) == 1
        assert sorted(session.scalars(select(Campaign.name))) == ["Campaign 0", "Campaign 1"]
        for event in session.scalars(select(Event)):
            assert event.exdates == ["2030-03-18T18:00"]
            (moved,) = session.scalars(
                select(EventOverride).where(EventOverride.event_id == event.id)
            ).all()
            assert moved.recurrence_id == "2030-03-11T18:00"
            assert moved.starts_at.hour == 18  # 19:00 in Berlin, in UTC
    with database.sessions.begin() as session:
        again = importer.apply(session, [importer.read_bytes(data, "batches.ics")])
    assert again.count(importer.UNCHANGED) == 7
    with database.sessions() as session:
        assert _count(session, EventOverride) == 7
        assert _count(session, Campaign) == 2
