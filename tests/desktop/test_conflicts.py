"""Two editors of the same event: the later save is detected, nothing is overwritten silently."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from db.models import Event
from desktop import events
from desktop.errors import KnownError
from desktop.events import EditConflict, EventDraft

pytestmark = pytest.mark.postgres


@pytest.fixture
def opened_twice(database):
    """The event as two windows loaded it, after the teammate's window saved its edit."""
    with database.sessions.begin() as session:
        event = events.create(session, EventDraft(title="Picket", timezone="America/Chicago",
                                                  start=dt.datetime(2030, 3, 1, 18)))  # fmt: skip
        event_id = event.id
    with database.sessions() as session:
        mine = events.edit_of(session.get(Event, event_id))
        theirs = events.edit_of(session.get(Event, event_id))
    mine.draft.title, theirs.draft.title = "Picket (my edit)", "Picket (their edit)"
    with database.sessions.begin() as session:
        events.save_edit(session, theirs, event_id)
    return event_id, mine


def _stored(database) -> list[str]:
    with database.sessions() as session:
        return [e.title for e in session.scalars(select(Event).order_by(Event.id))]


def test_a_save_over_a_newer_save_is_detected(database, opened_twice):
    event_id, mine = opened_twice
    with (
        pytest.raises(EditConflict, match="changed by someone else"),
        database.sessions.begin() as session,
    ):
        events.save_edit(session, mine, event_id)
    assert _stored(database) == ["Picket (their edit)"]


def test_keep_mine_overwrites_knowingly(database, opened_twice):
    event_id, mine = opened_twice
    with database.sessions() as session:
        current = session.get(Event, event_id).version
    with database.sessions.begin() as session:
        events.save_edit(session, dataclasses.replace(mine, version=current), event_id)
    assert _stored(database) == ["Picket (my edit)"]


def test_save_mine_as_a_copy_keeps_both(database, opened_twice):
    _, mine = opened_twice
    with database.sessions.begin() as session:
        events.save_edit(session, dataclasses.replace(mine, version=None), None)
    assert _stored(database) == ["Picket (their edit)", "Picket (my edit)"]
    with database.sessions() as session:
        assert len(set(session.scalars(select(Event.uid)))) == 2


def test_saving_a_deleted_event_says_so(database, opened_twice):
    event_id, mine = opened_twice
    with database.sessions.begin() as session:
        session.delete(session.get(Event, event_id))
    with (
        pytest.raises(KnownError, match="deleted in the meantime"),
        database.sessions.begin() as session,
    ):
        events.save_edit(session, mine, event_id)


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
