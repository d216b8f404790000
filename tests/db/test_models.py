"""The data model's rules hold in the database itself, not only in the services."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from db.models import Campaign, Contact, Event, Place, Role, Task

pytestmark = pytest.mark.postgres

UTC = dt.UTC


def _event(**overrides) -> Event:
    start = dt.datetime(2030, 7, 15, 13, 0, tzinfo=UTC)
    values = dict(title="Picket", starts_at=start, ends_at=start + dt.timedelta(hours=2),
                  timezone="America/Chicago")  # fmt: skip
    values.update(overrides)
    return Event(**values)


@pytest.mark.sqlite_only
def test_sqlite_connections_are_durable(database):
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_new_event_gets_a_uid_once_and_keeps_it(database):
    with database.sessions.begin() as session:
        event = _event()
        session.add(event)
        session.flush()
        uid, event_id = event.uid, event.id
    assert len(uid) == 36
    with database.sessions.begin() as session:
        stored = session.get(Event, event_id)
        stored.title = "Picket, moved"
    with database.sessions() as session:
        assert session.get(Event, event_id).uid == uid


def test_instants_round_trip_as_the_same_instant(database):
    chicago = ZoneInfo("America/Chicago")
    summer = dt.datetime(2030, 7, 15, 18, 0, tzinfo=chicago)
    with database.sessions.begin() as session:
        session.add(_event(starts_at=summer, ends_at=summer + dt.timedelta(hours=1)))
    with database.sessions() as session:
        stored = session.scalars(select(Event)).one()
        assert stored.starts_at == summer
        assert stored.starts_at.utcoffset() == dt.timedelta(0)
        assert stored.starts_at.astimezone(chicago).hour == 18


def test_naive_datetimes_are_refused(database):
    with database.sessions() as session:
        session.add(_event(starts_at=dt.datetime(2030, 1, 1, 9), ends_at=dt.datetime(2030, 1, 1)))
        with pytest.raises(StatementError, match="naive datetime"):
            session.flush()


@pytest.mark.parametrize(
    "overrides",
    [
        {"title": "   "},
        {"kind": "party"},
        {"status": "maybe"},
        {"visibility": "secret"},
        {"sequence": -1},
        {"expected_turnout": -5},
        {"ends_at": dt.datetime(2030, 7, 15, 12, 0, tzinfo=UTC)},
        {"all_day": True},  # all-day without dates
        {
            "start_date": dt.date(2030, 7, 15),
            "end_date": dt.date(2030, 7, 15),
        },  # dates, not all-day
    ],
    ids=lambda o: ",".join(o),
)
def test_constraints_refuse_impossible_events(database, overrides):
    with database.sessions() as session:
        session.add(_event(**overrides))
        with pytest.raises(IntegrityError):
            session.flush()


def test_place_constraints(database):
    for bad in ({"latitude": 91.0}, {"longitude": -181.0}, {"disclosure": "partly"},
                {"name": ""}):  # fmt: skip
        with database.sessions() as session:
            session.add(Place(**{"name": "Hall", **bad}))
            with pytest.raises(IntegrityError):
                session.flush()


def test_the_same_place_twice_is_refused(database):
    with database.sessions() as session:
        session.add_all([Place(name="Hall", address="1 Main St", city="Boston"),
                         Place(name="Hall", address="1 Main St", city="Boston")])  # fmt: skip
        with pytest.raises(IntegrityError):
            session.flush()


def test_deleting_an_event_deletes_its_roles_and_tasks_but_not_people(database):
    with database.sessions.begin() as session:
        contact = Contact(name="Dana")
        event = _event()
        event.roles = [Role(contact=contact, role="marshal")]
        event.tasks = [Task(text="Banner", assignee=contact)]
        session.add(event)
    with database.sessions.begin() as session:
        session.execute(text("DELETE FROM events"))  # as SQL, to test the database's own rule
    with database.sessions() as session:
        assert session.scalar(text("SELECT count(*) FROM roles")) == 0
        assert session.scalar(text("SELECT count(*) FROM tasks")) == 0
        assert session.scalar(text("SELECT count(*) FROM contacts")) == 1


def test_deleting_a_place_or_campaign_keeps_the_events(database):
    with database.sessions.begin() as session:
        session.add(_event(place=Place(name="Hall"), campaign=Campaign(name="Strike")))
    with database.sessions.begin() as session:
        session.execute(text("DELETE FROM places"))
        session.execute(text("DELETE FROM campaigns"))
    with database.sessions() as session:
        event = session.scalars(select(Event)).one()
        assert event.place_id is None and event.campaign_id is None


def test_deleting_a_contact_removes_its_roles(database):
    with database.sessions.begin() as session:
        contact = Contact(name="Dana")
        event = _event()
        event.roles = [Role(contact=contact, role="medic")]
        session.add(event)
    with database.sessions.begin() as session:
        session.delete(session.scalars(select(Contact)).one())
    with database.sessions() as session:
        assert session.scalars(select(Event)).one().roles == []


def test_version_counter_refuses_a_write_based_on_an_old_version(database):
    """The database-level guard: an UPDATE carrying an old version changes nothing."""
    with database.sessions.begin() as session:
        session.add(_event())
    with database.sessions() as session:  # window A loads the event for its editor
        mine = session.scalars(select(Event)).one()
    with database.sessions.begin() as session:  # window B loads, edits and saves
        session.scalars(select(Event)).one().title = "Their title"
    with database.sessions() as session, pytest.raises(StaleDataError):
        session.merge(mine)  # window A tries to save what it loaded
    with database.sessions() as session:
        event = session.scalars(select(Event)).one()
        assert (event.title, event.version) == ("Their title", 2)
