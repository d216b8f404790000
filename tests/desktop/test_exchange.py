"""JSON export/import keeps everything, for any event a person could enter."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.models import Contact, Role, Task
from db.schema import open_database
from db.vocabulary import EVENT_KINDS, EVENT_STATUSES, ROLE_KINDS
from desktop import events
from desktop.events import EventDraft
from desktop.exchange import dumps, export_data, import_data

# Text as people type it, including quotes, emoji, right-to-left script and line breaks.
text = st.text(st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\t"),
               max_size=40)  # fmt: skip
title = text.filter(lambda t: t.strip())
zones = st.sampled_from(["America/Chicago", "Europe/Paris", "Asia/Kolkata", "UTC",
                         "Australia/Lord_Howe", "America/St_Johns"])  # fmt: skip
starts = st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2060, 1, 1)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
rules = st.sampled_from([None, "FREQ=WEEKLY;COUNT=5", "FREQ=DAILY;INTERVAL=3",
                         "FREQ=MONTHLY;BYDAY=1MO;COUNT=12", "FREQ=YEARLY"])  # fmt: skip


@st.composite
def drafts(draw) -> EventDraft:
    start = draw(starts)
    all_day = draw(st.booleans())
    length = draw(st.integers(0, 3 if all_day else 600))
    end = start + (dt.timedelta(days=length) if all_day else dt.timedelta(minutes=length))
    if all_day:
        start, end = start.replace(hour=0, minute=0), end.replace(hour=0, minute=0)
    return EventDraft(
        title=draw(title), start=start, end=end, timezone=draw(zones), all_day=all_day,
        kind=draw(st.sampled_from(EVENT_KINDS)), status=draw(st.sampled_from(EVENT_STATUSES)),
        visibility=draw(st.sampled_from(["public", "internal"])), rrule=draw(rules),
        description=draw(text), notes=draw(text), demands=draw(text), meeting_point=draw(text),
        safety_notes=draw(text), legal_hotline=draw(text.map(lambda t: t[:30])),
        expected_turnout=draw(st.none() | st.integers(0, 10**6)),
        alt_language=draw(st.sampled_from(["", "es", "ar"])), alt_title=draw(text),
        tags=draw(st.lists(title.map(lambda t: t[:50]), max_size=3)),
    )  # fmt: skip


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(event_drafts=st.lists(drafts(), min_size=1, max_size=4), role=st.sampled_from(ROLE_KINDS),
       contact_name=title)  # fmt: skip
def test_export_import_export_is_identical(tmp_path_factory, event_drafts, role, contact_name):
    folder = tmp_path_factory.mktemp("roundtrip")
    source = open_database(folder / "a.sqlite3")
    target = open_database(folder / "b.sqlite3")
    try:
        with source.sessions.begin() as session:
            contact = Contact(name=contact_name, phone="+1 555-0100", notes="trusted")
            session.add(contact)
            for number, draft in enumerate(event_drafts):
                event = events.create(session, draft)
                session.add(Role(event=event, contact=contact, role=role,
                                 shown_publicly=number % 2 == 0))  # fmt: skip
                session.add(Task(event=event, text="Bring the banner", assignee=contact,
                                 position=0, due_date=dt.date(2030, 1, 1)))  # fmt: skip
                session.flush()
        with source.sessions() as session:
            first = dumps(export_data(session))
        with target.sessions.begin() as session:
            import_data(session, json.loads(first))
        with target.sessions() as session:
            second = dumps(export_data(session))
        assert second == first
        with target.sessions.begin() as session:  # importing again updates, never duplicates
            counts = import_data(session, json.loads(first))
        assert counts["events"] == len(event_drafts)
        with target.sessions() as session:
            assert dumps(export_data(session)) == first
    finally:
        source.close()
        target.close()


def test_moved_instances_survive_the_round_trip(tmp_path):
    from db.models import EventOverride

    source = open_database(tmp_path / "a.sqlite3")
    target = open_database(tmp_path / "b.sqlite3")
    try:
        with source.sessions.begin() as session:
            event = events.create(session, EventDraft(title="Picket", timezone="America/Chicago",
                                                      start=dt.datetime(2030, 3, 5, 18),
                                                      rrule="FREQ=WEEKLY;COUNT=4"))  # fmt: skip
            session.add(EventOverride(event_id=event.id, recurrence_id="2030-03-19T18:00",
                                      starts_at=dt.datetime(2030, 3, 21, 0, tzinfo=dt.UTC),
                                      ends_at=dt.datetime(2030, 3, 21, 2, tzinfo=dt.UTC),
                                      status="confirmed", title="Picket (moved)"))  # fmt: skip
        with source.sessions() as session:
            first = dumps(export_data(session))
        with target.sessions.begin() as session:
            import_data(session, json.loads(first))
        with target.sessions.begin() as session:  # again: the moved instance is not doubled
            import_data(session, json.loads(first))
        with target.sessions() as session:
            assert dumps(export_data(session)) == first
            found = events.occurrences_between(session, dt.datetime(2030, 1, 1, tzinfo=dt.UTC),
                                               dt.datetime(2031, 1, 1, tzinfo=dt.UTC))  # fmt: skip
        assert [o.title for o in found].count("Picket (moved)") == 1
        moved = next(o for o in found if o.title == "Picket (moved)")
        assert moved.start.hour == 19 and moved.status == "confirmed"
        assert len(found) == 4
    finally:
        source.close()
        target.close()


def test_an_import_does_work_per_event_only_for_moved_instances_it_has(tmp_path):
    """Importing new events without moved instances deletes nothing and flushes nothing extra
    (a flush and an ORM delete per event made 100,000 events take over 15 minutes)."""
    from sqlalchemy import event as sqlalchemy_event

    source = open_database(tmp_path / "a.sqlite3")
    target = open_database(tmp_path / "b.sqlite3")
    try:
        with source.sessions.begin() as session:
            for number in range(300):
                events.create(session, EventDraft(title=f"Canvass {number}",
                                                  timezone="America/Chicago",
                                                  start=dt.datetime(2030, 3, 5, 18)))  # fmt: skip
        with source.sessions() as session:
            data = json.loads(dumps(export_data(session)))
        statements: list[str] = []
        sqlalchemy_event.listen(
            target.engine, "before_cursor_execute",
            lambda conn, cursor, statement, *rest: statements.append(statement),
        )  # fmt: skip
        with target.sessions.begin() as session:
            import_data(session, data)
        deletes = [s for s in statements if s.lstrip().upper().startswith("DELETE")]
        assert deletes == []
        # Per event: its INSERT and the UPDATE that restores the file's updated_at.
        assert len(statements) <= 2 * 300 + 10
    finally:
        source.close()
        target.close()
