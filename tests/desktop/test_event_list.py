"""The events list's query: search words, filters, ranges and sorting, all in SQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db.models import Contact, Event, Role
from desktop import events
from desktop.event_list import EventFilter, count_events, fetch_rows, row_position
from desktop.events import EventDraft

pytestmark = pytest.mark.postgres

NOW = dt.datetime(2019, 7, 13, 12, 0, tzinfo=dt.UTC)


def titles(session, chosen: EventFilter, **kwargs) -> list[str]:
    return [row.title for row in fetch_rows(session, 0, 100, chosen, now=NOW, **kwargs)]


def test_search_matches_title_place_description_tags_and_people(demo_database):
    with demo_database.sessions() as session:
        # A contact's name finds the events they have a role in.
        with_dana = set(
            session.scalars(
                select(Role.event_id).join(Contact).where(Contact.name == "Dana Okafor")
            )
        )
        found = {row.id for row in fetch_rows(session, 0, 100, EventFilter(text="okafor"))}
        assert found == with_dana
        # Place name and tag.
        assert "Prime Day strike at the Shakopee warehouse" in titles(
            session, EventFilter(text="fulfillment")
        )
        assert titles(session, EventFilter(text="SURVEILLANCE")) == [
            "Employee letter to leadership: stop selling face surveillance to ICE"
        ]
        # Every word must match somewhere; description words count.
        assert titles(session, EventFilter(text="keynote cloud")) == [
            "Protest inside the company's cloud conference"
        ]
        assert titles(session, EventFilter(text="keynote nowhere-at-all")) == []


def test_search_ignores_case_in_every_script(session):
    """ "müller" finds the events of "Jana MÜLLER" on SQLite too, and of Greek titles."""
    start = dt.datetime(2030, 1, 1, 10)
    rally = events.create(session, EventDraft(title="Rally", start=start, timezone="UTC"))
    events.create(session, EventDraft(title="ΑΠΕΡΓΊΑ στο λιμάνι", start=start, timezone="UTC"))
    session.add(Role(event=rally, contact=Contact(name="Jana MÜLLER"), role="speaker"))
    session.flush()
    assert titles(session, EventFilter(text="müller")) == ["Rally"]
    assert titles(session, EventFilter(text="απεργία")) == ["ΑΠΕΡΓΊΑ στο λιμάνι"]


def test_search_treats_wildcards_as_text(session):
    start = dt.datetime(2030, 1, 1, 10)
    events.create(session, EventDraft(title="100% turnout", start=start, timezone="UTC"))
    events.create(session, EventDraft(title="1000 turnout", start=start, timezone="UTC"))
    assert titles(session, EventFilter(text="100%")) == ["100% turnout"]
    assert titles(session, EventFilter(text="_")) == []


def test_filters_kind_status_campaign_visibility(demo_database):
    with demo_database.sessions() as session:
        all_rows = session.execute(select(Event.kind, Event.status, Event.visibility)).all()
        assert count_events(session, EventFilter(kind="strike")) == sum(
            1 for r in all_rows if r.kind == "strike"
        )
        assert titles(session, EventFilter(status="cancelled")) == ["Rally at the Spheres"]
        assert count_events(session, EventFilter(visibility="public")) == sum(
            1 for r in all_rows if r.visibility == "public"
        )
        campaign_id = session.scalar(select(Event.campaign_id).limit(1))
        assert count_events(session, EventFilter(campaign_id=campaign_id)) == len(all_rows)
        assert count_events(session, EventFilter(campaign_id=campaign_id + 99)) == 0


def test_ranges_past_upcoming_custom(demo_database):
    with demo_database.sessions() as session:
        total = count_events(session)
        upcoming = count_events(session, EventFilter(range="upcoming"), now=NOW)
        past = count_events(session, EventFilter(range="past"), now=NOW)
        assert upcoming + past == total
        assert "Prime Day strike at the Shakopee warehouse" in titles(
            session, EventFilter(range="upcoming")
        )
        july_15 = EventFilter(
            range="custom",
            first_day=dt.date(2019, 7, 15),
            last_day=dt.date(2019, 7, 15),
            zone_name="America/New_York",
        )
        found = titles(session, july_15)
        assert "Prime Day strike at the Shakopee warehouse" in found
        assert "Rally at the Spheres" not in found
        backwards = EventFilter(
            range="custom", first_day=dt.date(2019, 7, 15), last_day=dt.date(2019, 7, 1)
        )
        assert count_events(session, backwards) == 0


def test_sorting_and_position(demo_database):
    with demo_database.sessions() as session:
        by_title = titles(session, EventFilter(), sort_key="title")
        assert by_title == sorted(by_title, key=str.lower)
        newest_first = fetch_rows(session, 0, 100, descending=True)
        assert [r.starts_at for r in newest_first] == sorted(
            (r.starts_at for r in newest_first), reverse=True
        )
        last = newest_first[0]
        assert row_position(session, last.id) == len(newest_first) - 1
        assert row_position(session, last.id, EventFilter(text="no such thing")) is None


def test_narrowing_is_recognised_only_when_it_is_safe():
    assert EventFilter(text="picke").narrows(EventFilter(text="pick"))
    assert EventFilter(text="pick depot").narrows(EventFilter(text="pick"))
    assert EventFilter(text="depot picket").narrows(EventFilter(text="pick dep"))
    assert not EventFilter(text="pic").narrows(EventFilter(text="pick"))  # a deleted letter
    assert not EventFilter(text="picket", kind="strike").narrows(EventFilter(text="pick"))
    assert EventFilter(text="x").narrows(EventFilter())


def test_within_limits_the_search_to_given_events(demo_database):
    with demo_database.sessions() as session:
        everything = fetch_rows(session, 0, 100)
        some = [row.id for row in everything[:3]]
        found = fetch_rows(session, 0, 100, EventFilter(text="a"), within=some)
        expected = fetch_rows(session, 0, 100, EventFilter(text="a"))
        assert [r.id for r in found] == [r.id for r in expected if r.id in some]
