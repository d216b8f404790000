"""The sample campaign: the tech workers' "We Won't Build It" campaign of 2018-2019.

Written the way its organizers might have planned it in Turnout. The actions and dates follow
public reporting; every person, phone number and address of a person is invented (555-01xx
numbers, example.org mail). Loading is idempotent: rows carry fixed UIDs and are only added
when missing.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Campaign, Contact, Event, Place, Role, Task
from desktop import events
from desktop.events import EventDraft

_NAMESPACE = uuid.UUID("6f1c1c52-5d0e-4c4a-9b7e-7a3d2f0c9e11")


def _uid(name: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, name))


CAMPAIGN = {
    "name": "We Won't Build It",
    "colour": "#b3261e",
    "description": (
        "Tech workers refusing to build tools for mass deportation and surveillance: letters "
        "to leadership, walkouts and protests at the company's own events, 2018-2019."
    ),
}

PLACES = [
    dict(key="hq", name="Day 1 tower lobby", address="2121 7th Ave", city="Seattle",
         region="WA", postcode="98121", country="USA", latitude=47.6163, longitude=-122.3393,
         timezone="America/Los_Angeles", disclosure="area",
         access_notes="Badge needed past the lobby; meet outside by the bike racks."),
    dict(key="hall", name="Labor Temple, room 3", address="2800 1st Ave", city="Seattle",
         region="WA", postcode="98121", country="USA", latitude=47.6173, longitude=-122.3535,
         timezone="America/Los_Angeles", disclosure="hidden",
         access_notes="Ring the side door; the lift is at the back."),
    dict(key="javits", name="Javits Center", address="429 11th Ave", city="New York",
         region="NY", postcode="10001", country="USA", latitude=40.7577, longitude=-74.0022,
         timezone="America/New_York", disclosure="exact",
         access_notes="Step-free entrance on 11th Avenue."),
    dict(key="fifth", name="Fifth Avenue at Madison Square Park", address="Fifth Ave & E 23rd St",
         city="New York", region="NY", postcode="10010", country="USA", latitude=40.7416,
         longitude=-73.9891, timezone="America/New_York", disclosure="exact", access_notes=""),
    dict(key="shakopee", name="MSP1 fulfillment center", address="2601 4th Ave E",
         city="Shakopee", region="MN", postcode="55379", country="USA", latitude=44.7866,
         longitude=-93.4951, timezone="America/Chicago", disclosure="exact",
         access_notes="Picket on the public sidewalk by the main gate, not on company land."),
    dict(key="copley", name="Copley Square", address="560 Boylston St", city="Boston",
         region="MA", postcode="02116", country="USA", latitude=42.3500, longitude=-71.0770,
         timezone="America/New_York", disclosure="exact",
         access_notes="Flat plaza; benches on the Boylston Street side."),
]  # fmt: skip

CONTACTS = [
    dict(key="dana", name="Dana Okafor", organisation="Tech Workers Coalition",
         phone="+1 206-555-0101", email="dana.okafor@example.org", handle="@dana.01",
         notes="Main organizer; prefers Signal."),
    dict(key="lee", name="Lee Marchetti", organisation="", phone="+1 206-555-0114",
         email="lee.marchetti@example.org", handle="", notes="Can drive the van."),
    dict(key="sam", name="Sam Whitfield", organisation="", phone="+1 206-555-0127",
         email="sam.whitfield@example.org", handle="@samw.27", notes=""),
    dict(key="rosa", name="Rosa Delgado", organisation="Make the Road (press)",
         phone="+1 212-555-0133", email="press@example.org", handle="",
         notes="Press liaison for the New York actions."),
    dict(key="amir", name="Amir Haddad", organisation="National Lawyers Guild (volunteer)",
         phone="+1 212-555-0145", email="amir.haddad@example.org", handle="",
         notes="Legal observer coordinator."),
    dict(key="june", name="June Park", organisation="Awood Center", phone="+1 612-555-0158",
         email="june.park@example.org", handle="", notes="Shakopee contact."),
    dict(key="tom", name="Tom Becker", organisation="", phone="+1 617-555-0162",
         email="tom.becker@example.org", handle="", notes="Wayfair walkout marshal."),
]  # fmt: skip

_NYC = "America/New_York"
_SEA = "America/Los_Angeles"

EVENTS = [
    dict(
        key="letter-2018",
        title="Employee letter to leadership: stop selling face surveillance to ICE",
        kind="petition", status="done", visibility="internal", timezone=_SEA,
        start=dt.datetime(2018, 6, 21), end=dt.datetime(2018, 6, 22), all_day=True, place="hq",
        description="An open letter from employees asking leadership to stop selling facial "
        "recognition to police and ICE and to drop Palantir as a cloud customer.",
        demands="Stop selling Rekognition to police; end hosting for Palantir; "
        "employee oversight of ethical decisions.",
        notes="Collect signatures through the internal list only. 500+ signatures by the "
        "22nd; deliver in person to the leadership team's assistant.",
        expected_turnout=500, actual_turnout=530,
        roles=[("dana", "organizer", False), ("lee", "attendee", False),
               ("sam", "attendee", False)],
        tasks=[("Draft the letter and circulate for edits", True, dt.date(2018, 6, 15), "dana"),
               ("Count and verify signatures", True, dt.date(2018, 6, 21), "sam")],
        tags=["letter", "surveillance"],
    ),
    dict(
        key="letter-2019",
        title="Recirculate the letter: one year, no answer",
        kind="petition", status="done", visibility="internal", timezone=_SEA,
        start=dt.datetime(2019, 7, 8), end=dt.datetime(2019, 7, 12), all_day=True, place="hq",
        description="The 2018 letter goes around again with a new paragraph on the "
        "company's contracts with immigration enforcement.",
        notes="Ask last year's signers first; new hires second.",
        roles=[("dana", "organizer", False), ("sam", "attendee", False)],
        tasks=[("Update the letter with the 2019 contracts", True, dt.date(2019, 7, 5), "sam")],
        tags=["letter"],
    ),
    dict(
        key="summit-nyc",
        title="Protest inside the company's cloud conference",
        kind="protest", status="done", visibility="public", timezone=_NYC,
        start=dt.datetime(2019, 7, 12, 9, 0), end=dt.datetime(2019, 7, 12, 12, 0),
        place="javits", url="https://example.org/no-tech-for-ice/summit",
        description="Join us as the keynote begins: we will make it impossible to talk about "
        "the cloud without talking about the deportations it powers.",
        demands="Cut the contracts with ICE and the companies that power it.",
        what_to_bring="Your conference badge if you have one; a sign that fits under a coat.",
        accessibility="Step-free entrance on 11th Avenue; seating inside the hall.",
        meeting_point="Coffee cart at the corner of 34th St and 11th Ave, 8:15.",
        safety_notes="If security asks you to leave, leave together. Nobody goes alone.",
        legal_hotline="+1 212-555-0199",
        expected_turnout=60,
        roles=[("dana", "organizer", False), ("rosa", "press liaison", True),
               ("amir", "legal observer", False), ("lee", "marshal", False)],
        tasks=[("Print 200 handbills", True, dt.date(2019, 7, 11), "lee"),
               ("Confirm legal observers", True, dt.date(2019, 7, 10), "amir")],
        tags=["ice", "new york"],
    ),
    dict(
        key="prime-day-nyc",
        title="Prime Day protest outside the CEO's Manhattan apartment",
        kind="protest", status="done", visibility="public", timezone=_NYC,
        start=dt.datetime(2019, 7, 15, 17, 30), end=dt.datetime(2019, 7, 15, 19, 30),
        place="fifth", url="https://example.org/no-tech-for-ice/prime-day",
        description="On Prime Day we bring the message home: no tech for ICE.",
        demands="Stop powering deportations.",
        what_to_bring="Water, a sign, comfortable shoes.",
        accessibility="Flat sidewalk; the park has benches and step-free toilets.",
        meeting_point="North-west corner of Madison Square Park.",
        route="Rally at the park, then march up Fifth Avenue to the building; "
        "stay on the sidewalk.",
        safety_notes="NYPD expected. Marshals in yellow vests. Medics at the back of the march.",
        legal_hotline="+1 212-555-0199",
        expected_turnout=300,
        roles=[("rosa", "press liaison", True), ("amir", "legal observer", False),
               ("lee", "marshal", False), ("sam", "medic", False)],
        tasks=[("Banner and vests", False, dt.date(2019, 7, 14), "lee")],
        tags=["ice", "new york", "prime day"],
    ),
    dict(
        key="shakopee-strike",
        title="Prime Day strike at the Shakopee warehouse",
        kind="strike", status="done", visibility="public", timezone="America/Chicago",
        start=dt.datetime(2019, 7, 15), end=dt.datetime(2019, 7, 15), all_day=True,
        place="shakopee",
        description="Warehouse workers stop work for six hours on Prime Day for safe rates "
        "and permanent jobs. Tech workers fly in to stand with them.",
        demands="Safe pick rates; convert temps to permanent jobs; respect for prayer breaks.",
        what_to_bring="Water, sun cream, a hat.",
        accessibility="Sidewalk picket; chairs in the support tent.",
        notes="Travel fund covers six tech workers. Hotel booked under Lee's name.",
        safety_notes="Stay on the public sidewalk. Nobody speaks to security alone.",
        legal_hotline="+1 612-555-0190",
        roles=[("june", "organizer", True), ("dana", "attendee", False),
               ("lee", "driver", False)],
        tasks=[("Book the van from the airport", True, dt.date(2019, 7, 10), "lee")],
        tags=["strike", "prime day"],
    ),
    dict(
        key="wayfair-walkout",
        title="Wayfair employees' walkout",
        kind="walkout", status="done", visibility="public", timezone=_NYC,
        start=dt.datetime(2019, 6, 26, 13, 0), end=dt.datetime(2019, 6, 26, 15, 0),
        place="copley",
        description="Employees walk out of headquarters after the company sold beds to a "
        "detention camp for children. Supporters welcome in Copley Square.",
        demands="Stop selling to detention camps; donate the profit.",
        what_to_bring="A sign; water.",
        accessibility="Flat plaza with benches.",
        meeting_point="Lobby of the headquarters at 12:55, then out together.",
        expected_turnout=500, actual_turnout=550,
        roles=[("tom", "marshal", False), ("rosa", "press liaison", True)],
        tasks=[("Sign-up sheet for the walkout", True, dt.date(2019, 6, 25), "tom")],
        tags=["walkout"],
    ),
    dict(
        key="weekly-meeting",
        title="Weekly organizing meeting",
        kind="meeting", status="confirmed", visibility="internal", timezone=_SEA,
        start=dt.datetime(2019, 5, 7, 18, 0), end=dt.datetime(2019, 5, 7, 19, 30),
        place="hall", rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20190827",
        exdates=["2019-07-02T18:00"],
        description="Plan the next actions.",
        notes="Skip 2 July: half the committee is travelling. Phones in the box by the door.",
        roles=[("dana", "organizer", False), ("sam", "attendee", False),
               ("lee", "attendee", False)],
        tags=["meeting"],
    ),
    dict(
        key="spheres-rally",
        title="Rally at the Spheres",
        kind="rally", status="cancelled", visibility="public", timezone=_SEA,
        start=dt.datetime(2019, 7, 20, 12, 0), end=dt.datetime(2019, 7, 20, 13, 30),
        place="hq",
        description="Cancelled: we join the Shakopee solidarity fundraiser instead.",
        notes="Cancelled on 16 July; tell the list.",
        roles=[("dana", "organizer", False)],
        tags=["seattle"],
    ),
]  # fmt: skip


def load_demo(session: Session) -> dict[str, int]:
    """Add the sample campaign's rows that are missing; counts of what was added."""
    added = {"campaigns": 0, "places": 0, "contacts": 0, "events": 0}
    campaign_uid = _uid("campaign")
    campaign = session.scalar(select(Campaign).where(Campaign.uid == campaign_uid))
    if campaign is None:
        campaign = Campaign(uid=campaign_uid, **CAMPAIGN)
        session.add(campaign)
        added["campaigns"] += 1

    places = {}
    for spec in PLACES:
        values = dict(spec)
        key = values.pop("key")
        place = session.scalar(select(Place).where(Place.uid == _uid("place:" + key)))
        if place is None:
            place = Place(uid=_uid("place:" + key), **values)
            session.add(place)
            added["places"] += 1
        places[key] = place

    contacts = {}
    for spec in CONTACTS:
        values = dict(spec)
        key = values.pop("key")
        contact = session.scalar(select(Contact).where(Contact.uid == _uid("contact:" + key)))
        if contact is None:
            contact = Contact(uid=_uid("contact:" + key), **values)
            session.add(contact)
            added["contacts"] += 1
        contacts[key] = contact
    session.flush()

    for spec in EVENTS:
        values = dict(spec)
        uid = _uid("event:" + values.pop("key"))
        if session.scalar(select(Event.id).where(Event.uid == uid)) is not None:
            continue
        roles = values.pop("roles", [])
        tasks = values.pop("tasks", [])
        place = places[values.pop("place")]
        draft = EventDraft(**values, place_id=place.id, campaign_id=campaign.id)
        event = events.create(session, draft, uid=uid)
        with session.no_autoflush:
            event.roles = [
                Role(contact=contacts[who], role=role, shown_publicly=public)
                for who, role, public in roles
            ]
            event.tasks = [
                Task(text=text, done=done, due_date=due, assignee=contacts[who], position=i)
                for i, (text, done, due, who) in enumerate(tasks)
            ]
        added["events"] += 1
    session.flush()
    return added
