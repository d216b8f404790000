"""Revision 0003 (moved instances of recurring events) upgrades a 0002 database with data."""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlalchemy import create_engine, select

from db import schema
from db.models import Event, EventOverride
from db.schema import open_database


def test_upgrading_from_0002_keeps_events_and_adds_overrides(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        schema._run_alembic(connection, "upgrade", "0002")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO events (uid, created_at, updated_at, title, kind, status, visibility, "
            "starts_at, ends_at, timezone, all_day, exdates, rrule, description, demands, "
            "what_to_bring, accessibility, url, notes, meeting_point, route, safety_notes, "
            "legal_hotline, sequence, version, alt_language, alt_title, alt_description) "
            "VALUES ('e-1', '2030-01-01 00:00:00', '2030-01-01 00:00:00', 'Picket', 'picket', "
            "'planned', 'public', '2030-03-06 00:00:00', '2030-03-06 01:00:00', "
            "'America/Chicago', 0, '[]', 'FREQ=WEEKLY;COUNT=6', '', '', '', '', '', 'secret', "
            "'', '', '', '', 2, 1, '', '', '')"
        )
    connection.close()
    database = open_database(path)
    try:
        with database.sessions.begin() as session:
            event = session.scalars(select(Event)).one()
            assert (event.title, event.notes, event.sequence) == ("Picket", "secret", 2)
            session.add(
                EventOverride(
                    event_id=event.id,
                    recurrence_id="2030-03-19T18:00",
                    starts_at=dt.datetime(2030, 3, 21, tzinfo=dt.UTC),
                    ends_at=dt.datetime(2030, 3, 21, 1, tzinfo=dt.UTC),
                )
            )
        with database.sessions.begin() as session:
            session.delete(session.scalars(select(Event)).one())
        with database.sessions() as session:  # the instance goes with its series
            assert session.scalars(select(EventOverride)).all() == []
    finally:
        database.close()
    assert list(tmp_path.glob("old.sqlite3.before-upgrade-0002-*"))


def test_downgrading_0003_removes_only_its_table(tmp_path):
    path = tmp_path / "db.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        schema._run_alembic(connection, "upgrade", "0003")
        schema._run_alembic(connection, "downgrade", "0002")
        tables = {row[0] for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table'")}  # fmt: skip
    engine.dispose()
    assert "event_overrides" not in tables and "events" in tables
