"""Two editors of the same event: the later save is detected, and each choice does what it says."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from db.models import Event
from desktop import conflicts, events
from desktop.conflicts import EditConflict
from desktop.events import EventDraft

pytestmark = pytest.mark.postgres


@pytest.fixture
def opened_twice(database):
    """The event as two windows loaded it: (event id, version both saw, draft each edits)."""
    with database.sessions.begin() as session:
        event = events.create(session, EventDraft(title="Picket", timezone="America/Chicago",
                                                  start=dt.datetime(2030, 3, 1, 18)))  # fmt: skip
        event_id, version = event.id, event.version
    with database.sessions() as session:
        mine = events.draft_of(session.get(Event, event_id))
        theirs = events.draft_of(session.get(Event, event_id))
    mine.title, theirs.title = "Picket (my edit)", "Picket (their edit)"
    with database.sessions.begin() as session:
        conflicts.save(session, event_id, version, theirs)  # the teammate saves first
    return event_id, version, mine


def _stored(database):
    with database.sessions() as session:
        return [e.title for e in session.scalars(select(Event).order_by(Event.id))]


def test_a_save_over_a_newer_save_is_detected(database, opened_twice):
    event_id, version, mine = opened_twice
    with (
        pytest.raises(EditConflict, match="changed by someone else") as raised,
        database.sessions.begin() as session,
    ):
        conflicts.save(session, event_id, version, mine)
    # "Take theirs" loads this draft into the editor: it is what is stored now.
    with database.sessions() as session:
        assert raised.value.theirs == events.draft_of(session.get(Event, event_id))
    assert raised.value.theirs.title == "Picket (their edit)"
    assert _stored(database) == ["Picket (their edit)"]


def test_keep_mine_overwrites_knowingly(database, opened_twice):
    event_id, _, mine = opened_twice
    with database.sessions.begin() as session:
        conflicts.keep_mine(session, event_id, mine)
    assert _stored(database) == ["Picket (my edit)"]


def test_save_mine_as_a_copy_keeps_both(database, opened_twice):
    _, _, mine = opened_twice
    with database.sessions.begin() as session:
        copy = conflicts.save_as_copy(session, mine)
        copy_uid = copy.uid
    assert _stored(database) == ["Picket (their edit)", "Picket (my edit)"]
    with database.sessions() as session:
        assert session.scalar(select(func.count(func.distinct(Event.uid)))) == 2
        assert copy_uid


def test_saving_a_deleted_event_says_so(database, opened_twice):
    event_id, version, mine = opened_twice
    with database.sessions.begin() as session:
        session.delete(session.get(Event, event_id))
    with (
        pytest.raises(conflicts.KnownError, match="deleted by someone else"),
        database.sessions.begin() as session,
    ):
        conflicts.save(session, event_id, version, mine)


def test_sequence_goes_up_only_when_the_schedule_changes(database):
    with database.sessions.begin() as session:
        event = events.create(session, EventDraft(title="Rally", timezone="UTC",
                                                  start=dt.datetime(2030, 5, 1, 12)))  # fmt: skip
        draft = events.draft_of(event)
        draft.description = "More words"
        events.update(session, event, draft)
        assert event.sequence == 0
        draft.start = dt.datetime(2030, 5, 1, 13)
        events.update(session, event, draft)
        assert event.sequence == 1
        draft.status = "cancelled"
        events.update(session, event, draft)
        assert event.sequence == 2
