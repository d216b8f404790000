"""Purge old personal data: counts before and after, what stays, what goes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from db.models import Contact, Event, Role, Task
from desktop import purge
from desktop.events import EventDraft, EventEdit, RoleDraft, TaskDraft, save_edit
from desktop.records import ContactDraft, save_contact

pytestmark = pytest.mark.postgres

NOW = dt.datetime(2030, 6, 1, 12, tzinfo=dt.UTC)


def _event(session, title, start, contacts, *, rrule=None):
    draft = EventDraft(title=title, start=start, timezone="UTC", rrule=rrule,
                       notes=f"notes of {title}", meeting_point="back door")  # fmt: skip
    edit = EventEdit(
        draft=draft,
        roles=[RoleDraft(contact_id=c, role="marshal") for c in contacts],
        tasks=[TaskDraft(text=f"task of {title}", assignee_id=contacts[0] if contacts else None)],
    )
    return save_edit(session, edit).id


def _counts(session):
    return {
        model.__tablename__: session.scalar(select(func.count()).select_from(model))
        for model in (Event, Role, Task, Contact)
    }


@pytest.fixture
def world(database):
    with database.sessions.begin() as session:
        old_only = save_contact(session, ContactDraft(name="Old Only", phone="555-0001"))
        both = save_contact(session, ContactDraft(name="In Both", phone="555-0002"))
        book = save_contact(session, ContactDraft(name="Address Book", phone="555-0003"))
        _event(session, "Old rally", dt.datetime(2029, 1, 10, 10), [old_only, both])
        _event(session, "New rally", dt.datetime(2030, 7, 1, 10), [both])
        _event(session, "Weekly picket", dt.datetime(2029, 1, 1, 8), [old_only],
               rrule="FREQ=WEEKLY")  # fmt: skip
        _event(session, "Old series", dt.datetime(2028, 1, 1, 8), [],
               rrule="FREQ=WEEKLY;COUNT=3")  # fmt: skip
    return {"old_only": old_only, "both": both, "book": book}


def test_plan_then_purge(database, world):
    with database.sessions() as session:
        before = _counts(session)
        shown = purge.plan(session, 90, now=NOW)
    assert before == {"events": 4, "roles": 4, "tasks": 4, "contacts": 3}
    # Old only is still a marshal of the endless weekly picket: it stays.
    assert shown.contacts == []
    assert (shown.events, shown.roles, shown.tasks, shown.notes) == (2, 2, 2, 2)
    assert "2 roles" in shown.describe() and "The events themselves stay" in shown.describe()
    with database.sessions.begin() as session:
        done = purge.purge(session, 90, now=NOW)
    assert done == shown
    with database.sessions() as session:
        assert _counts(session) == {"events": 4, "roles": 2, "tasks": 2, "contacts": 3}
        old = session.scalar(select(Event).where(Event.title == "Old rally"))
        assert (old.notes, old.meeting_point, old.roles, old.tasks) == ("", "", [], [])
        new = session.scalar(select(Event).where(Event.title == "New rally"))
        assert new.notes == "notes of New rally" and len(new.roles) == 1
        assert purge.plan(session, 90, now=NOW).empty


def test_contacts_seen_only_in_old_events_go(database, world):
    with database.sessions.begin() as session:
        picket = session.scalar(select(Event).where(Event.title == "Weekly picket"))
        session.delete(picket)
    with database.sessions() as session:
        assert purge.plan(session, 90, now=NOW).contacts == ["Old Only"]
    with database.sessions.begin() as session:
        purge.purge(session, 90, now=NOW)
    with database.sessions() as session:
        names = set(session.scalars(select(Contact.name)))
    assert names == {"In Both", "Address Book"}


def test_negative_days_is_one_sentence(database):
    with database.sessions() as session, pytest.raises(purge.KnownError, match="zero or more"):
        purge.plan(session, -1)


@pytest.mark.sqlite_only
def test_purged_data_leaves_no_trace_in_the_files(database, world):
    from desktop.records import forget_deleted

    with database.sessions.begin() as session:
        picket = session.scalar(select(Event).where(Event.title == "Weekly picket"))
        session.delete(picket)
    with database.sessions.begin() as session:
        purge.purge(session, 90, now=NOW)
    forget_deleted(database.engine)
    raw = database.path.read_bytes()
    wal = database.path.with_name(database.path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    for gone in (b"Old Only", b"555-0001", b"notes of Old rally", b"task of Old rally"):
        assert gone not in raw, gone
    assert b"notes of New rally" in raw  # what stays is still there (the check can see)
