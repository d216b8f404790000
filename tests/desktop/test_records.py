"""Services for contacts, places and campaigns: validation, search, usage, safe delete."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from db.models import Campaign, Contact, Event, Place, Role, Task
from desktop import events, records
from desktop.errors import KnownError
from desktop.events import EventDraft
from desktop.records import CampaignDraft, ContactDraft, PlaceDraft


def _event(session, title="Picket", **values) -> Event:
    draft = EventDraft(
        title=title, start=dt.datetime(2030, 5, 1, 9), timezone="Europe/Paris", **values
    )
    return events.create(session, draft)


# --- validation ------------------------------------------------------------------------------


def test_contact_problems_are_one_sentence_per_field():
    found = records.contact_problems(ContactDraft(name="  ", email="not-an-address"))
    assert set(found) == {"name", "email"}
    assert found["name"] == "The name is empty."
    assert "not an email address" in found["email"]
    assert records.contact_problems(ContactDraft(name="Ana", email="ana@example.org")) == {}


@pytest.mark.parametrize(
    ("latitude", "longitude", "field"),
    [(91.0, 0.0, "latitude"), (-90.5, 0.0, "latitude"), (0.0, 181.0, "longitude"),
     (10.0, None, "longitude"), (float("nan"), 0.0, "latitude")],
)  # fmt: skip
def test_place_coordinates_out_of_range(latitude, longitude, field):
    found = records.place_problems(
        PlaceDraft(name="Square", latitude=latitude, longitude=longitude)
    )
    assert field in found


def test_place_zone_and_disclosure_are_checked():
    found = records.place_problems(
        PlaceDraft(name="Square", timezone="Mars/Olympus", disclosure="x")
    )
    assert set(found) == {"timezone", "disclosure"}


def test_coordinate_from_text():
    assert records.coordinate_from_text(" 47,6163 ", "latitude") == pytest.approx(47.6163)
    assert records.coordinate_from_text("", "latitude") is None
    with pytest.raises(KnownError, match="not a number"):
        records.coordinate_from_text("north", "latitude")
    with pytest.raises(KnownError, match="not a number"):
        records.coordinate_from_text("inf", "latitude")


def test_campaign_colour_must_be_hex():
    assert "colour" in records.campaign_problems(CampaignDraft(name="Strike", colour="red"))
    assert records.campaign_problems(CampaignDraft(name="Strike", colour="#A0b1C2")) == {}


@given(st.text(max_size=40))
def test_contact_problems_never_crash(text):
    found = records.contact_problems(ContactDraft(name=text, email=text, phone=text))
    assert all(isinstance(message, str) and message.endswith(".") for message in found.values())


# --- create, update, search ------------------------------------------------------------------


def test_save_contact_strips_and_refuses_bad_input(session):
    contact_id = records.save_contact(session, ContactDraft(name="  Ana Ruiz ", phone=" 555 "))
    contact = session.get(Contact, contact_id)
    assert (contact.name, contact.phone) == ("Ana Ruiz", "555")
    with pytest.raises(KnownError, match="The name is empty"):
        records.save_contact(session, ContactDraft(name=""))
    records.save_contact(
        session, ContactDraft(name="Ana Ruiz", email="ana@example.org"), contact_id
    )
    assert session.get(Contact, contact_id).email == "ana@example.org"


def test_duplicate_place_is_refused_but_same_name_elsewhere_is_not(session):
    first = records.save_place(session, PlaceDraft(name="Hall", address="1 Main St", city="Oslo"))
    with pytest.raises(KnownError, match="already a place called “Hall” at 1 Main St, Oslo"):
        records.save_place(session, PlaceDraft(name="Hall", address="1 Main St", city="Oslo"))
    records.save_place(session, PlaceDraft(name="Hall", address="2 Main St", city="Oslo"))
    # Saving a place over itself is not a duplicate.
    records.save_place(session, PlaceDraft(name="Hall", address="1 Main St", city="Oslo"), first)


def test_duplicate_campaign_name_is_refused_ignoring_case(session):
    records.save_campaign(session, CampaignDraft(name="Rent Strike", colour="#112233"))
    with pytest.raises(KnownError, match="already a campaign"):
        records.save_campaign(session, CampaignDraft(name="rent strike"))


def test_lists_count_the_events_using_each_record(session):
    place = records.save_place(session, PlaceDraft(name="Square"))
    campaign = records.save_campaign(session, CampaignDraft(name="Wages"))
    contact = records.save_contact(session, ContactDraft(name="Ana"))
    for n in range(3):
        event = _event(session, title=f"Action {n}", place_id=place, campaign_id=campaign)
        session.add(Role(event_id=event.id, contact_id=contact, role="marshal"))
        session.add(Role(event_id=event.id, contact_id=contact, role="medic"))
    session.flush()
    assert [row.events for row in records.list_places(session)] == [3]
    assert [row.events for row in records.list_campaigns(session)] == [3]
    assert [row.events for row in records.list_contacts(session)] == [3]
    assert records.contact_usage(session, contact) == (3, 6, 0)


def test_search_matches_any_column_without_wildcards(session):
    records.save_contact(session, ContactDraft(name="Ana", organisation="Nurses 100%"))
    records.save_contact(session, ContactDraft(name="Bo", email="bo@union.example"))
    records.save_contact(session, ContactDraft(name="Cy_1"))
    assert [r.name for r in records.list_contacts(session, "union")] == ["Bo"]
    assert [r.name for r in records.list_contacts(session, "100%")] == ["Ana"]
    assert [r.name for r in records.list_contacts(session, "%")] == ["Ana"]
    assert [r.name for r in records.list_contacts(session, "_")] == ["Cy_1"]
    assert [r.name for r in records.list_contacts(session, "  ")] == ["Ana", "Bo", "Cy_1"]


def test_draft_round_trip(session):
    draft = PlaceDraft(
        name="Park", address="5 Elm", city="Leeds", region="WY", postcode="LS1", country="UK",
        latitude=53.8, longitude=-1.55, timezone="Europe/London", access_notes="Ramp at the back",
        disclosure="hidden",
    )  # fmt: skip
    place_id = records.save_place(session, draft)
    assert records.place_draft(session, place_id) == draft


# --- impact and delete ------------------------------------------------------------------------


def test_place_delete_says_what_it_affects_and_keeps_events(session):
    place = records.save_place(session, PlaceDraft(name="Depot gate"))
    for n in range(3):
        _event(session, title=f"Picket {n}", place_id=place)
    assert records.place_impact(session, place) == (
        "Delete place “Depot gate”? 3 events will have no place."
    )
    sequences = session.scalars(select(Event.sequence)).all()
    records.delete_place(session, place)
    session.expire_all()
    assert session.get(Place, place) is None
    assert session.scalar(select(func.count()).select_from(Event)) == 3
    assert session.scalars(select(Event.place_id)).all() == [None] * 3
    assert [s + 1 for s in sequences] == session.scalars(select(Event.sequence)).all()


def test_campaign_delete_keeps_its_events(session):
    campaign = records.save_campaign(session, CampaignDraft(name="Heat"))
    _event(session, campaign_id=campaign)
    assert "1 event will no longer belong" in records.campaign_impact(session, campaign)
    records.delete_campaign(session, campaign)
    session.expire_all()
    assert session.scalar(select(Event.campaign_id)) is None
    assert session.get(Campaign, campaign) is None


def test_contact_delete_removes_roles_and_unassigns_tasks(database):
    with database.sessions.begin() as session:
        contact = records.save_contact(session, ContactDraft(name="Secret Sam", phone="555-0199"))
        event = _event(session)
        session.add(Role(event_id=event.id, contact_id=contact, role="driver"))
        session.add(Task(event_id=event.id, text="Van", assignee_id=contact))
    with database.sessions.begin() as session:
        impact = records.contact_impact(session, contact)
        assert "Secret Sam" in impact and "1 role in 1 event" in impact
        assert "1 task will have nobody assigned" in impact
        records.delete_contact(session, contact)
    records.forget_deleted(database.engine)
    with database.sessions() as session:
        assert session.get(Contact, contact) is None
        assert session.scalar(select(func.count()).select_from(Role)) == 0
        assert session.scalar(select(Task.assignee_id)) is None
        assert session.scalar(select(func.count()).select_from(Event)) == 1
    raw = database.path.read_bytes()
    wal = database.path.with_name(database.path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert b"Secret Sam" not in raw and b"555-0199" not in raw


def test_deleted_meanwhile_is_a_known_error(session):
    with pytest.raises(KnownError, match="deleted meanwhile"):
        records.delete_contact(session, 12345)


def test_campaign_colours_by_name(session):
    records.save_campaign(session, CampaignDraft(name="Heat", colour="#AA0000"))
    assert records.campaign_colours(session) == {"Heat": "#aa0000"}


def test_driver_errors_become_one_sentence(database):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    error = OperationalError("COMMIT", {}, sqlite3.OperationalError("database or disk is full"))
    with (
        pytest.raises(KnownError, match=r"disk holding .* is full"),
        records.explained_errors(database.url),
    ):
        raise error


def test_a_database_error_nobody_recognises_is_not_dressed_up_as_a_sentence(database):
    """A missing table is a bug: it must reach the crash dialog, not become a KnownError."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from desktop import records

    with (
        pytest.raises(OperationalError, match="no such table"),
        records.explained_errors(database.url),
        database.sessions() as session,
    ):
        session.execute(text("SELECT * FROM no_such_table"))


@pytest.mark.parametrize(
    ("text", "pair"),
    [("47.6163, -122.3393", (47.6163, -122.3393)), ("47.6163,-122.3393", (47.6163, -122.3393)),
     ("(40.7577 -74.0022)", (40.7577, -74.0022)), ("47,6163", None), ("47.6", None),
     ("north", None), ("1 2", None)],
)  # fmt: skip
def test_coordinate_pair_as_maps_copy_it(text, pair):
    assert records.coordinate_pair(text) == pair


def test_searching_contacts_ignores_case_in_every_script(session):
    from desktop import records
    from desktop.records import ContactDraft

    records.save_contact(session, ContactDraft(name="Jana MÜLLER"))
    records.save_contact(session, ContactDraft(name="Ольга Иванова"))
    records.save_contact(session, ContactDraft(name="Sam 100% Whitfield"))
    assert [r.name for r in records.list_contacts(session, "müller")] == ["Jana MÜLLER"]
    assert [r.name for r in records.list_contacts(session, "ОЛЬГА")] == ["Ольга Иванова"]
    assert [r.name for r in records.list_contacts(session, "100%")] == ["Sam 100% Whitfield"]
