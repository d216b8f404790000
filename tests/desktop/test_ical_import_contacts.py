"""ORGANIZER and ATTENDEE become the event's contacts (issue 4): matched by email in any case,
else by name, never duplicated on a re-import, bounded per event, never in a public feed, and
an imported invite exports as the same invite."""

from __future__ import annotations

import icalendar
from sqlalchemy import func, select

from db.models import Contact, Event, Role
from desktop import events
from desktop.ical import importer
from desktop.ical.feed import FeedOptions, export_feed, export_invite


def _calendar(*lines: str) -> bytes:
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Mail//EN", "METHOD:REQUEST",
            *lines, "END:VCALENDAR"]  # fmt: skip
    return ("\r\n".join(body) + "\r\n").encode()


def _vevent(uid: str, *people: str, sequence: int = 0) -> list[str]:
    return ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20300101T000000Z",
            "DTSTART:20300901T150000Z", "DTEND:20300901T160000Z", "SUMMARY:Strike committee",
            f"SEQUENCE:{sequence}", *people, "END:VEVENT"]  # fmt: skip


INVITE = _calendar(
    *_vevent(
        "committee-1@example.org",
        "ORGANIZER;CN=Dana Okafor:mailto:Dana@Example.org",
        "ATTENDEE;CN=Dana Okafor;ROLE=CHAIR:mailto:dana@example.org",
        "ATTENDEE;CN=Lee Marchetti;RSVP=TRUE:mailto:lee@example.org",
        'ATTENDEE;CN="Ruiz, Ana";PARTSTAT=ACCEPTED:MAILTO:ana@example.org',
        "ATTENDEE:mailto:no.name@example.org",
        "ATTENDEE;CUTYPE=ROOM;CN=Room 4:mailto:room4@example.org",
    )
)


def _apply(database, data: bytes) -> importer.ImportPlan:
    with database.sessions.begin() as session:
        return importer.apply(session, [importer.read_bytes(data, "invite.ics")])


def _preview(database, data: bytes) -> importer.ImportPlan:
    with database.sessions() as session:
        return importer.preview(session, [importer.read_bytes(data, "invite.ics")])


def _contacts(database) -> list[tuple[str, str]]:
    with database.sessions() as session:
        return sorted((c.name, c.email) for c in session.scalars(select(Contact)))


def _roles(database, uid: str) -> list[tuple[str, str]]:
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.uid == uid))
        return [(role.contact.name, role.role) for role in event.roles]


def test_organizer_and_attendees_become_contacts_once(database):
    preview = _preview(database, INVITE)
    assert preview.contacts == 4
    assert "4 new contacts" in preview.summary()
    assert _contacts(database) == []  # a preview writes nothing
    plan = _apply(database, INVITE)
    assert plan.count(importer.CREATE) == 1 and plan.contacts == 4
    assert _contacts(database) == [
        ("Dana Okafor", "Dana@Example.org"),
        ("Lee Marchetti", "lee@example.org"),
        ("Ruiz, Ana", "ana@example.org"),
        ("no.name@example.org", "no.name@example.org"),
    ]
    assert _roles(database, "committee-1@example.org") == [
        ("Dana Okafor", "organizer"),
        ("Lee Marchetti", "attendee"),
        ("Ruiz, Ana", "attendee"),
        ("no.name@example.org", "attendee"),
    ]
    # Importing the same invite again changes nothing and duplicates no one.
    again = _preview(database, INVITE)
    assert again.count(importer.UNCHANGED) == 1 and again.contacts == 0
    assert "new contact" not in again.summary()
    _apply(database, INVITE)
    assert len(_contacts(database)) == 4
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Role)) == 4


def test_an_imported_invite_exports_as_the_same_invite(database):
    _apply(database, INVITE)
    with database.sessions() as session:
        event = session.scalar(select(Event).where(Event.uid == "committee-1@example.org"))
        invite = export_invite(session, event)
    component = icalendar.Calendar.from_ical(invite.data).walk("VEVENT")[0]
    assert str(component["ORGANIZER"]).lower() == "mailto:dana@example.org"
    assert component["ORGANIZER"].params["CN"] == "Dana Okafor"
    attendees = component.get("ATTENDEE")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert sorted(str(a).lower() for a in attendees) == [
        "mailto:ana@example.org",
        "mailto:lee@example.org",
        "mailto:no.name@example.org",
    ]
    assert {a.params["CN"] for a in attendees} >= {"Lee Marchetti", "Ruiz, Ana"}


def test_contacts_are_matched_by_email_in_any_case_then_by_name(database):
    with database.sessions.begin() as session:
        session.add_all(
            [
                Contact(name="D. Okafor", email="DANA@example.ORG"),
                Contact(name="Lee Marchetti", email=""),
                Contact(name="Ruiz, Ana", email="another.ana@example.org"),
            ]
        )
    plan = _apply(database, INVITE)
    assert plan.contacts == 2  # Ana (same name, other address) and the nameless address
    assert _contacts(database) == [
        ("D. Okafor", "DANA@example.ORG"),
        ("Lee Marchetti", "lee@example.org"),  # matched by name; the file gave the address
        ("Ruiz, Ana", "ana@example.org"),
        ("Ruiz, Ana", "another.ana@example.org"),
        ("no.name@example.org", "no.name@example.org"),
    ]
    assert _roles(database, "committee-1@example.org")[0] == ("D. Okafor", "organizer")


def test_one_person_in_many_events_is_one_contact(database):
    data = _calendar(
        *_vevent("a@example.org", "ORGANIZER;CN=Dana:mailto:dana@example.org"),
        *_vevent("b@example.org", "ATTENDEE;CN=Dana:mailto:DANA@example.org"),
        *_vevent("c@example.org", "ORGANIZER:Jane Doe", "ATTENDEE:John Smith"),
        *_vevent("d@example.org", "ORGANIZER:Jane Doe", "ATTENDEE:urn:uuid:1234"),
    )
    assert _preview(database, data).contacts == 3
    plan = _apply(database, data)
    assert plan.count(importer.CREATE) == 4 and plan.contacts == 3
    assert _contacts(database) == [
        ("Dana", "dana@example.org"),
        ("Jane Doe", ""),
        ("John Smith", ""),
    ]
    assert _roles(database, "b@example.org") == [("Dana", "attendee")]
    assert _roles(database, "d@example.org") == [("Jane Doe", "organizer")]


def test_a_newer_copy_adds_new_attendees_and_keeps_the_others(database):
    _apply(database, INVITE)
    newer = _calendar(
        *_vevent(
            "committee-1@example.org",
            "ORGANIZER;CN=Dana Okafor:mailto:dana@example.org",
            "ATTENDEE;CN=Kim Lee:mailto:kim@example.org",
            sequence=1,
        )
    )
    plan = _apply(database, newer)
    assert plan.count(importer.UPDATE) == 1 and plan.contacts == 1
    names = [name for name, _ in _roles(database, "committee-1@example.org")]
    assert names == ["Dana Okafor", "Lee Marchetti", "Ruiz, Ana", "no.name@example.org", "Kim Lee"]


def test_attendees_are_bounded_per_event(database):
    many = [
        f"ATTENDEE;CN=Person {n}:mailto:p{n}@example.org"
        for n in range(importer.MAX_ATTENDEES + 100)
    ]
    plan = _apply(database, _calendar(*_vevent("big@example.org", *many)))
    assert plan.count(importer.CREATE) == 1
    assert plan.contacts == importer.MAX_ATTENDEES
    (skipped,) = plan.skipped()
    assert "100 attendees" in skipped.title and str(importer.MAX_ATTENDEES) in skipped.reason
    assert len(_roles(database, "big@example.org")) == importer.MAX_ATTENDEES


def test_hostile_addresses_are_bounded_or_left_out(database):
    data = _calendar(
        *_vevent(
            "odd@example.org",
            "ORGANIZER;CN=" + "N" * 5000 + ":mailto:" + "x" * 400 + "@example.org",
            "ATTENDEE:mailto:",
            "ATTENDEE;CN=:mailto:not an address",
            "ATTENDEE:",
        )
    )
    plan = _apply(database, data)
    assert plan.count(importer.CREATE) == 1
    (contact,) = _contacts(database)
    assert contact == ("N" * 200, "")


def test_imported_contacts_never_reach_a_public_feed(database):
    _apply(database, INVITE)
    with database.sessions.begin() as session:
        event = session.scalar(select(Event).where(Event.uid == "committee-1@example.org"))
        draft = events.draft_of(event)
        draft.visibility = "public"
        events.update(session, event, draft)
    with database.sessions() as session:
        public = export_feed(session, FeedOptions(public=True))
        team = export_feed(session, FeedOptions())
    assert b"Strike committee" in public
    for secret in (b"Okafor", b"Marchetti", b"Ruiz", b"lee@", b"ana@", b"ATTENDEE", b"ORGANIZER"):
        assert secret not in public
    assert b"Marchetti" in team  # the team feed is internal and names them


def test_the_import_command_says_how_many_contacts_it_made(run_cli, tmp_path):
    invite = tmp_path / "committee.ics"
    invite.write_bytes(INVITE)
    code, out, _ = run_cli("import", "ics", str(invite))
    assert code == 0
    assert "Imported 1 file: 1 created" in out and ", 4 new contacts." in out, out
    code, out, _ = run_cli("import", "ics", str(invite))
    assert "1 unchanged" in out and "new contact" not in out, out
