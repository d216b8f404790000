"""The team feed reads events as rows (desktop.ical.feed._team_events) instead of ORM objects:
it must give the same items as building them from the ORM objects, for every selection."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from benchmarks.generate import make
from db.models import Campaign
from db.schema import open_database
from desktop.ical.feed import (
    FeedOptions,
    feed_items,
    instances_of,
    item_from_event,
    selected_events,
)


def _from_orm(session, options: FeedOptions):
    events = selected_events(session, options)
    moved = instances_of(session, events)
    return [item_from_event(event, moved.get(event.id, ())) for event in events]


def test_rows_give_the_same_items_as_orm_objects(tmp_path):
    path = tmp_path / "generated.sqlite3"
    make(path, 400, 150, seed=11)
    database = open_database(path)
    try:
        with database.sessions() as session:
            campaign = session.scalars(select(Campaign.name).order_by(Campaign.id)).first()
            choices = [
                FeedOptions(),
                FeedOptions(campaign=campaign),
                FeedOptions(start=dt.date(2026, 2, 1), end=dt.date(2026, 3, 15)),
            ]
            for options in choices:
                expected = _from_orm(session, options)
                assert expected, options
                assert feed_items(session, options) == expected, options
            everything = feed_items(session, FeedOptions())
            assert any(item.instances for item in everything)
            assert any("Open tasks" in item.description for item in everything)
            assert any(": " in item.description and "@" in item.description for item in everything)
    finally:
        database.close()


def test_demo_data_gives_the_same_items(demo_database):
    with demo_database.sessions() as session:
        assert feed_items(session, FeedOptions()) == _from_orm(session, FeedOptions())
