"""Invites and cancellations against the RFC 5546 rules for REQUEST and CANCEL."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from db.models import Contact, Event, Role
from desktop import events
from desktop.errors import KnownError
from desktop.events import EventDraft
from desktop.ical.feed import export_invite
from desktop.settings import save_identity


@pytest.fixture
def meeting(database) -> int:
    with database.sessions.begin() as session:
        event = events.create(
            session,
            EventDraft(
                title="Strike committee",
                start=dt.datetime(2030, 6, 4, 18),
                timezone="America/Chicago",
                rrule="FREQ=WEEKLY;COUNT=4",
                notes="Use the side door.",
            ),
        )
        event.roles = [
            Role(contact=Contact(name="Dana Okafor", email="dana@example.org"), role="organizer"),
            Role(contact=Contact(name="Lee Marchetti", email="lee@example.org"), role="marshal"),
            Role(contact=Contact(name="Sam Whitfield", email=""), role="medic"),
            Role(contact=Contact(name="Ana Ruiz", email="ana@example.org"), role="driver"),
        ]
        return event.id


def _invite(database, event_id, **kw):
    with database.sessions.begin() as session:
        return export_invite(session, session.get(Event, event_id), **kw)


def _only_vevent(data: bytes):
    calendar = icalendar.Calendar.from_ical(data)
    (vevent,) = calendar.walk("VEVENT")
    return calendar, vevent


def test_a_request_has_organizer_attendees_and_sequence(database, meeting):
    invite = _invite(database, meeting)
    calendar, vevent = _only_vevent(invite.data)
    assert str(calendar["METHOD"]) == "REQUEST"
    # RFC 5546 3.2.2: ORGANIZER, ATTENDEE 1+, DTSTAMP, DTSTART, SEQUENCE, SUMMARY, UID.
    for name in ("ORGANIZER", "ATTENDEE", "DTSTAMP", "DTSTART", "SEQUENCE", "SUMMARY", "UID"):
        assert name in vevent, name
    organizer = vevent["ORGANIZER"]
    assert str(organizer) == "mailto:dana@example.org"
    assert organizer.params["CN"] == "Dana Okafor"
    attendees = vevent["ATTENDEE"]
    assert sorted(str(a) for a in attendees) == ["mailto:ana@example.org", "mailto:lee@example.org"]
    assert all(a.params["RSVP"] == "TRUE" for a in attendees)
    assert int(vevent["SEQUENCE"]) == 0
    assert "VALARM" not in invite.data.decode()
    assert invite.recipients() == "Lee Marchetti <lee@example.org>, Ana Ruiz <ana@example.org>"
    assert "Use the side door." in str(vevent["DESCRIPTION"])  # an internal export
    assert calendar.walk("VTIMEZONE")


def test_an_update_repeats_the_uid_with_a_higher_sequence(database, meeting):
    first = _only_vevent(_invite(database, meeting).data)[1]
    with database.sessions.begin() as session:
        event = session.get(Event, meeting)
        draft = events.draft_of(event)
        draft.start = draft.start + dt.timedelta(hours=1)
        draft.end = draft.end + dt.timedelta(hours=1)
        events.update(session, event, draft)
    second = _only_vevent(_invite(database, meeting).data)[1]
    assert str(second["UID"]) == str(first["UID"])
    assert int(second["SEQUENCE"]) == int(first["SEQUENCE"]) + 1


def test_a_cancellation_follows_rfc_5546(database, meeting):
    request = _only_vevent(_invite(database, meeting).data)[1]
    invite = _invite(database, meeting, cancel=True)
    calendar, vevent = _only_vevent(invite.data)
    assert str(calendar["METHOD"]) == "CANCEL"
    assert str(vevent["STATUS"]) == "CANCELLED"
    assert str(vevent["UID"]) == str(request["UID"])
    assert int(vevent["SEQUENCE"]) > int(request["SEQUENCE"])
    assert str(vevent["ORGANIZER"]) == "mailto:dana@example.org"
    assert "DTSTAMP" in vevent
    assert not vevent.walk("VALARM")


def test_the_organizer_comes_from_the_settings_when_the_event_has_none(database):
    with database.sessions.begin() as session:
        event = events.create(
            session, EventDraft(title="Call", start=dt.datetime(2030, 1, 8, 9), timezone="UTC")
        )
        event.roles = [Role(contact=Contact(name="Lee", email="lee@example.org"), role="other")]
        event_id = event.id
    with pytest.raises(KnownError, match="organizer"):
        _invite(database, event_id)
    save_identity("Jo Organizer", "jo@example.org")
    vevent = _only_vevent(_invite(database, event_id).data)[1]
    assert str(vevent["ORGANIZER"]) == "mailto:jo@example.org"
    assert vevent["ORGANIZER"].params["CN"] == "Jo Organizer"


def test_an_invite_with_no_one_to_invite_is_refused(database):
    save_identity("Jo", "jo@example.org")
    with database.sessions.begin() as session:
        event_id = events.create(
            session, EventDraft(title="Solo", start=dt.datetime(2030, 1, 8, 9), timezone="UTC")
        ).id
    with pytest.raises(KnownError, match="no one to invite"):
        _invite(database, event_id)


def test_cli_invite_and_cancel(run_cli, database, meeting, tmp_path):
    target = tmp_path / "invite.ics"
    code, out, err = run_cli("export", "invite", str(meeting), "-o", str(target))
    assert code == 0, err
    assert "lee@example.org" in out
    assert b"METHOD:REQUEST" in target.read_bytes()
    code, out, err = run_cli("export", "invite", str(meeting), "--cancel")
    assert code == 0, err
    assert "METHOD:CANCEL" in out
    code, _, err = run_cli("export", "invite", "no-such-event")
    assert code == 1 and "no-such-event" in err and "Traceback" not in err
