"""The public guarantee: a marker planted in every internal field never reaches a public feed."""

from __future__ import annotations

import datetime as dt
import itertools

import icalendar
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.models import Campaign, Contact, Place, Role, Task
from db.schema import open_database
from db.vocabulary import EVENT_KINDS, EVENT_STATUSES, PLACE_DISCLOSURES, ROLE_KINDS
from desktop import events
from desktop.events import EventDraft
from desktop.ical.feed import FeedOptions, export_feed

_counter = itertools.count()
SECRET = "SECRETMARK"


def _marker() -> str:
    return f"{SECRET}{next(_counter):06d}x"


words = st.text(
    alphabet=st.characters(whitelist_categories=("L", "N"), whitelist_characters=" ,;:\\\n"),
    max_size=30,
)


@st.composite
def plans(draw):
    day = draw(st.dates(dt.date(2025, 1, 1), dt.date(2035, 12, 31)))
    return {
        "visibility": draw(st.sampled_from(["public", "internal"])),
        "all_day": draw(st.booleans()),
        "start": dt.datetime.combine(day, dt.time(draw(st.integers(6, 20)), 0)),
        "zone": draw(st.sampled_from(["America/Chicago", "Europe/Berlin", "Asia/Kolkata"])),
        "kind": draw(st.sampled_from(EVENT_KINDS)),
        "status": draw(st.sampled_from(EVENT_STATUSES)),
        "rrule": draw(st.sampled_from([None, "FREQ=WEEKLY;COUNT=5", "FREQ=MONTHLY;COUNT=3"])),
        "disclosure": draw(st.sampled_from(PLACE_DISCLOSURES)),
        "public_text": draw(words),
        "roles": draw(st.lists(st.tuples(st.sampled_from(ROLE_KINDS), st.booleans()), max_size=3)),
    }


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(event_plans=st.lists(plans(), min_size=1, max_size=4))
def test_no_internal_marker_reaches_a_public_feed(tmp_path_factory, event_plans):
    database = open_database(tmp_path_factory.mktemp("public") / "t.sqlite3")
    planted: list[str] = []

    def secret() -> str:
        value = _marker()
        planted.append(value)
        return value

    try:
        with database.sessions.begin() as session:
            campaign = Campaign(name=secret(), description=secret())
            session.add(campaign)
            for number, plan in enumerate(event_plans):
                exact = plan["disclosure"] == "exact"
                # Exact places are public by design; hidden and area-only ones are not.
                place = Place(
                    name=plan["public_text"] + f"Hall {number}" if exact else secret(),
                    address="1 Main St" if exact else secret(),
                    postcode="60601" if exact else secret(),
                    city="Chicago",
                    access_notes=secret(),
                    disclosure=plan["disclosure"],
                    latitude=41.5 if exact else 12.3456789,
                    longitude=-87.5 if exact else 98.7654321,
                )
                session.add(place)
                session.flush()
                draft = EventDraft(
                    title=f"{plan['public_text']} event {number}",
                    start=plan["start"],
                    end=plan["start"] if plan["all_day"] else plan["start"] + dt.timedelta(hours=2),
                    timezone=plan["zone"],
                    all_day=plan["all_day"],
                    kind=plan["kind"],
                    status=plan["status"],
                    visibility=plan["visibility"],
                    rrule=plan["rrule"],
                    place_id=place.id,
                    campaign_id=campaign.id,
                    description=plan["public_text"],
                    demands=plan["public_text"],
                    notes=secret(),
                    meeting_point=secret(),
                    route=secret(),
                    safety_notes=secret(),
                    legal_hotline=_marker()[:20],
                    actual_turnout=987654321,
                    tags=[secret()],
                )
                planted.append(draft.legal_hotline)
                if plan["visibility"] == "internal":
                    draft.title = secret()
                    draft.description = secret()
                    draft.url = f"https://example.org/{secret()}"
                event = events.create(session, draft)
                for role, shown in plan["roles"]:
                    contact = Contact(
                        name=plan["public_text"] + "Press" if shown else secret(),
                        phone="+1 555-0100" if shown else secret(),
                        email="press@example.org" if shown else f"{secret()}@example.org",
                        handle=secret(),
                        notes=secret(),
                    )
                    event.roles.append(Role(contact=contact, role=role, shown_publicly=shown))
                event.tasks = [Task(text=secret(), position=0)]
        with database.sessions.begin() as session:
            data = export_feed(session, FeedOptions(public=True))
    finally:
        database.close()
    # Unfold and unescape before looking, so a marker split across a fold is still found.
    text = data.replace(b"\r\n ", b"").decode("utf-8")
    for value in planted:
        assert value not in text
    assert "987654321" not in text and "12.3456789" not in text
    public = [p for p in event_plans if p["visibility"] == "public"]
    assert len(icalendar.Calendar.from_ical(data).walk("VEVENT")) == len(public)
